package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One metric of an analysis template: what to measure ({@link #provider()}), how often, and which results count as
 * success or failure. The count and limit fields are int-or-string, so they may hold an argument placeholder such as
 * {@code "{{args.count}}"}.
 *
 * <p>Argo Rollouts checks at run time (not in the schema): exactly one provider; {@code failureLimit >= -1};
 * {@code inconclusiveLimit}, {@code consecutiveErrorLimit} and {@code consecutiveSuccessLimit >= 0};
 * {@code failureLimit} and {@code consecutiveSuccessLimit} not both disabled ({@code -1} and {@code 0}); when
 * {@code count > 0}, {@code count >= failureLimit + consecutiveSuccessLimit} (both {@code >= 0}),
 * {@code count >= consecutiveSuccessLimit} (failureLimit {@code -1}) and {@code count >= inconclusiveLimit};
 * {@code count > 1} requires an {@code interval}; durations must parse as Go durations.
 */
@Value.Immutable
@PropertyOrder({"name", "interval", "initialDelay", "count", "successCondition", "failureCondition", "failureLimit",
    "inconclusiveLimit", "consecutiveErrorLimit", "consecutiveSuccessLimit", "provider"})
public abstract class AbstractMetric {

    /** @return the name (required), unique across all templates a Stage combines */
    public abstract String name();

    /**
     * @return the time between measurements, a Go duration such as {@code 30s} or {@code 5m}; without it the metric
     *     is measured once (unless {@code count} says otherwise)
     */
    public abstract Optional<String> interval();

    /** @return how long to wait before the first measurement, a Go duration such as {@code 5m} */
    public abstract Optional<String> initialDelay();

    /**
     * @return how many times to measure. Without {@code count} and {@code interval}: once; with only an
     *     {@code interval}: until the run is terminated. A count above 1 requires an {@code interval}
     */
    public abstract Optional<IntOrString> count();

    /**
     * @return an expression over {@code result} (the measured value) that marks a measurement successful, such as
     *     {@code result == 'succeeded'} or {@code result[0] >= 0.95}
     */
    public abstract Optional<String> successCondition();

    /**
     * @return an expression over {@code result} that marks a measurement failed; a measurement that meets neither
     *     condition is inconclusive
     */
    public abstract Optional<String> failureCondition();

    /** @return how many failed measurements the metric tolerates (default 0; {@code -1} disables the limit) */
    public abstract Optional<IntOrString> failureLimit();

    /** @return how many inconclusive measurements the metric tolerates (default 0) */
    public abstract Optional<IntOrString> inconclusiveLimit();

    /** @return how many measurement errors in a row the metric tolerates (default 4) */
    public abstract Optional<IntOrString> consecutiveErrorLimit();

    /**
     * @return how many successful measurements in a row make the metric successful (default 0: disabled)
     */
    public abstract Optional<IntOrString> consecutiveSuccessLimit();

    /** @return where the measurement comes from (required; exactly one provider) */
    public abstract @Valid MetricProvider provider();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param provider the provider
         * @return this builder
         */
        public abstract Metric.Builder provider(MetricProvider provider);

        /**
         * @param provider configures the provider
         * @return this builder
         */
        public Metric.Builder provider(Consumer<MetricProvider.Builder> provider) {
            MetricProvider.Builder b = MetricProvider.builder();
            provider.accept(b);
            return provider(b.build());
        }

        /**
         * @param count the number of measurements
         * @return this builder
         */
        public abstract Metric.Builder count(IntOrString count);

        /**
         * @param count the number of measurements
         * @return this builder
         */
        public Metric.Builder count(int count) {
            return count(IntOrString.of(count));
        }

        /**
         * @param failureLimit the failure limit
         * @return this builder
         */
        public abstract Metric.Builder failureLimit(IntOrString failureLimit);

        /**
         * @param failureLimit the failure limit ({@code -1} disables it)
         * @return this builder
         */
        public Metric.Builder failureLimit(int failureLimit) {
            return failureLimit(IntOrString.of(failureLimit));
        }

        /**
         * @param inconclusiveLimit the inconclusive limit
         * @return this builder
         */
        public abstract Metric.Builder inconclusiveLimit(IntOrString inconclusiveLimit);

        /**
         * @param inconclusiveLimit the inconclusive limit
         * @return this builder
         */
        public Metric.Builder inconclusiveLimit(int inconclusiveLimit) {
            return inconclusiveLimit(IntOrString.of(inconclusiveLimit));
        }

        /**
         * @param consecutiveErrorLimit the consecutive error limit
         * @return this builder
         */
        public abstract Metric.Builder consecutiveErrorLimit(IntOrString consecutiveErrorLimit);

        /**
         * @param consecutiveErrorLimit the consecutive error limit
         * @return this builder
         */
        public Metric.Builder consecutiveErrorLimit(int consecutiveErrorLimit) {
            return consecutiveErrorLimit(IntOrString.of(consecutiveErrorLimit));
        }

        /**
         * @param consecutiveSuccessLimit the consecutive success limit
         * @return this builder
         */
        public abstract Metric.Builder consecutiveSuccessLimit(IntOrString consecutiveSuccessLimit);

        /**
         * @param consecutiveSuccessLimit the consecutive success limit
         * @return this builder
         */
        public Metric.Builder consecutiveSuccessLimit(int consecutiveSuccessLimit) {
            return consecutiveSuccessLimit(IntOrString.of(consecutiveSuccessLimit));
        }
    }
}
