package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The freight-flow graph of one project (kargo-api.md §7), one node per Freight request: node {@code (S, W)} stands
 * for Stage {@code S}'s request for Freight of origin {@code W}. Each origin has its own subgraph, since Freight of
 * different origins advances independently: there is an edge {@code (U, W) → (S, W)} when the request of {@code S}
 * for {@code W} lists {@code U} among its upstream {@code stages} and {@code U} itself requests {@code W}. An
 * upstream that does not exist, or does not request {@code W}, gives no edge (nothing can flow along it).
 *
 * <p>Everything here is iterative and linear in nodes plus edges: a 100,000-Stage chain needs no deep stack.
 */
final class FreightGraph {

    /** A cycle through the graph, reported once per group of Stages that all reach each other. */
    record Cycle(int[] path, int[] componentStages, List<Integer> origins) {
    }

    final List<Stage> stages;
    final int stageCount;
    final int nodeCount;
    /** Nodes of Stage {@code i} are {@code firstNode[i] .. firstNode[i + 1] - 1}, in request order. */
    final int[] firstNode;
    final int[] nodeStage;
    final int[] nodeRequest;
    final int[] nodeOrigin;
    /** Origin ids to their Warehouse names. */
    final List<String> originNames = new ArrayList<>();
    /** Distinct upstream nodes of each node, in the order the request lists them (CSR). */
    final int[] predStart;
    final int[] pred;
    /** Distinct downstream nodes of each node (CSR). */
    final int[] succStart;
    final int[] succ;
    /** Whether the request names an upstream Stage that is not in the project. */
    final boolean[] missingUpstream;
    /** Whether the request names an upstream Stage that does not request the same origin. */
    final boolean[] lackingUpstream;

    private int[] component;
    private boolean[] cyclicComponent;

    private FreightGraph(List<Stage> stages, Map<String, Integer> stageByName) {
        this.stages = stages;
        this.stageCount = stages.size();
        firstNode = new int[stageCount + 1];
        for (int i = 0; i < stageCount; i++) {
            firstNode[i + 1] = firstNode[i] + stages.get(i).spec().requestedFreight().size();
        }
        nodeCount = firstNode[stageCount];
        nodeStage = new int[nodeCount];
        nodeRequest = new int[nodeCount];
        nodeOrigin = new int[nodeCount];
        Map<String, Integer> originIds = new HashMap<>();
        for (int i = 0; i < stageCount; i++) {
            List<FreightRequest> requests = stages.get(i).spec().requestedFreight();
            for (int r = 0; r < requests.size(); r++) {
                int n = firstNode[i] + r;
                nodeStage[n] = i;
                nodeRequest[n] = r;
                FreightRequest req = requests.get(r);
                Integer id = originIds.get(req.origin().key());
                if (id == null) {
                    id = originNames.size();
                    originIds.put(req.origin().key(), id);
                    originNames.add(req.origin().name());
                }
                nodeOrigin[n] = id;
            }
        }

        missingUpstream = new boolean[nodeCount];
        lackingUpstream = new boolean[nodeCount];
        predStart = new int[nodeCount + 1];
        int[] stamp = new int[nodeCount];
        int[] preds = new int[Math.max(16, nodeCount)];
        int edges = 0;
        for (int n = 0; n < nodeCount; n++) {
            predStart[n] = edges;
            for (String name : sources(n).stages()) {
                Integer u = stageByName.get(name);
                if (u == null) {
                    missingUpstream[n] = true;
                    continue;
                }
                int m = nodeOf(u, nodeOrigin[n]);
                if (m < 0) {
                    lackingUpstream[n] = true;
                } else if (stamp[m] != n + 1) {
                    stamp[m] = n + 1;
                    if (edges == preds.length) {
                        preds = Arrays.copyOf(preds, preds.length * 2);
                    }
                    preds[edges++] = m;
                }
            }
        }
        predStart[nodeCount] = edges;
        pred = Arrays.copyOf(preds, edges);

        succStart = new int[nodeCount + 1];
        for (int e = 0; e < edges; e++) {
            succStart[pred[e] + 1]++;
        }
        for (int n = 0; n < nodeCount; n++) {
            succStart[n + 1] += succStart[n];
        }
        succ = new int[edges];
        int[] fill = Arrays.copyOf(succStart, nodeCount);
        for (int n = 0; n < nodeCount; n++) {
            for (int e = predStart[n]; e < predStart[n + 1]; e++) {
                succ[fill[pred[e]]++] = n;
            }
        }
    }

