package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** How many resources are healthy. */
@Value.Immutable
@PropertyOrder({"healthy"})
public abstract class AbstractHealthStats {

    /** @return the number of healthy resources */
    public abstract Optional<Long> healthy();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
