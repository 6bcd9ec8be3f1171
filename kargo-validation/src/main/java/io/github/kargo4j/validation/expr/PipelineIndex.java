package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Lookups across the validated set. */
final class PipelineIndex {
    record TaskUse(Stage stage, PromotionStep step) {
    }

    /** A map key; equality written out, as a record's generated equality is linked on first use (a start-up cost). */
    private record TaskKey(String namespace, String name, boolean cluster) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TaskKey k && Objects.equals(namespace, k.namespace) && Objects.equals(name, k.name)
                    && cluster == k.cluster;
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(namespace) + Objects.hashCode(name)) * 31 + Boolean.hashCode(cluster);
        }
    }

    private final Map<String, Map<String, Warehouse>> warehouses = new HashMap<>();
    /** The uses of each task, in Stage and step order: one pass over the Stages, not one per task. */
    private final Map<TaskKey, List<TaskUse>> uses = new HashMap<>();

    PipelineIndex(ValidationContext ctx) {
        for (Entry e : ctx.entries()) {
            if (e.resource() instanceof Warehouse w) {
                Map<String, Warehouse> inNamespace = warehouses.get(w.namespace());
                if (inNamespace == null) {
                    inNamespace = new HashMap<>();
                    warehouses.put(w.namespace(), inNamespace);
                }
                inNamespace.putIfAbsent(w.name(), w);
            } else if (e.resource() instanceof Stage s && s.spec().promotionTemplate().isPresent()) {
                for (PromotionStep step : s.spec().promotionTemplate().get().spec().steps()) {
                    if (step.task().isEmpty()) {
                        continue;
                    }
                    PromotionTaskReference ref = step.task().get();
                    boolean cluster = ref.effectiveKind() == PromotionTaskKind.CLUSTER_PROMOTION_TASK;
                    TaskKey key = new TaskKey(cluster ? "" : s.namespace(), ref.name(), cluster);
                    List<TaskUse> list = uses.get(key);
                    if (list == null) {
                        list = new ArrayList<>();
                        uses.put(key, list);
                    }
                    list.add(new TaskUse(s, step));
                }
            }
        }
    }

    Repos reposFor(String namespace, List<FreightRequest> requests) {
        List<String> names = new ArrayList<>();
        for (FreightRequest r : requests) {
            names.add(r.origin().name());
        }
        Map<String, Warehouse> ws = warehouses.getOrDefault(namespace, Map.of());
        return new Repos(names, ws, "the Stage");
    }

    /** @return the steps of Stages that run the task: a ClusterPromotionTask from any namespace */
    List<TaskUse> usesOf(String task, String namespace, boolean cluster) {
        return uses.getOrDefault(new TaskKey(cluster ? "" : namespace, task, cluster), List.of());
    }
}
