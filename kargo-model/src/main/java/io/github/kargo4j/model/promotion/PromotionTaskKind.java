package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.OpenEnum;

/** The kind of task a promotion step references. */
public enum PromotionTaskKind implements OpenEnum {
    /** A PromotionTask in the Stage's project namespace (the default). */
    PROMOTION_TASK("PromotionTask"),
    /** A cluster-scoped ClusterPromotionTask. */
    CLUSTER_PROMOTION_TASK("ClusterPromotionTask"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    PromotionTaskKind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
