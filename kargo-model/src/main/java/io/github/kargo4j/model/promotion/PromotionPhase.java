package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.OpenEnum;

/** Where a Promotion is in its lifecycle ({@code status.phase}). */
public enum PromotionPhase implements OpenEnum {
    /** Waiting to run (another Promotion of the Stage may be running). */
    PENDING("Pending"),
    /** Running its steps. */
    RUNNING("Running"),
    /** Completed successfully. */
    SUCCEEDED("Succeeded"),
    /** Failed, usually for non-technical reasons. */
    FAILED("Failed"),
    /** Failed for technical reasons; see the status message. */
    ERRORED("Errored"),
    /** Aborted by a user. */
    ABORTED("Aborted"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    PromotionPhase(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    /** @return whether the Promotion has finished (succeeded, failed, errored or aborted) */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == ERRORED || this == ABORTED;
    }
}
