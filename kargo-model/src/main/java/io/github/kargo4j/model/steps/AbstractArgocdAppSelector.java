package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.AtLeastOne;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Selects Argo CD Applications by label ({@code selector} of {@code argocd-update} and
 * {@code argocd-wait}): {@code matchLabels} and {@code matchExpressions}, ANDed; at least one non-empty
 * criterion.
 */
@Value.Immutable
@AtLeastOne({"matchLabels", "matchExpressions"})
@PropertyOrder({"matchLabels", "matchExpressions"})
public abstract class AbstractArgocdAppSelector {

    /** @return labels that must match exactly */
    public abstract Map<String, String> matchLabels();

    /** @return set-based requirements */
    public abstract List<ArgocdSelectorRequirement> matchExpressions();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param matchExpression one of set-based requirements
         * @return this builder
         */
        public abstract ArgocdAppSelector.Builder addMatchExpression(ArgocdSelectorRequirement matchExpression);

        /**
         * @param matchExpression configures one of set-based requirements
         * @return this builder
         */
        public ArgocdAppSelector.Builder addMatchExpression(
                Consumer<ArgocdSelectorRequirement.Builder> matchExpression) {
            ArgocdSelectorRequirement.Builder b = ArgocdSelectorRequirement.builder();
            matchExpression.accept(b);
            return addMatchExpression(b.build());
        }

        /**
         * @param key      the label key
         * @param operator {@code In}, {@code NotIn}, {@code Exists} or {@code DoesNotExist}
         * @param values   the values
         * @return this builder
         */
        public ArgocdAppSelector.Builder addMatchExpression(String key, String operator, String... values) {
            return addMatchExpression(ArgocdSelectorRequirement.of(key, operator, values));
        }
    }
}
