package io.github.kargo4j.validation.diagram;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The freight flow of one project: Warehouses and Stages as nodes, an edge from a Warehouse to each Stage that
 * requests its Freight directly and from each upstream Stage to the Stages that request Freight through it, labelled
 * with the origin Warehouse. Stages without promotion steps are approval gates (control flow); Stages whose first
 * matching promotion policy enables auto-promotion are marked auto.
 *
 * @param namespace the project namespace
 * @param nodes     the nodes, Warehouses first, each in input order
 * @param edges     the edges, in input order
 */
public record FlowGraph(String namespace, List<Node> nodes, List<Edge> edges) {

    /** What a node stands for. */
    public enum NodeKind {
        /** A Warehouse. */
        WAREHOUSE,
        /** A Stage with promotion steps. */
        STAGE,
        /** A Stage without promotion steps: an approval gate or fan-in/fan-out junction. */
        GATE
    }

    /**
     * A Warehouse or a Stage.
     *
     * @param name          the resource name
     * @param kind          what it is
     * @param autoPromotion whether a promotion policy enables auto-promotion (Stages only)
     * @param inSet         whether the resource is in the set (a referenced but missing Warehouse is not)
     */
    public record Node(String name, NodeKind kind, boolean autoPromotion, boolean inSet) {

        /** @return a key unique within the graph: {@code warehouse:x} or {@code stage:x} */
        public String id() {
            return (kind == NodeKind.WAREHOUSE ? "warehouse:" : "stage:") + name;
        }
    }

    /**
     * Freight moving from one node to another.
     *
     * @param from   the id of the Warehouse or upstream Stage
     * @param to     the id of the requesting Stage
     * @param origin the Warehouse whose Freight moves
     */
    public record Edge(String from, String to, String origin) {
    }

    /**
     * Builds one graph per namespace that holds Stages or Warehouses.
     *
     * @param resources the resources of one or more projects
     * @return the graphs, by namespace
     */
    public static Map<String, FlowGraph> of(Collection<? extends KargoResource> resources) {
        Map<String, List<KargoResource>> byNs = new TreeMap<>();
        for (KargoResource r : resources) {
            if (r instanceof Stage || r instanceof Warehouse || r instanceof ProjectConfig) {
                byNs.computeIfAbsent(r.namespace(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, FlowGraph> out = new LinkedHashMap<>();
        byNs.forEach((ns, rs) -> {
            FlowGraph g = build(ns, rs);
            if (!g.nodes().isEmpty()) {
                out.put(ns, g);
            }
        });
        return out;
    }

    private static FlowGraph build(String ns, List<KargoResource> rs) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Optional<ProjectConfig> config = rs.stream().filter(r -> r instanceof ProjectConfig)
                .map(r -> (ProjectConfig) r).findFirst();
        for (KargoResource r : rs) {
            if (r instanceof Warehouse w) {
                nodes.put("warehouse:" + w.name(), new Node(w.name(), NodeKind.WAREHOUSE, false, true));
            }
        }
        for (KargoResource r : rs) {
            if (r instanceof Stage s) {
                nodes.put("stage:" + s.name(), new Node(s.name(), s.isControlFlow() ? NodeKind.GATE : NodeKind.STAGE,
                        autoPromotes(config, s), true));
            }
        }
        for (KargoResource r : rs) {
            if (!(r instanceof Stage s)) {
                continue;
            }
            for (FreightRequest req : s.spec().requestedFreight()) {
                String origin = req.origin().name();
                if (req.sources().direct().orElse(false)) {
                    nodes.putIfAbsent("warehouse:" + origin, new Node(origin, NodeKind.WAREHOUSE, false, false));
                    edges.add(new Edge("warehouse:" + origin, "stage:" + s.name(), origin));
                }
                for (String up : req.sources().stages()) {
                    nodes.putIfAbsent("stage:" + up, new Node(up, NodeKind.STAGE, false, false));
                    edges.add(new Edge("stage:" + up, "stage:" + s.name(), origin));
                }
            }
        }
        List<Node> ordered = new ArrayList<>();
        nodes.values().stream().filter(n -> n.kind() == NodeKind.WAREHOUSE).forEach(ordered::add);
        nodes.values().stream().filter(n -> n.kind() != NodeKind.WAREHOUSE).forEach(ordered::add);
        return new FlowGraph(ns, List.copyOf(ordered), List.copyOf(edges));
    }

    private static boolean autoPromotes(Optional<ProjectConfig> config, Stage s) {
        if (config.isEmpty()) {
            return false;
        }
        try {
            return config.get().policyFor(s.name(), s.metadata().labels())
                    .map(PromotionPolicy::isAutoPromotionEnabled).orElse(false);
        } catch (IllegalArgumentException invalidPattern) {
            return false;
        }
    }

    /**
     * Layers for drawing: each node's depth is the length of the longest path reaching it from a node without
     * incoming edges. Nodes on a cycle get the depth at which the cycle is entered. Iterative; linear in nodes and
     * edges.
     *
     * @return node ids grouped by depth, shallowest first
     */
    public List<List<Node>> layers() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        int n = nodes.size();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        int[] indegree = new int[n];
        for (Edge e : edges) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a != null && b != null && !out.get(a).contains(b)) {
                out.get(a).add(b);
                indegree[b]++;
            }
        }
        int[] depth = new int[n];
        boolean[] done = new boolean[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        int placed = 0;
        while (placed < n) {
            if (ready.isEmpty()) {
                // a cycle: enter it at its first remaining node
                for (int i = 0; i < n; i++) {
                    if (!done[i]) {
                        ready.add(i);
                        indegree[i] = 0;
                        break;
                    }
                }
            }
            int v = ready.poll();
            if (done[v]) {
                continue;
            }
            done[v] = true;
            placed++;
            for (int w : out.get(v)) {
                if (!done[w]) {
                    depth[w] = Math.max(depth[w], depth[v] + 1);
                    if (--indegree[w] == 0) {
                        ready.add(w);
                    }
                }
            }
        }
        TreeMap<Integer, List<Node>> byDepth = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byDepth.computeIfAbsent(depth[i], k -> new ArrayList<>()).add(nodes.get(i));
        }
        return List.copyOf(byDepth.values());
    }
}
