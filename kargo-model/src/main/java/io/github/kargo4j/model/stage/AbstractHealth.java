package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/** A Stage's last observed health, from the health checks its last Promotion left behind. */
@Value.Immutable
@PropertyOrder({"status", "issues", "config", "output"})
public abstract class AbstractHealth {

    /**
     * @return the health: {@code Healthy}, {@code Unhealthy}, {@code Progressing}, {@code Unknown} or
     *     {@code NotApplicable}
     */
    public abstract Optional<String> status();

    /** @return why the Stage is not healthy; empty when it is */
    public abstract List<String> issues();

    /** @return the configuration of all health checks performed, kept as written */
    public abstract Optional<JsonValue> config();

    /** @return the output of all health checks performed, kept as written */
    public abstract Optional<JsonValue> output();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether the status is {@code Healthy} */
    public boolean isHealthy() {
        return status().filter("Healthy"::equals).isPresent();
    }
}
