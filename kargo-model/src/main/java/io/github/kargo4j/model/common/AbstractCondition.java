package io.github.kargo4j.model.common;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A Kubernetes status condition ({@code metav1.Condition}), as found in every Kargo status block. */
@Value.Immutable
@PropertyOrder({"type", "status", "reason", "message", "lastTransitionTime", "observedGeneration"})
public abstract class AbstractCondition {

    /** @return the condition type, such as {@code Ready} or {@code Healthy} */
    public abstract String type();

    /** @return {@code True}, {@code False} or {@code Unknown} */
    public abstract String status();

    /** @return a machine-readable reason in CamelCase */
    public abstract String reason();

    /** @return a human-readable message (may be empty) */
    public abstract String message();

    /** @return when the status last changed (RFC 3339) */
    public abstract String lastTransitionTime();

    /** @return the generation the condition was computed for */
    public abstract Optional<Long> observedGeneration();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
