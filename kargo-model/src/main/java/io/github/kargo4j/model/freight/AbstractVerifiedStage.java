package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A Stage in which a piece of Freight was verified (an entry of {@code status.verifiedIn}). */
@Value.Immutable
@PropertyOrder({"verifiedAt", "longestSoak"})
public abstract class AbstractVerifiedStage {

    /** @return when the Freight was verified in the Stage (RFC 3339) */
    public abstract Optional<String> verifiedAt();

    /**
     * @return the longest completed period of continuous use by the Stage, as a duration such as {@code 2h0m0s};
     *     updated when the Freight leaves the Stage, so the current soak may be longer
     */
    public abstract Optional<String> longestSoak();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
