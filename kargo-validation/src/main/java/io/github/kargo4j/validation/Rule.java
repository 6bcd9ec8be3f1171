package io.github.kargo4j.validation;

import java.util.Objects;

/**
 * A rule: a stable code that never changes meaning, a short name, a default severity and a one-line summary. Each
 * rule is documented in {@code docs/rules.md} with a bad and a fixed example ({@code kargo4j explain CODE}).
 *
 * @param code          the code, {@code K} + category letter + three digits ({@code KG001})
 * @param name          a short kebab-case name ({@code stage-cycle})
 * @param category      the family
 * @param severity      the default severity
 * @param summary       one line saying what the rule finds
 * @param outsideSet    whether the rule reports a reference to something that may live outside the validated set
 *                      (a warning by default, an error when the caller says the set is complete)
 */
public record Rule(String code, String name, Category category, Severity severity, String summary,
                   boolean outsideSet) {

    /** Checks the code's shape and that it matches the category. */
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        if (!wellFormed(code) || code.charAt(1) != category.letter()) {
            throw new IllegalArgumentException("rule code " + code + " must be K" + category.letter() + "nnn");
        }
    }

    /** @return whether the code is K, an upper-case letter and three digits (no regular expression: every rule of
     *     every check is made at start-up) */
    private static boolean wellFormed(String code) {
        return code.length() == 5 && code.charAt(0) == 'K' && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z'
                && digit(code.charAt(2)) && digit(code.charAt(3)) && digit(code.charAt(4));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * @param code     the code
     * @param name     a short kebab-case name
     * @param category the family
     * @param severity the default severity
     * @param summary  one line saying what the rule finds
     * @return a rule whose severity does not depend on the completeness of the set
     */
    public static Rule of(String code, String name, Category category, Severity severity, String summary) {
        return new Rule(code, name, category, severity, summary, false);
    }

    /**
     * @param complete whether the validated set is complete
     * @return the severity to report: rules about references outside the set are warnings unless the set is
     *     complete
     */
    public Severity effectiveSeverity(boolean complete) {
        return outsideSet && !complete && severity == Severity.ERROR ? Severity.WARNING : severity;
    }
}
