package io.github.kargo4j.validation.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based unified diff, as {@code diff -u} and {@code git diff} print it: {@code ---}/{@code +++} headers,
 * {@code @@ -l,s +l,s @@} hunks with three lines of context, and {@code \ No newline at end of file} where a file
 * does not end with a line break. The output can be applied with {@code patch -p0} or {@code git apply -p0}.
 *
 * <p>The line matching is Myers' O(ND) algorithm after removing the common head and tail, so the cost grows with the
 * size of the change, not of the file. Lines are compared with their line breaks, so a changed line ending shows.
 */
public final class UnifiedDiff {

    /** Lines of context around each change. */
    public static final int CONTEXT = 3;

    /** Above this many differing lines the diff is one hunk that replaces the changed region as a whole. */
    private static final int MAX_EDIT_DISTANCE = 4_000;

    private UnifiedDiff() {
    }

    /**
     * @param oldName the name on the {@code ---} line ({@code /dev/null} for a new file)
     * @param newName the name on the {@code +++} line
     * @param before  the old text ({@code ""} for a new file)
     * @param after   the new text
     * @return the diff, or {@code ""} when the texts are equal
     */
    public static String diff(String oldName, String newName, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = script(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(oldName).append('\n');
        sb.append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            // extend over changes separated by at most 2 * CONTEXT unchanged lines
            int j = i;
            while (j < ops.size()) {
                if (ops.get(j).kind != ' ') {
                    to = j + 1;
                    j++;
                    continue;
                }
                int k = j;
                while (k < ops.size() && ops.get(k).kind == ' ') {
                    k++;
                }
                if (k < ops.size() && k - j <= 2 * CONTEXT) {
                    j = k;
                } else {
                    break;
                }
            }
            to = Math.min(ops.size(), to + CONTEXT);
            hunk(sb, ops.subList(from, to));
            i = to;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Op> ops) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Op op : ops) {
            if (op.kind != '+') {
                if (oldStart < 0) {
                    oldStart = op.oldLine;
                }
                oldCount++;
            }
            if (op.kind != '-') {
                if (newStart < 0) {
                    newStart = op.newLine;
                }
                newCount++;
            }
        }
        Op first = ops.get(0);
        // an empty side is numbered by the line before it, as diff -u does
        int oldFrom = oldCount == 0 ? first.oldLine : oldStart + 1;
        int newFrom = newCount == 0 ? first.newLine : newStart + 1;
        sb.append("@@ -").append(range(oldFrom, oldCount)).append(" +").append(range(newFrom, newCount))
                .append(" @@\n");
        for (Op op : ops) {
            sb.append(op.kind).append(op.text);
            if (!op.text.endsWith("\n")) {
                sb.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    /** One line of the edit script: ' ' kept, '-' removed, '+' added; line numbers are 0-based positions. */
    private record Op(char kind, String text, int oldLine, int newLine) {
    }

    static List<String> lines(String text) {
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

    private static List<Op> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new Op(' ', a.get(i), i, i));
        }
        List<String> ma = a.subList(head, a.size() - tail);
        List<String> mb = b.subList(head, b.size() - tail);
        middle(ops, ma, mb, head);
        for (int i = tail; i > 0; i--) {
            ops.add(new Op(' ', a.get(a.size() - i), a.size() - i, b.size() - i));
        }
        return ops;
    }

    /** Myers' greedy forward algorithm, keeping each round's furthest points for the backtrack. */
    private static void middle(List<Op> ops, List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        if (max == 0) {
            return;
        }
        List<int[]> trace = new ArrayList<>();
        int[] v = new int[2 * max + 2];
        int found = -1;
        for (int d = 0; d <= Math.min(max, MAX_EDIT_DISTANCE); d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max]
                        : v[k - 1 + max] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[k + max] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
            if (found >= 0) {
                break;
            }
        }
        if (found < 0) {
            for (int i = 0; i < n; i++) {
                ops.add(new Op('-', a.get(i), offset + i, offset));
            }
            for (int j = 0; j < m; j++) {
                ops.add(new Op('+', b.get(j), offset + n, offset + j));
            }
            return;
        }
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && pv[k - 1 + max] < pv[k + 1 + max])) ? k + 1 : k - 1;
            int prevX = pv[prevK + max];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(' ', a.get(x), offset + x, offset + y));
            }
            if (x == prevX) {
                y--;
                reversed.add(new Op('+', b.get(y), offset + x, offset + y));
            } else {
                x--;
                reversed.add(new Op('-', a.get(x), offset + x, offset + y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Op(' ', a.get(x), offset + x, offset + y));
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
    }
}