    /**
     * @param stages      the Stages of one project, in input order
     * @param stageByName each Stage name to its first index in {@code stages}
     * @return the graph
     */
    static FreightGraph build(List<Stage> stages, Map<String, Integer> stageByName) {
        return new FreightGraph(stages, stageByName);
    }

    /** @return the request of node {@code n} */
    FreightRequest request(int n) {
        return stages.get(nodeStage[n]).spec().requestedFreight().get(nodeRequest[n]);
    }

    FreightSources sources(int n) {
        return request(n).sources();
    }

    String stageName(int n) {
        return stages.get(nodeStage[n]).name();
    }

    String originName(int n) {
        return originNames.get(nodeOrigin[n]);
    }

    /**
     * @param stage  a Stage index
     * @param origin an origin id
     * @return the first node of that Stage requesting that origin, or -1
     */
    int nodeOf(int stage, int origin) {
        for (int n = firstNode[stage]; n < firstNode[stage + 1]; n++) {
            if (nodeOrigin[n] == origin) {
                return n;
            }
        }
        return -1;
    }

    /** @return whether node {@code n} lies on a cycle (a strongly connected group of two or more, or a self-loop) */
    boolean onCycle(int n) {
        components();
        return cyclicComponent[component[n]];
    }

    /**
     * Tarjan's strongly-connected-components algorithm, with an explicit stack instead of recursion.
     */
    private void components() {
        if (component != null) {
            return;
        }
        int[] comp = new int[nodeCount];
        Arrays.fill(comp, -1);
        int[] index = new int[nodeCount];
        Arrays.fill(index, -1);
        int[] low = new int[nodeCount];
        int[] edgePos = new int[nodeCount];
        boolean[] onStack = new boolean[nodeCount];
        int[] tarjanStack = new int[nodeCount];
        int tarjanTop = 0;
        int[] callStack = new int[nodeCount];
        int callTop = 0;
        int counter = 0;
        int comps = 0;
        boolean[] cyclic = new boolean[nodeCount];
        for (int root = 0; root < nodeCount; root++) {
            if (index[root] >= 0) {
                continue;
            }
            index[root] = low[root] = counter++;
            edgePos[root] = succStart[root];
            tarjanStack[tarjanTop++] = root;
            onStack[root] = true;
            callStack[callTop++] = root;
            while (callTop > 0) {
                int v = callStack[callTop - 1];
                if (edgePos[v] < succStart[v + 1]) {
                    int w = succ[edgePos[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        edgePos[w] = succStart[w];
                        tarjanStack[tarjanTop++] = w;
                        onStack[w] = true;
                        callStack[callTop++] = w;
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                    continue;
                }
                callTop--;
                if (low[v] == index[v]) {
                    int size = 0;
                    int w;
                    do {
                        w = tarjanStack[--tarjanTop];
                        onStack[w] = false;
                        comp[w] = comps;
                        size++;
                    } while (w != v);
                    cyclic[comps] = size > 1 || hasSelfLoop(v);
                    comps++;
                }
                if (callTop > 0) {
                    int parent = callStack[callTop - 1];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        component = comp;
        cyclicComponent = Arrays.copyOf(cyclic, comps);
    }

    private boolean hasSelfLoop(int v) {
        for (int e = succStart[v]; e < succStart[v + 1]; e++) {
            if (succ[e] == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * One cycle per group of Stages that all reach each other: for each strongly connected component with a
     * cycle, the shortest cycle through its first node (the first Stage of the group in input order), found by a
     * breadth-first search inside the component. Components of different origins that hold the same Stages are
     * reported once, with all their origins.
     *
     * @return the cycles, ordered by the input position of their first Stage
     */
    List<Cycle> cycles() {
        components();
        int comps = cyclicComponent.length;
        int[] start = new int[comps];
        Arrays.fill(start, -1);
        int[] size = new int[comps];
        for (int n = 0; n < nodeCount; n++) {
            int c = component[n];
            if (cyclicComponent[c]) {
                if (start[c] < 0) {
                    start[c] = n;
                }
                size[c]++;
            }
        }
        int[][] members = new int[comps][];
        int[] fill = new int[comps];
        for (int n = 0; n < nodeCount; n++) {
            int c = component[n];
            if (cyclicComponent[c]) {
                if (members[c] == null) {
                    members[c] = new int[size[c]];
                }
                members[c][fill[c]++] = nodeStage[n];
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < comps; c++) {
            if (cyclicComponent[c]) {
                order.add(c);
            }
        }
        if (order.size() > 1) {
            order.sort((a, b) -> Integer.compare(start[a], start[b]));
        }

        int[] parent = new int[nodeCount];
        int[] seen = new int[nodeCount];
        int[] queue = new int[nodeCount];
        Map<StageSet, Cycle> byStages = new HashMap<>();
        List<Cycle> out = new ArrayList<>();
        for (int c : order) {
            int[] stageIds = distinctSorted(members[c]);
            StageSet key = new StageSet(stageIds);
            Cycle known = byStages.get(key);
            if (known != null) {
                if (!known.origins().contains(nodeOrigin[start[c]])) {
                    known.origins().add(nodeOrigin[start[c]]);
                }
                continue;
            }
            int[] path = shortestCycle(start[c], c, parent, seen, queue);
            List<Integer> origins = new ArrayList<>();
            origins.add(nodeOrigin[start[c]]);
            Cycle cycle = new Cycle(path, stageIds, origins);
            byStages.put(key, cycle);
            out.add(cycle);
        }
        return out;
    }

    private static int[] distinctSorted(int[] ids) {
        Arrays.sort(ids);
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[k++] = ids[i];
            }
        }
        return k == ids.length ? ids : Arrays.copyOf(ids, k);
    }

    /** Breadth-first search from {@code s} inside component {@code c} back to {@code s}. */
    private int[] shortestCycle(int s, int c, int[] parent, int[] seen, int[] queue) {
        int stamp = s + 1;
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        seen[s] = stamp;
        while (head < tail) {
            int v = queue[head++];
            for (int e = succStart[v]; e < succStart[v + 1]; e++) {
                int w = succ[e];
                if (w == s) {
                    int length = 1;
                    for (int x = v; x != s; x = parent[x]) {
                        length++;
                    }
                    int[] path = new int[length];
                    int i = length - 1;
                    for (int x = v; x != s; x = parent[x]) {
                        path[i--] = x;
                    }
                    path[0] = s;
                    return path;
                }
                if (component[w] == c && seen[w] != stamp) {
                    seen[w] = stamp;
                    parent[w] = v;
                    queue[tail++] = w;
                }
            }
        }
        throw new IllegalStateException("component " + c + " has no cycle through " + s);
    }

    /**
     * Which requests Freight can reach without manual approval. A request is fed when it is {@code direct}, or has
     * no upstream Stages under {@code All} (Kargo then makes every Freight available); otherwise under {@code All}
     * when every upstream is fed, under {@code OneOf} (also for an empty or unknown strategy) when one is. Control-flow Stages pass Freight on like any
     * other. An upstream that is not in the set counts as fed unless the set is complete.
     *
     * @param complete whether the set holds every resource of the project
     * @return for each node, whether Freight can reach it
     */
    boolean[] fed(boolean complete) {
        boolean[] fed = new boolean[nodeCount];
        boolean[] blocked = new boolean[nodeCount];
        boolean[] all = new boolean[nodeCount];
        int[] need = new int[nodeCount];
        int[] queue = new int[nodeCount];
        int tail = 0;
        for (int n = 0; n < nodeCount; n++) {
            FreightSources s = sources(n);
            boolean hasUpstreams = !s.stages().isEmpty();
            all[n] = s.effectiveAvailabilityStrategy() == AvailabilityStrategy.ALL;
            int preds = predStart[n + 1] - predStart[n];
            boolean start;
            if (s.isDirect()) {
                start = true;
            } else if (!hasUpstreams) {
                start = all[n];
            } else if (all[n]) {
                blocked[n] = lackingUpstream[n] || (missingUpstream[n] && complete);
                need[n] = preds;
                start = !blocked[n] && preds == 0;
            } else {
                start = missingUpstream[n] && !complete;
                need[n] = 1;
            }
            if (start) {
                fed[n] = true;
                queue[tail++] = n;
            }
        }
        int head = 0;
        while (head < tail) {
            int u = queue[head++];
            for (int e = succStart[u]; e < succStart[u + 1]; e++) {
                int w = succ[e];
                if (fed[w]) {
                    continue;
                }
                if (--need[w] == 0 && !blocked[w]) {
                    fed[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return fed;
    }

    /** A sorted set of Stage indices, compared by content. */
    private record StageSet(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StageSet s && Arrays.equals(ids, s.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }
}
