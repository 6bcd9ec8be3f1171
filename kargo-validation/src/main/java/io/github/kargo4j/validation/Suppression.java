package io.github.kargo4j.validation;

import java.util.Objects;

/**
 * Why a {@link Finding} is accepted: a suppressed finding stays in the report (and in JSON and SARIF, as
 * suppressed) but no longer counts for the exit status, the build or an assertion.
 *
 * @param kind          where the suppression was written
 * @param justification the reason given, as written (may be empty)
 */
public record Suppression(Kind kind, String justification) {

    /** Where a suppression was written; the names are SARIF's {@code suppression.kind}. */
    public enum Kind {
        /** A {@code # kargo4j:ignore CODE reason} comment in the manifest. */
        IN_SOURCE("inSource"),
        /** An option or setting outside the manifest ({@code --suppress}, the plugin's {@code suppress}). */
        EXTERNAL("external");

        private final String sarifName;

        Kind(String sarifName) {
            this.sarifName = sarifName;
        }

        /** @return {@code inSource} or {@code external}, as SARIF spells it */
        public String sarifName() {
            return sarifName;
        }
    }

    /** Checks that nothing is null. */
    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(justification, "justification");
    }
}
