package io.github.kargo4j.validation.fields;

import java.util.Collection;
import java.util.Optional;

/**
 * The closest of some known names to a name that is not known: the same name in another case or spelling
 * ({@code gitPush} for {@code git-push}), else the nearest by edit distance (adjacent transpositions count once),
 * within a distance that grows with the length of the name. The same measure as the did-you-mean of unknown fields.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * @param name  the unknown name
     * @param known the known names
     * @return the closest known name, if one is close enough; ties go to the first in {@code known}'s order
     */
    public static Optional<String> closest(String name, Collection<String> known) {
        String norm = Suggestions.normalize(name);
        int limit = Suggestions.limit(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            String kn = Suggestions.normalize(k);
            int d = kn.equals(norm) ? 0 : Suggestions.distance(norm, kn, limit);
            if (d <= limit && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
