package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kargo4j validate} with paths and plain long options runs without picocli's parser (a start-up cost): it must
 * set exactly what the parser sets, and answer exactly as the same command line through the parser.
 */
class ValidateWithoutParserTest {

    @TempDir
    Path dir;

    /** The same command line through both: direct (without the parser), and with {@code --} before the paths. */
    private static void assertOptionsSameAsThroughTheParser(List<String> options, String... paths) {
        List<String> direct = new ArrayList<>(List.of("validate"));
        direct.addAll(options);
        direct.addAll(List.of(paths));
        List<String> parsed = new ArrayList<>(List.of("validate"));
        parsed.addAll(options);
        parsed.add("--");
        parsed.addAll(List.of(paths));
        assertSameRuns(direct, parsed);
    }

    /** Paths alone, and through the parser with every option at its default spelt out. */
    private static void assertSameAsThroughTheParser(String... paths) {
        List<String> direct = new ArrayList<>(List.of("validate"));
        direct.addAll(List.of(paths));
        List<String> parsed = new ArrayList<>(List.of("validate", "--format", "text", "--fail-on=error",
                "--threads", Integer.toString(io.github.kargo4j.validation.PipelineValidator.Builder.defaultThreads()),
                "--"));
        parsed.addAll(List.of(paths));
        assertSameRuns(direct, parsed);
    }

    /** The first command line runs without the parser, the second through it, and both answer the same. */
    private static void assertSameRuns(List<String> direct, List<String> parsed) {
        assertNotNull(ValidateCommand.withoutParser(direct.toArray(String[]::new)), direct.toString());
        assertNull(ValidateCommand.withoutParser(parsed.toArray(String[]::new)), parsed.toString());
        CliRun a = CliRun.run(direct.toArray(String[]::new));
        CliRun b = CliRun.run(parsed.toArray(String[]::new));
        assertEquals(b.status(), a.status(), a.err());
        assertEquals(b.out(), a.out());
        assertEquals(b.err(), a.err());
    }

    @Test
    void theSeedPipelineAnswersAsThroughTheParser() {
        CliRun r = CliRun.run("validate", PrintAndGraphTest.SEED_000.toString());
        assertTrue(r.out().contains("in 12 resources"), r.out());
        assertSameAsThroughTheParser(PrintAndGraphTest.SEED_000.toString());
    }

