package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code git-commit} step: commits all changes in a working directory.
 * The step is skipped when there is nothing to commit.
 */
@Value.Immutable
@PropertyOrder({"path", "message", "author"})
public abstract class AbstractGitCommitConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-commit";

    /** @return the working directory of the local repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the commit message (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String message();

    /**
     * @return the author of the commit
     * @deprecated since Kargo v1.10 (removal planned in v1.12): use the {@code author} of {@code git-clone}
     *     ({@link GitCloneConfig#author()}) or the ClusterConfig {@code gitClient}
     */
    @Deprecated(since = "Kargo v1.10")
    public abstract Optional<GitAuthor> author();

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
     * @return its configuration, or empty when the step does not use {@code git-commit}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitCommitConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitCommitConfig.class);
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
        public final GitCommitConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GitCommitConfig.Builder path(String path);

        /**
         * Sets {@code message} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param message the value
         * @return this builder
         */
        public final GitCommitConfig.Builder message(CharSequence message) {
            return message(TextValues.text(message));
        }

        /**
         * @param message the value
         * @return this builder
         */
        public abstract GitCommitConfig.Builder message(String message);

        /**
         * @param author the author of the commit
         * @return this builder
         * @deprecated since Kargo v1.10 (removal planned in v1.12): use the {@code author} of {@code git-clone} or
         *     the ClusterConfig {@code gitClient}
         */
        @Deprecated(since = "Kargo v1.10")
        public abstract GitCommitConfig.Builder author(GitAuthor author);

        /**
         * @param author configures the author of the commit
         * @return this builder
         * @deprecated since Kargo v1.10 (removal planned in v1.12): use the {@code author} of {@code git-clone} or
         *     the ClusterConfig {@code gitClient}
         */
        @Deprecated(since = "Kargo v1.10")
        public GitCommitConfig.Builder author(Consumer<GitAuthor.Builder> author) {
            GitAuthor.Builder b = GitAuthor.builder();
            author.accept(b);
            return author(b.build());
        }
    }
}
