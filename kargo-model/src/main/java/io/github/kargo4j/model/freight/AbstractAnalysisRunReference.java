package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/** A reference to the Argo Rollouts AnalysisRun that carries out a verification. */
@Value.Immutable
@PropertyOrder({"namespace", "name", "phase"})
public abstract class AbstractAnalysisRunReference {

    /** @return the namespace of the AnalysisRun */
    public abstract String namespace();

    /** @return the name of the AnalysisRun */
    public abstract String name();

    /** @return the last observed phase of the AnalysisRun, such as {@code Running} or {@code Successful} */
    public abstract String phase();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
