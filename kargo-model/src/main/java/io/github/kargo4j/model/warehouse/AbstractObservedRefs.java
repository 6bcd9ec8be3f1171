package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The remote ref state a Git discovery observed ({@code observedRefs}), before path filtering and commit selection.
 * When a later {@code git ls-remote} shows the same state, Kargo keeps the previous commits without cloning.
 */
@Value.Immutable
@PropertyOrder({"branchHead", "tags"})
public abstract class AbstractObservedRefs {

    /** @return the unfiltered commit ID at the tip of the subscribed branch (branch strategy) */
    public abstract Optional<String> branchHead();

    /** @return the tags that passed the name filters, with what they point to, sorted by name (tag strategies) */
    public abstract List<DiscoveredRef> tags();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param tag a tag to append
         * @return this builder
         */
        public abstract ObservedRefs.Builder addTag(DiscoveredRef tag);

        /**
         * @param tag configures a tag to append
         * @return this builder
         */
        public ObservedRefs.Builder addTag(Consumer<DiscoveredRef.Builder> tag) {
            DiscoveredRef.Builder b = DiscoveredRef.builder();
            tag.accept(b);
            return addTag(b.build());
        }
    }
}
