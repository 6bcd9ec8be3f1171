package io.github.kargo4j.builders.rollouts;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Shortcuts for the two analysis template kinds. Everything else is the model's own builder, with {@link Args} and
 * {@link Metrics} for the parts:
 *
 * <pre>{@code
 * AnalysisTemplate t = AnalysisTemplates.of("kargo-managed-stack", "smoke-test", s -> s
 *     .addArg(Args.required("url"))
 *     .addMetric(Metrics.web("up", Args.placeholder("url")).successCondition("result.status == 'ok'")));
 * }</pre>
 */
public final class AnalysisTemplates {

    private AnalysisTemplates() {
    }

    /**
     * @param namespace the Project namespace, where Stages look the template up
     * @param name      the template name, referenced by {@code verification.analysisTemplates[].name}
     * @param spec      configures the arguments and metrics
     * @return the AnalysisTemplate
     */
    public static AnalysisTemplate of(String namespace, String name, Consumer<AnalysisTemplateSpec.Builder> spec) {
        Objects.requireNonNull(spec, "spec");
        return AnalysisTemplate.builder().metadata(ObjectMeta.of(namespace, name)).spec(spec).build();
    }

    /**
     * @param name the template name, referenced with {@code kind: ClusterAnalysisTemplate}
     * @param spec configures the arguments and metrics
     * @return the cluster-scoped ClusterAnalysisTemplate; its {@code secretKeyRef} arguments still read Secrets in
     *     the namespace of the Stage that runs it
     */
    public static ClusterAnalysisTemplate cluster(String name, Consumer<AnalysisTemplateSpec.Builder> spec) {
        Objects.requireNonNull(spec, "spec");
        return ClusterAnalysisTemplate.builder().metadata(ObjectMeta.named(name)).spec(spec).build();
    }
}