    @Test
    void findingsUnreadableAndMissingInputsAnswerAsThroughTheParser() throws IOException {
        Files.writeString(dir.resolve("stage.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: Dev, namespace: demo}
                spec: {requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]}
                """);
        Files.writeString(dir.resolve("broken.yaml"), "kind: Stage\napiVersion: kargo.akuity.io/v1alpha1\n: [\n");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertSameAsThroughTheParser(dir.toString());
        assertSameAsThroughTheParser(dir.resolve("stage.yaml").toString(), dir.resolve("broken.yaml").toString());

        Path missing = dir.resolve("missing");
        CliRun m = CliRun.run("validate", missing.toString());
        assertEquals(2, m.status());
        assertEquals("kargo4j: no such file or directory: " + missing + "; check the path\n", m.err());
        assertSameAsThroughTheParser(missing.toString());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun e = CliRun.run("validate", empty.toString());
        assertEquals(2, e.status());
        assertTrue(e.err().startsWith("kargo4j: no Kubernetes resources found in " + empty), e.err());
        assertSameAsThroughTheParser(empty.toString());
    }

    @Test
    void whatTheParserWouldReadOtherwiseGoesThroughIt() {
        assertNull(ValidateCommand.withoutParser(new String[0]));
        assertNull(ValidateCommand.withoutParser(new String[] {"print", "a"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "a", "--complete=true"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--format", "json", "--format", "text"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--format", "xml"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--output"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--output", "--complete"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--threads", "010"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--threads=x"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--bogus"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "--"}));
        assertNotNull(ValidateCommand.withoutParser(new String[] {"validate", "a", "--complete"}));
        assertNotNull(ValidateCommand.withoutParser(new String[] {"validate", "--format=SARIF", "--suppress", "KG003",
            "--suppress=KR001:dev/*.yaml", "--include", "**/*.yaml", "--exclude", "vendor", "--threads", "3", "a"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "-h"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "-"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "@args.txt"}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", ""}));
        assertNull(ValidateCommand.withoutParser(new String[] {"validate", "a\0b"}));
        assertNotNull(ValidateCommand.withoutParser(new String[] {"validate"}));
        assertNotNull(ValidateCommand.withoutParser(new String[] {"validate", "a", "b/c.yaml"}));

        CliRun help = CliRun.run("validate", "--help");
        assertEquals(0, help.status());
        String words = help.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("(default: text)"), help.out());
        assertTrue(words.contains("(default: error)"), help.out());
        CliRun bad = CliRun.run("validate", "--format", "xml", ".");
        assertEquals(2, bad.status());
        assertFalse(bad.err().contains("Exception"), bad.err());
        assertTrue(bad.err().startsWith("kargo4j: Invalid value for option '--format'"), bad.err());
    }

    @Test
    void optionsAnswerAsThroughTheParser() throws IOException {
        Files.writeString(dir.resolve("stage.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec: {requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]}
                """);
        assertOptionsSameAsThroughTheParser(List.of("--complete"), dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--format", "json", "--fail-on=warning"), dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--format=SARIF", "--threads", "1", "--suppress", "KG003"),
                dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--suppress=KG999", "--exclude", "**/x/**", "--allow-empty"),
                dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--include", "none/**"), dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--threads=0"), dir.toString());
        assertOptionsSameAsThroughTheParser(List.of("--exclude", "a/{b"), dir.toString());
        Path report = dir.resolve("out/report.json");
        Files.createDirectories(report.getParent());
        assertOptionsSameAsThroughTheParser(List.of("--output", report.toString(), "--format", "json"),
                dir.resolve("stage.yaml").toString());
    }

    /**
     * Random command lines made of options, values and paths, valid and not: wherever the command is made without the
     * parser, every field of it and of its option groups is what the parser sets.
     */
    @Test
    void randomCommandLinesSetWhatTheParserSets() throws Exception {
        List<String> words = List.of("--complete", "--allow-empty", "--no-default-excludes", "--format", "json",
                "JSON", "sarif", "Text", "xml", "--format=json", "--format=", "--fail-on", "warning", "ERROR",
                "--fail-on=error", "--output", "out.txt", "--output=o.json", "--suppress", "KG003",
                "--suppress=KR001:dev/*.yaml", "--include", "**/*.yaml", "--include=kargo/**", "--exclude=vendor",
                "--exclude", "--threads", "3", "12", "0", "007", "--threads=1", "--threads=-1", "a", "b/c.yaml", "-",
                "--", "-h", "--help", "--bogus", "@x", "", "--complete=false", "-V");
        java.util.Random random = new java.util.Random(20261204L);
        int direct = 0;
        for (int n = 0; n < 4_000; n++) {
            List<String> args = new ArrayList<>(List.of("validate"));
            for (int k = random.nextInt(7); k > 0; k--) {
                args.add(words.get(random.nextInt(words.size())));
            }
            String[] a = args.toArray(String[]::new);
            ValidateCommand fast = ValidateCommand.withoutParser(a);
            if (fast == null) {
                continue;
            }
            direct++;
            picocli.CommandLine cl = Main.commandLine(a, new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(new java.io.StringWriter()), new Terminal(false, java.util.Map.of()));
            picocli.CommandLine.ParseResult parsed;
            try {
                parsed = cl.parseArgs(a);
            } catch (picocli.CommandLine.ParameterException e) {
                throw new AssertionError(args + " is refused by the parser but made without it: " + e.getMessage());
            }
            Object byParser = parsed.subcommand().commandSpec().userObject();
            assertSameFields(byParser, fast, args.toString());
        }
        assertTrue(direct > 500, "command lines made without the parser: " + direct);
    }

    private static void assertSameFields(Object expected, Object actual, String where) throws Exception {
        for (java.lang.reflect.Field f : expected.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                    || f.isAnnotationPresent(picocli.CommandLine.ParentCommand.class)) {
                continue;
            }
            f.setAccessible(true);
            Object e = f.get(expected);
            Object a = f.get(actual);
            if (f.isAnnotationPresent(picocli.CommandLine.Mixin.class)) {
                assertSameFields(e, a, where);
            } else {
                assertEquals(e, a, where + ": " + f.getName());
            }
        }
    }
}
