package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.Format;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Who commits to a cloned repository ({@code author} of {@code git-clone} and of the deprecated
 * {@code git-commit} field): a name, an email and, optionally, a GPG signing key.
 */
@Value.Immutable
@PropertyOrder({"name", "email", "signingKey"})
public abstract class AbstractGitAuthor {

    /** @return the author's name (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the author's email address (required) */
    @Nullable
    @Required
    @Format("email")
    public abstract String email();

    /** @return the author's GPG signing key */
    public abstract Optional<String> signingKey();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name  the author's name
     * @param email the author's email address
     * @return the author
     */
    public static GitAuthor of(String name, String email) {
        return GitAuthor.builder().name(name).email(email).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final GitAuthor.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract GitAuthor.Builder name(String name);

        /**
         * Sets {@code email} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param email the value
         * @return this builder
         */
        public final GitAuthor.Builder email(CharSequence email) {
            return email(TextValues.text(email));
        }

        /**
         * @param email the value
         * @return this builder
         */
        public abstract GitAuthor.Builder email(String email);

        /**
         * Sets {@code signingKey} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param signingKey the value
         * @return this builder
         */
        public final GitAuthor.Builder signingKey(CharSequence signingKey) {
            return signingKey(TextValues.text(signingKey));
        }

        /**
         * @param signingKey the value
         * @return this builder
         */
        public abstract GitAuthor.Builder signingKey(String signingKey);

    }
}
