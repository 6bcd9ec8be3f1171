package io.github.kargo4j.model.project;

import io.github.kargo4j.model.AbstractObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A policy governing promotion into the Stages it selects ({@code ProjectConfig.spec.promotionPolicies[]}).
 * Exactly one of {@link #stageSelector()} and the deprecated {@link #stage()} must be set (CRD rule
 * "PromotionPolicy must have exactly one of stage or stageSelector set").
 */
@Value.Immutable
@PropertyOrder({"stage", "stageSelector", "autoPromotionEnabled", "autoRollback"})
public abstract class AbstractPromotionPolicy {

    /**
     * @return the exact name of the Stage this policy applies to (a DNS-1123 subdomain; no patterns)
     * @deprecated since Kargo v1.5 (still accepted): use {@link #stageSelector()} with the name,
     *     {@code stageSelector: {name: <stage>}}
     */
    @Deprecated(since = "Kargo v1.5")
    public abstract Optional<@Pattern(regexp = AbstractObjectMeta.K8S_NAME) String> stage();

    /**
     * @return which Stages this policy applies to: by name (exact, {@code regex:}/{@code regexp:} or {@code glob:}
     *     pattern) and/or by labels, ANDed; an empty selector matches every Stage
     */
    public abstract Optional<@Valid PromotionPolicySelector> stageSelector();

    /**
     * @return whether new Freight may be promoted into the selected Stages automatically (default false). Other
     *     conditions (availability, soak time, auto-promotion options) still apply
     */
    public abstract Optional<Boolean> autoPromotionEnabled();

    /**
     * @return when the selected Stages should automatically roll back to the last verified Freight; absent
     *     disables auto-rollback. <b>Kargo Enterprise only</b>: ignored by Kargo OSS
     */
    public abstract Optional<@Valid AutoRollbackConfig> autoRollback();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether this policy enables auto-promotion ({@code autoPromotionEnabled}, default false) */
    public boolean isAutoPromotionEnabled() {
        return autoPromotionEnabled().orElse(false);
    }

    /**
     * @return the selector Kargo evaluates: {@link #stageSelector()} when set, otherwise a selector by the exact
     *     name in the deprecated {@link #stage()} (as Kargo's controller does; with neither set, that is an empty
     *     selector matching every Stage, a shape the CRD rejects)
     */
    public PromotionPolicySelector effectiveSelector() {
        Optional<PromotionPolicySelector> selector = stageSelector();
        if (selector.isPresent()) {
            return selector.get();
        }
        PromotionPolicySelector.Builder b = PromotionPolicySelector.builder();
        Optional<String> stage = stage();
        if (stage.isPresent() && !stage.get().isEmpty()) {
            b.name(stage.get());
        }
        return b.build();
    }

    /**
     * @param stageName   a Stage name
     * @param stageLabels the Stage's labels
     * @return whether this policy selects that Stage (see {@link #effectiveSelector()})
     * @throws IllegalArgumentException if the name pattern or label selector cannot be parsed
     */
    public boolean matches(String stageName, Map<String, String> stageLabels) {
        Objects.requireNonNull(stageName, "stageName");
        Objects.requireNonNull(stageLabels, "stageLabels");
        return effectiveSelector().matches(stageName, stageLabels);
    }

    /**
     * @param stageName   an exact Stage name
     * @param autoPromote whether to enable auto-promotion
     * @return a policy {@code {stageSelector: {name: stageName}, autoPromotionEnabled: autoPromote}}
     */
    public static PromotionPolicy forStage(String stageName, boolean autoPromote) {
        return PromotionPolicy.builder()
                .stageSelector(PromotionPolicySelector.builder().name(stageName).build())
                .autoPromotionEnabled(autoPromote)
                .build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param stageSelector the Stage selector
         * @return this builder
         */
        public abstract PromotionPolicy.Builder stageSelector(PromotionPolicySelector stageSelector);

        /**
         * @param stageSelector configures the Stage selector
         * @return this builder
         */
        public PromotionPolicy.Builder stageSelector(Consumer<PromotionPolicySelector.Builder> stageSelector) {
            PromotionPolicySelector.Builder b = PromotionPolicySelector.builder();
            stageSelector.accept(b);
            return stageSelector(b.build());
        }

        /**
         * @param autoRollback the auto-rollback configuration
         * @return this builder
         */
        public abstract PromotionPolicy.Builder autoRollback(AutoRollbackConfig autoRollback);

        /**
         * @param autoRollback configures the auto-rollback configuration
         * @return this builder
         */
        public PromotionPolicy.Builder autoRollback(Consumer<AutoRollbackConfig.Builder> autoRollback) {
            AutoRollbackConfig.Builder b = AutoRollbackConfig.builder();
            autoRollback.accept(b);
            return autoRollback(b.build());
        }
    }
}
