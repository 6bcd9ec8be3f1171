package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;

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

    @Test
    void longStringsAreNotKept() {
        StringPool pool = new StringPool();
        String first = "y".repeat(49);
        pool.share(first);
        String again = new String(first.toCharArray());
        assertSame(again, pool.share(again));
    }
}
