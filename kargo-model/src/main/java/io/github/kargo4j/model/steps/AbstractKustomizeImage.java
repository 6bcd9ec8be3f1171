package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
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
        /**
         * Sets {@code image} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param image the value
         * @return this builder
         */
        public final KustomizeImage.Builder image(CharSequence image) {
            return image(TextValues.text(image));
        }

        /**
         * @param image the value
         * @return this builder
         */
        public abstract KustomizeImage.Builder image(String image);

        /**
         * Sets {@code tag} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param tag the value
         * @return this builder
         */
        public final KustomizeImage.Builder tag(CharSequence tag) {
            return tag(TextValues.text(tag));
        }

        /**
         * @param tag the value
         * @return this builder
         */
        public abstract KustomizeImage.Builder tag(String tag);

        /**
         * Sets {@code digest} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param digest the value
         * @return this builder
         */
        public final KustomizeImage.Builder digest(CharSequence digest) {
            return digest(TextValues.text(digest));
        }

        /**
         * @param digest the value
         * @return this builder
         */
        public abstract KustomizeImage.Builder digest(String digest);

        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final KustomizeImage.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract KustomizeImage.Builder name(String name);

        /**
         * Sets {@code newName} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param newName the value
         * @return this builder
         */
        public final KustomizeImage.Builder newName(CharSequence newName) {
            return newName(TextValues.text(newName));
        }

        /**
         * @param newName the value
         * @return this builder
         */
        public abstract KustomizeImage.Builder newName(String newName);

    }
}
