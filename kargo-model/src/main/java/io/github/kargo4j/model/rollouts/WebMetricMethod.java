package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.OpenEnum;

/** The HTTP method of a {@link WebMetric}, as Argo Rollouts documents it. */
public enum WebMetricMethod implements OpenEnum {
    /** {@code GET}, the default. */
    GET("GET"),
    /** {@code POST}, which may carry a {@code body} or {@code jsonBody}. */
    POST("POST"),
    /** {@code PUT}, which may carry a {@code body} or {@code jsonBody}. */
    PUT("PUT"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    WebMetricMethod(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
