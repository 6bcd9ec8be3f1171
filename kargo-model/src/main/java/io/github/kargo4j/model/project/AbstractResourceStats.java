package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A count of resources and of the healthy ones. */
@Value.Immutable
@PropertyOrder({"count", "health"})
public abstract class AbstractResourceStats {

    /** @return how many */
    public abstract Optional<Long> count();

    /** @return health counts ({@code healthy}) */
    public abstract Optional<HealthStats> health();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
