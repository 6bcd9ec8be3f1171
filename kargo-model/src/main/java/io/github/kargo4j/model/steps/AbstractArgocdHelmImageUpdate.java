package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
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
     * @param value the new value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
     * @return the update
     */
    public static ArgocdHelmImageUpdate of(String key, CharSequence value) {
        return ArgocdHelmImageUpdate.builder().key(key).value(TextValues.text(value)).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code key} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param key the value
         * @return this builder
         */
        public final ArgocdHelmImageUpdate.Builder key(CharSequence key) {
            return key(TextValues.text(key));
        }

        /**
         * @param key the value
         * @return this builder
         */
        public abstract ArgocdHelmImageUpdate.Builder key(String key);

        /**
         * Sets {@code value} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param value the value
         * @return this builder
         */
        public final ArgocdHelmImageUpdate.Builder value(CharSequence value) {
            return value(TextValues.text(value));
        }

        /**
         * @param value the value
         * @return this builder
         */
        public abstract ArgocdHelmImageUpdate.Builder value(String value);

    }
}
