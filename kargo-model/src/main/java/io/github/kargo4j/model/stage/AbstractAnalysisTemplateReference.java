package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Optional;

/** A reference to an Argo Rollouts AnalysisTemplate or ClusterAnalysisTemplate used to verify a Stage. */
@Value.Immutable
@PropertyOrder({"name", "kind"})
public abstract class AbstractAnalysisTemplateReference {

    /** @return the template name; an AnalysisTemplate is looked up in the Stage's namespace (required) */
    public abstract String name();

    /**
     * @return the kind as written (Kargo v1.3 and later); absent means {@code AnalysisTemplate}; see
     *     {@link #kind()}
     */
    @JsonName("kind")
    public abstract Optional<@Pattern(regexp = "^(AnalysisTemplate|ClusterAnalysisTemplate)$") String> kindAsString();

    /** @return the kind, or {@link AnalysisTemplateKind#UNKNOWN} for a value this version does not know */
    public Optional<AnalysisTemplateKind> kind() {
        Optional<String> kind = kindAsString();
        return kind.isPresent() ? Optional.of(OpenEnum.parse(AnalysisTemplateKind.class, kind.get()))
                : Optional.empty();
    }

    /** @return the kind, with the default {@link AnalysisTemplateKind#ANALYSIS_TEMPLATE} when absent */
    public AnalysisTemplateKind effectiveKind() {
        return kind().orElse(AnalysisTemplateKind.ANALYSIS_TEMPLATE);
    }

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name an AnalysisTemplate name
     * @return a reference to it
     */
    public static AnalysisTemplateReference of(String name) {
        return AnalysisTemplateReference.builder().name(name).build();
    }

    /**
     * @param name a ClusterAnalysisTemplate name
     * @return a reference to it
     */
    public static AnalysisTemplateReference cluster(String name) {
        return AnalysisTemplateReference.builder().name(name).kind(AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE)
                .build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param kind the raw kind
         * @return this builder
         */
        public abstract AnalysisTemplateReference.Builder kindAsString(String kind);

        /**
         * @param kind the kind; not {@link AnalysisTemplateKind#UNKNOWN}
         * @return this builder
         */
        public AnalysisTemplateReference.Builder kind(AnalysisTemplateKind kind) {
            return kindAsString(Enums.valueOf(kind));
        }
    }
}
