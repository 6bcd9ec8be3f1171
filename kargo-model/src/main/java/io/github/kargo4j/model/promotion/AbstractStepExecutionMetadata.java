package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/** How one promotion step ran ({@code status.stepExecutionMetadata[]}). */
@Value.Immutable
@PropertyOrder({"alias", "startedAt", "finishedAt", "errorCount", "status", "message", "continueOnError"})
public abstract class AbstractStepExecutionMetadata {

    /** @return the step's alias */
    public abstract Optional<String> alias();

    /** @return when the first attempt began (RFC 3339) */
    public abstract Optional<String> startedAt();

    /** @return when the final attempt completed (RFC 3339) */
    public abstract Optional<String> finishedAt();

    /** @return the number of consecutive failed attempts */
    public abstract Optional<Integer> errorCount();

    /** @return the outcome as written, such as {@code Succeeded}; see {@link #status()} */
    @JsonName("status")
    public abstract Optional<String> statusAsString();

    /** @return the outcome, or {@link PromotionStepStatus#UNKNOWN} for a value this version does not know */
    public Optional<PromotionStepStatus> status() {
        return statusAsString().map(v -> OpenEnum.parse(PromotionStepStatus.class, v));
    }

    /** @return a message about the step, including any error */
    public abstract Optional<String> message();

    /** @return whether the step was allowed to fail without failing the Promotion */
    public abstract Optional<Boolean> continueOnError();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param status the raw outcome
         * @return this builder
         */
        public abstract StepExecutionMetadata.Builder statusAsString(String status);

        /**
         * @param status the outcome; not {@link PromotionStepStatus#UNKNOWN}
         * @return this builder
         */
        public StepExecutionMetadata.Builder status(PromotionStepStatus status) {
            return statusAsString(Enums.valueOf(status));
        }
    }
}
