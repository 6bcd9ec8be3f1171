package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.freight.FreightCollection;
import io.github.kargo4j.model.freight.FreightReference;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The status Kargo reports for a {@link Promotion}; also embedded in a Stage's current and last promotion. */
@Value.Immutable
@PropertyOrder({"phase", "message", "freight", "freightCollection", "currentStep", "stepExecutionMetadata",
    "state", "healthChecks", "startedAt", "finishedAt", "lastHandledRefresh"})
public abstract class AbstractPromotionStatus {

    /** @return the phase as written, such as {@code Running}; see {@link #phase()} */
    @JsonName("phase")
    public abstract Optional<String> phaseAsString();

    /** @return the phase, or {@link PromotionPhase#UNKNOWN} for a value this version does not know */
    public Optional<PromotionPhase> phase() {
        return phaseAsString().map(v -> OpenEnum.parse(PromotionPhase.class, v));
    }

    /** @return a message about the Promotion; when it failed, why */
    public abstract Optional<String> message();

    /** @return the Freight being promoted */
    public abstract Optional<@Valid FreightReference> freight();

    /** @return the Freight collection the Stage will hold once the Promotion succeeds */
    public abstract Optional<@Valid FreightCollection> freightCollection();

    /** @return the 0-based index of the step being run; earlier steps are not run again */
    public abstract Optional<Long> currentStep();

    /** @return how each step ran so far */
    public abstract List<@Valid StepExecutionMetadata> stepExecutionMetadata();

    /** @return the state kept between reconciliations, including step outputs; kept as written */
    public abstract Optional<JsonValue> state();

    /** @return health checks for the Stage to run after the Promotion */
    public abstract List<@Valid HealthCheckStep> healthChecks();

    /** @return when the Promotion started (RFC 3339) */
    public abstract Optional<String> startedAt();

    /** @return when the Promotion finished (RFC 3339) */
    public abstract Optional<String> finishedAt();

    /**
     * @return the last value of the {@code kargo.akuity.io/refresh} annotation that the controller handled
     */
    public abstract Optional<String> lastHandledRefresh();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether the phase is a terminal one (succeeded, failed, errored or aborted) */
    public boolean isTerminal() {
        return phase().map(PromotionPhase::isTerminal).orElse(false);
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param phase the raw phase
         * @return this builder
         */
        public abstract PromotionStatus.Builder phaseAsString(String phase);

        /**
         * @param phase the phase; not {@link PromotionPhase#UNKNOWN}
         * @return this builder
         */
        public PromotionStatus.Builder phase(PromotionPhase phase) {
            return phaseAsString(Enums.valueOf(phase));
        }

        /**
         * @param freight the Freight reference
         * @return this builder
         */
        public abstract PromotionStatus.Builder freight(FreightReference freight);

        /**
         * @param freight configures the Freight reference
         * @return this builder
         */
        public PromotionStatus.Builder freight(Consumer<FreightReference.Builder> freight) {
            FreightReference.Builder b = FreightReference.builder();
            freight.accept(b);
            return freight(b.build());
        }

        /**
         * @param freightCollection the Freight collection
         * @return this builder
         */
        public abstract PromotionStatus.Builder freightCollection(FreightCollection freightCollection);

        /**
         * @param freightCollection configures the Freight collection
         * @return this builder
         */
        public PromotionStatus.Builder freightCollection(Consumer<FreightCollection.Builder> freightCollection) {
            FreightCollection.Builder b = FreightCollection.builder();
            freightCollection.accept(b);
            return freightCollection(b.build());
        }

        /**
         * @param metadata how one step ran
         * @return this builder
         */
        public abstract PromotionStatus.Builder addStepExecutionMetadata(StepExecutionMetadata metadata);

        /**
         * @param metadata configures how one step ran
         * @return this builder
         */
        public PromotionStatus.Builder addStepExecutionMetadata(Consumer<StepExecutionMetadata.Builder> metadata) {
            StepExecutionMetadata.Builder b = StepExecutionMetadata.builder();
            metadata.accept(b);
            return addStepExecutionMetadata(b.build());
        }

        /**
         * @param healthCheck a health check
         * @return this builder
         */
        public abstract PromotionStatus.Builder addHealthCheck(HealthCheckStep healthCheck);

        /**
         * @param healthCheck configures a health check
         * @return this builder
         */
        public PromotionStatus.Builder addHealthCheck(Consumer<HealthCheckStep.Builder> healthCheck) {
            HealthCheckStep.Builder b = HealthCheckStep.builder();
            healthCheck.accept(b);
            return addHealthCheck(b.build());
        }
    }
}
