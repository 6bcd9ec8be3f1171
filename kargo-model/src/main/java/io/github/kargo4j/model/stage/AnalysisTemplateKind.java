package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.OpenEnum;

/** The kind of Argo Rollouts analysis template a Stage verification references. */
public enum AnalysisTemplateKind implements OpenEnum {
    /** An AnalysisTemplate in the Stage's namespace (the default). */
    ANALYSIS_TEMPLATE("AnalysisTemplate"),
    /** A cluster-scoped ClusterAnalysisTemplate. */
    CLUSTER_ANALYSIS_TEMPLATE("ClusterAnalysisTemplate"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    AnalysisTemplateKind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
