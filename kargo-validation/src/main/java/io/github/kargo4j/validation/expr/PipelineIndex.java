package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lookups across the validated set. */
final class PipelineIndex {
    record TaskUse(Stage stage, PromotionStep step) {
    }

    private final Map<String, Map<String, Warehouse>> warehouses = new HashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    PipelineIndex(ValidationContext ctx) {
        for (Entry e : ctx.entries()) {
            if (e.resource() instanceof Warehouse w) {
                warehouses.computeIfAbsent(w.namespace(), k -> new HashMap<>()).putIfAbsent(w.name(), w);
            } else if (e.resource() instanceof Stage s) {
                stages.add(s);
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

    List<TaskUse> usesOf(String task, String namespace, boolean cluster) {
        List<TaskUse> out = new ArrayList<>();
        for (Stage s : stages) {
            if (cluster || s.namespace().equals(namespace)) {
                s.spec().promotionTemplate().ifPresent(pt -> {
                    for (PromotionStep step : pt.spec().steps()) {
                        step.task().ifPresent(ref -> {
                            boolean clusterRef = ref.effectiveKind() == PromotionTaskKind.CLUSTER_PROMOTION_TASK;
                            if (ref.name().equals(task) && clusterRef == cluster) {
                                out.add(new TaskUse(s, step));
                            }
                        });
                    }
                });
            }
        }
        return out;
    }
}
