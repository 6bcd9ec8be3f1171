package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/**
 * The spec shared by {@link AnalysisTemplate} and {@link ClusterAnalysisTemplate}. When Kargo verifies a Stage it
 * concatenates the metrics of every referenced template (metric names must be unique across them all), merges their
 * arguments by name, and lets the Stage's {@code verification.args} override arguments that a template declares.
 */
@Value.Immutable
@PropertyOrder({"metrics", "args", "dryRun", "measurementRetention", "templates"})
public abstract class AbstractAnalysisTemplateSpec {

    /**
     * @return the metrics to measure. Optional in the schema, but Argo Rollouts fails a run without any ("no metrics
     *     specified"); names must be unique
     */
    public abstract List<@Valid Metric> metrics();

    /**
     * @return the arguments, referenced in metrics as {@code {{args.<name>}}}; an argument without a value or
     *     {@code valueFrom} must be supplied by the Stage's {@code verification.args}
     */
    public abstract List<@Valid Argument> args();

    /** @return metrics that are measured but cannot fail the run, selected by name patterns */
    public abstract List<@Valid DryRun> dryRun();

    /** @return how many measurements to keep in the AnalysisRun's status, per metric name pattern */
    public abstract List<@Valid MeasurementRetention> measurementRetention();

    /**
     * @return other analysis templates whose metrics Argo Rollouts combines with these. Kargo does <b>not</b> follow
     *     these references: a Stage must name every template it needs in {@code verification.analysisTemplates}
     */
    public abstract List<@Valid AnalysisTemplateRef> templates();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metric a metric
         * @return this builder
         */
        public abstract AnalysisTemplateSpec.Builder addMetric(Metric metric);

        /**
         * @param metric configures a metric to add
         * @return this builder
         */
        public AnalysisTemplateSpec.Builder addMetric(Consumer<Metric.Builder> metric) {
            Metric.Builder b = Metric.builder();
            metric.accept(b);
            return addMetric(b.build());
        }

        /**
         * @param arg an argument
         * @return this builder
         */
        public abstract AnalysisTemplateSpec.Builder addArg(Argument arg);

        /**
         * @param arg configures an argument to add
         * @return this builder
         */
        public AnalysisTemplateSpec.Builder addArg(Consumer<Argument.Builder> arg) {
            Argument.Builder b = Argument.builder();
            arg.accept(b);
            return addArg(b.build());
        }

        /**
         * @param dryRun a dry-run entry
         * @return this builder
         */
        public abstract AnalysisTemplateSpec.Builder addDryRun(DryRun dryRun);

        /**
         * @param dryRun configures a dry-run entry to add
         * @return this builder
         */
        public AnalysisTemplateSpec.Builder addDryRun(Consumer<DryRun.Builder> dryRun) {
            DryRun.Builder b = DryRun.builder();
            dryRun.accept(b);
            return addDryRun(b.build());
        }

        /**
         * @param measurementRetention a retention entry
         * @return this builder
         */
        public abstract AnalysisTemplateSpec.Builder addMeasurementRetention(
                MeasurementRetention measurementRetention);

        /**
         * @param measurementRetention configures a retention entry to add
         * @return this builder
         */
        public AnalysisTemplateSpec.Builder addMeasurementRetention(
                Consumer<MeasurementRetention.Builder> measurementRetention) {
            MeasurementRetention.Builder b = MeasurementRetention.builder();
            measurementRetention.accept(b);
            return addMeasurementRetention(b.build());
        }

        /**
         * @param template a template reference
         * @return this builder
         */
        public abstract AnalysisTemplateSpec.Builder addTemplate(AnalysisTemplateRef template);

        /**
         * @param template configures a template reference to add
         * @return this builder
         */
        public AnalysisTemplateSpec.Builder addTemplate(Consumer<AnalysisTemplateRef.Builder> template) {
            AnalysisTemplateRef.Builder b = AnalysisTemplateRef.builder();
            template.accept(b);
            return addTemplate(b.build());
        }
    }
}
