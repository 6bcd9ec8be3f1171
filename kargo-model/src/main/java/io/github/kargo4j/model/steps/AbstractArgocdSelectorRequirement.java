package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;

/**
 * One set-based requirement of an Argo CD Application selector
 * ({@code selector.matchExpressions[]} of {@code argocd-update} and {@code argocd-wait}).
 */
@Value.Immutable
@PropertyOrder({"key", "operator", "values"})
public abstract class AbstractArgocdSelectorRequirement {

    /** @return the label key (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String key();

    /** @return {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist} (required) */
    @Nullable
    @Required
    @AllowedValues({"In", "NotIn", "Exists", "DoesNotExist"})
    public abstract String operator();

    /**
     * @return the values: at least one for {@code In} and {@code NotIn}, none otherwise (Kargo checks this only when
     *     the step runs)
     */
    public abstract List<String> values();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param key      the label key
     * @param operator {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}
     * @param values   the values
     * @return the requirement
     */
    public static ArgocdSelectorRequirement of(String key, String operator, String... values) {
        return ArgocdSelectorRequirement.builder().key(key).operator(operator).addValues(values).build();
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
        public final ArgocdSelectorRequirement.Builder key(CharSequence key) {
            return key(TextValues.text(key));
        }

        /**
         * @param key the value
         * @return this builder
         */
        public abstract ArgocdSelectorRequirement.Builder key(String key);

        /**
         * Sets {@code operator} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param operator the value
         * @return this builder
         */
        public final ArgocdSelectorRequirement.Builder operator(CharSequence operator) {
            return operator(TextValues.text(operator));
        }

        /**
         * @param operator the value
         * @return this builder
         */
        public abstract ArgocdSelectorRequirement.Builder operator(String operator);

    }
}
