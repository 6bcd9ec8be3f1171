package io.github.kargo4j.model.io;

/**
 * One instance of each short string a reader meets: keys, kinds, API versions and namespaces repeat in every
 * document, and a file of 100,000 documents would otherwise hold millions of copies. A fixed table indexed by the
 * string's hash (a string evicts the one of the same slot), so it never grows with the input and a look-up is one
 * array read and one comparison: the reader calls it for every key and short value.
 */
final class StringPool {

    private static final int MAX_LENGTH = 48;
    private static final int SLOTS = 4_096;

    private final String[] strings = new String[SLOTS];

    /**
     * @param s a string read
     * @return an equal string: the instance met first, while no other string took its slot since
     */
    String share(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        int h = s.hashCode();
        int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
        String known = strings[slot];
        if (known != null && known.equals(s)) {
            return known;
        }
        strings[slot] = s;
        return s;
    }
}
