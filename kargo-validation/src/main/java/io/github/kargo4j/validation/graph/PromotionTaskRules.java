package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.promotion.PromotionTaskSpec;
import io.github.kargo4j.model.stage.PromotionTemplate;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The task steps of each Stage's promotion template against the (Cluster)PromotionTasks they name (kargo-api.md
 * §8): tasks that are not in the set ({@code KG013}) and required task variables the step does not provide
 * ({@code KG014}). Both make Promotion creation fail.
 */
final class PromotionTaskRules {

    private static final JsonPath STEPS = JsonPath.ROOT.key("spec").key("promotionTemplate").key("spec").key("steps");

    private PromotionTaskRules() {
    }

    /**
     * @param context where to report
     * @param project one project's resources
     */
    static void check(ValidationContext context, ProjectIndex project) {
        Names.Suggester taskNames = null;
        for (int s = 0; s < project.stages.size(); s++) {
            Stage stage = project.stages.get(s);
            List<PromotionStep> steps = stage.steps();
            for (int k = 0; k < steps.size(); k++) {
                PromotionStep step = steps.get(k);
                if (step.task().isEmpty()) {
                    continue;
                }
                if (taskNames == null) {
                    taskNames = new Names.Suggester(project.promotionTasks.keySet(), 1_000_000);
                }
                checkStep(context, project, project.stageEntries.get(s), stage, step, k, taskNames);
            }
        }
    }

    private static void checkStep(ValidationContext context, ProjectIndex project, Entry entry, Stage stage,
                                  PromotionStep step, int k, Names.Suggester taskNames) {
        PromotionTaskReference ref = step.task().get();
        PromotionTaskKind kind = ref.effectiveKind();
        PromotionTaskSpec spec;
        boolean cluster = kind == PromotionTaskKind.CLUSTER_PROMOTION_TASK;
        if (kind == PromotionTaskKind.PROMOTION_TASK) {
            var t = project.promotionTasks.get(ref.name());
            spec = t == null ? null : t.spec();
        } else if (cluster) {
            var t = project.clusterPromotionTasks.get(ref.name());
            spec = t == null ? null : t.spec();
        } else {
            return;
        }
        String name = Names.q(stage.name());
        String alias = step.alias(k);
        String task = (cluster ? "ClusterPromotionTask " : "PromotionTask ") + Names.q(ref.name());
        if (spec == null) {
            context.report(GraphRules.MISSING_PROMOTION_TASK, entry, STEPS.index(k).key("task").key("name"),
                    "Step " + alias + " of Stage " + name + " runs " + task + ", which is not in "
                            + (cluster ? "the set" : "project " + project.projectName())
                            + (cluster ? "" : taskNames.didYouMean(ref.name())),
                    "add " + task + (cluster ? "" : " to project " + project.projectName())
                            + " or correct task.name" + (cluster ? "" : " (or set task.kind: ClusterPromotionTask"
                            + " if it is cluster-scoped)") + "; until then every Promotion to " + name
                            + " fails when it is created");
            return;
        }

        List<ExpressionVariable> required = new ArrayList<>();
        for (ExpressionVariable v : spec.vars()) {
            if (v.value().orElse("").isEmpty()) {
                required.add(v);
            }
        }
        if (required.isEmpty()) {
            return;
        }
        Set<String> provided = new HashSet<>();
        addValued(provided, stage.spec().vars());
        stage.spec().promotionTemplate().map(PromotionTemplate::spec)
                .ifPresent(t -> addValued(provided, t.vars()));
        addValued(provided, step.vars());
        for (ExpressionVariable v : required) {
            if (provided.contains(v.name())) {
                continue;
            }
            String var = Names.q(v.name());
            context.report(GraphRules.TASK_VAR_MISSING, entry,
                    step.vars().isEmpty() ? STEPS.index(k) : STEPS.index(k).key("vars"),
                    task + " needs variable " + var + " (it has no default), but step " + alias + " of Stage "
                            + name + " does not set it in its vars, nor do the Stage's or the promotion template's"
                            + " vars; creating a Promotion to " + name + " fails (missing value for variable \""
                            + v.name() + "\")",
                    "add {name: " + var + ", value: ...} to the vars of step " + alias + " (an empty value does not"
                            + " count), or give the variable a default value in " + task);
        }
    }

    private static void addValued(Set<String> out, List<ExpressionVariable> vars) {
        for (ExpressionVariable v : vars) {
            if (!v.value().orElse("").isEmpty()) {
                out.add(v.name());
            }
        }
    }
}
