package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/**
 * A field of the Rollout that owns an AnalysisRun ({@code valueFrom.fieldRef}), such as
 * {@code metadata.labels['app']}. Only Argo Rollouts' own runs have a Rollout; under Kargo it does not resolve.
 */
@Value.Immutable
@PropertyOrder({"fieldPath"})
public abstract class AbstractFieldRef {

    /** @return the path of the field (required) */
    public abstract String fieldPath();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
