package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One step of a Stage promotion template, a (Cluster)PromotionTask or a Promotion: either a built-in step
 * ({@code uses}, such as {@code git-clone}) with its {@code config}, or, in Stage promotion templates only, a
 * reference to a task ({@code task}) whose steps are inflated into the Promotion.
 *
 * <p>Rules Kargo enforces: exactly one of {@code uses} and {@code task}; a task step sets none of
 * {@code continueOnError}, {@code retry}, {@code if} and {@code config}; tasks and Promotions contain
 * {@code uses} steps only; aliases are unique within a list and never match {@link #RESERVED_ALIAS}.
 */
@Value.Immutable
@PropertyOrder({"uses", "task", "as", "if", "continueOnError", "retry", "vars", "config"})
public abstract class AbstractPromotionStep {

    /** The aliases Kargo reserves for its default names ({@code step-<n>}, {@code task-<n>}). */
    public static final String RESERVED_ALIAS = "^(step|task)-\\d+$";

    /**
     * @return the name of the step to run, such as {@code git-clone} (see the built-in steps); not checked at
     *     admission: an unknown name fails when the Promotion runs
     */
    public abstract Optional<@Size(min = 1) String> uses();

    /** @return the task whose steps this step stands for; only legal in Stage promotion templates */
    public abstract Optional<@Valid PromotionTaskReference> task();

    /**
     * @return the alias by which later steps refer to this one ({@code outputs['<alias>']},
     *     {@code status('<alias>')}); default {@code step-<n>} or {@code task-<n>}, see {@link #alias(int)}
     */
    public abstract Optional<String> as();

    /**
     * @return the condition ({@code if}) under which the step runs: an expression such as
     *     {@code ${{ always() }}} that must evaluate to a boolean; a bare {@code true} is a string and fails
     *     at run time. Without it, a step is skipped once an earlier step failed
     */
    @JsonName("if")
    public abstract Optional<String> ifCondition();

    /**
     * @return whether a failure of this step lets the Promotion go on and does not count against its outcome
     */
    public abstract Optional<Boolean> continueOnError();

    /** @return the retry policy */
    public abstract Optional<@Valid PromotionStepRetry> retry();

    /**
     * @return step-scoped variables, which override promotion-level variables of the same name and may read
     *     {@code outputs} of earlier steps
     */
    public abstract List<@Valid ExpressionVariable> vars();

    /**
     * @return the step's configuration, a free-form object whose values may contain {@code ${{ }}} expressions;
     *     evaluated just before the step runs and then checked against the step's schema
     */
    public abstract Optional<JsonObject> config();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether this step references a task rather than naming a step to run */
    public boolean isTaskStep() {
        return task().isPresent();
    }

    /**
     * The alias Kargo uses for this step: {@code as} when set and not empty, else {@code task-<n>} for a task
     * step or {@code step-<n>}, where {@code n} is the 1-based position.
     *
     * @param index the 0-based position of the step in its list
     * @return the effective alias
     */
    public String alias(int index) {
        String as = as().orElse("");
        if (!as.isEmpty()) {
            return as;
        }
        return (isTaskStep() ? "task-" : "step-") + (index + 1);
    }

    /**
     * @param uses the name of a built-in step
     * @param config its configuration
     * @return a step running {@code uses} with {@code config}
     */
    public static PromotionStep of(String uses, JsonObject config) {
        return PromotionStep.builder().uses(uses).config(config).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * Sets {@code ifCondition} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param ifCondition the value
         * @return this builder
         */
        public final PromotionStep.Builder ifCondition(CharSequence ifCondition) {
            return ifCondition(TextValues.text(ifCondition));
        }

        /**
         * @param ifCondition the value
         * @return this builder
         */
        public abstract PromotionStep.Builder ifCondition(String ifCondition);

        /**
         * @param task the task reference
         * @return this builder
         */
        public abstract PromotionStep.Builder task(PromotionTaskReference task);

        /**
         * @param task configures the task reference
         * @return this builder
         */
        public PromotionStep.Builder task(Consumer<PromotionTaskReference.Builder> task) {
            PromotionTaskReference.Builder b = PromotionTaskReference.builder();
            task.accept(b);
            return task(b.build());
        }

        /**
         * @param retry the retry policy
         * @return this builder
         */
        public abstract PromotionStep.Builder retry(PromotionStepRetry retry);

        /**
         * @param retry configures the retry policy
         * @return this builder
         */
        public PromotionStep.Builder retry(Consumer<PromotionStepRetry.Builder> retry) {
            PromotionStepRetry.Builder b = PromotionStepRetry.builder();
            retry.accept(b);
            return retry(b.build());
        }

        /**
         * @param variable a step variable
         * @return this builder
         */
        public abstract PromotionStep.Builder addVar(ExpressionVariable variable);

        /**
         * @param variable configures a step variable
         * @return this builder
         */
        public PromotionStep.Builder addVar(Consumer<ExpressionVariable.Builder> variable) {
            ExpressionVariable.Builder b = ExpressionVariable.builder();
            variable.accept(b);
            return addVar(b.build());
        }

        /**
         * @param name  a variable name
         * @param value its value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public PromotionStep.Builder addVar(String name, CharSequence value) {
            return addVar(ExpressionVariable.of(name, value));
        }
    }
}
