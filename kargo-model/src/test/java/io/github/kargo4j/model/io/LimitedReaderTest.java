package io.github.kargo4j.model.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LimitedReader} sees the same characters whatever the size of the reads asking for them: its fast path for
 * runs of printable ASCII and its per-character path agree on lines, columns, limits and the template hint, also when
 * a pattern or a limit straddles two reads.
 */
class LimitedReaderTest {

    private static final int[] READ_SIZES = {1, 2, 3, 5, 7, 64, 1 << 16};

    /** Reads everything in reads of {@code size} characters; returns what was handed out. */
    private static String drain(LimitedReader r, int size) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[size + 3];
        int n;
        while ((n = r.read(buf, 3, size)) >= 0) {
            out.append(buf, 3, n);
        }
        return out.toString();
    }

    private static LimitedReader reader(String text, long maxDocument, long maxFile) {
        return new LimitedReader(new StringReader(text), maxDocument, maxFile, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: {{ .Values.x }}\n", "a: {{- include \"x\" . }}\n", "a: {{ x -}}\n",
        "a: {{ $x := .Values.name }}\n", "{{\n.Values\n"})
    void noticesATemplateWhereverTheReadsSplitIt(String text) throws IOException {
        for (int size : READ_SIZES) {
            LimitedReader r = reader("k: v\n# a comment\n" + text, 1_000, 1_000);
            assertEquals("k: v\n# a comment\n" + text, drain(r, size));
            assertTrue(r.looksLikeTemplate(), "read size " + size);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: { b: {c: d}}\n", "values: .Value s\n", "a: - }}\n", "a: {{\n", "a: .Values\n"})
    void noTemplateWithoutBothSigns(String text) throws IOException {
        for (int size : READ_SIZES) {
            LimitedReader r = reader(text, 1_000, 1_000);
            drain(r, size);
            assertFalse(r.looksLikeTemplate(), "read size " + size);
        }
    }

    @Test
    void aControlCharacterIsReportedAtItsLineAndColumn() {
        String text = "apiVersion: v1\nkind: ConfigMap   \n  data: é😀x\u0001y\n";
        for (int size : READ_SIZES) {
            LimitedReader r = reader(text, 1_000, 1_000);
            LimitedReader.Stop stop = assertThrows(LimitedReader.Stop.class, () -> drain(r, size));
            assertEquals(LimitedReader.Reason.CHARACTER, stop.reason);
            // the emoji (two chars) is one column
            assertEquals(3, stop.line, "read size " + size);
            assertEquals(12, stop.column, "read size " + size);
        }
    }

    @Test
    void theFileLimitStopsAtTheCharacterOverIt() {
        String text = "a: bcdefgh\nij: klmnop\n";
        for (int size : READ_SIZES) {
            LimitedReader r = reader(text, 1_000, 15);
            LimitedReader.Stop stop = assertThrows(LimitedReader.Stop.class, () -> drain(r, size));
            assertEquals(LimitedReader.Reason.FILE_SIZE, stop.reason);
            assertEquals(2, stop.line, "read size " + size);
            assertEquals(5, stop.column, "read size " + size);
        }
    }

    @Test
    void theDocumentLimitCountsFromTheLastMarkerAndHandsOutTheRest() throws IOException {
        String text = "a: 123456\n---\nb: 1\n---\nc: 123456789\nd: 2\n---\ne: 3\n";
        for (int size : READ_SIZES) {
            LimitedReader r = reader(text, 12, 1_000);
            StringBuilder seen = new StringBuilder();
            char[] buf = new char[size];
            int stops = 0;
            while (true) {
                int n;
                try {
                    n = r.read(buf, 0, size);
                } catch (LimitedReader.Stop stop) {
                    assertEquals(LimitedReader.Reason.DOCUMENT_SIZE, stop.reason);
                    assertEquals(5, stop.line, "read size " + size);
                    assertEquals(12, stop.column, "read size " + size);
                    stops++;
                    continue;
                }
                if (n < 0) {
                    break;
                }
                seen.append(buf, 0, n);
            }
            assertEquals(1, stops, "read size " + size);
            assertEquals(text, seen.toString(), "read size " + size);
        }
    }

    @Test
    void aLongAsciiFileReadsAsItIs() throws IOException {
        String line = "key: value-with-some.dots/and-dashes {braces} and s's\n";
        String text = line.repeat(5_000);
        for (int size : READ_SIZES) {
            try (Reader r = reader(text, Long.MAX_VALUE, Long.MAX_VALUE)) {
                assertEquals(text, drain((LimitedReader) r, size));
            }
        }
    }

    /** Pieces of text the random inputs are made of: what the fast path and the per-character path each handle. */
    private static final String[] PIECES = {"a", "key: value", " ", "\n", "\n", "\n  ", "\n- ", "\n---\n", "{{",
        "{{- ", "{{ .", " -}}", "}}", ".Values", ".V", "Values", "s", "-", ".", "{", "}", "V", "\t", "\r\n", "é",
        "😀", "# comment", "'q'", "\"dq\""};

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The line and column of {@code text.charAt(at)}, counted the plain way: a surrogate pair is one column. */
    private static int[] lineAndColumn(String text, int at) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < at; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    @Test
    void randomTextsAgreeWithThePlainCountWhateverTheReadSize() throws IOException {
        Random random = new Random(20_14);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(60));
            boolean template = text.contains("{{") && (text.contains("{{-") || text.contains("-}}")
                    || text.contains("{{ .") || text.contains(".Values"));
            int at = random.nextInt(text.length() + 1);
            if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                at--;
            }
            String broken = text.substring(0, at) + "\u0001" + text.substring(at);
            int[] expected = lineAndColumn(broken, at);
            for (int size : READ_SIZES) {
                LimitedReader r = reader(text, 1_000_000, 1_000_000);
                assertEquals(text, drain(r, size));
                assertEquals(template, r.looksLikeTemplate(), "read size " + size + " of " + text);
                LimitedReader b = reader(broken, 1_000_000, 1_000_000);
                LimitedReader.Stop stop = assertThrows(LimitedReader.Stop.class, () -> drain(b, size));
                assertEquals(LimitedReader.Reason.CHARACTER, stop.reason);
                assertEquals(expected[0], stop.line, "line, read size " + size + " of " + broken);
                assertEquals(expected[1], stop.column, "column, read size " + size + " of " + broken);
            }
        }
    }
}
