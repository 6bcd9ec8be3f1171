package io.github.kargo4j.model.project;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed {@code stageSelector.name} of a promotion policy. Three forms, as Kargo reads them:
 * <ul>
 *   <li>a plain name: matches that exact Stage name ({@link Kind#EXACT});</li>
 *   <li>{@code regex:<re>} or {@code regexp:<re>}: a regular expression that matches if it is found <b>anywhere</b>
 *       in the name (unanchored: {@code regex:test} matches {@code my-test-2}; write {@code regex:^test$} to anchor)
 *       ({@link Kind#REGEX});</li>
 *   <li>{@code glob:<pattern>}: a doublestar glob that must match the whole name: {@code *} any run of characters
 *       other than {@code /} ({@code **} too, since Stage names have no {@code /}), {@code ?} one character,
 *       {@code [a-z]} / {@code [!x]} / {@code [^x]} a class, {@code {a,b}} alternatives, {@code \} escapes the next
 *       character ({@link Kind#GLOB}).</li>
 * </ul>
 * A name with any other {@code <prefix>:} is rejected, as Kargo's webhook does.
 *
 * <p>Kargo evaluates regular expressions with Go's RE2; this class uses {@link java.util.regex}, which agrees on
 * the common syntax (Go's named group {@code (?P<n>...)} is accepted too) but also accepts some constructs RE2
 * rejects (look-around, back-references).
 *
 * <p>Instances are immutable; equal when their source text is equal.
 */
public final class StageNamePattern {

    /** The form of a Stage name pattern. */
    public enum Kind {
        /** A plain name, matched exactly. */
        EXACT,
        /** {@code regex:} or {@code regexp:}: an unanchored regular expression. */
        REGEX,
        /** {@code glob:}: a doublestar glob matched against the whole name. */
        GLOB
    }

    private static final String GLOB_PREFIX = "glob:";
    private static final String REGEX_PREFIX = "regex:";
    private static final String REGEXP_PREFIX = "regexp:";

    private final String source;
    private final Kind kind;
    private final String pattern;
    private final Pattern compiled;

    private StageNamePattern(String source, Kind kind, String pattern, Pattern compiled) {
        this.source = source;
        this.kind = kind;
        this.pattern = pattern;
        this.compiled = compiled;
    }

    /**
     * @param text a {@code stageSelector.name} value
     * @return the parsed pattern
     * @throws IllegalArgumentException for an unknown prefix ({@code invalid pattern identifier "foo": must be
     *                                  "regex", "regexp" or "glob"}) or a regex or glob that does not compile
     */
    public static StageNamePattern parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith(GLOB_PREFIX)) {
            String glob = text.substring(GLOB_PREFIX.length());
            return new StageNamePattern(text, Kind.GLOB, glob, Pattern.compile(Glob.toRegex(glob), Pattern.DOTALL));
        }
        String regex = null;
        if (text.startsWith(REGEX_PREFIX)) {
            regex = text.substring(REGEX_PREFIX.length());
        } else if (text.startsWith(REGEXP_PREFIX)) {
            regex = text.substring(REGEXP_PREFIX.length());
        }
        if (regex != null) {
            try {
                return new StageNamePattern(text, Kind.REGEX, regex, Pattern.compile(javaRegex(regex)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regular expression \"" + regex + "\": "
                        + e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), e);
            }
        }
        int colon = text.indexOf(':');
        if (colon >= 0) {
            throw new IllegalArgumentException("invalid pattern identifier \"" + text.substring(0, colon)
                    + "\": must be \"regex\", \"regexp\" or \"glob\"");
        }
        return new StageNamePattern(text, Kind.EXACT, text, null);
    }

    /** Go's named group {@code (?P<name>...)} is written {@code (?<name>...)} in Java. */
    private static String javaRegex(String re2) {
        StringBuilder out = new StringBuilder(re2.length());
        for (int i = 0; i < re2.length(); i++) {
            char c = re2.charAt(i);
            if (c == '\\' && i + 1 < re2.length()) {
                out.append(c).append(re2.charAt(++i));
            } else if (c == '(' && re2.startsWith("?P<", i + 1)) {
                out.append("(?<");
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return the form of the pattern */
    public Kind kind() {
        return kind;
    }

    /** @return the pattern text without its prefix (for {@link Kind#EXACT}: the name itself) */
    public String pattern() {
        return pattern;
    }

    /** @return the text as written, prefix included */
    public String source() {
        return source;
    }

    /** @return whether this is a regex or glob rather than an exact name */
    public boolean isPattern() {
        return kind != Kind.EXACT;
    }

    /**
     * @param stageName a Stage name
     * @return whether the pattern selects it: exact equality, a regex found anywhere in the name, or a glob matching
     *     the whole name
     */
    public boolean matches(String stageName) {
        Objects.requireNonNull(stageName, "stageName");
        return switch (kind) {
            case EXACT -> pattern.equals(stageName);
            case REGEX -> compiled.matcher(stageName).find();
            case GLOB -> compiled.matcher(stageName).matches();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageNamePattern other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    /** @return the text as written, prefix included */
    @Override
    public String toString() {
        return source;
    }

    /** Translates a doublestar (github.com/bmatcuk/doublestar/v4) glob into an equivalent Java regex. */
    static final class Glob {

        private final String glob;
        private int i;

        private Glob(String glob) {
            this.glob = glob;
        }

        static String toRegex(String glob) {
            if (!isValid(glob)) {
                throw new IllegalArgumentException("invalid glob pattern \"" + glob + "\": syntax error in pattern");
            }
            Glob g = new Glob(glob);
            return g.sequence(false);
        }

        /** doublestar's ValidatePattern: classes closed and non-empty, braces balanced, no dangling escape. */
        static boolean isValid(String s) {
            int depth = 0;
            int n = s.length();
            outer:
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    if (++i >= n) {
                        return false;
                    }
                } else if (c == '[') {
                    if (++i >= n) {
                        return false;
                    }
                    if (s.charAt(i) == '^' || s.charAt(i) == '!') {
                        i++;
                    }
                    if (i >= n || s.charAt(i) == ']') {
                        return false;
                    }
                    for (; i < n; i++) {
                        if (s.charAt(i) == '\\') {
                            i++;
                        } else if (s.charAt(i) == ']') {
                            continue outer;
                        }
                    }
                    return false;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
            }
            return depth == 0;
        }

        private String sequence(boolean inAlternative) {
            StringBuilder out = new StringBuilder();
            boolean segmentStart = !inAlternative && (i == 0 || glob.charAt(i - 1) == '/');
            while (i < glob.length()) {
                char c = glob.charAt(i);
                if (inAlternative && (c == ',' || c == '}')) {
                    break;
                }
                switch (c) {
                    case '\\' -> {
                        i++;
                        literal(out, glob.codePointAt(i));
                        i += Character.charCount(glob.codePointAt(i));
                        segmentStart = false;
                    }
                    case '*' -> {
                        int start = i;
                        while (i < glob.length() && glob.charAt(i) == '*') {
                            i++;
                        }
                        boolean doubleStar = i - start == 2 && segmentStart && !inAlternative;
                        if (doubleStar && i == glob.length()) {
                            out.append(".*");
                        } else if (doubleStar && glob.charAt(i) == '/') {
                            i++;
                            out.append("(?:.*/)?");
                            segmentStart = true;
                            continue;
                        } else {
                            out.append("[^/]*");
                        }
                        segmentStart = false;
                    }
                    case '?' -> {
                        out.append("[^/]");
                        i++;
                        segmentStart = false;
                    }
                    case '[' -> {
                        characterClass(out);
                        segmentStart = false;
                    }
                    case '{' -> {
                        i++;
                        out.append("(?:");
                        while (true) {
                            out.append(sequence(true));
                            char end = glob.charAt(i++);
                            if (end == '}') {
                                break;
                            }
                            out.append('|');
                        }
                        out.append(')');
                        segmentStart = false;
                    }
                    case '/' -> {
                        if (!inAlternative && glob.startsWith("**", i + 1) && i + 3 == glob.length()) {
                            // "dir/**" also matches "dir" itself
                            out.append("(?:/.*)?");
                            i = glob.length();
                        } else {
                            out.append('/');
                            i++;
                            segmentStart = true;
                        }
                    }
                    default -> {
                        int cp = glob.codePointAt(i);
                        literal(out, cp);
                        i += Character.charCount(cp);
                        segmentStart = false;
                    }
                }
            }
            return out.toString();
        }

        private void characterClass(StringBuilder out) {
            i++;
            boolean negate = glob.charAt(i) == '^' || glob.charAt(i) == '!';
            if (negate) {
                i++;
            }
            StringBuilder items = new StringBuilder();
            while (glob.charAt(i) != ']') {
                int lo = classChar();
                if (glob.charAt(i) == '-' && glob.charAt(i + 1) != ']') {
                    i++;
                    int hi = classChar();
                    if (lo <= hi) {
                        items.append(hex(lo)).append('-').append(hex(hi));
                    }
                } else {
                    items.append(hex(lo));
                }
            }
            i++;
            if (items.length() == 0) {
                out.append(negate ? "(?s:.)" : "(?!)");
            } else {
                out.append(negate ? "[^" : "[").append(items).append(']');
            }
        }

        private int classChar() {
            if (glob.charAt(i) == '\\') {
                i++;
            }
            int cp = glob.codePointAt(i);
            i += Character.charCount(cp);
            return cp;
        }

        private static void literal(StringBuilder out, int cp) {
            out.append(hex(cp));
        }

        private static String hex(int cp) {
            return "\\x{" + Integer.toHexString(cp) + "}";
        }
    }
}
