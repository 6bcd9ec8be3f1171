package io.github.kargo4j.model.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the generators of committed Java sources (tables made from the model at build time) share. */
public final class GeneratedSources {

    private GeneratedSources() {
    }

    /**
     * Fails unless the committed file is what its generator makes now; with {@code -Dkargo4j.regenerate=true} it first
     * rewrites the file.
     *
     * @param committed  the committed source, relative to the module
     * @param now        what the generator makes now
     * @param regenerate the command that rewrites it, for the failure's message
     * @throws IOException if the file cannot be read or written
     */
    public static void assertUpToDate(Path committed, String now, String regenerate) throws IOException {
        if (Boolean.getBoolean("kargo4j.regenerate")) {
            Files.writeString(committed, now, StandardCharsets.UTF_8);
        }
        String text = Files.readString(committed, StandardCharsets.UTF_8);
        assertTrue(text.equals(now), committed.getFileName() + " differs from what the model makes now; regenerate"
                + " it with: " + regenerate);
    }

    /**
     * @param regenerate the command that rewrites the table
     * @param emptyTable the table to put in its place when it no longer compiles
     * @param fallback   what happens without the table
     * @return the lines of a generated table's Javadoc that say how to regenerate it, each starting {@code " * "}
     */
    public static String regenerationNote(String regenerate, String emptyTable, String fallback) {
        int options = regenerate.indexOf(" -Dsurefire");
        return " * {@code " + regenerate.substring(0, options) + "\n"
                + " * " + regenerate.substring(options + 1) + "}. If it no longer compiles after a change to the\n"
                + " * model, replace it with\n"
                + " * {@code " + emptyTable + "}\n"
                + " * (" + fallback + ") and regenerate.\n";
    }

    /**
     * @param s a string
     * @return it as a Java string literal: printable ASCII as it is, other characters escaped (control characters in
     *     octal, as a unicode escape of a line break would end the line before the compiler reads the literal)
     */
    public static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x7f) {
                sb.append(String.format("\\%03o", (int) ch));
            } else if (ch > 0x7f) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
