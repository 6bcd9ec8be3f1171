package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/** The chart versions discovery found for one {@link ChartSubscription}. */
@Value.Immutable
@PropertyOrder({"repoURL", "name", "semverConstraint", "versions"})
public abstract class AbstractChartDiscoveryResult {

    /** @return the repository URL of the subscription */
    public abstract @NotBlank String repoURL();

    /** @return the chart name of the subscription (classic repositories) */
    public abstract Optional<String> name();

    /** @return the constraint the versions were discovered under, if the subscription set one */
    public abstract Optional<String> semverConstraint();

    /** @return the versions found, newest first; empty if discovery succeeded but nothing matched */
    public abstract List<String> versions();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
