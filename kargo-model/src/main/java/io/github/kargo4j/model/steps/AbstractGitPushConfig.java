package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.AtMostOne;
import io.github.kargo4j.model.steps.Constraints.Maximum;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Minimum;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code git-push} step: pushes the commits of a working directory. At most one
 * of {@code generateTargetBranch: true}, {@code targetBranch} and {@code tag}; with none, the checked-out branch is
 * pushed. A {@code tag} cannot be force-pushed. Properties given as expressions are not checked here.
 */
@Value.Immutable
@AtMostOne({"generateTargetBranch", "targetBranch", "tag"})
@AtMostOne({"tag", "force"})
@PropertyOrder({"path", "targetBranch", "generateTargetBranch", "tag", "force", "maxAttempts", "provider"})
public abstract class AbstractGitPushConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-push";

    /** @return the working directory of the local repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the branch to push to; excludes {@code generateTargetBranch} and {@code tag} */
    public abstract Optional<String> targetBranch();

    /**
     * @return whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes {@code targetBranch} and
     *     {@code tag}; {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> generateTargetBranch();

    /** @return a tag to push; excludes {@code targetBranch}, {@code generateTargetBranch} and {@code force} */
    public abstract Optional<String> tag();

    /**
     * @return whether to force-push, overwriting the remote history (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> force();

    /** @return how many times to rebase and retry a rejected push (default 10); a number or an expression */
    @Minimum(1)
    @Maximum(2147483647)
    public abstract Optional<IntegerOrExpression> maxAttempts();

    /** @return the Git provider, inferred from the URL when not set */
    @AllowedValues({"azure", "bitbucket", "gitea", "github", "gitlab"})
    public abstract Optional<String> provider();

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
     * @return its configuration, or empty when the step does not use {@code git-push}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitPushConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitPushConfig.class);
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
        public final GitPushConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GitPushConfig.Builder path(String path);

        /**
         * Sets {@code targetBranch} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param targetBranch the value
         * @return this builder
         */
        public final GitPushConfig.Builder targetBranch(CharSequence targetBranch) {
            return targetBranch(TextValues.text(targetBranch));
        }

        /**
         * @param targetBranch the value
         * @return this builder
         */
        public abstract GitPushConfig.Builder targetBranch(String targetBranch);

        /**
         * Sets {@code tag} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param tag the value
         * @return this builder
         */
        public final GitPushConfig.Builder tag(CharSequence tag) {
            return tag(TextValues.text(tag));
        }

        /**
         * @param tag the value
         * @return this builder
         */
        public abstract GitPushConfig.Builder tag(String tag);

        /**
         * Sets {@code provider} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param provider the value
         * @return this builder
         */
        public final GitPushConfig.Builder provider(CharSequence provider) {
            return provider(TextValues.text(provider));
        }

        /**
         * @param generateTargetBranch whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes
         *     {@code targetBranch} and {@code tag}
         * @return this builder
         */
        public abstract GitPushConfig.Builder generateTargetBranch(BooleanOrExpression generateTargetBranch);

        /**
         * @param generateTargetBranch whether to push to a new branch {@code kargo/promotion/<promotion>}; excludes
         *     {@code targetBranch} and {@code tag}
         * @return this builder
         */
        public GitPushConfig.Builder generateTargetBranch(boolean generateTargetBranch) {
            return generateTargetBranch(BooleanOrExpression.of(generateTargetBranch));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to push to a new branch
         *     {@code kargo/promotion/<promotion>}; excludes {@code targetBranch} and {@code tag}
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitPushConfig.Builder generateTargetBranch(String expression) {
            return generateTargetBranch(StepValues.bool(STEP, "generateTargetBranch", expression));
        }

        /**
         * @param force whether to force-push, overwriting the remote history (default false)
         * @return this builder
         */
        public abstract GitPushConfig.Builder force(BooleanOrExpression force);

        /**
         * @param force whether to force-push, overwriting the remote history (default false)
         * @return this builder
         */
        public GitPushConfig.Builder force(boolean force) {
            return force(BooleanOrExpression.of(force));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to force-push, overwriting
         *     the remote history (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitPushConfig.Builder force(String expression) {
            return force(StepValues.bool(STEP, "force", expression));
        }

        /**
         * @param maxAttempts how many times to rebase and retry a rejected push (default 10)
         * @return this builder
         */
        public abstract GitPushConfig.Builder maxAttempts(IntegerOrExpression maxAttempts);

        /**
         * @param maxAttempts how many times to rebase and retry a rejected push (default 10)
         * @return this builder
         */
        public GitPushConfig.Builder maxAttempts(long maxAttempts) {
            return maxAttempts(IntegerOrExpression.of(maxAttempts));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a whole number: how many times to rebase and
         *     retry a rejected push (default 10)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitPushConfig.Builder maxAttempts(String expression) {
            return maxAttempts(StepValues.integer(STEP, "maxAttempts", expression));
        }

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public abstract GitPushConfig.Builder provider(String provider);

        /**
         * @param provider the Git provider, inferred from the URL when not set
         * @return this builder
         */
        public GitPushConfig.Builder provider(GitProvider provider) {
            return provider(provider.value());
        }
    }
}
