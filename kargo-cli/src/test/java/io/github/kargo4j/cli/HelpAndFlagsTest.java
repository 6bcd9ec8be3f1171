package io.github.kargo4j.cli;

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

/** Help that fits 80 columns without cutting sentences, flags named alike in every command, and their old names. */
class HelpAndFlagsTest {

    private static final Map<String, String> HEADERS = Map.of(
            "validate", "Validate Kargo pipelines offline and report what is wrong.",
            "print", "Print every resource in canonical form, as YAML or JSON.",
            "graph", "Draw the freight flow of each project: Mermaid, DOT or text.",
            "explain", "Explain a finding code, with a bad and a fixed example.",
            "generate", "Generate Kargo resources from a template (see its subcommands).",
            "migrate", "Rewrite removed Kargo shapes into the current ones, in place.",
            "schema", "Write JSON Schemas of every Kargo kind for editors and kubeconform.",
            "version", "Print the kargo4j version and the Kargo API it targets.");

    @TempDir
    Path dir;

    private static void assertFits(String help, String what) {
        for (String line : help.lines().toList()) {
            assertTrue(line.length() <= 80, what + ": a line of " + line.length() + " columns:\n" + line);
        }
    }

    @Test
    void theTopLevelHelpListsEveryCommandWithItsWholeSummaryOnOneLine() {
        CliRun top = CliRun.run("--help");
        assertEquals(0, top.status());
        assertFits(top.out(), "kargo4j --help");
        List<String> lines = top.out().lines().toList();
        HEADERS.forEach((command, header) -> {
            String entry = String.format("  %-8s  %s", command, header);
            int at = lines.indexOf(entry);
            assertTrue(at >= 0, "'" + entry + "' in\n" + top.out());
            assertTrue(lines.get(at + 1).matches("  [a-z]+ .*"), "the summary of " + command + " goes on:\n"
                    + top.out());
        });
    }

