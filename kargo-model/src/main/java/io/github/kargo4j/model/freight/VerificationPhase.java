package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.OpenEnum;

/** The phase of a verification process; usually the phase of its AnalysisRun. */
public enum VerificationPhase implements OpenEnum {
    /** Not started yet. */
    PENDING("Pending"),
    /** Running. */
    RUNNING("Running"),
    /** Completed successfully. */
    SUCCESSFUL("Successful"),
    /** Completed with a failure. */
    FAILED("Failed"),
    /** Completed with an error, for example because the AnalysisRun could not be created. */
    ERROR("Error"),
    /** Aborted by a user. */
    ABORTED("Aborted"),
    /** Completed without a conclusive result. */
    INCONCLUSIVE("Inconclusive"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    VerificationPhase(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    /** @return whether the verification has finished (successful, failed, error, aborted or inconclusive) */
    public boolean isTerminal() {
        return this == SUCCESSFUL || this == FAILED || this == ERROR || this == ABORTED || this == INCONCLUSIVE;
    }
}
