package io.github.kargo4j.validation.migrate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.diff("a", "a", "x\ny\n", "x\ny\n"));
    }

    @Test
    void printsHeadersHunkRangesAndThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("""
                --- a.yaml
                +++ a.yaml
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """, UnifiedDiff.diff("a.yaml", "a.yaml", before, after));
    }

    @Test
    void changesFarApartGetTheirOwnHunksAndCloseOnesShareOne() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(i + "\n");
        }
        String before = String.join("", lines);
        String far = replaced(lines, 3, 20);
        assertEquals(List.of("@@ -1,6 +1,6 @@", "@@ -17,7 +17,7 @@"),
                hunkHeaders(UnifiedDiff.diff("f", "f", before, far)));
        String close = replaced(lines, 3, 9);
        assertEquals(List.of("@@ -1,12 +1,12 @@"), hunkHeaders(UnifiedDiff.diff("f", "f", before, close)),
                "five unchanged lines between two changes do not split the hunk");
        assertEquals(List.of("@@ -1,13 +1,13 @@"),
                hunkHeaders(UnifiedDiff.diff("f", "f", before, replaced(lines, 3, 10))),
                "six unchanged lines (twice the context) still join the hunks, as diff -u does");
        assertEquals(List.of("@@ -1,6 +1,6 @@", "@@ -8,7 +8,7 @@"),
                hunkHeaders(UnifiedDiff.diff("f", "f", before, replaced(lines, 3, 11))),
                "seven unchanged lines split them");
    }

    @Test
    void marksALastLineWithoutLineBreak() {
        String diff = UnifiedDiff.diff("f", "f", "a\nb", "a\nc\n");
        assertEquals("--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n", diff);
    }

    @Test
    void aNewFileIsAddedFromDevNull() {
        assertEquals("--- /dev/null\n+++ n.yaml\n@@ -0,0 +1,2 @@\n+a: 1\n+b: 2\n",
                UnifiedDiff.diff("/dev/null", "n.yaml", "", "a: 1\nb: 2\n"));
    }

    @Test
    void keepsCarriageReturnsSoALineEndingChangeShows() {
        String diff = UnifiedDiff.diff("f", "f", "a\r\nb\r\n", "a\r\nb\n");
        assertEquals("--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b\n", diff);
    }

    @Test
    void randomEditsDiffMinimallyAndTheDiffAppliesBack() {
        Random random = new Random(20260101L);
        for (int round = 0; round < 400; round++) {
            List<String> a = randomLines(random, random.nextInt(40));
            List<String> b = mutate(random, a);
            String before = String.join("", a);
            String after = String.join("", b);
            String diff = UnifiedDiff.diff("f", "f", before, after);
            if (before.equals(after)) {
                assertEquals("", diff);
                continue;
            }
            Map<String, String> applied = Patches.apply(diff, name -> before);
            assertEquals(after, applied.get("f"), "round " + round + "\n" + diff);
            int changed = 0;
            for (String line : UnifiedDiff.lines(diff)) {
                if ((line.startsWith("-") && !line.startsWith("--- ")) || (line.startsWith("+")
                        && !line.startsWith("+++ "))) {
                    changed++;
                }
            }
            int lcs = lcs(a, b);
            assertEquals(a.size() - lcs + b.size() - lcs, changed, "round " + round + ": not a shortest edit");
        }
    }

    /** @return the lines with the given 1-based lines changed */
    private static String replaced(List<String> lines, int... changed) {
        List<String> out = new ArrayList<>(lines);
        for (int n : changed) {
            out.set(n - 1, "changed " + n + "\n");
        }
        return String.join("", out);
    }

    private static List<String> hunkHeaders(String diff) {
        return UnifiedDiff.lines(diff).stream().filter(l -> l.startsWith("@@")).map(String::strip).toList();
    }

    private static List<String> randomLines(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("l" + random.nextInt(6) + "\n");
        }
        return out;
    }

    private static List<String> mutate(Random random, List<String> a) {
        List<String> b = new ArrayList<>(a);
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int op = random.nextInt(3);
            if (op == 0 || b.isEmpty()) {
                b.add(random.nextInt(b.size() + 1), "l" + random.nextInt(8) + "\n");
            } else if (op == 1) {
                b.remove(random.nextInt(b.size()));
            } else {
                b.set(random.nextInt(b.size()), "m" + random.nextInt(3) + "\n");
            }
        }
        if (!b.isEmpty() && random.nextInt(5) == 0) {
            String last = b.remove(b.size() - 1);
            b.add(last.strip());
        }
        return b;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }

    @Test
    void diffOfALargeFileWithOneChangeIsOneSmallHunk() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("key").append(i).append(": value\n");
        }
        String before = sb.toString();
        String after = before.replace("key25000: value\n", "key25000: changed\n");
        String diff = UnifiedDiff.diff("big", "big", before, after);
        assertEquals(List.of("@@ -24998,7 +24998,7 @@"), hunkHeaders(diff));
        assertTrue(diff.length() < 400, diff);
    }
}
