package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AtMostOne;
import io.github.kargo4j.model.steps.Constraints.Maximum;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Minimum;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code github-push} step: pushes the commits of a working directory
 * through the GitHub API (signed by GitHub). At most one of {@code generateTargetBranch: true} and
 * {@code targetBranch}; with neither, the checked-out branch is pushed.
 */
@Value.Immutable
@AtMostOne({"generateTargetBranch", "targetBranch"})
@PropertyOrder({"path", "targetBranch", "generateTargetBranch", "force", "maxAttempts", "insecureSkipTLSVerify"})
public abstract class AbstractGithubPushConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "github-push";

    /** @return the working directory of the local repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the branch to push to; excludes {@code generateTargetBranch} */
    public abstract Optional<String> targetBranch();

    /**
     * @return whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes {@code targetBranch};
     *     {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> generateTargetBranch();

    /**
     * @return whether to force-push, overwriting the remote history (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> force();

    /** @return how many times to integrate remote changes and retry (default 10); a number or an expression */
    @Minimum(1)
    @Maximum(2147483647)
    public abstract Optional<IntegerOrExpression> maxAttempts();

    /**
     * @return whether to skip TLS verification with the GitHub API (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

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
     * @return its configuration, or empty when the step does not use {@code github-push}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GithubPushConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GithubPushConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code path} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param path the value
         * @return this builder
         */
        public final GithubPushConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GithubPushConfig.Builder path(String path);

        /**
         * Sets {@code targetBranch} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param targetBranch the value
         * @return this builder
         */
        public final GithubPushConfig.Builder targetBranch(CharSequence targetBranch) {
            return targetBranch(TextValues.text(targetBranch));
        }

        /**
         * @param targetBranch the value
         * @return this builder
         */
        public abstract GithubPushConfig.Builder targetBranch(String targetBranch);

        /**
         * @param generateTargetBranch whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes
         *     {@code targetBranch}
         * @return this builder
         */
        public abstract GithubPushConfig.Builder generateTargetBranch(BooleanOrExpression generateTargetBranch);

        /**
         * @param generateTargetBranch whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes
         *     {@code targetBranch}
         * @return this builder
         */
        public GithubPushConfig.Builder generateTargetBranch(boolean generateTargetBranch) {
            return generateTargetBranch(BooleanOrExpression.of(generateTargetBranch));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to push to a new branch
         *     {@code kargo/promotion/<promotion>}; excludes {@code targetBranch}
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GithubPushConfig.Builder generateTargetBranch(String expression) {
            return generateTargetBranch(StepValues.bool(STEP, "generateTargetBranch", expression));
        }

        /**
         * @param force whether to force-push, overwriting the remote history (default false)
         * @return this builder
         */
        public abstract GithubPushConfig.Builder force(BooleanOrExpression force);

        /**
         * @param force whether to force-push, overwriting the remote history (default false)
         * @return this builder
         */
        public GithubPushConfig.Builder force(boolean force) {
            return force(BooleanOrExpression.of(force));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to force-push, overwriting
         *     the remote history (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GithubPushConfig.Builder force(String expression) {
            return force(StepValues.bool(STEP, "force", expression));
        }

        /**
         * @param maxAttempts how many times to integrate remote changes and retry (default 10)
         * @return this builder
         */
        public abstract GithubPushConfig.Builder maxAttempts(IntegerOrExpression maxAttempts);

        /**
         * @param maxAttempts how many times to integrate remote changes and retry (default 10)
         * @return this builder
         */
        public GithubPushConfig.Builder maxAttempts(long maxAttempts) {
            return maxAttempts(IntegerOrExpression.of(maxAttempts));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a whole number: how many times to integrate
         *     remote changes and retry (default 10)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GithubPushConfig.Builder maxAttempts(String expression) {
            return maxAttempts(StepValues.integer(STEP, "maxAttempts", expression));
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification with the GitHub API (default false)
         * @return this builder
         */
        public abstract GithubPushConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification with the GitHub API (default false)
         * @return this builder
         */
        public GithubPushConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     with the GitHub API (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GithubPushConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }
    }
}
