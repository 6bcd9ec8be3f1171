package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/** How many measurements of a metric an AnalysisRun keeps in its status (Argo Rollouts' default is 10). */
@Value.Immutable
@PropertyOrder({"metricName", "limit"})
public abstract class AbstractMeasurementRetention {

    /**
     * @return the metric name (required), a regular expression matched anywhere in each metric's name
     *     ({@code .*} selects every metric); a rule that matches no metric makes the AnalysisRun fail
     */
    public abstract String metricName();

    /** @return the number of measurements to keep (required, 32-bit) */
    public abstract Integer limit();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
