package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;

/**
 * When a Stage rolls back automatically to its last known-good (verified) Freight ({@code autoRollback} of a
 * promotion policy). <b>Kargo Enterprise only</b>: Kargo OSS ignores it.
 */
@Value.Immutable
@PropertyOrder({"onPromotion", "onVerification"})
public abstract class AbstractAutoRollbackConfig {

    /**
     * @return terminal Promotion phases that trigger a rollback: {@code Failed} and/or {@code Errored} (at most 2,
     *     no duplicates). Default none. A failed Promotion does not always mean bad Freight (it may be a transient
     *     deployment problem)
     */
    public abstract @Size(max = 2) List<@Pattern(regexp = "^(Failed|Errored)$") String> onPromotion();

    /**
     * @return terminal verification phases that trigger a rollback: {@code Failed} and/or {@code Error} (note:
     *     {@code Error}, not {@code Errored}; at most 2, no duplicates). When absent or empty Kargo uses
     *     {@code [Failed]}
     */
    public abstract @Size(max = 2) List<@Pattern(regexp = "^(Failed|Error)$") String> onVerification();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
