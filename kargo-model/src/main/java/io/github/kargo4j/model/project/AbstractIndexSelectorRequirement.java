package io.github.kargo4j.model.project;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * One requirement of an index selector ({@code matchIndices[]}), for example
 * {@code {key: subscribedURLs, operator: Equals, value: "${{ normalizeGit(request.body.repository.url) }}"}}.
 */
@Value.Immutable
@PropertyOrder({"key", "operator", "value"})
public abstract class AbstractIndexSelectorRequirement {

    /** @return the index as written (required): {@code subscribedURLs} or {@code receiverPaths} */
    @JsonName("key")
    public abstract @Pattern(regexp = "^(subscribedURLs|receiverPaths)$") String keyAsString();

    /** @return the index, or {@link IndexSelectorKey#UNKNOWN} for a value this version does not know */
    public IndexSelectorKey key() {
        return OpenEnum.parse(IndexSelectorKey.class, keyAsString());
    }

    /**
     * @return the operator as written (required): {@code Equals} or {@code NotEquals}. The CRD does not check it;
     *     Kargo rejects other values only when a request arrives
     */
    @JsonName("operator")
    public abstract String operatorAsString();

    /** @return the operator, or {@link IndexSelectorOperator#UNKNOWN} for a value Kargo v1.11 does not accept */
    public IndexSelectorOperator operator() {
        return OpenEnum.parse(IndexSelectorOperator.class, operatorAsString());
    }

    /** @return the value to compare the index with (required): a literal or an expression over the request */
    public abstract String value();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param key the index as written
         * @return this builder
         */
        public abstract IndexSelectorRequirement.Builder keyAsString(String key);

        /**
         * @param key the index
         * @return this builder
         */
        public IndexSelectorRequirement.Builder key(IndexSelectorKey key) {
            return keyAsString(key.value());
        }

        /**
         * @param operator the operator as written
         * @return this builder
         */
        public abstract IndexSelectorRequirement.Builder operatorAsString(String operator);

        /**
         * @param operator the operator
         * @return this builder
         */
        public IndexSelectorRequirement.Builder operator(IndexSelectorOperator operator) {
            return operatorAsString(operator.value());
        }
    }
}
