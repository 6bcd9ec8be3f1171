package io.github.kargo4j.model.common;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.List;

/** One requirement of a label selector: {@code key}, {@code operator} (In, NotIn, Exists, DoesNotExist), values. */
@Value.Immutable
@PropertyOrder({"key", "operator", "values"})
public abstract class AbstractLabelSelectorRequirement {

    /** @return the label key */
    public abstract @NotBlank String key();

    /** @return {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist} */
    public abstract @NotBlank String operator();

    /** @return the values (empty for Exists and DoesNotExist) */
    public abstract List<String> values();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
