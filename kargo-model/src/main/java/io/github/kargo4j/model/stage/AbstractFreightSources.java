package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a Stage may obtain the Freight it requests: straight from the origin Warehouse ({@code direct}) and/or
 * from upstream Stages ({@code stages}), where it must first be verified (and soaked). Freight approved by hand
 * for the Stage is available regardless.
 *
 * <p>Kargo accepts combinations that make little sense: {@code direct: false} with no stages makes only
 * approved Freight available ({@code OneOf}) or every Freight ({@code All}); with {@code direct: true}, stages,
 * strategy and soak time have no effect.
 */
@Value.Immutable
@PropertyOrder({"direct", "stages", "availabilityStrategy", "requiredSoakTime", "autoPromotionOptions"})
public abstract class AbstractFreightSources {

    /** Kargo's duration rule: one or more {@code <number><s|m|h>}, such as {@code 1h30m}; no ms, no days. */
    public static final String DURATION = "^([0-9]+(\\.[0-9]+)?(s|m|h))+$";

    /** @return whether Freight may come straight from the origin Warehouse (default false) */
    public abstract Optional<Boolean> direct();

    /** @return the names of upstream Stages (same namespace) that may supply the Freight */
    public abstract List<String> stages();

    /**
     * @return the availability strategy as written ({@code All}, {@code OneOf} or the empty string); absent means
     *     {@code OneOf}; see {@link #availabilityStrategy()}
     */
    @JsonName("availabilityStrategy")
    public abstract Optional<@Pattern(regexp = "^(All|OneOf|)$") String> availabilityStrategyAsString();

    /**
     * @return the availability strategy, {@link AvailabilityStrategy#UNSPECIFIED} for the empty string, or
     *     {@link AvailabilityStrategy#UNKNOWN} for a value this version does not know
     */
    public Optional<AvailabilityStrategy> availabilityStrategy() {
        Optional<String> strategy = availabilityStrategyAsString();
        return strategy.isPresent() ? Optional.of(OpenEnum.parse(AvailabilityStrategy.class, strategy.get()))
                : Optional.empty();
    }

    /**
     * @return the strategy Kargo applies: {@link AvailabilityStrategy#ALL}, {@link AvailabilityStrategy#ONE_OF}
     *     (also for absent and empty), or {@link AvailabilityStrategy#UNKNOWN}
     */
    public AvailabilityStrategy effectiveAvailabilityStrategy() {
        AvailabilityStrategy s = availabilityStrategy().orElse(AvailabilityStrategy.ONE_OF);
        return s == AvailabilityStrategy.UNSPECIFIED ? AvailabilityStrategy.ONE_OF : s;
    }

    /**
     * @return the minimum time the Freight must have continuously spent in an upstream Stage, after verification,
     *     before it is available here ({@link #DURATION}, such as {@code 1h}); absent or zero means none
     */
    public abstract Optional<@Pattern(regexp = DURATION) String> requiredSoakTime();

    /** @return how auto-promotion picks Freight for this request */
    public abstract Optional<@Valid AutoPromotionOptions> autoPromotionOptions();

    /** @return the auto-promotion selection policy, with Kargo's default {@code NewestFreight} when absent */
    public SelectionPolicy effectiveSelectionPolicy() {
        return autoPromotionOptions().map(AutoPromotionOptions::effectiveSelectionPolicy)
                .orElse(SelectionPolicy.NEWEST_FREIGHT);
    }

    /** @return whether Freight may come straight from the origin Warehouse */
    public boolean isDirect() {
        return direct().orElse(false);
    }

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param strategy the raw availability strategy
         * @return this builder
         */
        public abstract FreightSources.Builder availabilityStrategyAsString(String strategy);

        /**
         * @param strategy the availability strategy; not {@link AvailabilityStrategy#UNKNOWN}
         * @return this builder
         */
        public FreightSources.Builder availabilityStrategy(AvailabilityStrategy strategy) {
            return availabilityStrategyAsString(Enums.valueOf(strategy));
        }

        /**
         * @param options the auto-promotion options
         * @return this builder
         */
        public abstract FreightSources.Builder autoPromotionOptions(AutoPromotionOptions options);

        /**
         * @param options configures the auto-promotion options
         * @return this builder
         */
        public FreightSources.Builder autoPromotionOptions(Consumer<AutoPromotionOptions.Builder> options) {
            AutoPromotionOptions.Builder b = AutoPromotionOptions.builder();
            options.accept(b);
            return autoPromotionOptions(b.build());
        }
    }
}
