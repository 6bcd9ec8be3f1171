package io.github.kargo4j.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads what {@code kargo4j graph --format mermaid} writes with the real {@code mermaid} library (the one GitHub
 * and mermaid.live run), under node with jsdom as the DOM: the output parses, and the seed 000 diagram renders to
 * SVG. Needs node and the packages of {@code src/test/node/package-lock.json}, which
 * {@code kargo-cli/src/test/node/install.sh} installs into {@code kargo-cli/target/node} (or
 * {@code $KARGO4J_NODE_DIR}); without them the tests are skipped, saying so.
 */
class MermaidDiagramTest {

    private static final Path SCRIPT = Path.of("src/test/node/mermaid-check.mjs");
    private static Path nodeDir;
    private static Optional<String> node;

    @TempDir
    Path dir;

    @BeforeAll
    static void findNodeAndMermaid() {
        String env = System.getenv("KARGO4J_NODE_DIR");
        nodeDir = (env != null && !env.isBlank() ? Path.of(env) : Path.of("target/node")).toAbsolutePath();
        node = findOnPath("node");
    }

    private static Optional<String> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    private static void assumeMermaid() {
        assumeTrue(node.isPresent(), "node is not on the PATH: the Mermaid diagram test needs it "
                + "(then run kargo-cli/src/test/node/install.sh)");
        assumeTrue(Files.isDirectory(nodeDir.resolve("node_modules/mermaid"))
                        && Files.isDirectory(nodeDir.resolve("node_modules/jsdom")),
                "mermaid and jsdom are not installed in " + nodeDir + ": run kargo-cli/src/test/node/install.sh");
    }

    /** Runs the check script from the install directory (where its imports resolve); returns its output. */
    private String check(int expectedStatus, String... args) throws IOException, InterruptedException {
        Files.copy(SCRIPT, nodeDir.resolve("mermaid-check.mjs"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(node.orElseThrow(), "mermaid-check.mjs"));
        command.addAll(List.of(args));
        Path log = dir.resolve("node.log");
        Process p = new ProcessBuilder(command).directory(nodeDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        // a bound so that a broken install cannot hang the build; not a speed assertion
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("node did not finish: " + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(expectedStatus, p.exitValue(), out);
        return out;
    }

    private Path graph(String name, Path input) throws IOException {
        CliRun r = CliRun.run("graph", "--format", "mermaid", input.toString());
        assertEquals(0, r.status(), r.err());
        Path file = dir.resolve(name + ".mmd");
        Files.writeString(file, r.out());
        return file;
    }

    @Test
    void theGraphsParseWithMermaidItself() throws IOException, InterruptedException {
        assumeMermaid();
        Path seed = graph("seed-000", PrintAndGraphTest.SEED_000);
        Path two = graph("two-projects", Path.of("src/test/resources/graph/two-projects"));
        Path both = graph("seeds", PrintAndGraphTest.SEED_000.getParent());
        Path hostile = graph("hostile", Path.of("src/test/resources/graph/hostile"));
        String out = check(0, "parse", seed.toString(), two.toString(), both.toString(), hostile.toString());
        assertEquals(4, out.lines().filter(l -> l.startsWith("ok ") && l.endsWith(" flowchart-v2")).count(), out);
    }

    @Test
    void theCheckRejectsWhatMermaidRejects() throws IOException, InterruptedException {
        assumeMermaid();
        // what graph wrote before: one flowchart per project, in one stream
        Path old = dir.resolve("old.mmd");
        Files.writeString(old, "flowchart TD\n  a --> b\n\nflowchart TD\n  c --> d\n");
        String out = check(1, "parse", old.toString());
        assertTrue(out.startsWith("error " + old + ": Parse error on line 4"), out);
    }

    @Test
    void theSeed000DiagramRendersToSvg() throws IOException, InterruptedException {
        assumeMermaid();
        Path seed = graph("seed-000", PrintAndGraphTest.SEED_000);
        Path svg = dir.resolve("seed-000.svg");
        check(0, "render", seed.toString(), svg.toString());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg "), text);
        assertTrue(text.contains("aria-roledescription=\"flowchart-v2\""), text);
        // the words of every label, tags removed (Mermaid splits a label into one element per word)
        String shown = text.replaceAll("<style>.*?</style>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ");
        for (String label : List.of("Project kargo-managed-stack", "Warehouse security-scan-repo [not in set]",
                "approvalgatedev [approval gate]", "devpreview [auto]", "dev2preview [auto]", "dev [auto]",
                "dev2 [auto]", "qapreview [auto]", " qa ")) {
            assertTrue(shown.contains(label), label + " in " + shown);
        }
        for (String id : List.of("p1_w_security_scan_repo", "p1_s_approvalgatedev", "p1_s_devpreview",
                "p1_s_dev2preview", "p1_s_dev", "p1_s_dev2", "p1_s_qapreview", "p1_s_qa")) {
            assertTrue(text.contains("<g class=\"node default\" id=\"kargo4j-flowchart-" + id + "-"), id);
        }
        assertEquals(8, text.split(" flowchart-link\"", -1).length - 1, "the 8 edges are drawn");
        assertEquals(8, text.split("class=\"edgeLabel\"", -1).length - 1, "each edge has its label");
    }
}
