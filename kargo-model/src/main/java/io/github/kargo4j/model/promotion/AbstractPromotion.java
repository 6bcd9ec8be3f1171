package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Promotion: a request to move a Stage to a piece of Freight. Kargo's webhook renames it
 * ({@code <stage>.<ulid>.<freight[:7]>}), fills its steps from the Stage and makes the spec immutable; the caller
 * needs permission to {@code promote} the Stage. Abort one by annotating it {@code kargo.akuity.io/abort} with
 * {@code {"action":"terminate"}}.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractPromotion implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "Promotion";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Promotion without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the Stage and Freight (or origin), and the steps (required) */
    public abstract @Valid PromotionSpec spec();

    /** @return the status, as reported by Kargo */
    public abstract Optional<@Valid PromotionStatus> status();

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
        public abstract Promotion.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Promotion.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract Promotion.Builder spec(PromotionSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public Promotion.Builder spec(Consumer<PromotionSpec.Builder> spec) {
            PromotionSpec.Builder b = PromotionSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract Promotion.Builder status(PromotionStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public Promotion.Builder status(Consumer<PromotionStatus.Builder> status) {
            PromotionStatus.Builder b = PromotionStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
