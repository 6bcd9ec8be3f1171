package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/** Where an {@link Argument}'s value comes from: a Secret key or, for Rollouts only, a field of the Rollout. */
@Value.Immutable
@PropertyOrder({"secretKeyRef", "fieldRef"})
public abstract class AbstractValueFrom {

    /** @return a key of a Secret in the namespace where the AnalysisRun runs (for Kargo, the Stage's namespace) */
    public abstract Optional<@Valid SecretKeyRef> secretKeyRef();

    /**
     * @return a field of the Rollout that owns the run; Kargo's AnalysisRuns have no Rollout, so this does not
     *     resolve under Kargo
     */
    public abstract Optional<@Valid FieldRef> fieldRef();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param secretKeyRef the Secret key
         * @return this builder
         */
        public abstract ValueFrom.Builder secretKeyRef(SecretKeyRef secretKeyRef);

        /**
         * @param secretKeyRef configures the Secret key
         * @return this builder
         */
        public ValueFrom.Builder secretKeyRef(Consumer<SecretKeyRef.Builder> secretKeyRef) {
            SecretKeyRef.Builder b = SecretKeyRef.builder();
            secretKeyRef.accept(b);
            return secretKeyRef(b.build());
        }

        /**
         * @param fieldRef the field reference
         * @return this builder
         */
        public abstract ValueFrom.Builder fieldRef(FieldRef fieldRef);

        /**
         * @param fieldRef configures the field reference
         * @return this builder
         */
        public ValueFrom.Builder fieldRef(Consumer<FieldRef.Builder> fieldRef) {
            FieldRef.Builder b = FieldRef.builder();
            fieldRef.accept(b);
            return fieldRef(b.build());
        }
    }
}
