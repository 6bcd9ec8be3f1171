package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintAndGraphTest {

    static final Path SEED_000 = Path.of("../kargo-examples/src/main/resources/seed-000");
    static final Path SEED_003 = Path.of("../kargo-examples/src/main/resources/seed-003");

    @TempDir
    Path dir;

    @Test
    void printReReadsEqualToItsInputForEveryFixture() throws IOException {
        KargoCodec codec = KargoCodec.create();
        List<Path> fixtures = new java.util.ArrayList<>(List.of(SEED_000, SEED_003));
        Path roundtrip = Path.of("../kargo-model/src/test/resources/roundtrip");
        if (Files.isDirectory(roundtrip)) {
            fixtures.add(roundtrip);
        }
        for (Path fixture : fixtures) {
            CliRun r = CliRun.run("print", fixture.toString());
            assertEquals(0, r.status(), r.err());
            List<Manifest> original = codec.readAll(fixture).orThrow();
            List<Manifest> printed = codec.parse(r.out(), "<print>");
            assertEquals(original.size(), printed.size(), fixture.toString());
            for (int i = 0; i < original.size(); i++) {
                assertEquals(original.get(i).resource(), printed.get(i).resource(),
                        original.get(i).location().toString());
            }
        }
    }

    @Test
    void printJsonIsAKubernetesList() {
        CliRun r = CliRun.run("print", "--format", "json", SEED_000.resolve("02-stage-qa.yaml").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": ["), r.out());
        assertTrue(r.out().contains("\"name\": \"qa\""), r.out());
    }

    @Test
    void unreadableInputExitsTwoWithOneLine() throws IOException {
        CliRun missing = CliRun.run("print", dir.resolve("nope").toString());
        assertEquals(2, missing.status());
        assertEquals("kargo4j: no such file or directory: " + dir.resolve("nope") + "; check the path\n",
                missing.err());
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: [\n");
        CliRun bad = CliRun.run("graph", dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("bad.yaml:"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace: " + bad.err());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun r = CliRun.run("graph", "--format", "png");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Invalid value for option '--format'"), r.err());
        assertTrue(r.err().contains("Try 'kargo4j graph --help'."), r.err());
        CliRun unknown = CliRun.run("frobnicate");
        assertEquals(2, unknown.status());
    }

    @Test
    void graphTextLooksLikeTheSeedArchitectureSketch() {
        CliRun r = CliRun.run("graph", SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("""
                Project kargo-managed-stack
                Warehouse security-scan-repo [not in set]
                    \u2193
                approvalgatedev [approval gate]
                    \u2193
                devpreview [auto], dev2preview [auto]
                    \u2193
                dev [auto], dev2 [auto]
                    \u2193
                qapreview [auto]
                    \u2193
                qa
                """), r.out());
        assertTrue(r.out().contains("  dev2 \u2192 qapreview  (security-scan-repo)\n"), r.out());
    }

    @Test
    void graphMermaidAndDot() {
        CliRun mermaid = CliRun.run("graph", "--format", "mermaid", SEED_000.toString());
        assertEquals(0, mermaid.status());
        assertTrue(mermaid.out().startsWith("flowchart TD\n  subgraph p1[\"Project kargo-managed-stack\"]\n"),
                mermaid.out());
        assertTrue(mermaid.out().contains("    p1_s_approvalgatedev{{\"approvalgatedev [approval gate]\"}}\n"),
                mermaid.out());
        assertTrue(mermaid.out().contains("    p1_s_dev -- \"security-scan-repo\" --> p1_s_qapreview\n"),
                mermaid.out());
        assertTrue(mermaid.out().endsWith("  end\n"), mermaid.out());
        CliRun dot = CliRun.run("graph", "--format", "DOT", SEED_000.toString());
        assertEquals(0, dot.status());
        assertTrue(dot.out().startsWith("digraph kargo {"), dot.out());
        assertTrue(dot.out().contains("  subgraph cluster_p1 {\n    label=\"Project kargo-managed-stack\";\n"),
                dot.out());
        assertTrue(dot.out().contains("    p1_s_qapreview -> p1_s_qa [label=\"security-scan-repo\"];"), dot.out());
    }

    @Test
    void severalProjectsMakeOneDiagramWithoutSharedIds() {
        Path two = Path.of("src/test/resources/graph/two-projects");
        CliRun mermaid = CliRun.run("graph", "--format", "mermaid", two.toString());
        assertEquals(0, mermaid.status(), mermaid.err());
        assertEquals(1, mermaid.out().split("flowchart", -1).length - 1, "one diagram: " + mermaid.out());
        assertTrue(mermaid.out().contains("  subgraph p1[\"Project eu\"]\n"), mermaid.out());
        assertTrue(mermaid.out().contains("  subgraph p2[\"Project us\"]\n"), mermaid.out());
        assertTrue(mermaid.out().contains("    p1_s_eu_prod -- \"end\" --> p1_s_eu_prod_2\n"), mermaid.out());
        assertTrue(mermaid.out().contains("    p2_s_eu_prod{{\"eu-prod [approval gate]\"}}\n"), mermaid.out());
        CliRun dot = CliRun.run("graph", "--format", "dot", two.toString());
        assertEquals(0, dot.status(), dot.err());
        assertEquals(1, dot.out().split("digraph", -1).length - 1, "one graph: " + dot.out());
        assertTrue(dot.out().contains("    p1_s_eu_prod -> p1_s_eu_prod_2 [label=\"end\"];"), dot.out());
        assertTrue(dot.out().contains("  subgraph cluster_p2 {"), dot.out());
    }

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.run("version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("kargo4j 0.1.0-SNAPSHOT (Kargo v1.11"), v.out());
        for (String cmd : List.of("print", "graph", "version")) {
            CliRun h = CliRun.run(cmd, "--help");
            assertEquals(0, h.status());
            assertTrue(h.out().contains("Usage: kargo4j " + cmd), h.out());
        }
        CliRun top = CliRun.run("--help");
        assertTrue(top.out().contains("Validate, print, draw and explain"), top.out());
        assertFalse(top.out().contains("\u001b["), "no colour when not on a terminal");
        CliRun colour = CliRun.run(new Terminal(true, Map.of()), "--help");
        assertTrue(colour.out().contains("\u001b["), "colour on a terminal");
        CliRun noColour = CliRun.run(new Terminal(true, Map.of("NO_COLOR", "1")), "--help");
        assertFalse(noColour.out().contains("\u001b["), "NO_COLOR respected");
    }
}
