package io.github.kargo4j.model.project;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LabelSelector;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Selects the resources a generic webhook action applies to ({@code targetSelectionCriteria[]}). {@code name},
 * {@code labelSelector} and {@code indexSelector} are each optional but at least one must be given (Kargo webhook:
 * {@code at least one of name, labelSelector, or indexSelector must be specified for target}); given together they
 * are ANDed.
 */
@Value.Immutable
@PropertyOrder({"kind", "name", "labelSelector", "indexSelector"})
public abstract class AbstractGenericWebhookTargetSelectionCriteria {

    /** @return the target kind as written (required; Kargo v1.11 accepts only {@code Warehouse}) */
    @JsonName("kind")
    public abstract @Pattern(regexp = "^(Warehouse)$") String kindAsString();

    /** @return the target kind, or {@link GenericWebhookTargetKind#UNKNOWN} for a value this version does not know */
    public GenericWebhookTargetKind kind() {
        return OpenEnum.parse(GenericWebhookTargetKind.class, kindAsString());
    }

    /** @return the target's name (a literal or an expression over the request) */
    public abstract Optional<String> name();

    /** @return a label selector for the targets */
    public abstract Optional<@Valid LabelSelector> labelSelector();

    /** @return a selector over Kargo's indexes of the targets, such as the URLs a Warehouse subscribes to */
    public abstract Optional<@Valid IndexSelector> indexSelector();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param kind the target kind as written
         * @return this builder
         */
        public abstract GenericWebhookTargetSelectionCriteria.Builder kindAsString(String kind);

        /**
         * @param kind the target kind
         * @return this builder
         */
        public GenericWebhookTargetSelectionCriteria.Builder kind(GenericWebhookTargetKind kind) {
            return kindAsString(kind.value());
        }

        /**
         * @param labelSelector the label selector
         * @return this builder
         */
        public abstract GenericWebhookTargetSelectionCriteria.Builder labelSelector(LabelSelector labelSelector);

        /**
         * @param labelSelector configures the label selector
         * @return this builder
         */
        public GenericWebhookTargetSelectionCriteria.Builder labelSelector(
                Consumer<LabelSelector.Builder> labelSelector) {
            LabelSelector.Builder b = LabelSelector.builder();
            labelSelector.accept(b);
            return labelSelector(b.build());
        }

        /**
         * @param indexSelector the index selector
         * @return this builder
         */
        public abstract GenericWebhookTargetSelectionCriteria.Builder indexSelector(IndexSelector indexSelector);

        /**
         * @param indexSelector configures the index selector
         * @return this builder
         */
        public GenericWebhookTargetSelectionCriteria.Builder indexSelector(
                Consumer<IndexSelector.Builder> indexSelector) {
            IndexSelector.Builder b = IndexSelector.builder();
            indexSelector.accept(b);
            return indexSelector(b.build());
        }
    }
}
