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
 * An Argo Rollouts AnalysisTemplate ({@code argoproj.io/v1alpha1}, namespaced, short name {@code at}): the metrics
 * and arguments from which an AnalysisRun is built. A Kargo Stage verifies Freight with the AnalysisTemplates its
 * {@code verification.analysisTemplates} names; they are looked up in the Stage's (Project's) namespace. For a
 * template shared by all namespaces, see {@link ClusterAnalysisTemplate}, which has the same spec.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec"})
public abstract class AbstractAnalysisTemplate implements KargoResource {

    @Override
    public final String apiVersion() {
        return ROLLOUTS_API_VERSION;
    }

    @Override
    public final String kind() {
        return "AnalysisTemplate";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses an AnalysisTemplate without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
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
        public abstract AnalysisTemplate.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public AnalysisTemplate.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract AnalysisTemplate.Builder spec(AnalysisTemplateSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public AnalysisTemplate.Builder spec(Consumer<AnalysisTemplateSpec.Builder> spec) {
            AnalysisTemplateSpec.Builder b = AnalysisTemplateSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }
    }
}
