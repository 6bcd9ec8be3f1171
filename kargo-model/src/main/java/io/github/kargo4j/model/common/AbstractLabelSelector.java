package io.github.kargo4j.model.common;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;

/** A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}, ANDed. */
@Value.Immutable
@PropertyOrder({"matchLabels", "matchExpressions"})
public abstract class AbstractLabelSelector {

    /** @return labels that must match exactly */
    public abstract Map<String, String> matchLabels();

    /** @return set-based requirements */
    public abstract List<@Valid LabelSelectorRequirement> matchExpressions();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
