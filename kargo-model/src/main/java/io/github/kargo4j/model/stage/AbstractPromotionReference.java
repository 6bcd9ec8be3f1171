package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.freight.FreightReference;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStatus;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/** A Stage's record of a Promotion: the one running ({@code currentPromotion}) or the last completed one. */
@Value.Immutable
@PropertyOrder({"name", "freight", "status", "finishedAt"})
public abstract class AbstractPromotionReference {

    /** @return the Promotion name (required) */
    public abstract String name();

    /** @return the Freight being promoted */
    public abstract Optional<@Valid FreightReference> freight();

    /** @return a copy of the Promotion's status */
    public abstract Optional<@Valid PromotionStatus> status();

    /** @return when the Promotion completed (RFC 3339) */
    public abstract Optional<String> finishedAt();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param freight the Freight reference
         * @return this builder
         */
        public abstract PromotionReference.Builder freight(FreightReference freight);

        /**
         * @param freight configures the Freight reference
         * @return this builder
         */
        public PromotionReference.Builder freight(Consumer<FreightReference.Builder> freight) {
            FreightReference.Builder b = FreightReference.builder();
            freight.accept(b);
            return freight(b.build());
        }

        /**
         * @param status the Promotion status
         * @return this builder
         */
        public abstract PromotionReference.Builder status(PromotionStatus status);

        /**
         * @param status configures the Promotion status
         * @return this builder
         */
        public PromotionReference.Builder status(Consumer<PromotionStatus.Builder> status) {
            PromotionStatus.Builder b = PromotionStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
