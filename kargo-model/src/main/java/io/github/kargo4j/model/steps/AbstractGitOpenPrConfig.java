package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.Format;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * Configuration of the {@code git-open-pr} step: opens a pull request from a source branch into a
 * target branch; outputs {@code pr.id} and {@code pr.url}.
 */
@Value.Immutable
@PropertyOrder({"repoURL", "sourceBranch", "targetBranch", "title", "description", "labels", "provider",
        "insecureSkipTLSVerify", "createTargetBranch"})
public abstract class AbstractGitOpenPrConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-open-pr";

    /** @return the URL of the repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    @Format("uri")
    public abstract String repoURL();

    /** @return the branch with the changes; it must exist on the remote (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String sourceBranch();

    /** @return the branch to merge into; it must exist on the remote (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String targetBranch();

    /** @return the title (by default made from the commit messages) */
    @MinLength(1)
    public abstract Optional<String> title();

    /** @return the description (by default made from the commit messages) */
    @MinLength(1)
    public abstract Optional<String> description();

    /** @return labels to add to the pull request */
    @MinLength(1)
    public abstract List<String> labels();

    /** @return the Git provider, inferred from the URL when not set */
    @AllowedValues({"azure", "bitbucket", "gitea", "github", "gitlab"})
    public abstract Optional<String> provider();

    /** @return whether to skip TLS verification (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

    /**
     * @return {@code true}, {@code false} or an expression; ignored by Kargo
     * @deprecated since Kargo v1.10, a no-op (removal planned in v1.12): remove it; {@code git-push} creates the
     *     target branch
     */
    @Deprecated(since = "Kargo v1.10")
    public abstract Optional<BooleanOrExpression> createTargetBranch();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    @Override
    public final String stepName() {
        return STEP;
    }

    /**
     * The typed view of a step's configuration.
     *
     * @param step a promotion step
     * @return its configuration, or empty when the step does not use {@code git-open-pr}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitOpenPrConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitOpenPrConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
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
        public final GitOpenPrConfig.Builder repoURL(CharSequence repoURL) {
            return repoURL(TextValues.text(repoURL));
        }

        /**
         * @param repoURL the value
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder repoURL(String repoURL);

        /**
         * Sets {@code sourceBranch} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param sourceBranch the value
         * @return this builder
         */
        public final GitOpenPrConfig.Builder sourceBranch(CharSequence sourceBranch) {
            return sourceBranch(TextValues.text(sourceBranch));
        }

        /**
         * @param sourceBranch the value
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder sourceBranch(String sourceBranch);

        /**
         * Sets {@code targetBranch} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param targetBranch the value
         * @return this builder
         */
        public final GitOpenPrConfig.Builder targetBranch(CharSequence targetBranch) {
            return targetBranch(TextValues.text(targetBranch));
        }

        /**
         * @param targetBranch the value
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder targetBranch(String targetBranch);

        /**
         * Sets {@code title} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param title the value
         * @return this builder
         */
        public final GitOpenPrConfig.Builder title(CharSequence title) {
            return title(TextValues.text(title));
        }

        /**
         * @param title the value
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder title(String title);

        /**
         * Sets {@code description} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param description the value
         * @return this builder
         */
        public final GitOpenPrConfig.Builder description(CharSequence description) {
            return description(TextValues.text(description));
        }

        /**
         * @param description the value
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder description(String description);

        /**
         * Sets {@code provider} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param provider the value
         * @return this builder
         */
        public final GitOpenPrConfig.Builder provider(CharSequence provider) {
            return provider(TextValues.text(provider));
        }

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder provider(String provider);

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public GitOpenPrConfig.Builder provider(GitProvider provider) {
            return provider(provider.value());
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public abstract GitOpenPrConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public GitOpenPrConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitOpenPrConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }

        /**
         * @param createTargetBranch ignored by Kargo
         * @return this builder
         * @deprecated since Kargo v1.10, a no-op (removal planned in v1.12): remove it
         */
        @Deprecated(since = "Kargo v1.10")
        public abstract GitOpenPrConfig.Builder createTargetBranch(BooleanOrExpression createTargetBranch);

        /**
         * @param createTargetBranch ignored by Kargo
         * @return this builder
         * @deprecated since Kargo v1.10, a no-op (removal planned in v1.12): remove it
         */
        @Deprecated(since = "Kargo v1.10")
        public GitOpenPrConfig.Builder createTargetBranch(boolean createTargetBranch) {
            return createTargetBranch(BooleanOrExpression.of(createTargetBranch));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean; ignored by Kargo
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         * @deprecated since Kargo v1.10, a no-op (removal planned in v1.12): remove it
         */
        @Deprecated(since = "Kargo v1.10")
        public GitOpenPrConfig.Builder createTargetBranch(String expression) {
            return createTargetBranch(StepValues.bool(STEP, "createTargetBranch", expression));
        }
    }
}
