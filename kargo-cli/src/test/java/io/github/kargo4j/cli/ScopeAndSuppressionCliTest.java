package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty input, --include/--exclude, skipped non-manifests, --suppress and suppression comments, end to end. */
class ScopeAndSuppressionCliTest {

    private static final String PROJECT = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Project
            metadata:
              name: demo
            """;

    /** A Stage whose Warehouse is missing (KG003). */
    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: dev
              namespace: demo
              %s
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources:
                    direct: true
            """;

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void anEmptyDirectoryIsAUsageErrorUnlessAllowed() {
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("error[KR005] no Kubernetes resources found"), r.out());
        assertTrue(r.err().contains("pass --allow-empty if that is expected"), r.err());
        CliRun allowed = CliRun.run("validate", "--allow-empty", dir.toString());
        assertEquals(0, allowed.status(), allowed.out() + allowed.err());
        assertTrue(allowed.out().contains("no findings in 0 resources"), allowed.out());
    }

    @Test
    void aHelmChartBesideKargoManifestsIsSkippedWithOneInfoLine() throws IOException {
        write("kargo/project.yaml", PROJECT);
        write("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n");
        write("chart/values.yaml", "image:\n  tag: latest\n");
        write("chart/templates/deployment.yaml", "metadata:\n  name: {{ .Release.Name }}\n");
        write("node_modules/pkg/package.json", "{\"name\": \"x\"}");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("kargo4j: info: ")).count(), r.err());
        assertTrue(r.err().contains(dir.resolve("chart") + ": skipped: a Helm chart"), r.err());
        assertTrue(r.out().contains("no findings in 1 resource (1 skipped)"), r.out());
        CliRun print = CliRun.run("print", dir.toString());
        assertEquals(0, print.status(), print.err());
        assertTrue(print.err().contains("skipped: a Helm chart"), print.err());
    }

    @Test
    void onlyAHelmChartIsEmpty() throws IOException {
        write("Chart.yaml", "apiVersion: v2\nname: app\n");
        write("values.yaml", "replicas: 1\n");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("skipped: a Helm chart"), r.err());
    }

    @Test
    void excludeAndIncludeScopeTheRead() throws IOException {
        write("kargo/project.yaml", PROJECT);
        write("broken/x.yaml", "apiVersion: v1\nkind: [\n");
        assertEquals(1, CliRun.run("validate", dir.toString()).status());
        CliRun excluded = CliRun.run("validate", "--exclude", "broken", dir.toString());
        assertEquals(0, excluded.status(), excluded.out() + excluded.err());
        CliRun included = CliRun.run("validate", "--include", "kargo/**", dir.toString());
        assertEquals(0, included.status(), included.out() + included.err());
        CliRun nothing = CliRun.run("validate", "--include", "nowhere/**", dir.toString());
        assertEquals(2, nothing.status(), nothing.out() + nothing.err());
        CliRun graph = CliRun.run("graph", "--exclude", "broken/**", dir.toString());
        assertEquals(0, graph.status(), graph.err());
    }

    @Test
    void migrateLeavesExcludedFilesAlone() throws IOException {
        String legacy = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                        semverConstraint: ^1.0.0
                """;
        write("kargo/project.yaml", PROJECT);
        write("archive/warehouse.yaml", legacy);
        CliRun all = CliRun.run("migrate", "--dry-run", dir.toString());
        assertTrue(all.out().contains("+        constraint: ^1.0.0"), all.out() + all.err());
        CliRun scoped = CliRun.run("migrate", "--dry-run", "--exclude", "archive", dir.toString());
        assertEquals(0, scoped.status(), scoped.err());
        assertEquals("", scoped.out());
        assertTrue(scoped.err().contains("nothing to migrate"), scoped.err());
    }

    @Test
    void anInvalidGlobOrSuppressionIsAUsageErrorWithoutAStackTrace() {
        CliRun glob = CliRun.run("validate", "--exclude", "a/{b", dir.toString());
        assertEquals(2, glob.status());
        assertTrue(glob.err().contains("invalid glob a/{b"), glob.err());
        assertFalse(glob.err().contains("Exception"), glob.err());
        CliRun spec = CliRun.run("validate", "--suppress", "missing-warehouse", dir.toString());
        assertEquals(2, spec.status());
        assertTrue(spec.err().contains("expected CODE or CODE:PATH-GLOB"), spec.err());
        assertFalse(spec.err().contains("Exception"), spec.err());
    }

    @Test
    void aSuppressionCommentAcceptsAFindingAndTheReportsShowItAsSuppressed() throws IOException {
        write("project.yaml", PROJECT);
        write("stage.yaml", STAGE.formatted("# kargo4j:ignore KG003 the Warehouse is managed elsewhere"));
        CliRun strict = CliRun.run("validate", "--complete", dir.toString());
        assertEquals(0, strict.status(), strict.out() + strict.err());
        assertTrue(strict.out().contains("(1 suppressed)"), strict.out());

        CliRun json = CliRun.run("validate", "--complete", "--format", "json", dir.toString());
        JsonObject tree = (JsonObject) KargoCodec.create().read("apiVersion: v1\nkind: X\nreport: "
                + json.out().trim()).get(0).tree().getOrNull("report");
        JsonArray suppressed = (JsonArray) tree.getOrNull("suppressed");
        assertEquals(1, suppressed.size());
        JsonObject s = (JsonObject) ((JsonObject) suppressed.get(0)).getOrNull("suppression");
        assertEquals("inSource", s.getString("kind").orElseThrow());
        assertEquals("the Warehouse is managed elsewhere", s.getString("justification").orElseThrow());

        CliRun sarif = CliRun.run("validate", "--complete", "--format", "sarif", dir.toString());
        assertTrue(sarif.out().contains("\"suppressions\""), sarif.out());
    }

    @Test
    void suppressAcceptsACodeInMatchingFilesOnly() throws IOException {
        write("project.yaml", PROJECT);
        write("dev/stage.yaml", STAGE.formatted(""));
        write("prod/stage.yaml", STAGE.formatted("").replace("name: dev", "name: prod"));
        CliRun some = CliRun.run("validate", "--complete", "--suppress", "KG003:dev/*.yaml", dir.toString());
        assertEquals(1, some.status(), some.out());
        assertTrue(some.out().contains("(1 suppressed)"), some.out());
        CliRun all = CliRun.run("validate", "--complete", "--suppress", "KG003", dir.toString());
        assertEquals(0, all.status(), all.out());
        assertTrue(all.out().contains("(2 suppressed)"), all.out());
    }

    @Test
    void aStaleSuppressionCommentIsAWarning() throws IOException {
        write("project.yaml", PROJECT.replace("metadata:", "# kargo4j:ignore KG003 no longer needed\nmetadata:"));
        CliRun r = CliRun.run("validate", "--fail-on", "warning", dir.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("warning[KR004] kargo4j:ignore KG003 suppresses nothing"), r.out());
    }
}
