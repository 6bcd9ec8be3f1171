package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.fields.Suggestions;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;

/** Small text helpers for messages: quoting names, listing them, and suggesting a near name for a typo. */
final class Names {

    /** Most names a message lists before it says how many more there are. */
    static final int MAX_LISTED = 10;

    private Names() {
    }

    /**
     * @param name a resource name
     * @return the name, or {@code ""} (two quotes) when it is empty so that the message still reads
     */
    static String q(String name) {
        return name.isEmpty() ? "\"\"" : name;
    }

    /**
     * @param names names
     * @return {@code a}, {@code a and b}, {@code a, b and c}, or the first {@link #MAX_LISTED} and {@code N more}
     */
    static String list(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        int size = names.size();
        int shown = size > MAX_LISTED ? MAX_LISTED : size;
        Iterator<String> it = names.iterator();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(i == shown - 1 && shown == size ? " and " : ", ");
            }
            sb.append(q(it.next()));
        }
        if (shown < size) {
            sb.append(" and ").append(size - shown).append(" more");
        }
        return sb.toString();
    }

    /**
     * Suggests a name close to a misspelt one. Comparisons are bounded by a budget so that a set with many missing
     * references and many candidates stays linear; once it is spent, no more suggestions are made.
     */
    static final class Suggester {
        private final Collection<String> candidates;
        private long budget;

        /**
         * @param candidates the names that exist
         * @param budget     how many candidate comparisons this suggester may make in total
         */
        Suggester(Collection<String> candidates, long budget) {
            this.candidates = candidates;
            this.budget = budget;
        }

        /**
         * @param missing a name that does not exist
         * @return {@code " (did you mean x?)"} for the closest existing name within two edits, or the empty string
         */
        String didYouMean(String missing) {
            Optional<String> c = closest(missing);
            return c.isPresent() ? " (did you mean " + c.get() + "?)" : "";
        }

        Optional<String> closest(String missing) {
            if (missing.length() < 3 || budget < candidates.size()) {
                return Optional.empty();
            }
            budget -= candidates.size();
            Optional<String> c = Suggestions.closest(missing, candidates);
            return c.isPresent() && c.get().equals(missing) ? Optional.empty() : c;
        }
    }
}
