package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** Project statistics: Warehouse and Stage counts. */
@Value.Immutable
@PropertyOrder({"warehouses", "stages"})
public abstract class AbstractProjectStats {

    /** @return Warehouse statistics */
    public abstract Optional<ResourceStats> warehouses();

    /** @return Stage statistics */
    public abstract Optional<ResourceStats> stages();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
