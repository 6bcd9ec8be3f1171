package io.github.kargo4j.validation.steps;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Every list of promotion steps in a validated set: Stage templates, (Cluster)PromotionTasks and Promotions, with the
 * path of each list in Kargo terms ({@code spec.promotionTemplate.spec.steps}) and the variables beside it.
 */
public final class StepLists {

    /**
     * @param entry the resource
     * @param path  the path of the step list
     * @param steps the steps
     * @param vars  variables that live beside the steps (with their paths)
     */
    public record StepList(Entry entry, JsonPath path, List<PromotionStep> steps, List<Var> vars) {
    }

    /**
     * @param path the path of the variable
     * @param var  the variable
     */
    public record Var(JsonPath path, ExpressionVariable var) {
    }

    private static final JsonPath SPEC = JsonPath.ROOT.key("spec");
    private static final JsonPath VARS = SPEC.key("vars");
    private static final JsonPath STEPS = SPEC.key("steps");
    private static final JsonPath TEMPLATE = SPEC.key("promotionTemplate").key("spec");
    private static final JsonPath TEMPLATE_VARS = TEMPLATE.key("vars");
    private static final JsonPath TEMPLATE_STEPS = TEMPLATE.key("steps");

    private StepLists() {
    }

    /**
     * @param ctx the validation
     * @return the step lists of every resource that has one, in entry order
     */
    public static List<StepList> of(ValidationContext ctx) {
        List<StepList> out = new ArrayList<>();
        for (Entry e : ctx.entries()) {
            if (e.resource() instanceof Stage s) {
                List<Var> vars = vars(VARS, s.spec().vars());
                if (s.spec().promotionTemplate().isPresent()) {
                    vars.addAll(vars(TEMPLATE_VARS, s.spec().promotionTemplate().get().spec().vars()));
                }
                out.add(new StepList(e, TEMPLATE_STEPS, s.steps(), vars));
            } else if (e.resource() instanceof PromotionTask t) {
                out.add(new StepList(e, STEPS, t.spec().steps(), vars(VARS, t.spec().vars())));
            } else if (e.resource() instanceof ClusterPromotionTask t) {
                out.add(new StepList(e, STEPS, t.spec().steps(), vars(VARS, t.spec().vars())));
            } else if (e.resource() instanceof Promotion p) {
                out.add(new StepList(e, STEPS, p.spec().steps(), vars(VARS, p.spec().vars())));
            }
        }
        return out;
    }

    private static List<Var> vars(JsonPath path, List<ExpressionVariable> vars) {
        List<Var> out = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            out.add(new Var(path.index(i), vars.get(i)));
        }
        return out;
    }

    /**
     * @param list a step list
     * @param i    the index of a step in it
     * @return {@code step 3 ("push") of Stage "dev"}
     */
    public static String describe(StepList list, int i) {
        PromotionStep step = list.steps().get(i);
        String as = step.as().orElse("");
        return "step " + (i + 1) + (as.isBlank() ? "" : " (\"" + as + "\")")
                + " of " + list.entry().resource().kind() + " \"" + list.entry().resource().name() + "\"";
    }
}
