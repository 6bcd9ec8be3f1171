package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import io.github.kargo4j.model.steps.Constraints.UniqueBy;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code git-clone} step: clones a remote repository and checks out one or
 * more branches, commits or tags into working directories.
 */
@Value.Immutable
@UniqueBy(list = "checkout", key = "as", noun = "checkout alias")
@PropertyOrder({"repoURL", "checkout", "author", "insecureSkipTLSVerify", "recurseSubmodules", "blobless"})
public abstract class AbstractGitCloneConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-clone";

    /** @return the URL of the repository to clone (HTTPS; SSH URLs are deprecated) (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String repoURL();

    /** @return what to check out, and where (required) */
    @Required
    @MinItems(1)
    public abstract List<GitCheckout> checkout();

    /** @return the default author of commits made in the clone */
    public abstract Optional<GitAuthor> author();

    /** @return whether to skip TLS verification (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

    /** @return whether to clone submodules too (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> recurseSubmodules();

    /**
     * @return whether to make a blobless clone, {@code --filter=blob:none} (default false); {@code true}, {@code false}
     *     or an expression
     */
    public abstract Optional<BooleanOrExpression> blobless();

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
     * @return its configuration, or empty when the step does not use {@code git-clone}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitCloneConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitCloneConfig.class);
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
        public final GitCloneConfig.Builder repoURL(CharSequence repoURL) {
            return repoURL(TextValues.text(repoURL));
        }

        /**
         * @param repoURL the value
         * @return this builder
         */
        public abstract GitCloneConfig.Builder repoURL(String repoURL);

        /**
         * @param checkout one of what to check out, and where
         * @return this builder
         */
        public abstract GitCloneConfig.Builder addCheckout(GitCheckout checkout);

        /**
         * @param checkout configures one of what to check out, and where
         * @return this builder
         */
        public GitCloneConfig.Builder addCheckout(Consumer<GitCheckout.Builder> checkout) {
            GitCheckout.Builder b = GitCheckout.builder();
            checkout.accept(b);
            return addCheckout(b.build());
        }

        /**
         * @param author the default author of commits made in the clone
         * @return this builder
         */
        public abstract GitCloneConfig.Builder author(GitAuthor author);

        /**
         * @param author configures the default author of commits made in the clone
         * @return this builder
         */
        public GitCloneConfig.Builder author(Consumer<GitAuthor.Builder> author) {
            GitAuthor.Builder b = GitAuthor.builder();
            author.accept(b);
            return author(b.build());
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public abstract GitCloneConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public GitCloneConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitCloneConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }

        /**
         * @param recurseSubmodules whether to clone submodules too (default false)
         * @return this builder
         */
        public abstract GitCloneConfig.Builder recurseSubmodules(BooleanOrExpression recurseSubmodules);

        /**
         * @param recurseSubmodules whether to clone submodules too (default false)
         * @return this builder
         */
        public GitCloneConfig.Builder recurseSubmodules(boolean recurseSubmodules) {
            return recurseSubmodules(BooleanOrExpression.of(recurseSubmodules));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to clone submodules too
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitCloneConfig.Builder recurseSubmodules(String expression) {
            return recurseSubmodules(StepValues.bool(STEP, "recurseSubmodules", expression));
        }

        /**
         * @param blobless whether to make a blobless clone, {@code --filter=blob:none} (default false)
         * @return this builder
         */
        public abstract GitCloneConfig.Builder blobless(BooleanOrExpression blobless);

        /**
         * @param blobless whether to make a blobless clone, {@code --filter=blob:none} (default false)
         * @return this builder
         */
        public GitCloneConfig.Builder blobless(boolean blobless) {
            return blobless(BooleanOrExpression.of(blobless));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to make a blobless clone,
         *     {@code --filter=blob:none} (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitCloneConfig.Builder blobless(String expression) {
            return blobless(StepValues.bool(STEP, "blobless", expression));
        }

        /**
         * @param name  the default author's name
         * @param email the default author's email address
         * @return this builder
         */
        public GitCloneConfig.Builder author(String name, String email) {
            return author(GitAuthor.of(name, email));
        }
    }
}
