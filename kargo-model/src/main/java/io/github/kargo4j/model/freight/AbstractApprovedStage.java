package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A Stage for which a piece of Freight was approved by hand (an entry of {@code status.approvedFor}). */
@Value.Immutable
@PropertyOrder({"approvedAt"})
public abstract class AbstractApprovedStage {

    /** @return when the Freight was approved for the Stage (RFC 3339) */
    public abstract Optional<String> approvedAt();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
