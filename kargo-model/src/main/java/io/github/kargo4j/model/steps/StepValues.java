package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.ExpressionScanner;

import java.time.Duration;

/**
 * Helpers of the typed step configurations for values given as text: whether a string holds a {@code ${{ }}}
 * expression, reading a boolean or whole-number property given as an expression, and writing a {@link Duration} as
 * Kargo's duration text. The rules a configuration must follow are {@link Constraints}, checked by
 * {@link StepConfigRules}.
 */
final class StepValues {

    private StepValues() {
    }

    /**
     * @return whether Kargo evaluates the string: it holds {@code ${{ ... }}} or {@code ${% ... %}}
     */
    static boolean isExpression(String s) {
        return ExpressionScanner.hasClosedExpression(s);
    }

    /** Reads a boolean property given as a string: an expression, else a message naming step and property. */
    static BooleanOrExpression bool(String step, String property, String expression) {
        if (expression == null || !isExpression(expression)) {
            throw new IllegalArgumentException(step + ": property \"" + property
                    + "\" must be true, false or a ${{ }} expression, found "
                    + (expression == null ? "null" : "\"" + expression + "\""));
        }
        return BooleanOrExpression.expression(expression);
    }

    /** Reads a whole-number property given as a string: an expression, else a message naming step and property. */
    static IntegerOrExpression integer(String step, String property, String expression) {
        if (expression == null || !isExpression(expression)) {
            throw new IllegalArgumentException(step + ": property \"" + property
                    + "\" must be a whole number or a ${{ }} expression, found "
                    + (expression == null ? "null" : "\"" + expression + "\""));
        }
        return IntegerOrExpression.expression(expression);
    }

    /**
     * @return the Go duration text Kargo reads ({@code 1h30m}, {@code 45s}, {@code 1s500ms})
     * @throws IllegalArgumentException for a negative duration
     */
    static String goDuration(String step, String property, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(step + ": property \"" + property + "\" must not be negative, found "
                    + d);
        }
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        int nanos = d.toNanosPart();
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (minutes > 0) {
            sb.append(minutes).append('m');
        }
        if (seconds > 0) {
            sb.append(seconds).append('s');
        }
        if (nanos > 0) {
            if (nanos % 1_000_000 == 0) {
                sb.append(nanos / 1_000_000).append("ms");
            } else if (nanos % 1_000 == 0) {
                sb.append(nanos / 1_000).append("us");
            } else {
                sb.append(nanos).append("ns");
            }
        }
        return sb.toString();
    }
}
