package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.function.Consumer;

/**
 * An Argo Rollouts ClusterAnalysisTemplate ({@code argoproj.io/v1alpha1}, cluster-scoped, short name {@code cat}):
 * an {@link AnalysisTemplate} that has no namespace and can be used from every namespace. A Kargo Stage refers to it
 * with {@code verification.analysisTemplates[].kind: ClusterAnalysisTemplate}; the AnalysisRun still runs in the
 * Stage's namespace, so Secrets its arguments read ({@code valueFrom.secretKeyRef}) come from that namespace.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec"})
public abstract class AbstractClusterAnalysisTemplate implements KargoResource {

    @Override
    public final String apiVersion() {
        return ROLLOUTS_API_VERSION;
    }

    @Override
    public final String kind() {
        return "ClusterAnalysisTemplate";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /**
     * Refuses a ClusterAnalysisTemplate without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}.
     */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the arguments and metrics (required) */
    public abstract @Valid AnalysisTemplateSpec spec();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract ClusterAnalysisTemplate.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public ClusterAnalysisTemplate.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract ClusterAnalysisTemplate.Builder spec(AnalysisTemplateSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public ClusterAnalysisTemplate.Builder spec(Consumer<AnalysisTemplateSpec.Builder> spec) {
            AnalysisTemplateSpec.Builder b = AnalysisTemplateSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }
    }
}
