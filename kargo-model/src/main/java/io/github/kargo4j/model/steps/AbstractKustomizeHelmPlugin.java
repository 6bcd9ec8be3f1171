package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
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
        /**
         * Sets {@code kubeVersion} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param kubeVersion the value
         * @return this builder
         */
        public final KustomizeHelmPlugin.Builder kubeVersion(CharSequence kubeVersion) {
            return kubeVersion(TextValues.text(kubeVersion));
        }

        /**
         * @param kubeVersion the value
         * @return this builder
         */
        public abstract KustomizeHelmPlugin.Builder kubeVersion(String kubeVersion);

    }
}
