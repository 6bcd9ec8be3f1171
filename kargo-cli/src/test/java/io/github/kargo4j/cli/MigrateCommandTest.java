package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code kargo4j migrate} on the output of the seed 003 generator (projects/nginx), and its exit statuses. */
class MigrateCommandTest {

    private static final Path SEED = Path.of("src/test/resources/migrate/seed-003");
    private static final Path GOLDEN = Path.of("src/test/resources/migrate/seed-003-migrated/projects/nginx");
    private static final Path EXAMPLES = Path.of("../kargo-examples/src/main/resources/seed-003/projects/nginx");

    @TempDir
    Path dir;

    /** Copies the seed output to {@code dir/projects/nginx} and returns that directory. */
    private Path seed() throws IOException {
        Path nginx = dir.resolve("projects/nginx");
        Files.createDirectories(nginx);
        try (Stream<Path> files = Files.list(SEED.resolve("projects/nginx"))) {
            for (Path f : files.toList()) {
                Files.copy(f, nginx.resolve(f.getFileName()));
            }
        }
        return nginx;
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void testCopyOfTheSeedIsTheExamplesOutput() throws IOException {
        assertEquals(contents(EXAMPLES), contents(SEED.resolve("projects/nginx")));
    }

    @Test
    void migratesTheSeedToTheExpectedFilesByteForByte() throws IOException {
        Path nginx = seed();
        Map<String, String> before = contents(nginx);
        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        Map<String, String> after = contents(nginx);
        assertEquals(List.of("namespace.yaml", "project.yaml", "projectconfig.yaml", "stages.yaml", "warehouse.yaml"),
                List.copyOf(after.keySet()));
        for (String name : List.of("project.yaml", "projectconfig.yaml", "stages.yaml", "warehouse.yaml")) {
            assertEquals(Files.readString(GOLDEN.resolve(name)), after.get(name), name);
        }
        assertEquals(before.get("namespace.yaml"), after.get("namespace.yaml"), "namespace.yaml is not touched");
    }

    @Test
    void migratedSeedValidatesWithNoErrors() throws IOException {
        Path nginx = seed();
        assertEquals(0, CliRun.run("migrate", nginx.toString()).status());
        ReadResult read = KargoCodec.create().readAll(nginx);
        assertTrue(read.isClean(), read.errors().toString());
        Report report = PipelineValidator.builder().complete(true).build().validate(read);
        assertFalse(report.hasFindingsAtOrAbove(Severity.ERROR), report.toString());
        // what is left are the seed's own policy names, kept as written: "staging" and "prod" name no Stage
        assertEquals(List.of("KG007", "KG007"), report.findings().stream().map(Finding::code).toList(),
                report.toString());
        // before the migration the same set had errors, legacy ones among them
        Report old = PipelineValidator.builder().complete(true).build()
                .validate(KargoCodec.create().readAll(SEED.resolve("projects/nginx")));
        assertTrue(old.findings().stream().anyMatch(f -> f.code().startsWith("KL")
                && f.severity() == Severity.ERROR), old.toString());
    }

    @Test
    void keepsEveryValueAndCommentTheUserWrote() throws IOException {
        Path nginx = seed();
        assertEquals(0, CliRun.run("migrate", nginx.toString()).status());
        String stages = Files.readString(nginx.resolve("stages.yaml"));
        String warehouse = Files.readString(nginx.resolve("warehouse.yaml"));
        String project = Files.readString(nginx.resolve("project.yaml"));
        String config = Files.readString(nginx.resolve("projectconfig.yaml"));
        assertEquals(3, count(stages, "repoURL: https://github.com/YOUR_ORG/gitops-platform.git"));
        assertEquals(3, count(stages, "targetBranch: main"));
        for (String env : List.of("dev", "staging", "prod")) {
            assertTrue(stages.contains("path: ./out/services/nginx/values-" + env + ".yaml"), env);
            assertTrue(stages.contains("name: nginx-" + env + "-eastus"), env);
        }
        assertEquals(3, count(stages, "imageFrom(\"your-registry.io/nginx\").Tag"));
        assertTrue(warehouse.contains("      repoURL: your-registry.io/nginx\n"));
        assertTrue(warehouse.contains("      constraint: ^1.0.0          # Major version 1.x.x\n"), warehouse);
        assertTrue(warehouse.contains("      discoveryLimit: 10           # Keep last 10 images\n"), warehouse);
        assertTrue(project.startsWith("# Generated by generate-kargo-resources.ps1"), project);
        assertTrue(config.contains("    autoPromotionEnabled: true   # Auto dev->staging\n"), config);
        assertTrue(config.contains("    autoPromotionEnabled: false  # Manual staging->prod\n"), config);
        assertTrue(config.contains("  - stageSelector:\n      name: staging\n"), config);
        assertTrue(config.contains("  name: kargo-nginx\n  namespace: kargo-nginx\n"), config);
        assertFalse(stages.contains("subscriptions") || stages.contains("promotionMechanisms")
                || warehouse.contains("semverConstraint") || project.contains("\nspec:"), "no old shape is left");
    }

    @Test
    void secondRunChangesNothing() throws IOException {
        Path nginx = seed();
        assertEquals(0, CliRun.run("migrate", nginx.toString()).status());
        Map<String, String> once = contents(nginx);
        CliRun again = CliRun.run("migrate", nginx.toString());
        assertEquals(0, again.status(), again.out() + again.err());
        assertEquals("nothing to migrate\n", again.out());
        assertEquals(once, contents(nginx));
        CliRun dry = CliRun.run("migrate", "--dry-run", nginx.toString());
        assertEquals(0, dry.status());
        assertEquals("", dry.out(), "an empty diff");
    }

    @Test
    void reportsEachChangeWithFileLineAndWhatItBecame() throws IOException {
        Path nginx = seed();
        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(0, r.status());
        String f = nginx.toString();
        String out = r.out();
        assertTrue(out.contains(f + "/stages.yaml:8: Stage \"nginx-dev-eastus\": spec.subscriptions.warehouse (KL001)"
                + " -> request the same Freight with spec.requestedFreight\n"), out);
        assertTrue(out.contains(f + "/stages.yaml:43: Stage \"nginx-prod-eastus\": spec.subscriptions.upstreamStages "
                + "(KL002) -> request the same Freight with spec.requestedFreight (origin found by walking upstream: "
                + "nginx-staging-eastus -> nginx-dev-eastus (Warehouse nginx))\n"), out);
        assertTrue(out.contains(f + "/stages.yaml:9: Stage \"nginx-dev-eastus\": spec.promotionMechanisms (KL004) -> "
                + "do the same work with promotion steps (git updates become git-clone, the image and chart updates, "
                + "git-commit and git-push; Argo CD updates become argocd-update) (fix: "
                + "spec.promotionMechanisms.gitRepoUpdates[0].kustomize.images[0].path services/nginx/values-dev.yaml "
                + "names a YAML file (a Helm values file), not a Kustomize directory"), out);
        assertTrue(out.contains("Migrated to yaml-update of image.tag in ./out/services/nginx/values-dev.yaml "
                + "instead: a deliberate fix"), out);
        assertTrue(out.contains(f + "/project.yaml:6: Project \"kargo-nginx\": spec (KL006) -> move the settings into "
                + "a ProjectConfig named like the project, and delete the Project's spec (new file " + f
                + "/projectconfig.yaml)"), out);
        assertTrue(out.contains(f + "/warehouse.yaml:10: Warehouse \"nginx\": spec.subscriptions[0].image"
                + ".semverConstraint (KL008) -> rename semverConstraint to constraint, the field Kargo reads\n"), out);
        assertTrue(out.endsWith("migrated 8 old shapes: edited 3 files, created 1 file\n"), out);
        assertEquals("", r.err());
    }

    @Test
    void dryRunWritesNothingAndItsDiffProducesTheMigratedFiles() throws IOException {
        Path nginx = seed();
        Map<String, String> before = contents(nginx);
        CliRun r = CliRun.run("migrate", "--dry-run", nginx.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(before, contents(nginx), "nothing written");
        assertTrue(r.out().startsWith("--- /dev/null\n+++ " + nginx.resolve("projectconfig.yaml") + "\n@@ -0,0 +1,14 @@\n"),
                r.out());
        assertTrue(r.out().contains("--- " + nginx.resolve("warehouse.yaml") + "\n+++ " + nginx.resolve(
                "warehouse.yaml") + "\n@@ -7,5 +7,5 @@\n   subscriptions:\n   - image:\n       repoURL: "
                + "your-registry.io/nginx\n-      semverConstraint: ^1.0.0    # Major version 1.x.x\n+      "
                + "constraint: ^1.0.0          # Major version 1.x.x\n       discoveryLimit: 10           # Keep last "
                + "10 images\n"), r.out());
        assertTrue(r.err().contains("would migrate 8 old shapes: would edit 3 files, would create 1 file (dry run: "
                + "nothing written)"), r.err());
        assertEquals(Migrator.create().plan(List.of(nginx)).diff(), r.out(),
                "the command prints the library's diff, which MigratorTest applies with a strict patch");
        assertEquals(before, contents(nginx), "nothing written");
    }

    @Test
    void aStageWhoseOriginCannotBeFoundIsLeftUnchangedWithExitOne() throws IOException {
        Path nginx = seed();
        // without the dev Stage, nothing upstream of staging subscribes to a Warehouse
        String stages = Files.readString(nginx.resolve("stages.yaml"));
        String withoutDev = stages.substring(stages.indexOf("---\n") + 4);
        Files.writeString(nginx.resolve("stages.yaml"), withoutDev);
        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(1, r.status(), r.out());
        String f = nginx + "/stages.yaml";
        assertTrue(r.out().contains(f + ":8: cannot migrate Stage \"nginx-staging-eastus\": "
                + "spec.subscriptions.upstreamStages (KL002) has no automatic replacement: "), r.out());
        assertTrue(r.out().contains("the origin Warehouse of upstream Stage \"nginx-dev-eastus\" is unknown (upstream "
                + "Stage \"nginx-dev-eastus\" is not in the files read; validate or migrate the files of the whole "
                + "project together)"), r.out());
        assertTrue(r.out().contains(f + ":26: cannot migrate Stage \"nginx-prod-eastus\": "), r.out());
        assertTrue(r.out().contains("the origin Warehouse of upstream Stage \"nginx-staging-eastus\" is unknown "
                + "(walking upstream nginx-staging-eastus -> nginx-dev-eastus, Stage \"nginx-dev-eastus\" is not in "
                + "the files read;"), r.out());
        assertTrue(r.out().contains("; Stage \"nginx-prod-eastus\" left unchanged\n"), r.out());
        assertTrue(r.out().contains("2 resources need a manual migration and were left unchanged"), r.out());
        assertEquals(withoutDev, Files.readString(nginx.resolve("stages.yaml")), "no Stage half-migrated");
        assertTrue(Files.readString(nginx.resolve("warehouse.yaml")).contains("constraint: ^1.0.0 "),
                "the rest is still migrated");
    }

    @Test
    void aFileNamedAloneFindsUpstreamStagesInItsDirectory() throws IOException {
        Path nginx = seed();
        String stages = Files.readString(nginx.resolve("stages.yaml"));
        int cut = stages.indexOf("---\n");
        Files.writeString(nginx.resolve("stages.yaml"), stages.substring(0, cut));
        Files.writeString(nginx.resolve("later-stages.yaml"), stages.substring(cut + 4));
        CliRun r = CliRun.run("migrate", nginx.resolve("later-stages.yaml").toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("(origin found by walking upstream: nginx-dev-eastus (Warehouse nginx))"),
                r.out());
        assertEquals(stages.substring(0, cut), Files.readString(nginx.resolve("stages.yaml")),
                "a file read for context is not changed");
    }

    @Test
    void usageAndInputErrorsExitTwoWithOneLine() throws IOException {
        CliRun none = CliRun.run("migrate");
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("kargo4j: Missing required parameter: 'PATH'"), none.err());
        CliRun missing = CliRun.run("migrate", dir.resolve("nope").toString());
        assertEquals(2, missing.status());
        assertEquals("kargo4j: no such file or directory: " + dir.resolve("nope") + "; check the path\n",
                missing.err());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "kind: [\n");
        CliRun malformed = CliRun.run("migrate", bad.toString());
        assertEquals(2, malformed.status());
        assertTrue(malformed.err().startsWith("kargo4j: " + bad + ":2:1: "), malformed.err());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
        assertFalse(malformed.err().contains("Exception"), malformed.err());
        assertEquals("kind: [\n", Files.readString(bad));
    }

    @Test
    void isListedInTheHelp() {
        CliRun r = CliRun.run("--help");
        assertTrue(r.out().contains("migrate"), r.out());
        CliRun help = CliRun.run("migrate", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--dry-run"), help.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
