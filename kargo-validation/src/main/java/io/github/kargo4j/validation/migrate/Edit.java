package io.github.kargo4j.validation.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A replacement of the characters {@code [start, end)} of a file's text by {@code text}.
 *
 * @param start first char replaced
 * @param end   first char kept after the range (equal to {@code start} for an insertion)
 * @param text  the new text
 */
record Edit(int start, int end, String text) {

    Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /**
     * Applies edits from the end of the text backwards, so that the offsets of the earlier ones stay valid. Every char
     * outside the edited ranges is copied as it was.
     *
     * @param text  the original text
     * @param edits non-overlapping edits, in any order
     * @return the edited text
     * @throws IllegalArgumentException if two edits overlap or one lies outside the text
     */
    static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        for (int i = 1; i < sorted.size(); i++) {
            Edit prev = sorted.get(i - 1);
            Edit cur = sorted.get(i);
            if (cur.start < prev.end || (cur.start == prev.start && prev.start == prev.end && cur.start == cur.end)) {
                throw new IllegalArgumentException("overlapping edits " + prev.range() + " and " + cur.range());
            }
        }
        if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).end > text.length()) {
            throw new IllegalArgumentException("edit beyond the end of the text");
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Edit e = sorted.get(i);
            sb.replace(e.start, e.end, e.text);
        }
        return sb.toString();
    }

    private String range() {
        return "[" + start + ", " + end + ")";
    }
}
