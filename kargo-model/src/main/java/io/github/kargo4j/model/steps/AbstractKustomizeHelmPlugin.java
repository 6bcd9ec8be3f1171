package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * Settings of Kustomize's built-in Helm chart inflation ({@code plugin.helm} of
 * {@code kustomize-build}).
 */
@Value.Immutable
@PropertyOrder({"apiVersions", "kubeVersion"})
public abstract class AbstractKustomizeHelmPlugin {

    /** @return the API versions the cluster is assumed to support (no empty item) */
    @MinLength(1)
    public abstract List<String> apiVersions();

    /** @return the Kubernetes version to inflate charts for */
    public abstract Optional<String> kubeVersion();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
    }
}
