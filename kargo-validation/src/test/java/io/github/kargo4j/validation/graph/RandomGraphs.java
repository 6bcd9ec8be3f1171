package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random Stage graphs and a brute-force oracle that knows nothing of {@link FreightGraph}: it rebuilds the
 * request-level edges from the Stages and answers reachability questions by breadth-first search from every node.
 */
final class RandomGraphs {

    private static final String[] STRATEGIES = {null, "OneOf", "All", "", "Bogus"};

    private RandomGraphs() {
    }

    /**
     * @param random the source of randomness
     * @param dag    whether upstreams may only be Stages earlier in the list (no cycle possible)
     * @return 1 to 40 Stages over 1 to 3 origins; upstream lists may name the Stage itself, missing Stages, the
     *     same Stage twice, or Stages that do not request the origin
     */
    static List<Stage> stages(Random random, boolean dag) {
        int n = 1 + random.nextInt(40);
        int origins = 1 + random.nextInt(3);
        List<Stage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Stage.Builder stage = Stage.builder().metadata(m -> m.name("s" + out.size()).namespace("p"));
            StageSpec.Builder spec = StageSpec.builder();
            int requests = 1 + random.nextInt(origins);
            int firstOrigin = random.nextInt(origins);
            for (int r = 0; r < requests; r++) {
                FreightSources.Builder sources = FreightSources.builder();
                if (random.nextInt(5) == 0) {
                    sources.direct(random.nextBoolean());
                }
                String strategy = STRATEGIES[random.nextInt(STRATEGIES.length)];
                if (strategy != null) {
                    sources.availabilityStrategyAsString(strategy);
                }
                int upstreams = random.nextInt(4);
                for (int u = 0; u < upstreams; u++) {
                    int bound = dag ? i : n;
                    if (random.nextInt(20) == 0 || bound == 0) {
                        sources.addStage("ghost" + random.nextInt(3));
                    } else {
                        sources.addStage("s" + random.nextInt(bound));
                    }
                }
                int origin = random.nextInt(10) == 0 ? firstOrigin : (firstOrigin + r) % origins;
                spec.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse("w" + origin), sources.build()));
            }
            out.add(stage.spec(spec.build()).build());
        }
        return out;
    }

    /** The request-level graph as the oracle sees it. */
    static final class Oracle {
        final List<Stage> stages;
        final List<int[]> nodes = new ArrayList<>();
        final List<List<Integer>> succ = new ArrayList<>();
        final boolean[][] reaches;

        Oracle(List<Stage> stages) {
            this.stages = stages;
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < stages.size(); i++) {
                byName.putIfAbsent(stages.get(i).name(), i);
                for (int r = 0; r < stages.get(i).spec().requestedFreight().size(); r++) {
                    nodes.add(new int[] {i, r});
                    succ.add(new ArrayList<>());
                }
            }
            for (int n = 0; n < nodes.size(); n++) {
                String origin = origin(n);
                for (String up : request(n).sources().stages()) {
                    Integer u = byName.get(up);
                    if (u == null) {
                        continue;
                    }
                    int m = node(u, origin);
                    if (m >= 0 && !succ.get(m).contains(n)) {
                        succ.get(m).add(n);
                    }
                }
            }
            reaches = new boolean[nodes.size()][nodes.size()];
            for (int a = 0; a < nodes.size(); a++) {
                ArrayList<Integer> queue = new ArrayList<>(succ.get(a));
                for (int q = 0; q < queue.size(); q++) {
                    int v = queue.get(q);
                    if (!reaches[a][v]) {
                        reaches[a][v] = true;
                        queue.addAll(succ.get(v));
                    }
                }
            }
        }

        FreightRequest request(int n) {
            return stages.get(nodes.get(n)[0]).spec().requestedFreight().get(nodes.get(n)[1]);
        }

        String origin(int n) {
            return request(n).origin().key();
        }

        int stage(int n) {
            return nodes.get(n)[0];
        }

        /** @return the first node of Stage {@code s} requesting {@code origin}, or -1 */
        int node(int s, String origin) {
            for (int n = 0; n < nodes.size(); n++) {
                if (stage(n) == s && origin(n).equals(origin)) {
                    return n;
                }
            }
            return -1;
        }

        boolean edge(int from, int to) {
            return succ.get(from).contains(to);
        }

        boolean onCycle(int n) {
            return reaches[n][n];
        }

        /** @return the length (in edges) of the shortest cycle through {@code s}, or -1 */
        int shortestCycle(int s) {
            int[] dist = new int[nodes.size()];
            java.util.Arrays.fill(dist, -1);
            ArrayList<Integer> queue = new ArrayList<>();
            queue.add(s);
            dist[s] = 0;
            for (int q = 0; q < queue.size(); q++) {
                int v = queue.get(q);
                for (int w : succ.get(v)) {
                    if (w == s) {
                        return dist[v] + 1;
                    }
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                }
            }
            return -1;
        }
    }
}
