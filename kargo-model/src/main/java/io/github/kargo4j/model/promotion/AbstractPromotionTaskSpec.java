package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/** The spec shared by {@link PromotionTask} and {@link ClusterPromotionTask}: input variables and steps. */
@Value.Immutable
@PropertyOrder({"vars", "steps"})
public abstract class AbstractPromotionTaskSpec {

    /**
     * @return the task's variables: one without a value is a required input that the referencing step's
     *     {@code vars} (or the promotion-level vars) must supply; one with a value is a default
     */
    public abstract List<@Valid ExpressionVariable> vars();

    /**
     * @return the steps (at least one); each must set {@code uses} (tasks do not nest). Inside a task, earlier
     *     outputs are read as {@code task.outputs['<alias>']}
     */
    public abstract @Size(min = 1) List<@Valid PromotionStep> steps();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param variable a task variable
         * @return this builder
         */
        public abstract PromotionTaskSpec.Builder addVar(ExpressionVariable variable);

        /**
         * @param variable configures a task variable
         * @return this builder
         */
        public PromotionTaskSpec.Builder addVar(Consumer<ExpressionVariable.Builder> variable) {
            ExpressionVariable.Builder b = ExpressionVariable.builder();
            variable.accept(b);
            return addVar(b.build());
        }

        /**
         * @param step a step
         * @return this builder
         */
        public abstract PromotionTaskSpec.Builder addStep(PromotionStep step);

        /**
         * @param step configures a step
         * @return this builder
         */
        public PromotionTaskSpec.Builder addStep(Consumer<PromotionStep.Builder> step) {
            PromotionStep.Builder b = PromotionStep.builder();
            step.accept(b);
            return addStep(b.build());
        }
    }
}
