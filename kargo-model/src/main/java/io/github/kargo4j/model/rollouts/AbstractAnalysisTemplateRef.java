package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A reference from one analysis template to another ({@code spec.templates[]}), whose metrics Argo Rollouts
 * combines with the referencing template's. Kargo does not follow these references.
 */
@Value.Immutable
@PropertyOrder({"templateName", "clusterScope"})
public abstract class AbstractAnalysisTemplateRef {

    /** @return the name of the referenced template */
    public abstract Optional<String> templateName();

    /**
     * @return whether the reference is to a {@link ClusterAnalysisTemplate} (default {@code false}: an
     *     {@link AnalysisTemplate} in the same namespace)
     */
    public abstract Optional<Boolean> clusterScope();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
