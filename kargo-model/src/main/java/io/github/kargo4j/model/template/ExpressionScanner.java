package io.github.kargo4j.model.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Kargo template string into its {@code ${{ ... }}} and {@code ${% ... %}} expressions, exactly as Kargo
 * v1.11 does: the earliest opening delimiter starts an expression, which ends at the first closing delimiter of the
 * same pair (there is no nesting, so {@code ${{ {"a": {"b": 1}} }}} ends after {@code {"b": 1}}; use
 * {@code ${% ... %}} for expressions containing <code>}}</code>). Text outside expressions is used verbatim.
 *
 * <p>Never throws; linear in the length of the text. This is the one place kargo4j finds expressions in text: the
 * validator, the typed step configurations and the builders use it.
 */
public final class ExpressionScanner {

    private ExpressionScanner() {
    }

    /**
     * One expression in a template.
     *
     * @param start  the index of its opening delimiter
     * @param end    the index just after its closing delimiter (the text's length when unclosed)
     * @param open   the opening delimiter, <code>${{</code> or <code>${%</code>
     * @param close  the closing delimiter expected, <code>}}</code> or <code>%}</code>
     * @param body   the expression between the delimiters (to the end of the text when unclosed)
     * @param closed whether the closing delimiter was found
     */
    public record Segment(int start, int end, String open, String close, String body, boolean closed) {
    }

    /**
     * @param text a string value
     * @return whether it contains an opening delimiter (Kargo evaluates it as a template)
     */
    public static boolean hasExpression(String text) {
        return text != null && (text.contains("${{") || text.contains("${%"));
    }

    /**
     * @param text a string value
     * @return its expressions in order; after an unclosed one (always the last) nothing more is found, as Kargo stops
     *     there with "unclosed expression"
     */
    public static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int from = 0;
        while (from < text.length()) {
            int curly = text.indexOf("${{", from);
            int percent = text.indexOf("${%", from);
            int start;
            String open;
            String close;
            if (curly < 0 && percent < 0) {
                break;
            } else if (percent < 0 || (curly >= 0 && curly < percent)) {
                start = curly;
                open = "${{";
                close = "}}";
            } else {
                start = percent;
                open = "${%";
                close = "%}";
            }
            int bodyStart = start + open.length();
            int closeAt = text.indexOf(close, bodyStart);
            if (closeAt < 0) {
                out.add(new Segment(start, text.length(), open, close, text.substring(bodyStart), false));
                break;
            }
            out.add(new Segment(start, closeAt + close.length(), open, close, text.substring(bodyStart, closeAt),
                    true));
            from = closeAt + close.length();
        }
        return out;
    }

    /**
     * @param text     a template
     * @param segments its segments
     * @param stand    what to put in place of each expression
     * @return the text outside the expressions, each expression replaced by {@code stand}
     */
    public static String outside(String text, List<Segment> segments, String stand) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Segment s : segments) {
            sb.append(text, at, s.start()).append(stand);
            at = s.end();
        }
        sb.append(text, Math.min(at, text.length()), text.length());
        return sb.toString();
    }

    /**
     * @param text a string value
     * @return whether it holds at least one complete expression (Kargo evaluates it, and its value is known only
     *     then)
     */
    public static boolean hasClosedExpression(String text) {
        if (!hasExpression(text)) {
            return false;   // no opening delimiter, as nearly every string: no list of segments to make
        }
        for (Segment s : segments(text)) {
            if (s.closed()) {
                return true;
            }
        }
        return false;
    }
}
