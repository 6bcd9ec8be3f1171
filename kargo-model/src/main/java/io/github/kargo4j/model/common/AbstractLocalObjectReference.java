package io.github.kargo4j.model.common;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A reference by name to an object in the same namespace, such as a Secret ({@code secretRef: {name: x}}). */
@Value.Immutable
@PropertyOrder({"name"})
public abstract class AbstractLocalObjectReference {

    /** @return the object name */
    public abstract Optional<String> name();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name an object name
     * @return a reference to it
     */
    public static LocalObjectReference of(String name) {
        return LocalObjectReference.builder().name(name).build();
    }
}
