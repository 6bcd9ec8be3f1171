package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.AbstractObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a {@link Promotion} asks for: move {@code stage} to {@code freight}, or to the current auto-promotion
 * candidate of {@code origin} (exactly one of the two). Immutable once created.
 *
 * <p>On create Kargo's webhook <b>replaces</b> {@code vars} and {@code steps} with those of the Stage's promotion
 * template (tasks inflated) and resolves {@code origin} to {@code freight}; a client need only send
 * {@code stage} and {@code freight} or {@code origin}.
 */
@Value.Immutable
@PropertyOrder({"stage", "freight", "origin", "vars", "steps"})
public abstract class AbstractPromotionSpec {

    /** @return the name of the Stage, in the same namespace (required) */
    public abstract @NotBlank @Size(max = 253) @Pattern(regexp = AbstractObjectMeta.K8S_NAME) String stage();

    /** @return the name of the Freight to promote; exactly one of this and {@link #origin()} */
    public abstract Optional<@Size(min = 1, max = 253) @Pattern(regexp = AbstractObjectMeta.K8S_NAME) String>
            freight();

    /**
     * @return the origin whose current auto-promotion candidate to promote (Kargo v1.11); exactly one of this and
     *     {@link #freight()}
     */
    public abstract Optional<@Valid FreightOrigin> origin();

    /** @return promotion-level variables (the Stage's, then the template's, once Kargo filled them in) */
    public abstract List<@Valid ExpressionVariable> vars();

    /**
     * @return the steps to run, in order; each sets {@code uses} (tasks are already inflated). The CRD requires
     *     at least one, but Kargo's webhook fills them in from the Stage before that check, so a Promotion
     *     written by hand may leave them out
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
         * @param origin the origin
         * @return this builder
         */
        public abstract PromotionSpec.Builder origin(FreightOrigin origin);

        /**
         * @param origin configures the origin
         * @return this builder
         */
        public PromotionSpec.Builder origin(Consumer<FreightOrigin.Builder> origin) {
            FreightOrigin.Builder b = FreightOrigin.builder();
            origin.accept(b);
            return origin(b.build());
        }

        /**
         * @param variable a variable
         * @return this builder
         */
        public abstract PromotionSpec.Builder addVar(ExpressionVariable variable);

        /**
         * @param variable configures a variable
         * @return this builder
         */
        public PromotionSpec.Builder addVar(Consumer<ExpressionVariable.Builder> variable) {
            ExpressionVariable.Builder b = ExpressionVariable.builder();
            variable.accept(b);
            return addVar(b.build());
        }

        /**
         * @param step a step
         * @return this builder
         */
        public abstract PromotionSpec.Builder addStep(PromotionStep step);

        /**
         * @param step configures a step
         * @return this builder
         */
        public PromotionSpec.Builder addStep(Consumer<PromotionStep.Builder> step) {
            PromotionStep.Builder b = PromotionStep.builder();
            step.accept(b);
            return addStep(b.build());
        }
    }
}
