package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

/**
 * A Helm parameter of an Argo CD Application source to set ({@code helm.images[]} of
 * {@code argocd-update}), typically to an image tag taken from the Freight.
 */
@Value.Immutable
@PropertyOrder({"key", "value"})
public abstract class AbstractArgocdHelmImageUpdate {

    /** @return the Helm parameter to set, such as {@code image.tag} (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String key();

    /** @return the new value, often an expression such as {@code ${{ imageFrom(repo).Tag }}} (required) */
    @Nullable
    @Required
    public abstract String value();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param key   the Helm parameter to set
     * @param value the new value
     * @return the update
     */
    public static ArgocdHelmImageUpdate of(String key, String value) {
        return ArgocdHelmImageUpdate.builder().key(key).value(value).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
    }
}
