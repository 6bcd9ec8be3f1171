package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import io.github.kargo4j.model.steps.Constraints.Requires;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which source of an Argo CD Application to update and how ({@code apps[].sources[]} of
 * {@code argocd-update}). The source is the one whose {@code repoURL} (and {@code chart}, for a Helm chart repository)
 * match exactly.
 */
@Value.Immutable
@Requires(property = "updateTargetRevision", requires = "desiredRevision")
@PropertyOrder({"repoURL", "chart", "desiredRevision", "updateTargetRevision", "helm", "kustomize"})
public abstract class AbstractArgocdSourceUpdate {

    /** @return the repository URL of the source to update (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String repoURL();

    /** @return the chart of the source to update, for a Helm chart repository */
    @MinLength(1)
    public abstract Optional<String> chart();

    /** @return the revision the source should be synced to; by default taken from the Freight */
    @MinLength(1)
    public abstract Optional<String> desiredRevision();

    /**
     * @return whether to point the source's {@code targetRevision} at {@code desiredRevision} (which it then requires);
     *     {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> updateTargetRevision();

    /** @return updates to the source's Helm parameters */
    public abstract Optional<ArgocdHelmUpdate> helm();

    /** @return updates to the source's Kustomize images */
    public abstract Optional<ArgocdKustomizeUpdate> kustomize();

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
        public final ArgocdSourceUpdate.Builder repoURL(CharSequence repoURL) {
            return repoURL(TextValues.text(repoURL));
        }

        /**
         * @param repoURL the value
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder repoURL(String repoURL);

        /**
         * Sets {@code chart} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param chart the value
         * @return this builder
         */
        public final ArgocdSourceUpdate.Builder chart(CharSequence chart) {
            return chart(TextValues.text(chart));
        }

        /**
         * @param chart the value
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder chart(String chart);

        /**
         * Sets {@code desiredRevision} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param desiredRevision the value
         * @return this builder
         */
        public final ArgocdSourceUpdate.Builder desiredRevision(CharSequence desiredRevision) {
            return desiredRevision(TextValues.text(desiredRevision));
        }

        /**
         * @param desiredRevision the value
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder desiredRevision(String desiredRevision);

        /**
         * @param updateTargetRevision whether to point the source's {@code targetRevision} at {@code desiredRevision}
         *     (which it then requires)
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder updateTargetRevision(BooleanOrExpression updateTargetRevision);

        /**
         * @param updateTargetRevision whether to point the source's {@code targetRevision} at {@code desiredRevision}
         *     (which it then requires)
         * @return this builder
         */
        public ArgocdSourceUpdate.Builder updateTargetRevision(boolean updateTargetRevision) {
            return updateTargetRevision(BooleanOrExpression.of(updateTargetRevision));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to point the source's
         *     {@code targetRevision} at {@code desiredRevision} (which it then requires)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public ArgocdSourceUpdate.Builder updateTargetRevision(String expression) {
            return updateTargetRevision(StepValues.bool(AbstractArgocdUpdateConfig.STEP,
                    "apps[].sources[].updateTargetRevision", expression));
        }

        /**
         * @param helm updates to the source's Helm parameters
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder helm(ArgocdHelmUpdate helm);

        /**
         * @param helm configures updates to the source's Helm parameters
         * @return this builder
         */
        public ArgocdSourceUpdate.Builder helm(Consumer<ArgocdHelmUpdate.Builder> helm) {
            ArgocdHelmUpdate.Builder b = ArgocdHelmUpdate.builder();
            helm.accept(b);
            return helm(b.build());
        }

        /**
         * @param kustomize updates to the source's Kustomize images
         * @return this builder
         */
        public abstract ArgocdSourceUpdate.Builder kustomize(ArgocdKustomizeUpdate kustomize);

        /**
         * @param kustomize configures updates to the source's Kustomize images
         * @return this builder
         */
        public ArgocdSourceUpdate.Builder kustomize(Consumer<ArgocdKustomizeUpdate.Builder> kustomize) {
            ArgocdKustomizeUpdate.Builder b = ArgocdKustomizeUpdate.builder();
            kustomize.accept(b);
            return kustomize(b.build());
        }
    }
}
