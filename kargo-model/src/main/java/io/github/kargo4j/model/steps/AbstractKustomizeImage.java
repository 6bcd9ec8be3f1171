package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.ExactlyOne;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * An image that {@code kustomize-set-image} sets ({@code images[]}): exactly one of {@code tag}
 * and {@code digest}.
 */
@Value.Immutable
@ExactlyOne({"tag", "digest"})
@PropertyOrder({"image", "tag", "digest", "name", "newName"})
public abstract class AbstractKustomizeImage {

    /** @return the image repository the Warehouse subscribes to (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String image();

    /** @return the tag to set; excludes {@code digest} */
    public abstract Optional<String> tag();

    /** @return the digest to set; excludes {@code tag} */
    public abstract Optional<String> digest();

    /** @return the image name in the kustomization (default: {@code image}) */
    public abstract Optional<String> name();

    /** @return a replacement image name */
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
