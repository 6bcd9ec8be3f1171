package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.json.JsonPath;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known field an unknown key was most likely meant to be: the same name in another case or spelling, the
 * same name at a nearby path (inside a sibling, in the parent, inside a sibling of the parent), or a near name (small
 * edit distance) at those places, in that order of preference. {@link #closest(String, Collection)} applies the same
 * notion of a near name to any list of names, for the other rules that say "did you mean".
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** Where the unknown key was found: the object, its known fields, and the same for its parent. */
    interface Place {
        JsonPath path();

        KnownFields node();

        /** @return the key under which this object hangs in its parent (for list items, the list's key) */
        String keyInParent();

        Place parent();
    }

    /**
     * A suggestion.
     *
     * @param path   the full path of the suggested field
     * @param rename whether it is a sibling of the unknown key (a rename) rather than elsewhere (a move)
     */
    record Suggestion(JsonPath path, boolean rename) {
    }

    /**
     * @param place where the key was found
     * @param key   the unknown key
     * @return the best suggestion, if any is close enough
     */
    static Optional<Suggestion> find(Place place, String key) {
        Best best = new Best();
        String norm = normalize(key);
        // the same object: other spelling (score 0) or near name (score 3)
        consider(best, place.path(), place.node(), key, norm, 0, 3, true);
        // inside a sibling of the key
        for (String n : place.node().names()) {
            KnownFields child = place.node().field(n).orElse(KnownFields.any());
            consider(best, step(place.path(), place.node(), n), child, key, norm, 1, 4, false);
        }
        Place parent = place.parent();
        if (parent != null) {
            // in the parent (one level too deep)
            consider(best, parent.path(), parent.node(), key, norm, 1, 4, false);
            // inside a sibling of the parent
            for (String r : parent.node().names()) {
                if (r.equals(place.keyInParent())) {
                    continue;
                }
                KnownFields child = parent.node().field(r).orElse(KnownFields.any());
                consider(best, step(parent.path(), parent.node(), r), child, key, norm, 2, 5, false);
            }
        }
        return Optional.ofNullable(best.suggestion);
    }

    /**
     * The name a misspelt one was most likely meant to be: the same name in another case or spelling ({@code -},
     * {@code _} and spaces ignored), else the nearest by edit distance (insertions, deletions, substitutions and
     * swaps of neighbours, case ignored), allowing no edit for names of up to 3 characters, 1 up to 5, 2 up to 9 and
     * 3 above, else a name that one of them begins with (both at least 4 characters long: a name cut short or run
     * on). Ties go to the earlier candidate.
     *
     * @param name       a name that is not among the candidates
     * @param candidates the names that exist
     * @return the closest candidate, if one is close enough
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String norm = normalize(name);
        int limit = limit(name);
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = limit + 1;
        for (String c : candidates) {
            if (c.equals(name)) {
                return Optional.of(c);
            }
            int d = normalize(c).equals(norm) ? 0 : distance(c.toLowerCase(Locale.ROOT), lower, limit);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null && norm.length() >= 4) {
            // a name cut short or run on (`push` for `pushed`, `imageRepo` for `imageRepository`)
            for (String c : candidates) {
                String n = normalize(c);
                if (n.length() >= 4 && (n.startsWith(norm) || norm.startsWith(n))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static JsonPath step(JsonPath base, KnownFields node, String name) {
        JsonPath p = base.key(name);
        return node.isList(name) ? p.index(0) : p;
    }

    private static final class Best {
        double score = Double.MAX_VALUE;
        Suggestion suggestion;
    }

    private static void consider(Best best, JsonPath at, KnownFields node, String key, String norm, int exactScore,
                                 int nearScore, boolean samePlace) {
        if (node.acceptsAnyName()) {
            return;
        }
        int limit = limit(key);
        for (String name : node.names()) {
            double score;
            if (name.equals(key)) {
                score = exactScore;
            } else if (normalize(name).equals(norm)) {
                score = exactScore + (samePlace ? 0 : 0.5);
            } else {
                int d = distance(name.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT), limit);
                if (d > limit) {
                    continue;
                }
                score = nearScore + d / 10.0;
            }
            if (score < best.score) {
                best.score = score;
                best.suggestion = new Suggestion(at.key(name), samePlace);
            }
        }
    }

    static int limit(String key) {
        int n = key.length();
        return n <= 3 ? 0 : n <= 5 ? 1 : n <= 9 ? 2 : 3;
    }

    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up above a limit.
     *
     * @return the distance, or {@code limit + 1} when it is larger than {@code limit}
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
