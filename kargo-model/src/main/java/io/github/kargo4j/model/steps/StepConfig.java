package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;

/**
 * The typed configuration of one built-in promotion step, such as {@link GitCloneConfig}. Its JSON form
 * ({@link #toConfig()}) is the step's {@code config}; {@link #toStep()} wraps it in a {@link PromotionStep} that
 * {@code uses} the step.
 */
public interface StepConfig {

    /** @return the name of the step this configures, such as {@code git-clone} */
    String stepName();

    /** @return the step's {@code config} object, in Kargo's property order, unknown fields kept */
    default JsonObject toConfig() {
        return (JsonObject) KargoCodec.toTree(this);
    }

    /**
     * @return a promotion step that {@code uses} {@link #stepName()} with this configuration; set an alias or a
     *     condition on it with {@code withAs(...)} or {@code withIfCondition(...)}
     */
    default PromotionStep toStep() {
        return PromotionStep.of(stepName(), toConfig());
    }
}
