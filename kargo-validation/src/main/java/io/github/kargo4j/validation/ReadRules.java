package io.github.kargo4j.validation;

/**
 * The rules of reading and of the validator itself (codes {@code KR001} and up), which every check may report
 * through: input that cannot be read, a value that does not fit its kind's schema, and a check that failed.
 */
public final class ReadRules {

    /** A file or document that cannot be read. */
    public static final Rule UNREADABLE = Rule.of("KR001", "unreadable-manifest", Category.READ, Severity.ERROR,
            "A file or document cannot be read as a Kubernetes manifest");
    /** A value that does not fit its kind's schema; the document is loaded and validated as far as it fits. */
    public static final Rule SCHEMA_MISMATCH = Rule.of("KR003", "schema-mismatch", Category.READ, Severity.ERROR,
            "A value that does not fit its kind's schema (the API server would reject the document)");
    /** A check failed unexpectedly (a bug in kargo4j). */
    public static final Rule CHECK_FAILED = Rule.of("KR002", "check-failed", Category.READ, Severity.WARNING,
            "A validation check failed unexpectedly; please report it");

    /**
     * A {@code # kargo4j:ignore} comment, or a {@code --suppress} option, that suppresses nothing (a stale or mistyped
     * suppression).
     */
    public static final Rule UNUSED_SUPPRESSION = Rule.of("KR004", "unused-suppression", Category.READ,
            Severity.WARNING, "A kargo4j:ignore comment that suppresses no finding of its resource, or a --suppress "
                    + "option that suppresses no finding");
    /** The paths hold no Kubernetes resource at all (a wrong working directory, a wrong path). */
    public static final Rule NOTHING_FOUND = Rule.of("KR005", "no-resources", Category.READ, Severity.ERROR,
            "The paths hold no Kubernetes resource at all");

    private ReadRules() {
    }
}
