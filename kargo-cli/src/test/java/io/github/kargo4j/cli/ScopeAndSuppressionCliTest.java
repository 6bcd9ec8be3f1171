package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty input, --include/--exclude, skipped non-manifests, --suppress and suppression comments, end to end. */
class ScopeAndSuppressionCliTest {

    private static final String PROJECT = PipelineDir.PROJECT;

    @TempDir
    Path dir;

    private void write(String relative, String text) {
        PipelineDir.at(dir).write(relative, text);
    }

    @Test
    void anEmptyDirectoryIsAUsageErrorUnlessAllowed() {
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("error[KR005] no Kubernetes resources found"), r.out());
        assertTrue(r.err().contains("or pass --allow-empty if no manifests is expected"), r.err());
        CliRun allowed = CliRun.run("validate", "--allow-empty", dir.toString());
        assertEquals(0, allowed.status(), allowed.out() + allowed.err());
        assertTrue(allowed.out().contains("no findings in 0 resources"), allowed.out());
    }

    @Test
    void aHelmChartBesideKargoManifestsIsSkippedWithOneInfoLine() {
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
    void onlyAHelmChartIsEmpty() {
        write("Chart.yaml", "apiVersion: v2\nname: app\n");
        write("values.yaml", "replicas: 1\n");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("skipped: a Helm chart"), r.err());
    }

    @Test
    void excludeAndIncludeScopeTheRead() {
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
    void migrateLeavesExcludedFilesAlone() {
        String legacy = PipelineDir.LEGACY_WAREHOUSE;
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
    void aSuppressionCommentAcceptsAFindingAndTheReportsShowItAsSuppressed() {
        write("project.yaml", PROJECT);
        write("stage.yaml", PipelineDir.stage("dev", "# kargo4j:ignore KG003 the Warehouse is managed elsewhere"));
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
    void suppressAcceptsACodeInMatchingFilesOnly() {
        write("project.yaml", PROJECT);
        write("dev/stage.yaml", PipelineDir.stage("dev", ""));
        write("prod/stage.yaml", PipelineDir.stage("prod", ""));
        CliRun some = CliRun.run("validate", "--complete", "--suppress", "KG003:dev/*.yaml", dir.toString());
        assertEquals(1, some.status(), some.out());
        assertTrue(some.out().contains("(1 suppressed)"), some.out());
        CliRun all = CliRun.run("validate", "--complete", "--suppress", "KG003", dir.toString());
        assertEquals(0, all.status(), all.out());
        assertTrue(all.out().contains("(2 suppressed)"), all.out());
    }

    @Test
    void aStaleSuppressionCommentIsAWarning() {
        write("project.yaml", PROJECT.replace("metadata:", "# kargo4j:ignore KG003 no longer needed\nmetadata:"));
        CliRun r = CliRun.run("validate", "--fail-on", "warning", dir.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("warning[KR004] kargo4j:ignore KG003 suppresses nothing"), r.out());
    }

    @Test
    void printAndGraphOfNothingAreAUsageErrorNamingTheNextStepUnlessAllowed() {
        write("chart/Chart.yaml", "apiVersion: v2\nname: app\n");
        write("values.yaml", "replicas: 1\n");
        for (String command : new String[] {"print", "graph"}) {
            CliRun r = CliRun.run(command, dir.toString());
            assertEquals(2, r.status(), command + ": " + r.out() + r.err());
            assertEquals("", r.out(), command);
            assertTrue(r.err().contains("kargo4j: no Kubernetes resources found in " + dir + " (2 inputs skipped as"
                    + " not Kubernetes manifests, see above); check the paths and the working directory, and that"
                    + " --include/--exclude keep the manifests, or pass --allow-empty if no manifests is expected\n"),
                    command + ": " + r.err());
            CliRun allowed = CliRun.run(command, "--allow-empty", dir.toString());
            assertEquals(0, allowed.status(), command + ": " + allowed.err());
        }
        // the same line as validate's
        CliRun validate = CliRun.run("validate", dir.toString());
        assertEquals(2, validate.status());
        assertTrue(validate.err().contains("no Kubernetes resources found in " + dir + " (2 inputs skipped"),
                validate.err());
    }

    @Test
    void anIncludeThatMatchesNothingIsAUsageErrorForGraphAndPrint() {
        write("kargo/project.yaml", PROJECT);
        write("kargo/stage.yaml", PipelineDir.stage("dev", ""));
        assertEquals(0, CliRun.run("graph", dir.toString()).status());
        CliRun graph = CliRun.run("graph", "--include", "stages/**", dir.toString());
        assertEquals(2, graph.status(), graph.err());
        assertTrue(graph.err().contains("--include/--exclude keep the manifests"), graph.err());
        CliRun print = CliRun.run("print", "--exclude", "kargo", dir.toString());
        assertEquals(2, print.status(), print.err());
    }

    @Test
    void aGraphOfResourcesWithoutStagesSaysWhatToDo() {
        write("project.yaml", PROJECT);
        CliRun r = CliRun.run("graph", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("kargo4j: nothing to draw: no Warehouse or Stage among the 1 resource read; name the directory"
                + " that holds the Stages and Warehouses (and check --include/--exclude)\n", r.err());
    }

    @Test
    void migrateOfNothingIsAUsageErrorUnlessAllowed() {
        write("README.md", "manifests to come\n");
        CliRun r = CliRun.run("migrate", "--dry-run", dir.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("no Kubernetes resources found in " + dir), r.err());
        assertTrue(r.err().contains("--allow-empty"), r.err());
        CliRun allowed = CliRun.run("migrate", "--dry-run", "--allow-empty", dir.toString());
        assertEquals(0, allowed.status(), allowed.err());
        assertTrue(allowed.err().contains("nothing to migrate"), allowed.err());
        // a clean pipeline is not nothing
        write("project.yaml", PROJECT);
        CliRun clean = CliRun.run("migrate", "--dry-run", dir.toString());
        assertEquals(0, clean.status(), clean.err());
        assertTrue(clean.err().contains("nothing to migrate"), clean.err());
    }

    @Test
    void aSuppressThatMatchesNoFindingIsAWarningNamingTheFlag() {
        write("project.yaml", PROJECT);
        write("dev/stage.yaml", PipelineDir.stage("dev", ""));
        CliRun r = CliRun.run("validate", "--complete", "--suppress", "KG003:dev/*.yaml", "--suppress", "KG005",
                dir.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("Option --suppress KG005: warning[KR004] --suppress KG005 suppresses nothing: no"
                + " KG005 finding\n  = hint: remove --suppress KG005 (or correct its code or path glob): the finding"
                + " it accepted is gone\n"), r.out());
        assertTrue(r.out().contains("0 errors, 1 warning, 0 info in 2 resources (1 suppressed)"), r.out());
        CliRun strict = CliRun.run("validate", "--complete", "--fail-on", "warning", "--suppress", "KG003:prod/*",
                dir.toString());
        assertEquals(1, strict.status(), strict.out());
        assertTrue(strict.out().contains("--suppress KG003:prod/* suppresses nothing: no KG003 finding in a file"
                + " matching prod/*"), strict.out());

        CliRun json = CliRun.run("validate", "--complete", "--format", "json", "--suppress", "KG003",
                "--suppress", "KG005", dir.toString());
        assertTrue(json.out().contains("\"justification\": \"--suppress KG003\""), json.out());
        assertTrue(json.out().contains("--suppress KG005 suppresses nothing"), json.out());
    }
}
