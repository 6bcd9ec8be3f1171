package io.github.kargo4j.builders.fleet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardAssignmentTest {

    private static final List<String> FLEET = services(10_000);
    private static final int[] SHARD_COUNTS = {2, 3, 4, 5, 7, 8, 10, 16};

    private static List<String> services(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("svc-" + i);
        }
        return out;
    }

    @Test
    void shardsOfTenThousandServicesAreBalancedWithinOne() {
        for (int n : SHARD_COUNTS) {
            ShardAssignment a = ShardAssignment.balanced(FLEET, ShardAssignment.shardNames(n));
            Map<String, Integer> sizes = a.sizes();
            int max = Collections.max(sizes.values());
            int min = Collections.min(sizes.values());
            assertTrue(max - min <= 1, n + " shards: " + sizes);
            assertTrue(max <= min * 1.10, n + " shards: " + sizes);
            assertEquals(FLEET.size(), sizes.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void addingAShardMovesAtMostOnePointTwoOverNOfTheServices() {
        for (int n : SHARD_COUNTS) {
            ShardAssignment before = ShardAssignment.balanced(FLEET, ShardAssignment.shardNames(n));
            ShardAssignment after = ShardAssignment.balanced(FLEET, ShardAssignment.shardNames(n + 1));
            List<String> moved = before.movedComparedTo(after);
            double fraction = moved.size() / (double) FLEET.size();
            assertTrue(fraction <= 1.2 / n, n + " -> " + (n + 1) + " shards moved " + moved.size());
            // at least the new shard's share has to move there
            long toNewShard = moved.stream().filter(s -> after.shardOf(s).equals("shard-" + n)).count();
            assertEquals(after.sizes().get("shard-" + n).longValue(), toNewShard);
        }
    }

    @Test
    void isStableAcrossRunsAndInputOrder() {
        List<String> shuffled = new ArrayList<>(FLEET.subList(0, 500));
        Collections.reverse(shuffled);
        ShardAssignment a = ShardAssignment.balanced(FLEET.subList(0, 500), ShardAssignment.shardNames(4));
        ShardAssignment b = ShardAssignment.balanced(shuffled, ShardAssignment.shardNames(4));
        assertEquals(a.asMap(), Map.copyOf(b.asMap()));
        assertTrue(a.movedComparedTo(b).isEmpty());
        // pinned: the first 64 bits of SHA-256("nginx\0order"), the same on every JVM and in every release
        assertEquals(0xc8757db4ed22935dL, ShardAssignment.hash("nginx", "order"));
        assertEquals(0x6ce635ee52b23db2L, ShardAssignment.hash("nginx", "shard-0"));
    }

    @Test
    void sharesTheRemainderOverTheFirstShardsAndHandlesSmallFleets() {
        ShardAssignment a = ShardAssignment.balanced(services(10), ShardAssignment.shardNames(4));
        assertEquals(Map.of("shard-0", 3, "shard-1", 3, "shard-2", 2, "shard-3", 2), a.sizes());
        ShardAssignment empty = ShardAssignment.balanced(List.of(), ShardAssignment.shardNames(3));
        assertEquals(Map.of("shard-0", 0, "shard-1", 0, "shard-2", 0), empty.sizes());
        ShardAssignment one = ShardAssignment.balanced(List.of("nginx", "nginx"), ShardAssignment.shardNames(1));
        assertEquals(Map.of("nginx", "shard-0"), one.asMap());
        assertEquals("shard-0", one.shardOf("nginx"));
        assertTrue(one.find("api").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> one.shardOf("api"));
    }

    @Test
    void refusesBadShardLists() {
        assertThrows(IllegalArgumentException.class, () -> ShardAssignment.shardNames(0));
        assertThrows(IllegalArgumentException.class, () -> ShardAssignment.balanced(FLEET, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ShardAssignment.balanced(FLEET, List.of("a", "a")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShardAssignment.balanced(FLEET, List.of("a/b")));
        assertTrue(e.getMessage().contains("shard name \"a/b\""), e.getMessage());
        assertEquals(List.of("kargo-0", "kargo-1"), ShardAssignment.shardNames("kargo-", 2));
    }
}
