package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.OpenEnum;

/**
 * How a {@link GitSubscription} picks the newest commit of interest ({@code commitSelectionStrategy}); Kargo defaults
 * to {@code NewestFromBranch}.
 */
public enum CommitSelectionStrategy implements OpenEnum {
    /** The newest commit on {@code branch}, or on the default branch (the default). */
    NEWEST_FROM_BRANCH("NewestFromBranch"),
    /** The commit of the semantically greatest tag, optionally within {@code semverConstraint}. */
    SEM_VER("SemVer"),
    /** The commit of the lexicographically greatest tag (useful for tags with a leading date). */
    LEXICAL("Lexical"),
    /** The commit of the most recently created tag. */
    NEWEST_TAG("NewestTag"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    CommitSelectionStrategy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
