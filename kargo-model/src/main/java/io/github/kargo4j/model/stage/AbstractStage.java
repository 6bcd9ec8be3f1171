package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Stage: a promotion target (often an environment) that requests Freight from Warehouses or upstream Stages,
 * promotes it with its promotion template and verifies it. A Stage without promotion steps is a
 * <em>control-flow</em> Stage: it cannot be promoted to, and marks every Freight available to it as verified in
 * itself at once (an approval gate or fan-in/fan-out junction).
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractStage implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "Stage";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Stage without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the requested Freight, promotion template and verification (required) */
    public abstract @Valid StageSpec spec();

    /** @return the status, as reported by Kargo */
    public abstract Optional<@Valid StageStatus> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether the Stage has no promotion steps (no template, or a template with zero steps) */
    public boolean isControlFlow() {
        return steps().isEmpty();
    }

    /** @return the steps of the promotion template, or an empty list when there is none */
    public List<PromotionStep> steps() {
        Optional<PromotionTemplate> template = spec().promotionTemplate();
        return template.isPresent() ? template.get().spec().steps() : List.of();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract Stage.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Stage.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract Stage.Builder spec(StageSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public Stage.Builder spec(Consumer<StageSpec.Builder> spec) {
            StageSpec.Builder b = StageSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract Stage.Builder status(StageStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public Stage.Builder status(Consumer<StageStatus.Builder> status) {
            StageStatus.Builder b = StageStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
