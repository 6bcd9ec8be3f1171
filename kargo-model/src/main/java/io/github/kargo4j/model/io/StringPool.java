package io.github.kargo4j.model.io;

/**
 * One instance of each short string a reader meets: keys, kinds, API versions and namespaces repeat in every
 * document, and a file of 100,000 documents would otherwise hold millions of copies. A fixed table indexed by a
 * hash of the string's length and a few of its characters (a string evicts the one of the same slot), so it never
 * grows with the input and a look-up is one array read and one comparison: the reader calls it for every key and
 * short value.
 */
final class StringPool {

    private static final int MAX_LENGTH = 48;
    private static final int SLOT_BITS = 12;
    private static final int SLOTS = 1 << SLOT_BITS;

    private final String[] strings = new String[SLOTS];

    /**
     * @param s a string read
     * @return an equal string: the instance met first, while no other string took its slot since
     */
    String share(String s) {
        int n = s.length();
        if (n > MAX_LENGTH) {
            return s;
        }
        int slot = slot(s, n);
        String known = strings[slot];
        if (known != null && known.equals(s)) {
            return known;
        }
        strings[slot] = s;
        return s;
    }

    /**
     * The slot of a string, from its length and at most nine of its characters, spread over it: unlike
     * {@link String#hashCode()} it does not read every character of a string that has just been read (whose hash is
     * not computed yet), and the instance kept has its hash computed once, by whoever needs it.
     */
    private static int slot(String s, int n) {
        int h = n;
        if (n <= 9) {
            for (int i = 0; i < n; i++) {
                h = 31 * h + s.charAt(i);
            }
        } else {
            int step = n >>> 3;
            for (int i = 0; i < 8; i++) {
                h = 31 * h + s.charAt(i * step);
            }
            h = 31 * h + s.charAt(n - 1);
        }
        return (h * 0x9E3779B9) >>> (32 - SLOT_BITS);
    }
}
