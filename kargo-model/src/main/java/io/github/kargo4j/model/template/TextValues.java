package io.github.kargo4j.model.template;

/**
 * Reads text given as a {@link CharSequence}. Builder methods whose value may be a Kargo expression take a
 * {@code CharSequence}, so that a plain {@link String} and an expression object whose {@code toString()} is its
 * delimited form (such as kargo-builders' {@code Expr}, which gives <code>${{ vars.repo }}</code>) are both accepted
 * without a {@code toString()} call in user code.
 */
public final class TextValues {

    private TextValues() {
    }

    /**
     * @param value text, or {@code null}
     * @return its {@code toString()}, or {@code null} for {@code null} (so that the builder reports the missing value
     *     as it does for a {@code null} string)
     */
    public static String text(CharSequence value) {
        return value == null ? null : value.toString();
    }
}
