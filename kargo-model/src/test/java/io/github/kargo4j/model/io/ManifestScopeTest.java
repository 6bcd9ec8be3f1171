package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestScopeTest {

    private static final String PROJECT = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata:\n  name: %s\n";

    @TempDir
    Path dir;

    private final KargoCodec codec = KargoCodec.create();

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private List<String> names(ReadResult r) {
        return r.manifests().stream().map(m -> m.resource().name()).toList();
    }

    @Test
    void globsMatchRelativeToTheNamedDirectoryAndLeadingDoubleStarMatchesTheTopToo() {
        ManifestScope s = ManifestScope.builder().exclude("**/node_modules/**", "drafts/*.yaml").build();
        assertFalse(s.includesFile(Path.of("node_modules/x.yaml")));
        assertFalse(s.includesFile(Path.of("a/b/node_modules/c/x.yaml")));
        assertFalse(s.includesFile(Path.of("drafts/x.yaml")));
        assertTrue(s.includesFile(Path.of("a/drafts/x.yaml")));
        assertTrue(s.excludesDirectory(Path.of("node_modules")));
        assertTrue(s.excludesDirectory(Path.of("a/node_modules")));
        assertFalse(s.excludesDirectory(Path.of("drafts")));
        ManifestScope only = ManifestScope.builder().include("kargo/**").build();
        assertTrue(only.includesFile(Path.of("kargo/dev/stage.yaml")));
        assertFalse(only.includesFile(Path.of("other/stage.yaml")));
    }

    @Test
    void aGlobOfOneNameAtAnyDepthMatchesAsTheJdkMatcherDoes() {
        // the default excludes and globs of the same form, matched name by name, against the JDK's matcher of the
        // same glob, on seeded random paths
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/',
                "on Windows the JDK's globs ignore case and every glob goes to its matcher");
        List<String> globs = List.of(ManifestScope.DEFAULT_EXCLUDES.get(0), ManifestScope.DEFAULT_EXCLUDES.get(1),
                "**/charts/**", "**/te*st/**", "**/*/**", "**/*.d/**", "**/a*b*c/**", "**/*a*/**", "**/.*.*/**");
        List<String> names = List.of(".git", ".", "..", "node_modules", "node_modules2", "charts", "Charts", "test",
                "teXst", "tst", "a", "abc", "aXbYc", "acb", ".hidden", "x.d", ".d", "d", "a.b.c", "..x", "ab");
        java.util.Random random = new java.util.Random(20261204L);
        int compared = 0;
        for (String glob : globs) {
            ManifestScope.Glob fast = ManifestScope.AnySegment.of(glob);
            assertTrue(fast != null, glob + " is matched name by name");
            ManifestScope.Glob jdk = ManifestScope.JdkGlob.of(glob, glob);
            for (int i = 0; i < 2_000; i++) {
                int depth = 1 + random.nextInt(5);
                StringBuilder p = new StringBuilder();
                for (int d = 0; d < depth; d++) {
                    p.append(d == 0 ? "" : "/").append(names.get(random.nextInt(names.size())));
                }
                Path path = Path.of(p.toString());
                assertEquals(jdk.matches(path), fast.matches(path), glob + " on file " + path);
                assertEquals(jdk.matchesDirectory(path), fast.matchesDirectory(path), glob + " on directory " + path);
                compared++;
            }
        }
        assertEquals(globs.size() * 2_000, compared);
        for (String other : List.of("**/a?b/**", "**/[ab]/**", "**/{a,b}/**", "**/a**b/**", "a/**", "**/a",
                "**/a/b/**", "**/**/**")) {
            assertTrue(ManifestScope.AnySegment.of(other) == null, other + " is left to the JDK's matcher");
        }
    }

    @Test
    void anInvalidGlobIsRefusedWithItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ManifestScope.builder().exclude("a/{b"));
        assertTrue(e.getMessage().startsWith("invalid glob a/{b: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ManifestScope.builder().include(" "));
    }

    @Test
    void includeAndExcludeScopeTheWalkAndAnExcludedDirectoryIsNotWalked() throws IOException {
        write("kargo/p.yaml", PROJECT.formatted("kept"));
        write("kargo/drafts/d.yaml", PROJECT.formatted("draft"));
        write("other/o.yaml", PROJECT.formatted("other"));
        write("vendor/broken.yaml", "not: [valid");
        ManifestScope scope = ManifestScope.builder().include("kargo/**", "other/**").exclude("kargo/drafts", "vendor")
                .build();
        ReadResult r = codec.readAll(List.of(dir), scope, ReadProgress.NONE);
        assertTrue(r.isClean(), r.toString());
        assertEquals(List.of("kept", "other"), names(r));
        assertEquals(List.of("draft", "kept", "other"), names(codec.readAll(List.of(dir),
                ManifestScope.builder().exclude("vendor/**").build(), ReadProgress.NONE)));
    }

    @Test
    void aFileNamedOnItsOwnIsAlwaysRead() throws IOException {
        write("node_modules/p.yaml", PROJECT.formatted("named"));
        assertEquals(List.of(), names(codec.readAll(dir)));
        assertEquals(List.of("named"), names(codec.readAll(dir.resolve("node_modules/p.yaml"))));
    }

    @Test
    void defaultExcludesSkipHiddenDirectoriesAndNodeModulesUnlessTurnedOff() throws IOException {
        write(".github/p.yaml", PROJECT.formatted("hidden"));
        write("a/node_modules/pkg/p.yaml", PROJECT.formatted("module"));
        write("p.yaml", PROJECT.formatted("top"));
        assertEquals(List.of("top"), names(codec.readAll(dir)));
        ReadResult all = codec.readAll(List.of(dir), ManifestScope.builder().defaultExcludes(false).build(),
                ReadProgress.NONE);
        assertEquals(List.of("hidden", "module", "top"), names(all));
    }

    @Test
    void aHelmChartAKustomizationAndValuesFilesAreSkippedWithOneNoteEachNotErrors() throws IOException {
        write("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        write("chart/values.yaml", "replicas: 2\nimage:\n  tag: latest\n");
        write("chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                + "  name: {{ .Release.Name }}\n");
        write("kustomize/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources: [p.yaml]\n");
        write("kargo/project.yaml", PROJECT.formatted("demo"));
        write("kargo/values.yaml", "password: hunter2\n---\n" + PROJECT.formatted("second"));
        write("package.json", "{\"name\": \"tooling\"}");
        ReadResult r = codec.readAll(dir);
        assertTrue(r.isClean(), r.toString());
        assertEquals(List.of("demo", "second"), names(r));
        assertEquals(4, r.skipped().size(), r.skipped().toString());
        SkippedInput chart = r.skipped().get(0);
        assertEquals(dir.resolve("chart").toString(), chart.source());
        assertTrue(chart.reason().contains("Helm chart"), chart.reason());
        assertTrue(r.skipped().get(1).reason().contains("Kustomize"));
        assertEquals(dir.resolve("kargo/values.yaml").toString(), r.skipped().get(2).source());
        assertEquals(Optional.of(new SourcePosition(1, 1)), r.skipped().get(2).position());
        assertTrue(r.skipped().get(2).reason().startsWith("1 document is not a Kubernetes object"));
        assertEquals(dir.resolve("package.json").toString(), r.skipped().get(3).source());
        for (SkippedInput s : r.skipped()) {
            assertFalse(s.toString().contains("hunter2"), s.toString());
        }
    }

    @Test
    void aNamedHelmChartDirectoryIsSkippedToo() throws IOException {
        write("Chart.yaml", "apiVersion: v2\nname: app\n");
        ReadResult r = codec.readAll(dir);
        assertEquals(List.of(), r.manifests());
        assertEquals(1, r.skipped().size());
    }

    @Test
    void aManifestWithATypoIsStillAnErrorNotSkipped() throws IOException {
        write("typo-kind.yaml", "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stgae\nmetadta:\n  name: x\n");
        write("no-kind.yaml", "apiVersion: kargo.akuity.io/v1alpha1\nmetadata:\n  name: x\n");
        write("lower.yaml", "apiversion: kargo.akuity.io/v1alpha1\nKind: Stage\n");
        ReadResult r = codec.readAll(dir);
        assertEquals(List.of(), r.skipped());
        assertEquals(2, r.errors().size(), r.toString());
        assertEquals(1, r.manifests().size());
        assertEquals("Stgae", r.manifests().get(0).resource().kind());
    }

    @Test
    void readingOneTextStillRejectsADocumentThatIsNotAnObject() {
        assertThrows(ManifestException.class, () -> codec.read("replicas: 2\n"));
    }
}
