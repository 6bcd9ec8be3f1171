package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * The range of a Prometheus range query. {@code start} and {@code end} are expressions evaluated by Argo Rollouts,
 * such as {@code now() - duration('10m')} and {@code now()}.
 */
@Value.Immutable
@PropertyOrder({"start", "end", "step"})
public abstract class AbstractPrometheusRangeQuery {

    /** @return the start of the range, an expression */
    public abstract Optional<String> start();

    /** @return the end of the range, an expression */
    public abstract Optional<String> end();

    /** @return the resolution, a Go duration such as {@code 1m} */
    public abstract Optional<String> step();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
