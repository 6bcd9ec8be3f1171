package io.github.kargo4j.validation.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A strict applier of unified diffs for tests, independent of {@link UnifiedDiff}'s code: every context and removed
 * line must match the old text exactly at the position the hunk header gives, as {@code patch} with no fuzz demands.
 */
public final class Patches {

    private Patches() {
    }

    /**
     * @param patch a multi-file unified diff
     * @param read  the current content of a file by its {@code ---} name ({@code /dev/null} is never asked for)
     * @return the new content of each file by its {@code +++} name
     */
    public static Map<String, String> apply(String patch, Function<String, String> read) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = lines(patch);
        int i = 0;
        while (i < lines.size()) {
            String minus = header(lines.get(i), "--- ");
            String plus = header(lines.get(i + 1), "+++ ");
            i += 2;
            List<String> old = minus.equals("/dev/null") ? List.of() : lines(read.apply(minus));
            List<String> result = new ArrayList<>();
            int pos = 0;
            while (i < lines.size() && lines.get(i).startsWith("@@ ")) {
                String[] parts = lines.get(i).split(" ");
                int oldStart = Integer.parseInt(parts[1].substring(1).split(",")[0]);
                int oldCount = parts[1].contains(",") ? Integer.parseInt(parts[1].split(",")[1]) : 1;
                int from = oldCount == 0 ? oldStart : oldStart - 1;
                if (from < pos) {
                    throw new IllegalArgumentException("hunks out of order at " + lines.get(i));
                }
                result.addAll(old.subList(pos, from));
                pos = from;
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("@@ ") && !lines.get(i).startsWith("--- ")) {
                    String l = lines.get(i);
                    String body = l.substring(1);
                    if (i + 1 < lines.size() && lines.get(i + 1).startsWith("\\ No newline at end of file")) {
                        body = body.substring(0, body.length() - 1);
                        i++;
                    }
                    switch (l.charAt(0)) {
                        case ' ' -> {
                            expect(old, pos, body);
                            result.add(body);
                            pos++;
                        }
                        case '-' -> {
                            expect(old, pos, body);
                            pos++;
                        }
                        case '+' -> result.add(body);
                        default -> throw new IllegalArgumentException("bad diff line: " + l);
                    }
                    i++;
                }
            }
            result.addAll(old.subList(pos, old.size()));
            out.put(plus, String.join("", result));
        }
        return out;
    }

    private static String header(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("expected '" + prefix + "...', found " + line);
        }
        return line.substring(prefix.length()).stripTrailing();
    }

    private static void expect(List<String> old, int pos, String line) {
        if (pos >= old.size() || !old.get(pos).equals(line)) {
            throw new IllegalArgumentException("line " + (pos + 1) + " does not match: expected " + line.strip()
                    + ", found " + (pos < old.size() ? old.get(pos).strip() : "end of file"));
        }
    }

    /** @return the lines of a text, each with its line break */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
