package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class StringPoolTest {

    @Test
    void equalShortStringsShareTheFirstInstance() {
        StringPool pool = new StringPool();
        for (String s : new String[] {"", "a", "kind", "apiVersion", "registry.example.com/team-a/service-0042",
            "x".repeat(48)}) {
            String first = new String(s.toCharArray());
            assertSame(first, pool.share(first));
            String again = new String(s.toCharArray());
            assertSame(first, pool.share(again), s);
        }
    }

    @Test
    void aStringComesBackEqualWhateverItsSlotHolds() {
        StringPool pool = new StringPool();
        // strings that differ only where the slot hash does not look evict one another, and stay themselves
        String a = "registry.example.com/team-a/service";
        String b = "registry.example.com/team-b/service";
        for (int i = 0; i < 3; i++) {
            assertEquals(a, pool.share(new String(a.toCharArray())));
            assertEquals(b, pool.share(new String(b.toCharArray())));
        }
        for (int i = 0; i < 10_000; i++) {
            String s = "value-" + i;
            assertEquals(s, pool.share(s));
        }
    }

    /**
     * A short string is looked up by its characters packed in a number: a string of the same slot, long, short or
     * with a character from U+0100 on, takes the slot and the number with it.
     */
    @Test
    void aShortStringIsFoundByItsCharactersWhateverTookItsSlotBefore() {
        String coded = "spec";
        int slot = StringPool.slot(coded, coded.length());
        String[] rivals = {sameSlot(slot, 20, 'a'), sameSlot(slot, 5, '\u0100'), sameSlot(slot, 6, 'a')};
        for (String rival : rivals) {
            StringPool pool = new StringPool();
            String first = new String(coded.toCharArray());
            assertSame(first, pool.share(first));
            assertSame(first, pool.share(new String(coded.toCharArray())));
            String firstRival = new String(rival.toCharArray());
            assertSame(firstRival, pool.share(firstRival), rival);
            assertSame(firstRival, pool.share(new String(rival.toCharArray())), rival);
            String again = new String(coded.toCharArray());
            assertSame(again, pool.share(again), rival);
            assertSame(again, pool.share(new String(coded.toCharArray())), rival);
        }
    }

    /** @return a string of {@code n} characters from {@code base} on, other than "spec", in the given slot */
    private static String sameSlot(int slot, int n, char base) {
        Random random = new Random(n);
        while (true) {
            char[] chars = new char[n];
            for (int k = 0; k < n; k++) {
                chars[k] = (char) (base + random.nextInt(26));
            }
            String s = new String(chars);
            if (StringPool.slot(s, n) == slot && !s.equals("spec")) {
                return s;
            }
        }
    }

    /** The slot is the hash {@code h = 31 * h + c} over the length and the characters taken, slot for slot. */
    @Test
    void theSlotIsThePolynomialHashOfTheLengthAndTheCharactersTaken() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(49)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5F) : random.nextInt(0x3000));
            }
            String s = new String(chars);
            assertEquals(hornerSlot(s), StringPool.slot(s, s.length()), s);
        }
    }

    private static int hornerSlot(String s) {
        int n = s.length();
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
        return (h * 0x9E3779B9) >>> 20;
    }

    @Test
    void longStringsAreNotKept() {
        StringPool pool = new StringPool();
        String first = "y".repeat(49);
        pool.share(first);
        String again = new String(first.toCharArray());
        assertSame(again, pool.share(again));
    }
}
