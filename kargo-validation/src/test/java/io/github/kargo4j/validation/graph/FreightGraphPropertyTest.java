package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cycle detection and reachability on seeded random graphs, checked against the brute-force {@link
 * RandomGraphs.Oracle}. A failing seed reproduces exactly.
 */
class FreightGraphPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static FreightGraph graph(List<Stage> stages) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            byName.putIfAbsent(stages.get(i).name(), i);
        }
        return FreightGraph.build(stages, byName);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reportedCyclesAgreeWithBruteForceReachability(long seed) {
        List<Stage> stages = RandomGraphs.stages(new Random(seed), false);
        RandomGraphs.Oracle oracle = new RandomGraphs.Oracle(stages);
        FreightGraph graph = graph(stages);
        List<FreightGraph.Cycle> cycles = graph.cycles();

        // A Stage is in a reported cycle iff one of its requests can reach itself.
        Set<Integer> expected = new TreeSet<>();
        for (int n = 0; n < oracle.nodes.size(); n++) {
            assertEquals(oracle.onCycle(n), graph.onCycle(n), "seed " + seed + " node " + n);
            if (oracle.onCycle(n)) {
                expected.add(oracle.stage(n));
            }
        }
        Set<Integer> reported = new TreeSet<>();
        for (FreightGraph.Cycle c : cycles) {
            for (int s : c.componentStages()) {
                reported.add(s);
            }
        }
        assertEquals(expected, reported, "seed " + seed);

        // Each group of mutually reachable requests (by its Stages) is reported exactly once.
        Set<List<Integer>> groups = new HashSet<>();
        for (int n = 0; n < oracle.nodes.size(); n++) {
            if (!oracle.onCycle(n)) {
                continue;
            }
            Set<Integer> group = new TreeSet<>();
            for (int m = 0; m < oracle.nodes.size(); m++) {
                if (m == n || (oracle.reaches[n][m] && oracle.reaches[m][n])) {
                    group.add(oracle.stage(m));
                }
            }
            groups.add(new ArrayList<>(group));
        }
        Set<List<Integer>> reportedGroups = new HashSet<>();
        for (FreightGraph.Cycle c : cycles) {
            List<Integer> group = Arrays.stream(c.componentStages()).boxed().toList();
            assertTrue(reportedGroups.add(group), "seed " + seed + ": group reported twice " + group);
        }
        assertEquals(groups, reportedGroups, "seed " + seed);

        for (FreightGraph.Cycle c : cycles) {
            int[] path = c.path();
            int start = path[0];
            // Every reported path is a real cycle of distinct requests of one origin...
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < path.length; i++) {
                int from = path[i];
                int to = path[(i + 1) % path.length];
                assertTrue(oracle.edge(from, to), "seed " + seed + ": no edge " + from + " -> " + to);
                assertTrue(distinct.add(from), "seed " + seed + ": path repeats " + from);
                assertEquals(oracle.origin(start), oracle.origin(from), "seed " + seed);
            }
            // ...through the first request of its group, and no longer than needed.
            for (int m = 0; m < start; m++) {
                assertTrue(!(oracle.reaches[start][m] && oracle.reaches[m][start]),
                        "seed " + seed + ": " + m + " comes before " + start + " in the same group");
            }
            assertEquals(oracle.shortestCycle(start), path.length, "seed " + seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomDagsNeverReportACycle(long seed) {
        List<Stage> stages = RandomGraphs.stages(new Random(seed), true);
        assertEquals(List.of(), graph(stages).cycles(), "seed " + seed);
        List<Entry> entries = stages.stream().map(Entry::of).toList();
        List<Finding> findings = Graphs.check(true, entries);
        assertEquals(List.of(), Graphs.withCode(findings, "KG001"), () -> "seed " + seed + "\n"
                + Graphs.lines(findings));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fedRequestsAreTheLeastFixpointOfTheAvailabilityRules(long seed) {
        List<Stage> stages = RandomGraphs.stages(new Random(seed), false);
        RandomGraphs.Oracle oracle = new RandomGraphs.Oracle(stages);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            byName.putIfAbsent(stages.get(i).name(), i);
        }
        for (boolean complete : new boolean[] {false, true}) {
            int size = oracle.nodes.size();
            boolean[] fed = new boolean[size];
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int n = 0; n < size; n++) {
                    if (!fed[n] && feeds(oracle, byName, fed, n, complete)) {
                        fed[n] = true;
                        changed = true;
                    }
                }
            }
            assertArrayEquals(fed, graph(stages).fed(complete), "seed " + seed + " complete " + complete);
        }
    }

    /** Kargo's availability rules (kargo-api.md §6.3, §7), written out directly. */
    private static boolean feeds(RandomGraphs.Oracle oracle, Map<String, Integer> byName, boolean[] fed, int n,
                                 boolean complete) {
        FreightSources s = oracle.request(n).sources();
        boolean all = s.effectiveAvailabilityStrategy() == AvailabilityStrategy.ALL;
        if (s.isDirect()) {
            return true;
        }
        if (s.stages().isEmpty()) {
            return all;
        }
        boolean every = true;
        boolean some = false;
        for (String up : s.stages()) {
            Integer u = byName.get(up);
            boolean upFed;
            if (u == null) {
                upFed = !complete;
            } else {
                int m = oracle.node(u, oracle.origin(n));
                upFed = m >= 0 && fed[m];
            }
            every &= upFed;
            some |= upFed;
        }
        return all ? every : some;
    }
}
