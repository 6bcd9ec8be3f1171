package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Map;

/** Labels and annotations Kargo adds to every AnalysisRun of a Stage's verification. */
@Value.Immutable
@PropertyOrder({"labels", "annotations"})
public abstract class AbstractAnalysisRunMetadata {

    /** @return labels to add */
    public abstract Map<String, String> labels();

    /** @return annotations to add */
    public abstract Map<String, String> annotations();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
