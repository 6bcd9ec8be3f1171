package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code job} metric provider: a Kubernetes Job, created by default in the AnalysisRun's namespace (for Kargo,
 * the Project namespace), whose success or failure is the measurement.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec"})
public abstract class AbstractJobMetric {

    /** @return labels and annotations for the Job */
    public abstract Optional<@Valid JobMetricMetadata> metadata();

    /**
     * The {@code batch/v1} JobSpec, kept as a free-form JSON tree: kargo4j does not model the Kubernetes Job and
     * Pod API. The schema requires {@code template} with {@code template.spec.containers[]} (each with a
     * {@code name}); a Job's pod {@code restartPolicy} must be {@code Never} or {@code OnFailure}.
     *
     * @return the Job spec (required)
     */
    public abstract JsonObject spec();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the Job's labels and annotations
         * @return this builder
         */
        public abstract JobMetric.Builder metadata(JobMetricMetadata metadata);

        /**
         * @param metadata configures the Job's labels and annotations
         * @return this builder
         */
        public JobMetric.Builder metadata(Consumer<JobMetricMetadata.Builder> metadata) {
            JobMetricMetadata.Builder b = JobMetricMetadata.builder();
            metadata.accept(b);
            return metadata(b.build());
        }
    }
}
