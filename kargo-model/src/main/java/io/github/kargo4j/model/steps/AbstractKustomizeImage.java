package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * An image that {@code kustomize-set-image} sets ({@code images[]}): exactly one of {@code tag}
 * and {@code digest}.
 */
@Value.Immutable
@PropertyOrder({"image", "tag", "digest", "name", "newName"})
public abstract class AbstractKustomizeImage {

    /** @return the image repository the Warehouse subscribes to (required) */
    @Nullable
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

    /** Checks this item's required properties and rules, as part of its step's configuration. */
    void check(Rules r, String at) {
        r.requiredText(image(), at, "image");
        r.exactlyOne(at, new String[] {"tag", "digest"}, Rules.isSet(tag()), Rules.isSet(digest()));
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
    }
}
