package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.promotion.PromotionStep;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How step outputs may be referenced. */
final class Outputs {
    final boolean none;
    final boolean inTask;
    final List<String> earlier;
    final Set<String> earlierTasks = new HashSet<>();
    final Map<String, Integer> aliasIndex;

    static final Outputs NONE = new Outputs();

    private Outputs() {
        none = true;
        inTask = false;
        earlier = List.of();
        aliasIndex = Map.of();
    }

    Outputs(boolean inTask, List<String> earlier, Map<String, Integer> aliasIndex, List<PromotionStep> steps,
            int current) {
        this.none = false;
        this.inTask = inTask;
        this.earlier = List.copyOf(earlier);
        this.aliasIndex = aliasIndex;
        for (int i = 0; i < current; i++) {
            if (steps.get(i).isTaskStep()) {
                earlierTasks.add(earlier.get(i));
            }
        }
    }
}
