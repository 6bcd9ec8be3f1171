package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/** A metric measured in dry-run mode: its results are recorded but cannot fail the AnalysisRun. */
@Value.Immutable
@PropertyOrder({"metricName"})
public abstract class AbstractDryRun {

    /**
     * @return the metric name (required), a regular expression matched anywhere in each metric's name
     *     ({@code .*} selects every metric); a rule that matches no metric makes the AnalysisRun fail
     */
    public abstract String metricName();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
