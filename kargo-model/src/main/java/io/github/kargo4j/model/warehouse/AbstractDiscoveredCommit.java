package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Optional;

/** A commit discovered for a {@link GitSubscription}. */
@Value.Immutable
@PropertyOrder({"id", "branch", "tag", "subject", "author", "committer", "creatorDate"})
public abstract class AbstractDiscoveredCommit {

    /** @return the commit ID, typically a SHA-1 hash */
    public abstract Optional<@Size(min = 1) String> id();

    /** @return the branch the commit was found on (branch strategy) */
    public abstract Optional<String> branch();

    /** @return the tag that resolved to the commit (tag strategies) */
    public abstract Optional<String> tag();

    /** @return the first line of the commit message */
    public abstract Optional<String> subject();

    /** @return the author of the commit */
    public abstract Optional<String> author();

    /** @return who committed the commit */
    public abstract Optional<String> committer();

    /** @return the commit date, or the tagger date of an annotated tag (RFC 3339) */
    public abstract Optional<String> creatorDate();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