    @Test
    void theVersionIsPrintedWithoutTheParserExactlyAsTheParserPrintsIt() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"version"})) {
            assertTrue(Main.versionWithoutParser(args) != null, String.join(" ", args) + " takes the short way");
            CliRun shortWay = CliRun.run(args);
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            java.io.PrintWriter o = new java.io.PrintWriter(out);
            java.io.PrintWriter e = new java.io.PrintWriter(err);
            int status = Main.commandLine(args, o, e, new Terminal(false, Map.of())).execute(args);
            o.flush();
            e.flush();
            assertEquals(status, shortWay.status(), String.join(" ", args));
            assertEquals(out.toString(), shortWay.out(), String.join(" ", args));
            assertEquals(err.toString(), shortWay.err(), String.join(" ", args));
            assertTrue(shortWay.out().startsWith("kargo4j "), shortWay.out());
        }
        // anything more goes through the parser, which answers as always
        assertEquals(null, Main.versionWithoutParser(new String[] {"version", "--help"}));
        assertEquals(null, Main.versionWithoutParser(new String[] {"--version", "validate"}));
        assertEquals(null, Main.versionWithoutParser(new String[] {"--Version"}));
    }

    @Test
    void everyCommandsHelpFitsEightyColumns() {
        for (List<String> command : List.of(List.of("validate"), List.of("print"), List.of("graph"),
                List.of("explain"), List.of("generate"), List.of("generate", "fleet"), List.of("migrate"),
                List.of("version"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("Usage: kargo4j " + String.join(" ", command)), r.out());
            assertFits(r.out(), String.join(" ", args));
            String header = HEADERS.getOrDefault(command.get(command.size() - 1),
                    "Generate one isolated Kargo project per service.");
            assertTrue(r.out().startsWith(header + "\n"), r.out());
        }
    }

    /**
     * Every command, found by walking the "Commands:" lists from the top (so that a new command is covered without
     * a change here): its help fits 80 columns; its parent lists it with its whole header, on one line, ending in a
     * full stop; its synopsis never breaks inside an option's brackets; and no paragraph of its description is
     * broken ragged (a line ended early although the next word would have fitted, as a description written with
     * hard line breaks longer than 80 columns comes out).
     */
    @Test
    void everyCommandFoundFromTheTopHasWholeSummariesAndUnbrokenText() {
        List<List<String>> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<List<String>> todo = new java.util.ArrayDeque<>(List.of(List.of()));
        while (!todo.isEmpty()) {
            List<String> command = todo.poll();
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            String what = "kargo4j " + String.join(" ", args);
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.status(), what + ": " + r.err());
            assertEquals("", r.err(), what);
            assertFits(r.out(), what);
            List<String> lines = r.out().lines().toList();
            assertSynopsisUnbroken(lines, what);
            assertNoRaggedParagraph(lines, what);
            for (Map.Entry<String, String> sub : subcommands(lines, what).entrySet()) {
                List<String> child = new java.util.ArrayList<>(command);
                child.add(sub.getKey());
                String header = CliRun.run(concat(child, "--help")).out().lines().findFirst().orElse("");
                assertEquals(header, sub.getValue(), what + " lists " + sub.getKey() + " with its whole header");
                assertTrue(header.endsWith("."), "the header of " + child + " is a sentence: " + header);
                todo.add(child);
                found.add(child);
            }
        }
        assertTrue(found.size() >= HEADERS.size() + 1, "commands found: " + found);
        HEADERS.keySet().forEach(c -> assertTrue(found.contains(List.of(c)), c + " in " + found));
    }

    private static String[] concat(List<String> command, String last) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(last);
        return all.toArray(String[]::new);
    }

    /** @return the "Commands:" entries of a help text, by name, with their summary; the entry must be one line */
    private static Map<String, String> subcommands(List<String> lines, String what) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        int at = lines.indexOf("Commands:");
        if (at < 0) {
            return out;
        }
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("  ([a-z][a-z-]*) +(\\S.*)");
        for (int i = at + 1; i < lines.size(); i++) {
            java.util.regex.Matcher m = entry.matcher(lines.get(i));
            assertTrue(m.matches(), what + ": a summary goes on to a second line: " + lines.get(i));
            if (!m.group(1).equals("help")) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** The synopsis (from "Usage:" to the line before the description) opens and closes every bracket it opens. */
    private static void assertSynopsisUnbroken(List<String> lines, String what) {
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith("Usage: ")) {
            start++;
        }
        assertTrue(start < lines.size(), what + " has a synopsis");
        for (int i = start; i < lines.size() && (i == start || lines.get(i).startsWith("        ")); i++) {
            String line = lines.get(i);
            long open = line.chars().filter(c -> c == '[').count();
            long close = line.chars().filter(c -> c == ']').count();
            assertEquals(open, close, what + ": the synopsis breaks inside brackets: " + line);
        }
    }

    /**
     * The description (after the synopsis, before the first option or parameter): a line followed by more text of
     * the same paragraph has no room left for that text's first word.
     */
    private static void assertNoRaggedParagraph(List<String> lines, String what) {
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("Usage: ")) {
            i++;
        }
        i++;
        while (i < lines.size() && lines.get(i).startsWith("        ")) {
            i++;
        }
        for (; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (next.startsWith("  -") || next.startsWith("      ") || next.equals("Commands:")) {
                break;   // the options, parameters or commands start
            }
            if (line.isBlank() || next.isBlank() || line.startsWith(" ") || next.startsWith(" ")
                    || !Character.isLowerCase(next.codePointAt(0)) && !next.startsWith("--")) {
                continue;   // a new paragraph, a table row, or a sentence that starts a line of its own
            }
            String word = next.split(" ", 2)[0];
            // picocli leaves the 80th column free
            assertTrue(line.length() + 1 + word.length() >= 80, what + ": a paragraph broken early:\n" + line + "\n"
                    + next);
        }
    }

    @Test
    void aUsageErrorNamesTheHelpOfTheWholeCommand() {
        CliRun r = CliRun.run("generate", "fleet", "--output", dir.toString());
        assertEquals(2, r.status());
        assertEquals("kargo4j: Missing required option: '--services=DIR'\n"
                + "Try 'kargo4j generate fleet --help'.\n", r.err());
    }

    @Test
    void aMissingOutputDirectorySaysWhatToWrite() throws IOException {
        Files.createDirectories(dir.resolve("services/api"));
        CliRun r = CliRun.run("generate", "fleet", "--services", dir.resolve("services").toString());
        assertEquals(2, r.status());
        assertEquals("kargo4j: missing --output DIR: the directory to write projects/<service>/ into, such as "
                + "--output generated (see 'kargo4j generate fleet --help')\n", r.err());
    }

    @Test
    void formatsAreFormatAndFilesAreOutput() {
        Path qa = PrintAndGraphTest.SEED_000.resolve("02-stage-qa.yaml");
        CliRun json = CliRun.run("print", "--format", "json", qa.toString());
        assertEquals(0, json.status(), json.err());
        assertEquals("", json.err());
        assertTrue(json.out().contains("\"kind\": \"List\""), json.out());
        CliRun help = CliRun.run("print", "--help");
        assertTrue(help.out().contains("--format=yaml|json"), help.out());
        assertFalse(help.out().contains("--output"), "the old spelling is hidden: " + help.out());
    }

    @Test
    void theOldSpellingsStillWorkForOneReleaseWithOneWarningLine() throws IOException {
        Path qa = PrintAndGraphTest.SEED_000.resolve("02-stage-qa.yaml");
        CliRun old = CliRun.run("print", "--output", "json", qa.toString());
        assertEquals(0, old.status(), old.err());
        assertEquals(CliRun.run("print", "--format", "json", qa.toString()).out(), old.out());
        assertEquals("kargo4j: warning: print --output is deprecated and will be removed in the next release; "
                + "write --format json\n", old.err());

        Files.createDirectories(dir.resolve("services/api"));
        Path out = dir.resolve("generated");
        CliRun fleet = CliRun.run("generate", "fleet", "--services", dir.resolve("services").toString(), "--out",
                out.toString(), "--image-repository", "ghcr.io/example", "--git-repo-url",
                "https://github.com/example/gitops.git");
        assertEquals(0, fleet.status(), fleet.err());
        assertEquals("kargo4j: warning: --out is deprecated and will be removed in the next release; write "
                + "--output " + out + "\n", fleet.err());
        assertTrue(Files.isRegularFile(out.resolve("projects/api/stages.yaml")), fleet.out());
        assertFalse(CliRun.run("generate", "fleet", "--help").out().contains("--out="), "hidden");
    }

    @Test
    void aHelmPlaceholderNameIsToldToRenderTheChart() throws IOException {
        Path file = dir.resolve("stage.yaml");
        Files.writeString(file, """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: "{{ .Values.stage }}"
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                """);
        CliRun r = CliRun.run("validate", file.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains(file + ":4:3: error[KA036] Stage name \"{{ .Values.stage }}\""), r.out());
        assertTrue(r.out().contains("  = hint: this is a Helm template, not a manifest: render the chart first and "
                + "validate what it renders, such as: helm template CHART --output-dir rendered && kargo4j validate "
                + "rendered\n"), r.out());
        assertFalse(r.out().contains("values.stage"), r.out());
    }
}
