package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A specific version of a Helm chart, as found by a Warehouse {@code chart} subscription. */
@Value.Immutable
@PropertyOrder({"repoURL", "name", "version"})
public abstract class AbstractChart {

    /**
     * @return the chart repository URL: a classic HTTP(S) repository holding several charts, or an
     *     {@code oci://} URL that points at one chart
     */
    public abstract Optional<String> repoURL();

    /** @return the chart name within a classic repository; empty for OCI repositories */
    public abstract Optional<String> name();

    /** @return the chart version */
    public abstract Optional<String> version();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
