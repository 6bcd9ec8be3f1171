package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Stage graph of each project: cycles ({@code KG001}), upstream Stages and Warehouses that do not exist
 * ({@code KG002}, {@code KG003}), upstream Stages that do not carry the origin ({@code KG004}), requests without a
 * source ({@code KG005}) and requests no Freight can reach ({@code KG006}). Linear in Stages plus references.
 */
final class StageGraphRules {

    /** Longest cycle path written out in full; longer ones are shortened in the middle. */
    static final int MAX_PATH_SHOWN = 30;
    private static final long SUGGESTION_BUDGET = 2_000_000;

    private StageGraphRules() {
    }

    /**
     * @param context where to report
     * @param project one project's resources
     */
    static void check(ValidationContext context, ProjectIndex project) {
        if (project.stages.isEmpty()) {
            return;
        }
        FreightGraph graph = FreightGraph.build(project.stages, project.stageByName);
        references(context, project, graph);
        cycles(context, project, graph);
        reachability(context, project, graph);
    }

    static JsonPath requestPath(int request) {
        return JsonPath.ROOT.key("spec").key("requestedFreight").index(request);
    }

    private static JsonPath upstreamPath(JsonPath request, int index) {
        return request.key("sources").key("stages").index(index);
    }

    /** KG002, KG003, KG004, KG005: what each request says, one reference at a time. */
    private static void references(ValidationContext context, ProjectIndex project, FreightGraph graph) {
        Names.Suggester stageNames = new Names.Suggester(project.stageByName.keySet(), SUGGESTION_BUDGET);
        Names.Suggester warehouseNames = new Names.Suggester(project.warehouses.keySet(), SUGGESTION_BUDGET);
        String where = project.projectName();
        for (int n = 0; n < graph.nodeCount; n++) {
            Entry entry = project.stageEntries.get(graph.nodeStage[n]);
            String stage = Names.q(graph.stageName(n));
            FreightRequest request = graph.request(n);
            FreightOrigin origin = request.origin();
            FreightSources sources = request.sources();
            JsonPath at = requestPath(graph.nodeRequest[n]);
            String warehouse = Names.q(origin.name());

            if ("Warehouse".equals(origin.kindAsString()) && !project.warehouses.containsKey(origin.name())) {
                context.report(GraphRules.MISSING_WAREHOUSE, entry, at.key("origin").key("name"),
                        "Stage " + stage + " requests Freight from Warehouse " + warehouse
                                + ", which is not in project " + where + warehouseNames.didYouMean(origin.name()),
                        "add Warehouse " + warehouse + " to project " + where + " or correct origin.name; until it"
                                + " exists Kargo cannot reconcile Stage " + stage + " (Warehouse \"" + origin.name()
                                + "\" not found in namespace \"" + project.namespace + "\")");
            }

            if (!sources.isDirect() && sources.stages().isEmpty()) {
                noSource(context, entry, at.key("sources"), stage, warehouse, sources);
            }

            List<String> upstreams = sources.stages();
            for (int j = 0; j < upstreams.size(); j++) {
                String name = upstreams.get(j);
                Integer u = project.stageByName.get(name);
                if (u == null) {
                    context.report(GraphRules.MISSING_UPSTREAM_STAGE, entry, upstreamPath(at, j),
                            "Stage " + stage + " requests Freight of Warehouse " + warehouse + " from upstream Stage "
                                    + Names.q(name) + ", which is not in project " + where
                                    + stageNames.didYouMean(name),
                            "correct the name in sources.stages or add Stage " + Names.q(name) + " to project "
                                    + where + "; until then no Freight comes to " + stage + " through it");
                } else if (graph.nodeOf(u, graph.nodeOrigin[n]) < 0) {
                    String up = Names.q(name);
                    context.report(GraphRules.UPSTREAM_LACKS_ORIGIN, entry, upstreamPath(at, j),
                            "Stage " + stage + " requests Freight of Warehouse " + warehouse + " from upstream Stage "
                                    + up + ", but " + up + " does not request Freight of Warehouse " + warehouse
                                    + " itself, so none can ever come from it"
                                    + (sources.isDirect() ? " (with direct: true Kargo ignores sources.stages, but the"
                                    + " reference is still wrong)" : ""),
                            "add a requestedFreight entry for Warehouse " + warehouse + " to Stage " + up
                                    + ", or take that Freight from another upstream Stage or with direct: true");
                }
            }
        }
    }

