package io.github.kargo4j.model.io;

/**
 * One instance of each short string a reader meets: keys, kinds, API versions and namespaces repeat in every
 * document, and a file of 100,000 documents would otherwise hold millions of copies. A fixed table indexed by a
 * hash of the string's length and a few of its characters (a string evicts the one of the same slot), so it never
 * grows with the input and a look-up is one array read and one comparison (of two numbers for a string of up to
 * seven characters): the reader calls it for every key and short value.
 */
final class StringPool {

    private static final int MAX_LENGTH = 48;
    private static final int SLOT_BITS = 12;
    private static final int SLOTS = 1 << SLOT_BITS;

    /** The longest string whose characters {@link #codes} hold. */
    private static final int MAX_CODED = 7;

    private final String[] strings = new String[SLOTS];
    /**
     * For a slot that holds a string of at most {@link #MAX_CODED} characters, each below U+0100 (most keys and many
     * values): its length plus one in the low byte and its characters in the bytes above, so that a look-up compares
     * two numbers and does not read the kept string, which lies elsewhere in memory; 0 for any other slot.
     */
    private final long[] codes = new long[SLOTS];

    /**
     * @param s a string read
     * @return an equal string: the instance met first, while no other string took its slot since
     */
    String share(String s) {
        int n = s.length();
        if (n > MAX_LENGTH) {
            return s;
        }
        if (n <= MAX_CODED) {
            return shareShort(s, n);
        }
        int slot = slot(s, n);
        String known = strings[slot];
        if (known != null && known.equals(s)) {
            return known;
        }
        strings[slot] = s;
        codes[slot] = 0L;
        return s;
    }

    /** {@link #share} of a string of at most {@link #MAX_CODED} characters: the same slot, the same outcome. */
    private String shareShort(String s, int n) {
        int slot = slot(s, n);
        long code = n + 1;
        int wide = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            code |= (long) c << (8 + 8 * i);
            wide |= c;
        }
        if (wide > 0xFF) {
            String known = strings[slot];
            if (known != null && known.equals(s)) {
                return known;
            }
            code = 0L;
        } else if (codes[slot] == code) {
            return strings[slot];
        }
        strings[slot] = s;
        codes[slot] = code;
        return s;
    }

    /**
     * The slot of a string, from its length and at most nine of its characters, spread over it: unlike
     * {@link String#hashCode()} it does not read every character of a string that has just been read (whose hash is
     * not computed yet), and the instance kept has its hash computed once, by whoever needs it.
     *
     * <p>The hash is the polynomial {@code h = 31 * h + c} over the length and the characters taken, written out as a
     * sum of products by the powers of 31 ({@link #POWERS}): each product is independent of the others, where the
     * loop made each step wait for the one before.
     */
    static int slot(String s, int n) {
        int h;
        if (n <= 9) {
            h = n * POWERS[n];
            for (int i = 0; i < n; i++) {
                h += s.charAt(i) * POWERS[n - 1 - i];
            }
        } else {
            int step = n >>> 3;
            h = n * POWERS[9] + s.charAt(0) * POWERS[8] + s.charAt(step) * POWERS[7]
                    + s.charAt(2 * step) * POWERS[6] + s.charAt(3 * step) * POWERS[5] + s.charAt(4 * step) * POWERS[4]
                    + s.charAt(5 * step) * POWERS[3] + s.charAt(6 * step) * POWERS[2] + s.charAt(7 * step) * POWERS[1]
                    + s.charAt(n - 1);
        }
        return (h * 0x9E3779B9) >>> (32 - SLOT_BITS);
    }

    /** {@code POWERS[k]} is 31 to the power k, in {@code int} arithmetic. */
    private static final int[] POWERS = new int[10];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 31;
        }
    }
}
