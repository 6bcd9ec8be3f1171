package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/** One run of a Stage's verification process, as recorded in a {@link FreightCollection}. */
@Value.Immutable
@PropertyOrder({"id", "actor", "startTime", "phase", "message", "analysisRun", "finishTime"})
public abstract class AbstractVerificationInfo {

    /** @return the identifier of the verification process */
    public abstract Optional<String> id();

    /** @return who started or aborted the verification */
    public abstract Optional<String> actor();

    /** @return when the verification started (RFC 3339) */
    public abstract Optional<String> startTime();

    /** @return the phase as written, such as {@code Successful}; see {@link #phase()} */
    @JsonName("phase")
    public abstract Optional<String> phaseAsString();

    /** @return the phase, or {@link VerificationPhase#UNKNOWN} for a value this version does not know */
    public Optional<VerificationPhase> phase() {
        return phaseAsString().map(v -> OpenEnum.parse(VerificationPhase.class, v));
    }

    /** @return more information on why the verification is in its current phase */
    public abstract Optional<String> message();

    /** @return the AnalysisRun that carries out the verification */
    public abstract Optional<@Valid AnalysisRunReference> analysisRun();

    /** @return when the verification finished (RFC 3339) */
    public abstract Optional<String> finishTime();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param phase the raw phase
         * @return this builder
         */
        public abstract VerificationInfo.Builder phaseAsString(String phase);

        /**
         * @param phase the phase; not {@link VerificationPhase#UNKNOWN}
         * @return this builder
         */
        public VerificationInfo.Builder phase(VerificationPhase phase) {
            return phaseAsString(Enums.valueOf(phase));
        }

        /**
         * @param analysisRun the AnalysisRun reference
         * @return this builder
         */
        public abstract VerificationInfo.Builder analysisRun(AnalysisRunReference analysisRun);

        /**
         * @param analysisRun configures the AnalysisRun reference
         * @return this builder
         */
        public VerificationInfo.Builder analysisRun(Consumer<AnalysisRunReference.Builder> analysisRun) {
            AnalysisRunReference.Builder b = AnalysisRunReference.builder();
            analysisRun.accept(b);
            return analysisRun(b.build());
        }
    }
}
