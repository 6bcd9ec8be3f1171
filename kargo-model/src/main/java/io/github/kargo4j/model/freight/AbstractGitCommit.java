package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** A specific commit of a specific Git repository, as found by a Warehouse {@code git} subscription. */
@Value.Immutable
@PropertyOrder({"repoURL", "id", "branch", "tag", "message", "author", "committer"})
public abstract class AbstractGitCommit {

    /** @return the URL of the Git repository */
    public abstract Optional<String> repoURL();

    /** @return the commit ID (SHA) */
    public abstract Optional<String> id();

    /** @return the branch on which the commit was found (branch-based selection) */
    public abstract Optional<String> branch();

    /** @return the tag that matched the selection criteria and resolved to this commit (tag-based selection) */
    public abstract Optional<String> tag();

    /** @return the commit message; Kargo keeps only its first line (the subject) */
    public abstract Optional<String> message();

    /** @return the commit author */
    public abstract Optional<String> author();

    /** @return the committer */
    public abstract Optional<String> committer();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
