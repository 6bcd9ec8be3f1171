package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.AtMostOne;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A Kustomize image of an Argo CD Application source to set
 * ({@code kustomize.images[]} of {@code argocd-update}): at most one of {@code tag} and {@code digest}; with neither,
 * Kargo takes the version from the Freight.
 */
@Value.Immutable
@AtMostOne({"tag", "digest"})
@PropertyOrder({"repoURL", "tag", "digest", "newName"})
public abstract class AbstractArgocdKustomizeImageUpdate {

    /** @return the URL of the container image repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String repoURL();

    /** @return the tag to set; excludes {@code digest} */
    public abstract Optional<String> tag();

    /** @return the digest to set; excludes {@code tag} */
    public abstract Optional<String> digest();

    /** @return a replacement image name */
    @MinLength(1)
    public abstract Optional<String> newName();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
    }
}
