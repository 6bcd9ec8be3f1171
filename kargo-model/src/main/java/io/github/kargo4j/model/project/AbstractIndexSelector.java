package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/** Selects generic-webhook targets through Kargo's cache indexes ({@code indexSelector}); requirements are ANDed. */
@Value.Immutable
@PropertyOrder({"matchIndices"})
public abstract class AbstractIndexSelector {

    /** @return the index requirements (the CRD rejects an explicitly empty list) */
    public abstract List<@Valid IndexSelectorRequirement> matchIndices();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param element a requirement to append
         * @return this builder
         */
        public abstract IndexSelector.Builder addMatchIndex(IndexSelectorRequirement element);

        /**
         * @param element configures a requirement to append
         * @return this builder
         */
        public IndexSelector.Builder addMatchIndex(Consumer<IndexSelectorRequirement.Builder> element) {
            IndexSelectorRequirement.Builder b = IndexSelectorRequirement.builder();
            element.accept(b);
            return addMatchIndex(b.build());
        }
    }
}
