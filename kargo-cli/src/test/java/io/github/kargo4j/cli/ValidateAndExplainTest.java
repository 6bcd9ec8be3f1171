package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateAndExplainTest {

    private static final Path SEED_000 = PrintAndGraphTest.SEED_000;

    @TempDir
    Path dir;

    private Path brokenPipeline() throws IOException {
        Files.writeString(dir.resolve("stage.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: Dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                """);
        return dir;
    }

    @Test
    void theSeedPipelineHasNoErrors() {
        CliRun r = CliRun.run("validate", SEED_000.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertFalse(r.out().contains("error["), r.out());
        CliRun strict = CliRun.run("validate", "--fail-on", "warning", SEED_000.toString());
        assertEquals(r.out().contains("warning[") ? 1 : 0, strict.status(), strict.out());
    }

    @Test
    void errorsExitOneWithCompilerStyleLines() throws IOException {
        Path d = brokenPipeline();
        CliRun r = CliRun.run("validate", d.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains(d.resolve("stage.yaml") + ":4:3: error[KA036]"), r.out());
        assertTrue(r.out().contains("= hint:"), r.out());
    }

    @Test
    void jsonAndSarifFormatsAndOutputFile() throws IOException {
        Path d = brokenPipeline();
        CliRun json = CliRun.run("validate", "--format", "json", d.toString());
        assertEquals(1, json.status());
        JsonObject report = KargoCodec.create().parse("apiVersion: v1\nkind: X\nreport: " + json.out().trim())
                .get(0).tree().get("report").orElseThrow().asObject();
        assertTrue(report.toString().contains("\"KA036\""), json.out());

        Path sarif = dir.resolve("out/report.sarif");
        CliRun s = CliRun.run("validate", "--format", "sarif", "--output", sarif.toString(), d.toString());
        assertEquals(1, s.status());
        assertEquals("", s.out());
        String text = Files.readString(sarif);
        JsonValue tree = KargoCodec.create().parse("apiVersion: v1\nkind: X\nsarif: " + text.trim()).get(0).tree()
                .get("sarif").orElseThrow();
        assertEquals("2.1.0", tree.asObject().getString("version").orElseThrow());
        assertTrue(text.contains("\"ruleId\" : \"KA036\"") || text.contains("\"ruleId\": \"KA036\""), text);
    }

    @Test
    void readErrorsAreFindingsAndMissingPathsAreUsageErrors() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: [\n");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("error[KR001]"), r.out());
        CliRun missing = CliRun.run("validate", dir.resolve("nope").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("kargo4j: no such file or directory"), missing.err());
        CliRun relative = CliRun.run("validate", "no-such-dir-here");
        assertEquals("kargo4j: no such file or directory: no-such-dir-here; check the path (relative to "
                + Path.of("").toAbsolutePath() + ")\n", relative.err());
        CliRun badFormat = CliRun.run("validate", "--format", "xml", dir.toString());
        assertEquals(2, badFormat.status());
        CliRun badFail = CliRun.run("validate", "--fail-on", "info", dir.toString());
        assertEquals(2, badFail.status());
        CliRun unwritable = CliRun.run("validate", "--output", dir.resolve("bad.yaml/x.txt").toString(),
                dir.toString());
        assertEquals(2, unwritable.status());
        assertTrue(unwritable.err().startsWith("kargo4j: cannot write"), unwritable.err());
        assertFalse(unwritable.err().contains("\tat "), unwritable.err());
    }

    @Test
    void completeTurnsMissingReferencesIntoErrors() throws IOException {
        Path d = brokenPipeline();
        Files.writeString(d.resolve("stage.yaml"), Files.readString(d.resolve("stage.yaml")).replace("Dev", "dev"));
        CliRun partial = CliRun.run("validate", d.toString());
        CliRun complete = CliRun.run("validate", "--complete", d.toString());
        assertTrue(complete.status() >= partial.status(), partial.out() + complete.out());
    }

    @Test
    void aCycleExitsOneAndPrintsItsPath() throws IOException {
        Files.writeString(dir.resolve("cycle.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: qa, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {stages: [approvalgateqa]}
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: approvalgateqa, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {stages: [qa]}
                """);
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("error[KG001]"), r.out());
        assertTrue(r.out().contains("qa \u2192 approvalgateqa \u2192 qa"), r.out());
    }

    @Test
    void aProgressLineOnlyOnATerminalForLargeInputs() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2_100; i++) {
            many.append("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-").append(i).append('\n');
        }
        Files.writeString(dir.resolve("many.yaml"), many);
        CliRun quiet = CliRun.run("print", dir.toString());
        assertEquals(0, quiet.status());
        assertEquals("", quiet.err());
        CliRun terminal = CliRun.run(new Terminal(true, java.util.Map.of()), "print", dir.toString());
        assertEquals(0, terminal.status());
        assertTrue(terminal.err().contains("read 2100 documents from 1 of 1 files"), terminal.err());
    }

    @Test
    void explainPrintsTheRuleDocumentation() {
        CliRun r = CliRun.run("explain", "kf001");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("# KF001 field-constraint"), r.out());
        assertTrue(r.out().contains("## Bad") && r.out().contains("## Fixed"), r.out());
        CliRun list = CliRun.run("explain");
        assertEquals(0, list.status());
        assertTrue(list.out().contains("KR001") && list.out().contains("KF001"), list.out());
        CliRun unknown = CliRun.run("explain", "KX999");
        assertEquals(2, unknown.status());
        assertEquals("kargo4j: unknown code KX999; run 'kargo4j explain' to list every code\n", unknown.err());
    }
}
