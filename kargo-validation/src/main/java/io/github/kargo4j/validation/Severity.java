package io.github.kargo4j.validation;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    /** Kargo rejects the resource, or a promotion will fail or never happen. */
    ERROR,
    /** Probably a mistake, or something that depends on resources outside the set. */
    WARNING,
    /** Worth knowing; nothing is wrong. */
    INFO;

    /**
     * @param threshold a severity
     * @return whether this severity is at least as serious as {@code threshold}
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** @return the lower-case name used in reports ({@code error}, {@code warning}, {@code info}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
