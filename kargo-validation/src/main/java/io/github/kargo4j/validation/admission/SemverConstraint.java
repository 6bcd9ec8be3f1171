package io.github.kargo4j.validation.admission;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses semantic version constraints as Kargo does (Masterminds semver v3.4 {@code NewConstraint}): ranges
 * ({@code 1.2 - 1.4}), OR groups ({@code ||}), AND lists (space or comma separated), the operators
 * {@code = != > < >= => <= =< ~ ~> ^}, and {@code x}/{@code X}/{@code *} wildcards.
 */
final class SemverConstraint {

    private static final String CV = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
    private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
    private static final Pattern OR = Pattern.compile("\\|\\|");
    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*(" + OPS + ")\\s*(" + CV + ")\\s*\\z");
    private static final Pattern RANGE = Pattern.compile("\\s*(" + CV + ")\\s+-\\s+(" + CV + ")\\s*");
    private static final Pattern FIND = Pattern.compile("(" + OPS + ")\\s*(" + CV + ")");
    private static final Pattern VALID = Pattern.compile("^(\\s*(" + OPS + ")\\s*(" + CV + ")\\s*)((?:\\s+|,\\s*)("
            + OPS + ")\\s*(" + CV + ")\\s*)*\\z");
    private static final Pattern LOOSE_VERSION = Pattern.compile("^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?\\z");
    private static final BigInteger MAX_UINT64 = new BigInteger("18446744073709551615");

    /** The most constraints whose outcome is kept; a full memo is emptied and fills again. */
    static final int MAX_KEPT = 1024;
    /** The longest constraint whose outcome is kept. */
    private static final int MAX_TEXT = 256;
    /**
     * The outcome of each constraint parsed lately: Warehouses repeat a few constraints ({@code ^1.0.0}) across a
     * fleet, and the outcome depends on nothing but the text.
     */
    private static final ConcurrentHashMap<String, Optional<String>> KNOWN = new ConcurrentHashMap<>();

    private SemverConstraint() {
    }

    /**
     * @param constraint a constraint such as {@code ^1.2.0} or {@code >=1.0, <2.0 || 3.x}
     * @return why Kargo cannot parse it, or empty if it can
     */
    static Optional<String> error(String constraint) {
        Optional<String> known = KNOWN.get(constraint);
        if (known != null) {
            return known;
        }
        Optional<String> err = parse(constraint);
        if (constraint.length() <= MAX_TEXT) {
            // the size check races with other threads, which may add one constraint each past the bound
            if (KNOWN.size() >= MAX_KEPT) {
                KNOWN.clear();
            }
            KNOWN.putIfAbsent(constraint, err);
        }
        return err;
    }

    /** @return {@link #error}, worked out without the memo */
    static Optional<String> parse(String constraint) {
        String c = rewriteRange(constraint);
        for (String segment : OR.split(c, -1)) {
            if (!VALID.matcher(segment).matches()) {
                return Optional.of("improper constraint: " + segment);
            }
            List<String> parts = new ArrayList<>();
            Matcher m = FIND.matcher(segment);
            while (m.find()) {
                parts.add(m.group());
            }
            if (parts.isEmpty()) {
                parts.add(segment);
            }
            for (String part : parts) {
                Optional<String> err = parseConstraint(part);
                if (err.isPresent()) {
                    return err;
                }
            }
        }
        return Optional.empty();
    }

    private static String rewriteRange(String in) {
        Matcher m = RANGE.matcher(in);
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new String[] {m.group(), m.group(1), m.group(11)});
        }
        String out = in;
        for (String[] f : found) {
            out = out.replaceFirst(Pattern.quote(f[0]), Matcher.quoteReplacement(">= " + f[1] + ", <= " + f[2] + " "));
        }
        return out;
    }

    private static Optional<String> parseConstraint(String c) {
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CONSTRAINT.matcher(c);
        if (!m.find()) {
            return Optional.of("improper constraint: " + c);
        }
        String major = nz(m.group(3));
        String minor = nz(m.group(4));
        String patch = nz(m.group(5));
        String pre = nz(m.group(6));
        String ver = m.group(2);
        if (isX(major) || major.isEmpty()) {
            ver = "0.0.0" + pre;
        } else if (isX(strip(minor)) || minor.isEmpty()) {
            ver = major + ".0.0" + pre;
        } else if (isX(strip(patch)) || patch.isEmpty()) {
            ver = major + minor + ".0" + pre;
        }
        return version(ver) ? Optional.empty() : Optional.of("constraint parser error in \"" + c.strip() + "\"");
    }

    /** Masterminds' coercing {@code NewVersion}. */
    private static boolean version(String v) {
        Matcher m = LOOSE_VERSION.matcher(v);
        if (!m.matches()) {
            return false;
        }
        for (int g = 1; g <= 3; g++) {
            String n = strip(nz(m.group(g)));
            if (!n.isEmpty() && new BigInteger(n).compareTo(MAX_UINT64) > 0) {
                return false;
            }
        }
        String pre = nz(m.group(5));
        if (!pre.isEmpty()) {
            for (String p : pre.split("\\.", -1)) {
                if (p.isEmpty() || (p.chars().allMatch(Character::isDigit) && p.length() > 1 && p.charAt(0) == '0')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isX(String s) {
        return s.equals("x") || s.equals("X") || s.equals("*");
    }

    private static String strip(String dotted) {
        return dotted.startsWith(".") ? dotted.substring(1) : dotted;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
