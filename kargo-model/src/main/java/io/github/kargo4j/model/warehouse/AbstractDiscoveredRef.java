package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** A Git ref name and the ID of the object it points to, as {@code git ls-remote --refs} reports them. */
@Value.Immutable
@PropertyOrder({"name", "id"})
public abstract class AbstractDiscoveredRef {

    /** @return the short ref name, such as {@code v1.2.3}, without {@code refs/tags/} or {@code refs/heads/} */
    public abstract @NotBlank String name();

    /** @return the ID of the object the ref points to (for an annotated tag, the tag object, not the commit) */
    public abstract @NotBlank String id();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