    private static void noSource(ValidationContext context, Entry entry, JsonPath at, String stage, String warehouse,
                                 FreightSources sources) {
        AvailabilityStrategy strategy = sources.effectiveAvailabilityStrategy();
        String what = "The request of Stage " + stage + " for Freight of Warehouse " + warehouse
                + " has neither direct: true nor upstream Stages";
        if (strategy == AvailabilityStrategy.ALL) {
            context.report(GraphRules.NO_FREIGHT_SOURCE, entry, at, what + "; under availabilityStrategy All Kargo then"
                            + " makes every Freight of " + warehouse + " available, exactly as with direct: true",
                    "write direct: true to say so (and drop availabilityStrategy), or list the upstream Stages the"
                            + " Freight must be verified in");
        } else if (strategy == AvailabilityStrategy.ONE_OF) {
            context.report(GraphRules.NO_FREIGHT_SOURCE, entry, at, what + "; under availabilityStrategy OneOf (the"
                            + " default) only Freight approved by hand for " + stage + " is ever available to it",
                    "list the upstream Stages in sources.stages, or set direct: true to take Freight straight from"
                            + " the Warehouse; keep it only if " + stage + " is meant to be fed by manual approval");
        } else {
            context.report(GraphRules.NO_FREIGHT_SOURCE, entry, at, what + ", and its availabilityStrategy "
                            + sources.availabilityStrategyAsString().orElse("") + " is not one Kargo knows",
                    "set direct: true or list upstream Stages in sources.stages");
        }
    }

    /** KG001: one finding per group of Stages that reach each other. */
    private static void cycles(ValidationContext context, ProjectIndex project, FreightGraph graph) {
        for (FreightGraph.Cycle cycle : graph.cycles()) {
            int[] path = cycle.path();
            int start = path[0];
            int last = path[path.length - 1];
            String startName = graph.stageName(start);
            String lastName = graph.stageName(last);
            List<String> upstreams = graph.sources(start).stages();
            int j = Math.max(0, upstreams.indexOf(lastName));
            JsonPath at = requestPath(graph.nodeRequest[start]).key("sources").key("stages").index(j);

            List<String> origins = new ArrayList<>();
            for (int o : cycle.origins()) {
                origins.add(graph.originNames.get(o));
            }
            String warehouses = (origins.size() == 1 ? "Warehouse " : "Warehouses ") + Names.list(origins);
            StringBuilder message = new StringBuilder();
            if (path.length == 1) {
                message.append("Stage ").append(Names.q(startName)).append(" requests Freight of ")
                        .append(warehouses).append(" from itself: ");
            } else {
                message.append("Stages request Freight of ").append(warehouses)
                        .append(" from each other in a cycle: ");
            }
            message.append(pathText(graph, path));
            int entered = -1;
            for (int n : path) {
                if (graph.sources(n).isDirect()) {
                    entered = n;
                    break;
                }
            }
            if (entered < 0) {
                message.append(". Freight enters a cycle only straight from the Warehouse or by manual approval, and"
                        + " promotion around it stalls");
            } else {
                message.append(". Stage ").append(Names.q(graph.stageName(entered))).append(" takes Freight straight"
                        + " from the Warehouse (direct: true), so Kargo ignores its upstream Stages and the cycle only"
                        + " misleads");
            }
            int[] group = cycle.componentStages();
            if (group.length > path.length) {
                List<String> names = new ArrayList<>();
                for (int s : group) {
                    names.add(project.stages.get(s).name());
                }
                message.append(". The cycle is part of a group of ").append(group.length)
                        .append(" Stages that all feed each other: ").append(Names.list(names));
            }
            String hint = path.length == 1
                    ? "remove " + Names.q(startName) + " from its own sources.stages"
                    : "make Freight flow one way, from the Warehouse downstream: remove one of the upstream"
                            + " references on this path (here Stage " + Names.q(startName) + " lists "
                            + Names.q(lastName) + ")";
            context.report(GraphRules.STAGE_CYCLE, project.stageEntries.get(graph.nodeStage[start]), at,
                    message.toString(), hint);
        }
    }

