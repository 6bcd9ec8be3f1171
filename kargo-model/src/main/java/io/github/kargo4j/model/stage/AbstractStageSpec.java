package io.github.kargo4j.model.stage;

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
 * What a Stage requests and how it promotes and verifies Freight. Removed shapes ({@code subscriptions},
 * {@code promotionMechanisms}) are kept in {@link #unknownFields()} so that they can be reported and migrated.
 */
@Value.Immutable
@PropertyOrder({"requestedFreight", "promotionTemplate", "verification", "vars", "shard"})
public abstract class AbstractStageSpec {

    /**
     * @return the Freight the Stage needs, one request per origin Warehouse (required, at least one); several
     *     origins advance through independent pipelines
     */
    public abstract @Size(min = 1) List<@Valid FreightRequest> requestedFreight();

    /**
     * @return how the Stage promotes Freight; absent, or without steps, makes the Stage a control-flow Stage
     */
    public abstract Optional<@Valid PromotionTemplate> promotionTemplate();

    /** @return how the Stage verifies its current Freight */
    public abstract Optional<@Valid Verification> verification();

    /**
     * @return variables visible to promotion steps and verification arguments (Kargo v1.5 and later); template
     *     {@code vars} of the same name override them
     */
    public abstract List<@Valid ExpressionVariable> vars();

    /**
     * @return the shard the Stage belongs to; absent means the default shard. Kargo keeps the label
     *     {@code kargo.akuity.io/shard} in sync with it
     */
    public abstract Optional<String> shard();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param request a Freight request
         * @return this builder
         */
        public abstract StageSpec.Builder addRequestedFreight(FreightRequest request);

        /**
         * @param request configures a Freight request
         * @return this builder
         */
        public StageSpec.Builder addRequestedFreight(Consumer<FreightRequest.Builder> request) {
            FreightRequest.Builder b = FreightRequest.builder();
            request.accept(b);
            return addRequestedFreight(b.build());
        }

        /**
         * @param template the promotion template
         * @return this builder
         */
        public abstract StageSpec.Builder promotionTemplate(PromotionTemplate template);

        /**
         * @param template configures the promotion template
         * @return this builder
         */
        public StageSpec.Builder promotionTemplate(Consumer<PromotionTemplate.Builder> template) {
            PromotionTemplate.Builder b = PromotionTemplate.builder();
            template.accept(b);
            return promotionTemplate(b.build());
        }

        /**
         * @param verification the verification
         * @return this builder
         */
        public abstract StageSpec.Builder verification(Verification verification);

        /**
         * @param verification configures the verification
         * @return this builder
         */
        public StageSpec.Builder verification(Consumer<Verification.Builder> verification) {
            Verification.Builder b = Verification.builder();
            verification.accept(b);
            return verification(b.build());
        }

        /**
         * @param variable a Stage variable
         * @return this builder
         */
        public abstract StageSpec.Builder addVar(ExpressionVariable variable);

        /**
         * @param variable configures a Stage variable
         * @return this builder
         */
        public StageSpec.Builder addVar(Consumer<ExpressionVariable.Builder> variable) {
            ExpressionVariable.Builder b = ExpressionVariable.builder();
            variable.accept(b);
            return addVar(b.build());
        }
    }
}
