package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/** The partial Promotion spec a Stage uses for every Promotion to it: variables and steps. */
@Value.Immutable
@PropertyOrder({"vars", "steps"})
public abstract class AbstractPromotionTemplateSpec {

    /** @return template variables, which override Stage {@code vars} of the same name */
    public abstract List<@Valid ExpressionVariable> vars();

    /**
     * @return the steps, in order: each sets exactly one of {@code uses} and {@code task}; task steps set none of
     *     {@code continueOnError}, {@code retry}, {@code if} and {@code config}. The CRD requires at least one
     *     step when the list is present; none makes the Stage a control-flow Stage
     */
    public abstract List<@Valid PromotionStep> steps();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param variable a template variable
         * @return this builder
         */
        public abstract PromotionTemplateSpec.Builder addVar(ExpressionVariable variable);

        /**
         * @param variable configures a template variable
         * @return this builder
         */
        public PromotionTemplateSpec.Builder addVar(Consumer<ExpressionVariable.Builder> variable) {
            ExpressionVariable.Builder b = ExpressionVariable.builder();
            variable.accept(b);
            return addVar(b.build());
        }

        /**
         * @param step a step
         * @return this builder
         */
        public abstract PromotionTemplateSpec.Builder addStep(PromotionStep step);

        /**
         * @param step configures a step
         * @return this builder
         */
        public PromotionTemplateSpec.Builder addStep(Consumer<PromotionStep.Builder> step) {
            PromotionStep.Builder b = PromotionStep.builder();
            step.accept(b);
            return addStep(b.build());
        }
    }
}
