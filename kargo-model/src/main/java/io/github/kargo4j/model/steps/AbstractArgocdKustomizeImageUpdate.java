package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
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
        /**
         * Sets {@code repoURL} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param repoURL the value
         * @return this builder
         */
        public final ArgocdKustomizeImageUpdate.Builder repoURL(CharSequence repoURL) {
            return repoURL(TextValues.text(repoURL));
        }

        /**
         * @param repoURL the value
         * @return this builder
         */
        public abstract ArgocdKustomizeImageUpdate.Builder repoURL(String repoURL);

        /**
         * Sets {@code tag} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param tag the value
         * @return this builder
         */
        public final ArgocdKustomizeImageUpdate.Builder tag(CharSequence tag) {
            return tag(TextValues.text(tag));
        }

        /**
         * @param tag the value
         * @return this builder
         */
        public abstract ArgocdKustomizeImageUpdate.Builder tag(String tag);

        /**
         * Sets {@code digest} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param digest the value
         * @return this builder
         */
        public final ArgocdKustomizeImageUpdate.Builder digest(CharSequence digest) {
            return digest(TextValues.text(digest));
        }

        /**
         * @param digest the value
         * @return this builder
         */
        public abstract ArgocdKustomizeImageUpdate.Builder digest(String digest);

        /**
         * Sets {@code newName} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param newName the value
         * @return this builder
         */
        public final ArgocdKustomizeImageUpdate.Builder newName(CharSequence newName) {
            return newName(TextValues.text(newName));
        }

        /**
         * @param newName the value
         * @return this builder
         */
        public abstract ArgocdKustomizeImageUpdate.Builder newName(String newName);

    }
}
