package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.Format;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Minimum;
import io.github.kargo4j.model.steps.Constraints.Pattern;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the {@code git-merge-pr} step: merges a pull request; outputs the merge
 * {@code commit}.
 */
@Value.Immutable
@PropertyOrder({"repoURL", "prNumber", "provider", "insecureSkipTLSVerify", "wait", "pollInterval", "mergeMethod"})
public abstract class AbstractGitMergePrConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-merge-pr";

    /** @return the URL of the repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    @Format("uri")
    public abstract String repoURL();

    /** @return the number of the pull request; a number or an expression (required) */
    @Nullable
    @Required
    @Minimum(1)
    public abstract IntegerOrExpression prNumber();

    /** @return the Git provider, inferred from the URL when not set */
    @AllowedValues({"azure", "bitbucket", "gitea", "github", "gitlab"})
    public abstract Optional<String> provider();

    /** @return whether to skip TLS verification (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

    /**
     * @return whether to keep retrying, rather than fail, while the pull request is not mergeable (default false);
     *     {@code true}, {@code false} or an expression
     */
    @JsonName("wait")
    public abstract Optional<BooleanOrExpression> waitUntilMergeable();

    /** @return how often to retry while waiting, a Go duration such as {@code 30s} (default 10s) */
    @Pattern(value = "(?:\\d+(ns|us|µs|ms|s|m|h))+", description = "a duration such as 30s, 5m or 1h30m")
    public abstract Optional<String> pollInterval();

    /** @return the merge method, specific to the provider */
    @MinLength(1)
    public abstract Optional<String> mergeMethod();

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
     * @return its configuration, or empty when the step does not use {@code git-merge-pr}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitMergePrConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitMergePrConfig.class);
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
        public final GitMergePrConfig.Builder repoURL(CharSequence repoURL) {
            return repoURL(TextValues.text(repoURL));
        }

        /**
         * @param repoURL the value
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder repoURL(String repoURL);

        /**
         * Sets {@code provider} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param provider the value
         * @return this builder
         */
        public final GitMergePrConfig.Builder provider(CharSequence provider) {
            return provider(TextValues.text(provider));
        }

        /**
         * Sets {@code pollInterval} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param pollInterval the value
         * @return this builder
         */
        public final GitMergePrConfig.Builder pollInterval(CharSequence pollInterval) {
            return pollInterval(TextValues.text(pollInterval));
        }

        /**
         * Sets {@code mergeMethod} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param mergeMethod the value
         * @return this builder
         */
        public final GitMergePrConfig.Builder mergeMethod(CharSequence mergeMethod) {
            return mergeMethod(TextValues.text(mergeMethod));
        }

        /**
         * @param mergeMethod the value
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder mergeMethod(String mergeMethod);

        /**
         * @param prNumber the number of the pull request
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder prNumber(IntegerOrExpression prNumber);

        /**
         * @param prNumber the number of the pull request
         * @return this builder
         */
        public GitMergePrConfig.Builder prNumber(long prNumber) {
            return prNumber(IntegerOrExpression.of(prNumber));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a whole number: the number of the pull
         *     request
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitMergePrConfig.Builder prNumber(String expression) {
            return prNumber(StepValues.integer(STEP, "prNumber", expression));
        }

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder provider(String provider);

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public GitMergePrConfig.Builder provider(GitProvider provider) {
            return provider(provider.value());
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public GitMergePrConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitMergePrConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }

        /**
         * @param waitUntilMergeable whether to keep retrying, rather than fail, while the pull request is not mergeable
         *     (default false)
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder waitUntilMergeable(BooleanOrExpression waitUntilMergeable);

        /**
         * @param waitUntilMergeable whether to keep retrying, rather than fail, while the pull request is not mergeable
         *     (default false)
         * @return this builder
         */
        public GitMergePrConfig.Builder waitUntilMergeable(boolean waitUntilMergeable) {
            return waitUntilMergeable(BooleanOrExpression.of(waitUntilMergeable));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to keep retrying, rather
         *     than fail, while the pull request is not mergeable (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitMergePrConfig.Builder waitUntilMergeable(String expression) {
            return waitUntilMergeable(StepValues.bool(STEP, "wait", expression));
        }

        /**
         * @param pollInterval how often to retry while waiting, a Go duration such as {@code 30s} (default 10s)
         * @return this builder
         */
        public abstract GitMergePrConfig.Builder pollInterval(String pollInterval);

        /**
         * @param pollInterval how often to retry while waiting, a Go duration such as {@code 30s} (default 10s),
         *     written as a Go duration such as {@code 1m30s}
         * @return this builder
         */
        public GitMergePrConfig.Builder pollInterval(Duration pollInterval) {
            return pollInterval(StepValues.goDuration(STEP, "pollInterval", pollInterval));
        }
    }
}
