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
