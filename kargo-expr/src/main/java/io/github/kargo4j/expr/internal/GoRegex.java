package io.github.kargo4j.expr.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's regexp (RE2 syntax and semantics) on java.util.regex. A pattern is translated construct by construct: what RE2
 * rejects (back-references, look-arounds, possessive quantifiers, {@code \h}, ...) gets RE2's error message, and what
 * means something else in Java is rewritten: {@code .} matches {@code \r}, {@code $} is the end of the text unless
 * {@code (?m)}, {@code \s} and {@code \b} are ASCII, {@code \v} is a vertical tab, {@code (?i)} folds Unicode simply,
 * a {@code {} that starts no repetition is a literal, and a {@code [} or {@code &&} inside a class are literals. Only
 * matching matters for {@code matches}, so RE2's ungreedy flag {@code U} is dropped.
 */
final class GoRegex {

    private GoRegex() {
    }

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private static final String WORD = "[0-9A-Za-z_]";
    private static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    private static final String NOT_BOUNDARY = "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD
            + "))";
    private static final Map<String, String> POSIX = Map.ofEntries(Map.entry("alpha", "Alpha"),
            Map.entry("digit", "Digit"), Map.entry("alnum", "Alnum"), Map.entry("upper", "Upper"),
            Map.entry("lower", "Lower"), Map.entry("space", "Space"), Map.entry("punct", "Punct"),
            Map.entry("xdigit", "XDigit"), Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"),
            Map.entry("graph", "Graph"), Map.entry("print", "Print"), Map.entry("ascii", "ASCII"));

    /** Go's error text for an invalid pattern, or null. */
    static String compileError(String re) {
        try {
            compile(re);
            return null;
        } catch (EvalError e) {
            return e.getMessage();
        }
    }

    static Pattern compile(String re) {
        Pattern p = CACHE.get(re);
        if (p != null) {
            return p;
        }
        String translated = translate(re);
        try {
            p = Pattern.compile(translated, Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            if (e.getDescription().startsWith("Illegal character range")) {
                java.util.regex.Matcher m = Pattern.compile("(.)-(.)").matcher(re);
                while (m.find()) {
                    if (m.group(1).codePointAt(0) > m.group(2).codePointAt(0)) {
                        throw error("invalid character class range", m.group());
                    }
                }
            }
            throw new EvalError("error parsing regexp: " + e.getDescription().toLowerCase(java.util.Locale.ROOT)
                    + ": `" + re + "`");
        }
        if (CACHE.size() < 1000) {
            CACHE.put(re, p);
        }
        return p;
    }

    static boolean matches(String s, String re) {
        return compile(re).matcher(s).find();
    }

    private static EvalError error(String what, String text) {
        return new EvalError("error parsing regexp: " + what + ": `" + text + "`");
    }

    /** RE2 pattern to java.util.regex pattern; throws RE2's parse errors. */
    static String translate(String re) {
        boolean multiline = re.matches("(?s).*\\(\\?[a-zA-Z]*m[a-zA-Z]*[):].*");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        // what the last item was: 0 nothing to repeat, 1 an atom, 2 a repetition, 3 a lazy repetition
        int last = 0;
        String lastRepeat = "";
        int i = 0;
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < n && re.charAt(i + 1) == 'Q') {
                        int end = re.indexOf("\\E", i + 2);
                        String lit = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
                        out.append(Pattern.quote(lit));
                        i = end < 0 ? n : end + 2;
                        last = lit.isEmpty() ? last : 1;
                        continue;
                    }
                    int[] consumed = new int[1];
                    out.append(escape(re, i, false, consumed, multiline));
                    i += consumed[0];
                    last = 1;
                    continue;
                }
                case '[' -> {
                    int[] consumed = new int[1];
                    out.append(charClass(re, i, consumed));
                    i += consumed[0];
                    last = 1;
                    continue;
                }
                case '(' -> {
                    if (i + 1 < n && re.charAt(i + 1) == '?') {
                        int[] consumed = new int[1];
                        out.append(group(re, i, consumed));
                        i += consumed[0];
                        if (out.charAt(out.length() - 1) == ')') {
                            // a flag group: nothing to repeat after it
                            last = 0;
                            continue;
                        }
                    } else {
                        out.append('(');
                        i++;
                    }
                    depth++;
                    last = 0;
                    continue;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw error("unexpected )", re);
                    }
                    depth--;
                    out.append(')');
                    last = 1;
                }
                case '|' -> {
                    out.append('|');
                    last = 0;
                }
                case '*', '+', '?' -> {
                    if (c == '?' && last == 2) {
                        out.append('?');
                        last = 3;
                        lastRepeat += "?";
                        break;
                    }
                    if (last == 2 || last == 3) {
                        throw error("invalid nested repetition operator", lastRepeat + c);
                    }
                    if (last == 0) {
                        throw error("missing argument to repetition operator", String.valueOf(c));
                    }
                    out.append(c);
                    last = 2;
                    lastRepeat = String.valueOf(c);
                }
                case '{' -> {
                    java.util.regex.Matcher m = Pattern.compile("\\{(\\d+)(,(\\d*))?\\}").matcher(re);
                    if (m.find(i) && m.start() == i) {
                        String rep = m.group();
                        long min = parseCount(m.group(1));
                        long max = m.group(3) == null ? min : m.group(3).isEmpty() ? -1 : parseCount(m.group(3));
                        if (min > 1000 || max > 1000 || (max >= 0 && max < min)) {
                            throw error("invalid repeat count", rep);
                        }
                        if (last == 2 || last == 3) {
                            throw error("invalid nested repetition operator", lastRepeat + rep);
                        }
                        if (last == 0) {
                            throw error("missing argument to repetition operator", rep);
                        }
                        out.append(rep);
                        i += rep.length();
                        last = 2;
                        lastRepeat = rep;
                        continue;
                    }
                    out.append("\\{");
                    last = 1;
                }
                case '$' -> {
                    out.append(multiline ? "$" : "\\z");
                    last = 0;
                }
                case '}', ']' -> {
                    out.append('\\').append(c);
                    last = 1;
                }
                default -> {
                    out.append(c);
                    // an anchor gives a repetition nothing to repeat
                    last = c == '^' ? 0 : 1;
                }
            }
            i++;
        }
        if (depth > 0) {
            throw error("missing closing )", re);
        }
        return out.toString();
    }

    private static long parseCount(String digits) {
        return digits.length() > 5 ? 100_000 : Long.parseLong(digits);
    }

    private static String group(String re, int i, int[] consumed) {
        // re[i] == '(' and re[i + 1] == '?'
        if (re.startsWith("(?P<", i)) {
            int end = re.indexOf('>', i);
            if (end < 0) {
                throw error("invalid named capture", re.substring(i));
            }
            String name = re.substring(i + 4, end);
            if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
                throw error("invalid named capture", re.substring(i, end + 1));
            }
            consumed[0] = end + 1 - i;
            return "(?<" + name.replace("_", "U95x") + ">";
        }
        int j = i + 2;
        StringBuilder flags = new StringBuilder();
        while (j < re.length() && "imsU-".indexOf(re.charAt(j)) >= 0) {
            if (re.charAt(j) != 'U') {
                flags.append(re.charAt(j));
            }
            j++;
        }
        if (j < re.length() && (re.charAt(j) == ')' || re.charAt(j) == ':') && j > i + 2) {
            consumed[0] = j + 1 - i;
            String f = flags.toString();
            if (re.charAt(j) == ')') {
                return f.isEmpty() || f.equals("-") ? "(?:)" : "(?" + f + ")";
            }
            return "(?" + (f.isEmpty() || f.equals("-") ? "" : f) + ":";
        }
        if (j < re.length() && re.charAt(j) == ':' && j == i + 2) {
            consumed[0] = 3;
            return "(?:";
        }
        throw error("invalid or unsupported Perl syntax", re.substring(i, Math.min(re.length(), i + 3)));
    }

    /** An escape outside (inClass false) or inside a class; consumed[0] gets its length. */
    private static String escape(String re, int i, boolean inClass, int[] consumed, boolean multiline) {
        if (i + 1 >= re.length()) {
            throw error("trailing backslash at end of expression", "");
        }
        char e = re.charAt(i + 1);
        consumed[0] = 2;
        switch (e) {
            case 'd', 'D', 'w', 'W', 'a', 'f', 't', 'n', 'r' -> {
                return "\\" + e;
            }
            case 'v' -> {
                return "\\x0B";
            }
            case 's' -> {
                return inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]";
            }
            case 'S' -> {
                return inClass ? "&&[^\\t\\n\\f\\r ]" : "[^\\t\\n\\f\\r ]";
            }
            case 'b', 'B', 'A', 'z' -> {
                if (inClass) {
                    throw error("invalid escape sequence", "\\" + e);
                }
                return e == 'b' ? BOUNDARY : e == 'B' ? NOT_BOUNDARY : "\\" + e;
            }
            case 'p', 'P' -> {
                String name;
                if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
                    int end = re.indexOf('}', i + 2);
                    if (end < 0) {
                        throw error("invalid character class range", re.substring(i));
                    }
                    name = re.substring(i + 3, end);
                    consumed[0] = end + 1 - i;
                } else if (i + 2 < re.length()) {
                    name = String.valueOf(re.charAt(i + 2));
                    consumed[0] = 3;
                } else {
                    throw error("invalid character class range", re.substring(i));
                }
                boolean negate = e == 'P';
                if (name.startsWith("^")) {
                    negate = !negate;
                    name = name.substring(1);
                }
                String javaName = name.equals("Any") ? null : name.length() <= 2 ? name : "Is" + name;
                if (javaName != null) {
                    try {
                        Pattern.compile("\\p{" + javaName + "}");
                    } catch (PatternSyntaxException x) {
                        throw error("invalid character class range", re.substring(i, i + consumed[0]));
                    }
                }
                if (javaName == null) {
                    return negate ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]";
                }
                return (negate ? "\\P{" : "\\p{") + javaName + "}";
            }
            case 'x' -> {
                java.util.regex.Matcher m = Pattern.compile("\\\\x(\\{[0-9A-Fa-f]{1,8}\\}|[0-9A-Fa-f]{2})")
                        .matcher(re);
                if (m.find(i) && m.start() == i) {
                    consumed[0] = m.group().length();
                    return m.group();
                }
                throw error("invalid escape sequence", re.substring(i, Math.min(re.length(), i + 2)));
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int j = i + 1;
                    if (e != '0' && (j + 1 >= re.length() || re.charAt(j + 1) < '0' || re.charAt(j + 1) > '7')) {
                        throw error("invalid escape sequence", "\\" + e);
                    }
                    int end = j + 1;
                    while (end < re.length() && end < j + 3 && re.charAt(end) >= '0' && re.charAt(end) <= '7') {
                        end++;
                    }
                    consumed[0] = end - i;
                    return String.format("\\x{%x}", Integer.parseInt(re.substring(j, end), 8));
                }
                if (e < 0x80 && !Character.isLetterOrDigit(e) && e != '_') {
                    return "\\" + e;
                }
                int cp = re.codePointAt(i + 1);
                throw error("invalid escape sequence", "\\" + new String(Character.toChars(cp)));
            }
        }
    }

    private static String charClass(String re, int i, int[] consumed) {
        StringBuilder out = new StringBuilder("[");
        int j = i + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            out.append('^');
            j++;
        }
        boolean first = true;
        boolean afterDash = false;
        while (true) {
            if (j >= re.length()) {
                throw error("missing closing ]", re.substring(i));
            }
            char c = re.charAt(j);
            if (c == ']' && !first) {
                break;
            }
            if (c == '[' && re.startsWith("[:", j)) {
                int end = re.indexOf(":]", j + 2);
                if (end > 0) {
                    String name = re.substring(j + 2, end);
                    boolean neg = name.startsWith("^");
                    String key = neg ? name.substring(1) : name;
                    String mapped = key.equals("word") ? (neg ? "\\W" : "\\w")
                            : POSIX.containsKey(key) ? (neg ? "\\P{" : "\\p{") + POSIX.get(key) + "}" : null;
                    if (mapped == null) {
                        throw error("invalid character class range", re.substring(j, end + 2));
                    }
                    out.append(mapped);
                    j = end + 2;
                    first = false;
                    afterDash = false;
                    continue;
                }
            }
            if (c == '\\') {
                if (afterDash && j + 1 < re.length() && "dDwWsSpP".indexOf(re.charAt(j + 1)) >= 0) {
                    throw error("invalid escape sequence", re.substring(j, j + 2));
                }
                int[] used = new int[1];
                out.append(escape(re, j, true, used, false));
                j += used[0];
            } else if (c == '[' || c == '&' || c == '^') {
                out.append('\\').append(c);
                j++;
            } else {
                out.append(c);
                j++;
            }
            afterDash = c == '-' && !first;
            first = false;
        }
        consumed[0] = j + 1 - i;
        return out.append(']').toString();
    }
}
