package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An auto-promotion hold on one origin of a Stage: set when a user promotes Freight other than the
 * auto-promotion candidate, it pauses auto-promotion for that origin until released (promoting the candidate
 * again, or disabling auto-promotion, lifts it).
 */
@Value.Immutable
@PropertyOrder({"freightName", "origin", "promotionName", "actor", "createdAt"})
public abstract class AbstractAutoPromotionHold {

    /** @return the Freight selected when the hold was created (required) */
    public abstract String freightName();

    /** @return the origin the hold pins; matches the map key (required) */
    public abstract @Valid FreightOrigin origin();

    /** @return the Promotion that established the hold, kept after that Promotion is deleted */
    public abstract Optional<String> promotionName();

    /** @return the user who triggered the hold */
    public abstract Optional<String> actor();

    /** @return when the Promotion that established the hold was created (RFC 3339) */
    public abstract Optional<String> createdAt();

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
        public abstract AutoPromotionHold.Builder origin(FreightOrigin origin);

        /**
         * @param origin configures the origin
         * @return this builder
         */
        public AutoPromotionHold.Builder origin(Consumer<FreightOrigin.Builder> origin) {
            FreightOrigin.Builder b = FreightOrigin.builder();
            origin.accept(b);
            return origin(b.build());
        }
    }
}
