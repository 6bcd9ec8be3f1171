package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A health check that a promotion step left behind for its Stage to run after the Promotion, such as
 * {@code argocd-update} checking its Applications ({@code status.healthChecks[]}).
 */
@Value.Immutable
@PropertyOrder({"uses", "config"})
public abstract class AbstractHealthCheckStep {

    /** @return the runner that executes the check (required) */
    public abstract @NotBlank String uses();

    /** @return the check's configuration, kept as written */
    public abstract Optional<JsonObject> config();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
