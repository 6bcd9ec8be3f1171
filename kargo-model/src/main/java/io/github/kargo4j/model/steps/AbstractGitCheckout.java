package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.AtMostOne;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * What {@code git-clone} checks out, and where ({@code checkout[]}): at most one of
 * {@code branch}, {@code commit} and {@code tag}; with none, the default branch.
 */
@Value.Immutable
@AtMostOne({"branch", "commit", "tag"})
@PropertyOrder({"branch", "commit", "tag", "create", "path", "as", "sparse"})
public abstract class AbstractGitCheckout {

    /** @return the branch to check out; excludes {@code commit} and {@code tag} */
    public abstract Optional<String> branch();

    /** @return the commit to check out; excludes {@code branch} and {@code tag} */
    public abstract Optional<String> commit();

    /** @return the tag to check out; excludes {@code branch} and {@code commit} */
    public abstract Optional<String> tag();

    /**
     * @return whether to create an empty orphan branch when {@code branch} does not exist (default false);
     *     {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> create();

    /** @return the directory to check out into (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the key of this checkout in the step's {@code commits} output (default: the path) */
    public abstract Optional<String> as();

    /** @return directories (relative to the repository root, no globs) to check out sparsely */
    @MinItems(1)
    @MinLength(1)
    public abstract List<String> sparse();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code branch} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param branch the value
         * @return this builder
         */
        public final GitCheckout.Builder branch(CharSequence branch) {
            return branch(TextValues.text(branch));
        }

        /**
         * @param branch the value
         * @return this builder
         */
        public abstract GitCheckout.Builder branch(String branch);

        /**
         * Sets {@code commit} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param commit the value
         * @return this builder
         */
        public final GitCheckout.Builder commit(CharSequence commit) {
            return commit(TextValues.text(commit));
        }

        /**
         * @param commit the value
         * @return this builder
         */
        public abstract GitCheckout.Builder commit(String commit);

        /**
         * Sets {@code tag} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param tag the value
         * @return this builder
         */
        public final GitCheckout.Builder tag(CharSequence tag) {
            return tag(TextValues.text(tag));
        }

        /**
         * @param tag the value
         * @return this builder
         */
        public abstract GitCheckout.Builder tag(String tag);

        /**
         * Sets {@code path} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param path the value
         * @return this builder
         */
        public final GitCheckout.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GitCheckout.Builder path(String path);

        /**
         * Sets {@code as} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param as the value
         * @return this builder
         */
        public final GitCheckout.Builder as(CharSequence as) {
            return as(TextValues.text(as));
        }

        /**
         * @param as the value
         * @return this builder
         */
        public abstract GitCheckout.Builder as(String as);

        /**
         * @param create whether to create an empty orphan branch when {@code branch} does not exist (default false)
         * @return this builder
         */
        public abstract GitCheckout.Builder create(BooleanOrExpression create);

        /**
         * @param create whether to create an empty orphan branch when {@code branch} does not exist (default false)
         * @return this builder
         */
        public GitCheckout.Builder create(boolean create) {
            return create(BooleanOrExpression.of(create));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to create an empty orphan
         *     branch when {@code branch} does not exist (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitCheckout.Builder create(String expression) {
            return create(StepValues.bool(AbstractGitCloneConfig.STEP, "checkout[].create", expression));
        }
    }
}
