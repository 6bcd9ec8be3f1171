package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** A key of a Secret, the source of an argument's value ({@code valueFrom.secretKeyRef}). */
@Value.Immutable
@PropertyOrder({"name", "key"})
public abstract class AbstractSecretKeyRef {

    /** @return the Secret name (required, not empty), in the namespace where the AnalysisRun runs */
    public abstract @NotBlank String name();

    /** @return the key within the Secret (required, not empty) */
    public abstract @NotBlank String key();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name the Secret name
     * @param key  the key within the Secret
     * @return the reference
     */
    public static SecretKeyRef of(String name, String key) {
        return SecretKeyRef.builder().name(name).key(key).build();
    }
}
