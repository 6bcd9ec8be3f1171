package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.freight.FreightCollection;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The status Kargo reports for a {@link Stage}: its current and recent Freight, health, promotions and
 * auto-promotion state. The removed {@code phase} and {@code message} fields (replaced by {@code conditions} in
 * Kargo v1.5) are kept in {@link #unknownFields()}.
 */
@Value.Immutable
@PropertyOrder({"conditions", "freightHistory", "freightSummary", "health", "currentPromotion", "lastPromotion",
    "autoPromotionEnabled", "metadata", "autoPromotionHolds", "effectiveAutoPromotionHolds", "observedGeneration",
    "lastHandledRefresh"})
public abstract class AbstractStageStatus {

    /** @return conditions such as {@code Ready}, {@code Healthy} and {@code Verified} */
    public abstract List<@Valid Condition> conditions();

    /**
     * @return recent Freight selections deployed to the Stage, newest (current) first; Kargo keeps ten
     */
    public abstract List<@Valid FreightCollection> freightHistory();

    /**
     * @return a human-readable summary of the current Freight: its name when one piece is requested and present,
     *     otherwise a count of fulfilled requests
     */
    public abstract Optional<String> freightSummary();

    /** @return the last observed health */
    public abstract Optional<@Valid Health> health();

    /** @return the Promotion running now */
    public abstract Optional<@Valid PromotionReference> currentPromotion();

    /** @return the last completed Promotion */
    public abstract Optional<@Valid PromotionReference> lastPromotion();

    /** @return whether auto-promotion is enabled for the Stage, as decided by its ProjectConfig */
    public abstract Optional<Boolean> autoPromotionEnabled();

    /** @return arbitrary JSON values by key, set by {@code set-metadata} steps and read with {@code stageMetadata()} */
    public abstract Map<String, JsonValue> metadata();

    /**
     * @return the durable auto-promotion holds, keyed by origin ({@code Warehouse/<name>})
     */
    public abstract Map<String, @Valid AutoPromotionHold> autoPromotionHolds();

    /**
     * @return the holds in effect right now, keyed by origin: the durable ones plus those of in-flight
     *     Promotions, recomputed on every reconciliation; read this one to show hold state
     */
    public abstract Map<String, @Valid AutoPromotionHold> effectiveAutoPromotionHolds();

    /** @return the {@code metadata.generation} this status was computed for */
    public abstract Optional<Long> observedGeneration();

    /**
     * @return the last value of the {@code kargo.akuity.io/refresh} annotation that the controller handled
     */
    public abstract Optional<String> lastHandledRefresh();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return the Freight currently deployed to the Stage: the first entry of {@link #freightHistory()} */
    public Optional<FreightCollection> currentFreight() {
        return freightHistory().isEmpty() ? Optional.empty() : Optional.of(freightHistory().get(0));
    }

    /**
     * @param type a condition type, such as {@code Ready}
     * @return the condition of that type
     */
    public Optional<Condition> condition(String type) {
        return conditions().stream().filter(c -> c.type().equals(type)).findFirst();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param condition a condition
         * @return this builder
         */
        public abstract StageStatus.Builder addCondition(Condition condition);

        /**
         * @param condition configures a condition
         * @return this builder
         */
        public StageStatus.Builder addCondition(Consumer<Condition.Builder> condition) {
            Condition.Builder b = Condition.builder();
            condition.accept(b);
            return addCondition(b.build());
        }

        /**
         * @param collection a Freight collection
         * @return this builder
         */
        public abstract StageStatus.Builder addFreightHistory(FreightCollection collection);

        /**
         * @param collection configures a Freight collection
         * @return this builder
         */
        public StageStatus.Builder addFreightHistory(Consumer<FreightCollection.Builder> collection) {
            FreightCollection.Builder b = FreightCollection.builder();
            collection.accept(b);
            return addFreightHistory(b.build());
        }

        /**
         * @param health the health
         * @return this builder
         */
        public abstract StageStatus.Builder health(Health health);

        /**
         * @param health configures the health
         * @return this builder
         */
        public StageStatus.Builder health(Consumer<Health.Builder> health) {
            Health.Builder b = Health.builder();
            health.accept(b);
            return health(b.build());
        }

        /**
         * @param promotion the running Promotion
         * @return this builder
         */
        public abstract StageStatus.Builder currentPromotion(PromotionReference promotion);

        /**
         * @param promotion configures the running Promotion
         * @return this builder
         */
        public StageStatus.Builder currentPromotion(Consumer<PromotionReference.Builder> promotion) {
            PromotionReference.Builder b = PromotionReference.builder();
            promotion.accept(b);
            return currentPromotion(b.build());
        }

        /**
         * @param promotion the last completed Promotion
         * @return this builder
         */
        public abstract StageStatus.Builder lastPromotion(PromotionReference promotion);

        /**
         * @param promotion configures the last completed Promotion
         * @return this builder
         */
        public StageStatus.Builder lastPromotion(Consumer<PromotionReference.Builder> promotion) {
            PromotionReference.Builder b = PromotionReference.builder();
            promotion.accept(b);
            return lastPromotion(b.build());
        }
    }
}
