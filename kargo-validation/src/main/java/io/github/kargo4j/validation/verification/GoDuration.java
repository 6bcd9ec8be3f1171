package io.github.kargo4j.validation.verification;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration}, which Argo Rollouts applies to every duration of an analysis template: an optional
 * sign, then one or more decimal numbers (with an optional fraction), each followed by a unit {@code ns}, {@code us}
 * ({@code µs}), {@code ms}, {@code s}, {@code m} or {@code h}, such as {@code 300ms}, {@code 1.5h} or {@code 2h45m};
 * {@code 0} alone is the only number without a unit. There are no days, and no spaces.
 */
final class GoDuration {

    private static final Map<String, BigInteger> UNITS = Map.of(
            "ns", BigInteger.ONE,
            "us", BigInteger.valueOf(1_000L),
            "\u00b5s", BigInteger.valueOf(1_000L),
            "\u03bcs", BigInteger.valueOf(1_000L),
            "ms", BigInteger.valueOf(1_000_000L),
            "s", BigInteger.valueOf(1_000_000_000L),
            "m", BigInteger.valueOf(60_000_000_000L),
            "h", BigInteger.valueOf(3_600_000_000_000L));

    /** 1<<63: the magnitude above which Go reports an overflow. */
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(63);

    /** A number and a unit as people write them: {@code 1d}, {@code 5 min}, {@code 2 hours}. */
    private static final Pattern HUMAN_PART = Pattern.compile(
            "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]*)\\s*,?\\s*(?:and\\s+)?");

    private GoDuration() {
    }

    /**
     * @param s a duration as written
     * @return empty when Go parses it, else Go's error text, such as
     *     {@code time: unknown unit "d" in duration "1d"}
     */
    static Optional<String> error(String s) {
        String orig = s;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i = 1;
        }
        if (s.substring(i).equals("0")) {
            return Optional.empty();
        }
        if (i == s.length()) {
            return invalid(orig);
        }
        BigInteger total = BigInteger.ZERO;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || isDigit(c))) {
                return invalid(orig);
            }
            int start = i;
            BigInteger v = BigInteger.ZERO;
            while (i < s.length() && isDigit(s.charAt(i))) {
                v = v.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
                if (v.compareTo(LIMIT) > 0) {
                    return invalid(orig);
                }
                i++;
            }
            boolean pre = i != start;
            boolean post = false;
            int fracStart = -1;
            int fracEnd = -1;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                fracStart = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                fracEnd = i;
                post = fracEnd != fracStart;
            }
            if (!pre && !post) {
                return invalid(orig);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                return Optional.of("time: missing unit in duration " + quote(orig));
            }
            String u = s.substring(unitStart, i);
            BigInteger unit = UNITS.get(u);
            if (unit == null) {
                return Optional.of("time: unknown unit " + quote(u) + " in duration " + quote(orig));
            }
            BigInteger part = v.multiply(unit);
            if (fracStart >= 0 && fracEnd > fracStart) {
                // Go drops fraction digits beyond what fits; the integer part decides overflow
                BigInteger digits = new BigInteger(s.substring(fracStart, Math.min(fracEnd, fracStart + 18)));
                BigInteger scale = BigInteger.TEN.pow(Math.min(fracEnd, fracStart + 18) - fracStart);
                part = part.add(digits.multiply(unit).divide(scale));
            }
            if (part.compareTo(LIMIT) > 0) {
                return invalid(orig);
            }
            total = total.add(part);
            if (total.compareTo(LIMIT) > 0) {
                return invalid(orig);
            }
        }
        boolean negative = s.charAt(0) == '-';
        if (!negative && total.compareTo(LIMIT) >= 0) {
            return invalid(orig);
        }
        return Optional.empty();
    }

    /**
     * @param s a duration Go does not parse
     * @return the same duration in Go's form, when it is a plain number with a unit people write (days, minutes,
     *     hours, seconds in words), such as {@code 24h} for {@code 1d} and {@code 5m} for {@code 5 min}
     */
    static Optional<String> suggestion(String s) {
        String text = s.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = HUMAN_PART.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            m.region(at, text.length());
            if (!m.lookingAt() || m.end() == at) {
                return Optional.empty();
            }
            String number = m.group(1);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String go = goUnit(unit);
            if (go == null) {
                return Optional.empty();
            }
            if (go.equals("d") || go.equals("w")) {
                if (number.contains(".")) {
                    return Optional.empty();
                }
                long hours = Long.parseLong(number) * (go.equals("d") ? 24 : 168);
                out.append(hours).append('h');
            } else {
                out.append(number).append(go);
            }
            at = m.end();
        }
        String candidate = out.toString();
        return candidate.equals(s) || error(candidate).isPresent() ? Optional.empty() : Optional.of(candidate);
    }

    private static String goUnit(String unit) {
        switch (unit) {
            case "ns", "us", "ms", "s", "m", "h":
                return unit;
            case "sec", "secs", "second", "seconds":
                return "s";
            case "min", "mins", "minute", "minutes":
                return "m";
            case "hr", "hrs", "hour", "hours":
                return "h";
            case "d", "day", "days":
                return "d";
            case "w", "wk", "week", "weeks":
                return "w";
            default:
                return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<String> invalid(String orig) {
        return Optional.of("time: invalid duration " + quote(orig));
    }

    /** Go's quoting in these messages: the text between double quotes. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