    /** @return {@code a → b → c → a}, shortened in the middle when long */
    static String pathText(FreightGraph graph, int[] path) {
        StringBuilder sb = new StringBuilder();
        int shownHead = path.length > MAX_PATH_SHOWN ? MAX_PATH_SHOWN - 5 : path.length;
        for (int i = 0; i < shownHead; i++) {
            sb.append(Names.q(graph.stageName(path[i]))).append(" → ");
        }
        if (shownHead < path.length) {
            sb.append("… (").append(path.length - MAX_PATH_SHOWN).append(" more) … → ");
            for (int i = path.length - 5; i < path.length; i++) {
                sb.append(Names.q(graph.stageName(path[i]))).append(" → ");
            }
        }
        return sb.append(Names.q(graph.stageName(path[0]))).toString();
    }

    /**
     * KG006: requests no Freight can reach. Silent where another rule already explains it: requests on a cycle
     * (KG001), requests without upstreams (KG005), and requests whose upstream references are broken themselves
     * (KG002, KG004).
     */
    private static void reachability(ValidationContext context, ProjectIndex project, FreightGraph graph) {
        boolean[] fed = graph.fed(context.complete());
        for (int n = 0; n < graph.nodeCount; n++) {
            if (fed[n] || graph.onCycle(n)) {
                continue;
            }
            FreightSources sources = graph.sources(n);
            if (sources.stages().isEmpty()) {
                continue;
            }
            boolean all = sources.effectiveAvailabilityStrategy() == AvailabilityStrategy.ALL;
            Set<String> dry = new LinkedHashSet<>();
            boolean anyOnCycle = false;
            for (int e = graph.predStart[n]; e < graph.predStart[n + 1]; e++) {
                int m = graph.pred[e];
                if (!fed[m]) {
                    dry.add(graph.stageName(m));
                    anyOnCycle |= graph.onCycle(m);
                }
            }
            boolean brokenReference = graph.lackingUpstream[n] || graph.missingUpstream[n];
            if (dry.isEmpty() || (all && brokenReference)) {
                continue;
            }
            String stage = Names.q(graph.stageName(n));
            String warehouse = Names.q(graph.originName(n));
            String upstream = dry.size() == 1 ? "upstream Stage " : "upstream Stages ";
            StringBuilder message = new StringBuilder("No Freight of Warehouse ").append(warehouse)
                    .append(" can flow into Stage ").append(stage).append(": ");
            if (all) {
                message.append("it needs Freight verified in every one of its upstream Stages (availabilityStrategy"
                        + " All), but ").append(upstream).append(Names.list(dry))
                        .append(dry.size() == 1 ? " never receives any" : " never receive any");
            } else {
                message.append(upstream).append(Names.list(dry))
                        .append(dry.size() == 1 ? " never receives any" : " never receive any");
            }
            if (anyOnCycle) {
                message.append(" (a Stage upstream is on a cycle, see KG001)");
            }
            message.append("; only Freight approved by hand for ").append(stage).append(" will be available to it");
            context.report(GraphRules.UNREACHABLE_STAGE, project.stageEntries.get(graph.nodeStage[n]),
                    requestPath(graph.nodeRequest[n]).key("sources"), message.toString(),
                    "connect the pipeline to Warehouse " + warehouse + ": some Stage upstream of " + stage
                            + " must take Freight straight from it (direct: true), and each Stage on the way must"
                            + " request Freight of " + warehouse);
        }
    }
}
