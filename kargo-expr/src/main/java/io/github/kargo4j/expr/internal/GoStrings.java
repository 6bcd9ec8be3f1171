package io.github.kargo4j.expr.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Go's strings package functions over Java strings (byte semantics where Go has them). */
final class GoStrings {

    private GoStrings() {
    }

    static String fromBytes(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** strings.Index in bytes. */
    static long index(String s, String sub) {
        int i = s.indexOf(sub);
        return i < 0 ? -1 : bytes(s.substring(0, i)).length;
    }

    static long lastIndex(String s, String sub) {
        int i = s.lastIndexOf(sub);
        return i < 0 ? -1 : bytes(s.substring(0, i)).length;
    }

    /** strings.SplitN (n &lt; 0: all) and SplitAfterN. */
    static List<Object> split(String s, String sep, long n, boolean after) {
        List<Object> out = new GoList(GoList.STRINGS);
        if (n == 0) {
            return new GoList(GoList.STRINGS, List.of(), true);
        }
        if (sep.isEmpty()) {
            // explode into UTF-8 sequences
            int[] cps = s.codePoints().toArray();
            long limit = n < 0 || n > cps.length ? cps.length : n;
            for (int i = 0; i < limit; i++) {
                if (i == limit - 1 && limit < cps.length) {
                    out.add(new String(cps, i, cps.length - i));
                } else {
                    out.add(new String(cps, i, 1));
                }
            }
            return out;
        }
        if (n < 0) {
            n = Long.MAX_VALUE;
        }
        int start = 0;
        while (out.size() < n - 1) {
            int i = s.indexOf(sep, start);
            if (i < 0) {
                break;
            }
            out.add(s.substring(start, after ? i + sep.length() : i));
            start = i + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    /** strings.Replace with n &lt; 0 meaning all. */
    static String replace(String s, String old, String nu, long n) {
        if (n < 0) {
            if (old.isEmpty()) {
                return replaceEmpty(s, nu, Long.MAX_VALUE);
            }
            return s.replace(old, nu);
        }
        if (old.isEmpty()) {
            return replaceEmpty(s, nu, n);
        }
        StringBuilder b = new StringBuilder();
        int start = 0;
        for (long k = 0; k < n; k++) {
            int i = s.indexOf(old, start);
            if (i < 0) {
                break;
            }
            b.append(s, start, i).append(nu);
            start = i + old.length();
        }
        return b.append(s.substring(start)).toString();
    }

    private static String replaceEmpty(String s, String nu, long n) {
        StringBuilder b = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        long done = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (done < n) {
                b.append(nu);
                done++;
            }
            if (i < cps.length) {
                b.appendCodePoint(cps[i]);
            }
        }
        return b.toString();
    }

    /** strings.TrimSpace with Go's unicode.IsSpace. */
    static String trimSpace(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && Lexer.isSpace(s.codePointAt(a))) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && Lexer.isSpace(s.codePointBefore(b))) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return s.substring(a, b);
    }

    /** strings.Trim(s, cutset). */
    static String trim(String s, String cutset) {
        int a = 0;
        int b = s.length();
        while (a < b && cutset.indexOf(s.codePointAt(a)) >= 0) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && cutset.indexOf(s.codePointBefore(b)) >= 0) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return s.substring(a, b);
    }

    /** strings.ToUpper / ToLower: per code point, as Go's unicode tables do. */
    static String upper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toUpperCase(c)));
        return b.toString();
    }

    static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }
}
