package io.github.kargo4j.model.io;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each short string a reader meets: keys, kinds, API versions and namespaces repeat in every
 * document, and a file of 100,000 documents would otherwise hold millions of copies. Bounded in entries and in the
 * length of what it keeps, so it never grows with the input.
 */
final class StringPool {

    private static final int MAX_LENGTH = 48;
    private static final int MAX_ENTRIES = 8_192;

    private final Map<String, String> strings = new HashMap<>();

    /**
     * @param s a string read
     * @return an equal string, the same instance for every equal short string
     */
    String share(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        String known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (strings.size() < MAX_ENTRIES) {
            strings.put(s, s);
        }
        return s;
    }
}
