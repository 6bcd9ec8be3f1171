package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code kustomize-set-image} step: sets images in a kustomization;
 * without {@code images}, sets every image of the Freight.
 */
@Value.Immutable
@PropertyOrder({"path", "images"})
public abstract class AbstractKustomizeSetImageConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "kustomize-set-image";

    /** @return the directory of the kustomization (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the images to set */
    public abstract List<KustomizeImage> images();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    @Override
    public final String stepName() {
        return STEP;
    }

    /**
     * The typed view of a step's configuration.
     *
     * @param step a promotion step
     * @return its configuration, or empty when the step does not use {@code kustomize-set-image}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<KustomizeSetImageConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, KustomizeSetImageConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code path} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param path the value
         * @return this builder
         */
        public final KustomizeSetImageConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract KustomizeSetImageConfig.Builder path(String path);

        /**
         * @param image one of the images to set
         * @return this builder
         */
        public abstract KustomizeSetImageConfig.Builder addImage(KustomizeImage image);

        /**
         * @param image configures one of the images to set
         * @return this builder
         */
        public KustomizeSetImageConfig.Builder addImage(Consumer<KustomizeImage.Builder> image) {
            KustomizeImage.Builder b = KustomizeImage.builder();
            image.accept(b);
            return addImage(b.build());
        }
    }
}
