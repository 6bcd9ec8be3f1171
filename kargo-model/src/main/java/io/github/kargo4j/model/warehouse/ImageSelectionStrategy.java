package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.OpenEnum;

/**
 * How an {@link ImageSubscription} picks the newest image ({@code imageSelectionStrategy}); Kargo defaults to
 * {@code SemVer}.
 */
public enum ImageSelectionStrategy implements OpenEnum {
    /** The semantically greatest tag, optionally within {@code constraint} (the default). */
    SEM_VER("SemVer"),
    /** The lexicographically greatest tag; {@code constraint} is ignored. */
    LEXICAL("Lexical"),
    /** The current digest of the mutable tag named by {@code constraint}, which is then required. */
    DIGEST("Digest"),
    /**
     * The most recently built image, by the {@code org.opencontainers.image.created} or
     * {@code org.label-schema.build-date} label, else the image configuration creation time.
     */
    NEWEST_BUILD("NewestBuild"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    ImageSelectionStrategy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
