package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How Kargo verifies that a Stage's current Freight is fit to move downstream: an Argo Rollouts AnalysisRun built
 * from the referenced templates (metrics concatenated, arguments merged). Without it, Freight counts as verified
 * once the Stage is healthy. Ignored for control-flow Stages; needs the controller's Rollouts integration.
 */
@Value.Immutable
@PropertyOrder({"analysisTemplates", "args", "analysisRunMetadata"})
public abstract class AbstractVerification {

    /** @return the analysis templates whose metrics make up the AnalysisRun */
    public abstract List<@Valid AnalysisTemplateReference> analysisTemplates();

    /** @return arguments added to every AnalysisRun */
    public abstract List<@Valid AnalysisRunArgument> args();

    /** @return labels and annotations added to every AnalysisRun */
    public abstract Optional<@Valid AnalysisRunMetadata> analysisRunMetadata();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param template a template reference
         * @return this builder
         */
        public abstract Verification.Builder addAnalysisTemplate(AnalysisTemplateReference template);

        /**
         * @param template configures a template reference
         * @return this builder
         */
        public Verification.Builder addAnalysisTemplate(Consumer<AnalysisTemplateReference.Builder> template) {
            AnalysisTemplateReference.Builder b = AnalysisTemplateReference.builder();
            template.accept(b);
            return addAnalysisTemplate(b.build());
        }

        /**
         * @param arg an argument
         * @return this builder
         */
        public abstract Verification.Builder addArg(AnalysisRunArgument arg);

        /**
         * @param arg configures an argument
         * @return this builder
         */
        public Verification.Builder addArg(Consumer<AnalysisRunArgument.Builder> arg) {
            AnalysisRunArgument.Builder b = AnalysisRunArgument.builder();
            arg.accept(b);
            return addArg(b.build());
        }

        /**
         * @param name  an argument name
         * @param value its value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public Verification.Builder addArg(String name, CharSequence value) {
            return addArg(AnalysisRunArgument.of(name, value));
        }

        /**
         * @param metadata the AnalysisRun metadata
         * @return this builder
         */
        public abstract Verification.Builder analysisRunMetadata(AnalysisRunMetadata metadata);

        /**
         * @param metadata configures the AnalysisRun metadata
         * @return this builder
         */
        public Verification.Builder analysisRunMetadata(Consumer<AnalysisRunMetadata.Builder> metadata) {
            AnalysisRunMetadata.Builder b = AnalysisRunMetadata.builder();
            metadata.accept(b);
            return analysisRunMetadata(b.build());
        }
    }
}
