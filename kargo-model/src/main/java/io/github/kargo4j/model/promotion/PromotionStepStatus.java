package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.OpenEnum;

/** The outcome of one promotion step ({@code status.stepExecutionMetadata[].status}). */
public enum PromotionStepStatus implements OpenEnum {
    /** Not finished yet, for example waiting for something external; checked again later. */
    RUNNING("Running"),
    /** Completed successfully. */
    SUCCEEDED("Succeeded"),
    /** Failed, usually for non-technical reasons. */
    FAILED("Failed"),
    /** Failed for technical reasons. */
    ERRORED("Errored"),
    /** Aborted because its Promotion was aborted. */
    ABORTED("Aborted"),
    /** Skipped, for example because its {@code if} condition was false or nothing needed doing. */
    SKIPPED("Skipped"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    PromotionStepStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
