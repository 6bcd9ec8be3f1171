package io.github.kargo4j.expr.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's regexp (RE2 syntax) on java.util.regex: the common syntax is the same; RE2 guarantees linear time, which
 * java.util.regex does not, so patterns with back-references or look-arounds (which RE2 rejects) are rejected here.
 */
final class GoRegex {

    private GoRegex() {
    }

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

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
        if (re.contains("(?=") || re.contains("(?!") || re.contains("(?<=") || re.contains("(?<!")) {
            throw new EvalError("error parsing regexp: invalid or unsupported Perl syntax: `(?"
                    + re.charAt(re.indexOf("(?") + 2) + "`");
        }
        if (re.matches(".*\\\\[1-9].*")) {
            throw new EvalError("error parsing regexp: invalid escape sequence: `" + re.substring(re.indexOf('\\'),
                    re.indexOf('\\') + 2) + "`");
        }
        try {
            p = Pattern.compile(re.replace("(?P<", "(?<"));
        } catch (PatternSyntaxException e) {
            String d = e.getDescription();
            String msg;
            if (d.startsWith("Unclosed group")) {
                msg = "missing closing ): `" + re + "`";
            } else if (d.startsWith("Unmatched closing ')'")) {
                msg = "unexpected ): `" + re + "`";
            } else if (d.startsWith("Unclosed character class")) {
                msg = "missing closing ]: `" + re.substring(Math.max(0, re.lastIndexOf('['))) + "`";
            } else if (d.startsWith("Illegal character range")) {
                java.util.regex.Matcher m = Pattern.compile("(.)-(.)").matcher(re);
                String range = "";
                while (m.find()) {
                    if (m.group(1).codePointAt(0) > m.group(2).codePointAt(0)) {
                        range = m.group();
                        break;
                    }
                }
                msg = "invalid character class range: `" + range + "`";
            } else if (d.startsWith("Dangling meta character")) {
                msg = "missing argument to repetition operator: `" + re.charAt(Math.max(0, e.getIndex())) + "`";
            } else {
                msg = d.toLowerCase(java.util.Locale.ROOT) + ": `" + re + "`";
            }
            throw new EvalError("error parsing regexp: " + msg);
        }
        if (CACHE.size() < 1000) {
            CACHE.put(re, p);
        }
        return p;
    }

    static boolean matches(String s, String re) {
        return compile(re).matcher(s).find();
    }
}
