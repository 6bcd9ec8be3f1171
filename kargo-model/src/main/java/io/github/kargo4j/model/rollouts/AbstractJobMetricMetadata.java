package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Map;

/**
 * The metadata of a {@link JobMetric}'s Job. The schema keeps only labels and annotations; the Job's name and
 * namespace are chosen by Argo Rollouts.
 */
@Value.Immutable
@PropertyOrder({"labels", "annotations"})
public abstract class AbstractJobMetricMetadata {

    /** @return labels for the Job */
    public abstract Map<String, String> labels();

    /** @return annotations for the Job */
    public abstract Map<String, String> annotations();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
