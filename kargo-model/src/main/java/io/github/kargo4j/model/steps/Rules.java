package io.github.kargo4j.model.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a step configuration runs when it is built. Every message starts with the step name and names the
 * property by its JSON path ({@code checkout[0].path}), so that the user sees at once which step and which field to
 * fix.
 */
final class Rules {

    private final String step;

    private Rules(String step) {
        this.step = step;
    }

    static Rules of(String step) {
        return new Rules(step);
    }

    static String at(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    static String item(String at, String name, int index) {
        return at(at, name) + "[" + index + "]";
    }

    private String prefix(String at) {
        return at.isEmpty() ? step + ": " : step + ": " + at + ": ";
    }

    IllegalArgumentException fail(String at, String message) {
        return new IllegalArgumentException(prefix(at) + message);
    }

    /** A required property that may be empty, such as {@code file-write}'s {@code contents}. */
    void required(Object value, String at, String name) {
        if (value == null) {
            throw new IllegalArgumentException(step + ": required property \"" + at(at, name) + "\" is not set");
        }
    }

    /** A required string of at least one character. */
    void requiredText(String value, String at, String name) {
        required(value, at, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(step + ": required property \"" + at(at, name)
                    + "\" must not be empty");
        }
    }

    /** A required list (at least one item) or object (at least one entry). */
    void requiredItems(Object value, String at, String name) {
        boolean empty = value == null
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        if (empty) {
            throw new IllegalArgumentException(step + ": required property \"" + at(at, name) + "\" is not set");
        }
    }

    void minimum(Optional<IntegerOrExpression> value, long min, String at, String name) {
        value.flatMap(IntegerOrExpression::value).ifPresent(v -> {
            if (v < min) {
                throw new IllegalArgumentException(step + ": property \"" + at(at, name) + "\" must be at least "
                        + min + ", found " + v);
            }
        });
    }

    void maximum(Optional<IntegerOrExpression> value, long max, String at, String name) {
        value.flatMap(IntegerOrExpression::value).ifPresent(v -> {
            if (v > max) {
                throw new IllegalArgumentException(step + ": property \"" + at(at, name) + "\" must be at most "
                        + max + ", found " + v);
            }
        });
    }

    /** Exactly one of the named alternatives must be set ({@code names[i]} is set when {@code set[i]}). */
    void exactlyOne(String at, String[] names, boolean... set) {
        List<String> found = found(names, set);
        if (found.size() != 1) {
            throw fail(at, "set exactly one of " + alternatives(names) + "; found "
                    + (found.isEmpty() ? "none" : quoted(found)));
        }
    }

    /** At most one of the named alternatives may be set. */
    void atMostOne(String at, String[] names, boolean... set) {
        List<String> found = found(names, set);
        if (found.size() > 1) {
            throw fail(at, "set at most one of " + alternatives(names) + "; found " + quoted(found));
        }
    }

    private static List<String> found(String[] names, boolean[] set) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (set[i]) {
                found.add(names[i]);
            }
        }
        return found;
    }

    private static String alternatives(String[] names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                sb.append(i == names.length - 1 ? " or " : ", ");
            }
            sb.append('"').append(names[i]).append('"');
        }
        return sb.toString();
    }

    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? " and " : ", ");
            }
            sb.append('"').append(names.get(i)).append('"');
        }
        return sb.toString();
    }

    /** @return whether an optional string is set and not empty (Kargo treats {@code ""} as unset) */
    static boolean isSet(Optional<String> value) {
        return value.isPresent() && !value.get().isEmpty();
    }

    /** @return whether an optional boolean is the plain value {@code true} */
    static boolean isTrue(Optional<BooleanOrExpression> value) {
        return value.isPresent() && value.get().isTrue();
    }

    // ------------------------------------------------------------------------------------- builder helpers

    /**
     * @return whether Kargo evaluates the string: it holds {@code ${{ ... }}} or {@code ${% ... %}}
     */
    static boolean isExpression(String s) {
        return delimited(s, "${{", "}}") || delimited(s, "${%", "%}");
    }

    private static boolean delimited(String s, String open, String close) {
        int start = s.indexOf(open);
        return start >= 0 && s.indexOf(close, start + open.length()) >= 0;
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
