package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A Stage that currently uses a piece of Freight (an entry of {@code status.currentlyIn}). */
@Value.Immutable
@PropertyOrder({"since"})
public abstract class AbstractCurrentStage {

    /** @return when the Stage most recently started using the Freight (RFC 3339) */
    public abstract Optional<String> since();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
