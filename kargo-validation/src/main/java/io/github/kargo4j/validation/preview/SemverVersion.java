package io.github.kargo4j.validation.preview;

import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.ExprObject;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Kargo's {@code semverParse(v)} returns: a Masterminds semver v3 {@code *semver.Version}, with the methods an
 * expression may call ({@code Major()}, {@code IncPatch()}, {@code LessThan(other)}, ...). Parsed with
 * {@code semver.NewVersion}'s loose grammar: an optional {@code v}, a missing minor or patch is 0.
 */
record SemverVersion(long major, long minor, long patch, String prerelease, String metadata, String original)
        implements ExprObject {

    /** Masterminds semver v3's loose grammar ({@code NewVersion}). */
    static final Pattern LOOSE = Pattern.compile("v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?");

    private static final Set<String> METHODS = Set.of("Major", "Minor", "Patch", "Prerelease", "Metadata", "Original",
            "String", "IncMajor", "IncMinor", "IncPatch", "LessThan", "GreaterThan", "Equal", "Compare");

    /**
     * {@code semver.NewVersion(v)}.
     *
     * @param v the text
     * @return the version
     * @throws IllegalArgumentException with Kargo's message when it is not a version
     */
    static SemverVersion parse(String v) {
        Matcher m = LOOSE.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid semantic version: Invalid Semantic Version");
        }
        String pre = m.group(5) == null ? "" : m.group(5);
        for (String part : pre.isEmpty() ? new String[0] : pre.split("\\.")) {
            if (part.length() > 1 && part.startsWith("0") && part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("invalid semantic version: version segment starts with 0");
            }
        }
        return new SemverVersion(number(m.group(1)), number(m.group(2)), number(m.group(3)), pre,
                m.group(8) == null ? "" : m.group(8), v);
    }

    private static long number(String group) {
        if (group == null) {
            return 0;
        }
        String digits = group.startsWith(".") ? group.substring(1) : group;
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid semantic version: Error parsing version segment: "
                    + "strconv.ParseUint: parsing \"" + digits + "\": value out of range");
        }
    }

    @Override
    public String goType() {
        return "*semver.Version";
    }

    @Override
    public Set<String> methods() {
        return METHODS;
    }

    @Override
    public Object call(String method, List<Object> args) {
        int wanted = switch (method) {
            case "LessThan", "GreaterThan", "Equal", "Compare" -> 1;
            default -> 0;
        };
        if (args.size() != wanted) {
            throw new IllegalArgumentException((args.size() < wanted ? "not enough" : "too many")
                    + " arguments to call " + method);
        }
        return switch (method) {
            case "Major" -> major;
            case "Minor" -> minor;
            case "Patch" -> patch;
            case "Prerelease" -> prerelease;
            case "Metadata" -> metadata;
            case "Original" -> original;
            case "String" -> toString();
            case "IncMajor" -> new SemverVersion(major + 1, 0, 0, "", "", null).withOriginal();
            case "IncMinor" -> new SemverVersion(major, minor + 1, 0, "", "", null).withOriginal();
            case "IncPatch" -> (prerelease.isEmpty() ? new SemverVersion(major, minor, patch + 1, "", "", null)
                    : new SemverVersion(major, minor, patch, "", "", null)).withOriginal();
            case "LessThan" -> compareTo(other(args)) < 0;
            case "GreaterThan" -> compareTo(other(args)) > 0;
            case "Equal" -> compareTo(other(args)) == 0;
            case "Compare" -> (long) Integer.signum(compareTo(other(args)));
            default -> throw new IllegalArgumentException("no method " + method);
        };
    }

    /** Masterminds keeps the text a version was parsed from; an incremented one gets its own text. */
    private SemverVersion withOriginal() {
        return new SemverVersion(major, minor, patch, prerelease, metadata, toString());
    }

    private static SemverVersion other(List<Object> args) {
        if (args.get(0) instanceof SemverVersion v) {
            return v;
        }
        throw new IllegalArgumentException("cannot use " + ExprLang.goType(args.get(0))
                + " as type *semver.Version in argument");
    }

    /** Semantic Versioning precedence: numbers, then a release above its prereleases, identifiers one by one. */
    int compareTo(SemverVersion o) {
        int c = Long.compareUnsigned(major, o.major);
        if (c == 0) {
            c = Long.compareUnsigned(minor, o.minor);
        }
        if (c == 0) {
            c = Long.compareUnsigned(patch, o.patch);
        }
        if (c != 0) {
            return c;
        }
        if (prerelease.equals(o.prerelease)) {
            return 0;
        }
        if (prerelease.isEmpty()) {
            return 1;
        }
        if (o.prerelease.isEmpty()) {
            return -1;
        }
        String[] a = prerelease.split("\\.");
        String[] b = o.prerelease.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean an = a[i].chars().allMatch(Character::isDigit);
            boolean bn = b[i].chars().allMatch(Character::isDigit);
            int d;
            if (an && bn) {
                d = new java.math.BigInteger(a[i]).compareTo(new java.math.BigInteger(b[i]));
            } else if (an != bn) {
                d = an ? -1 : 1;
            } else {
                d = a[i].compareTo(b[i]);
            }
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(major) + "." + Long.toUnsignedString(minor) + "." + Long.toUnsignedString(patch)
                + (prerelease.isEmpty() ? "" : "-" + prerelease) + (metadata.isEmpty() ? "" : "+" + metadata);
    }
}
