package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every command the README shows the output of and compares: a block that follows
 * {@code <!-- output of: kargo4j ARGS -->} is what {@code kargo4j ARGS} prints, run from the repository root. A
 * line of the block that ends with {@code ...} stands for every line that starts with the text before it.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- output of: kargo4j ([^>]*?) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyOutputTheReadmeShowsIsWhatTheCommandPrints() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = EXAMPLE.matcher(readme);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            String command = m.group(1);
            commands.add(command);
            List<String> args = new ArrayList<>();
            for (String a : command.split(" ")) {
                args.add(a.contains("/") ? ROOT.resolve(a).toString() : a);
            }
            CliRun r = CliRun.run(args.toArray(String[]::new));
            String out = r.out();
            for (String a : command.split(" ")) {
                if (a.contains("/")) {
                    out = out.replace(ROOT.resolve(a).toString(), a);
                }
            }
            assertMatches(command, m.group(2), out);
        }
        assertTrue(commands.size() >= 3, "the README shows the output of " + commands);
    }

    /**
     * Every {@code ./kargo4j} line of the README's shell blocks: each flag it names is in that command's help, and a
     * line without placeholders ({@code [...]}, {@code PATH}, {@code DIR}, {@code ...}) runs from the repository root
     * and exits 0 (a line that writes, {@code --output}, writes into a temporary directory instead).
     */
    @Test
    void everyCommandLineTheReadmeShowsNamesRealFlagsAndRuns(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> lines = new ArrayList<>();
        while (block.find()) {
            for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
                String command = line.replaceAll("\\s+#.*$", "").trim();
                if (command.startsWith("./kargo4j ")) {
                    lines.add(command.substring("./kargo4j ".length()).replaceAll("\\s+", " "));
                }
            }
        }
        assertTrue(lines.size() >= 8, "the README's kargo4j lines: " + lines);
        List<String> ran = new ArrayList<>();
        for (String line : lines) {
            List<String> words = List.of(line.split(" "));
            List<String> command = new ArrayList<>(List.of(words.get(0)));
            if (words.get(0).equals("generate")) {
                command.add(words.get(1));
            }
            List<String> helpArgs = new ArrayList<>(command);
            helpArgs.add("--help");
            CliRun help = CliRun.run(helpArgs.toArray(String[]::new));
            assertEquals(0, help.status(), "kargo4j " + command + " is a command: " + help.err());
            Matcher flag = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(line);
            while (flag.find()) {
                assertTrue(help.out().contains(flag.group() + "=") || help.out().contains(flag.group() + " ")
                        || help.out().contains(flag.group() + "\n"), "the README shows kargo4j " + line + ", but "
                        + String.join(" ", command) + " has no " + flag.group() + ":\n" + help.out());
            }
            boolean placeholders = line.contains("[") || line.contains("...")
                    || words.stream().anyMatch(w -> w.matches("PATH|DIR|FILE|N|GLOB|CODE"));
            if (!placeholders) {
                List<String> args = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i);
                    boolean output = i > 0 && words.get(i - 1).equals("--output");
                    args.add(output ? tmp.resolve(w).toString() : w.contains("/") ? ROOT.resolve(w).toString() : w);
                }
                CliRun r = CliRun.run(args.toArray(String[]::new));
                assertEquals(0, r.status(), "kargo4j " + line + ":\n" + r.out() + r.err());
                ran.add(line);
            }
        }
        assertTrue(ran.size() >= 3, "lines run: " + ran);
    }

    private static void assertMatches(String command, String shown, String printed) {
        List<String> expected = shown.lines().toList();
        List<String> actual = printed.lines().toList();
        assertEquals(expected.size(), actual.size(), "kargo4j " + command + " prints\n" + printed
                + "\nbut the README shows\n" + shown);
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            boolean same = e.endsWith("...") ? a.startsWith(e.substring(0, e.length() - 3)) : a.equals(e);
            assertTrue(same, "kargo4j " + command + ", line " + (i + 1) + ": prints\n" + a + "\nbut the README shows\n"
                    + e);
        }
    }
}
