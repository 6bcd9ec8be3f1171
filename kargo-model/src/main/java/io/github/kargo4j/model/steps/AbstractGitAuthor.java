package io.github.kargo4j.model.steps;

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
    }
}
