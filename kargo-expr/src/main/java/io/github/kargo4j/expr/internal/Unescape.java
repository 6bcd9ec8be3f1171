package io.github.kargo4j.expr.internal;

import java.nio.charset.StandardCharsets;

/** Decodes the escapes of a quoted string or bytes literal with expr-lang's rules. */
final class Unescape {

    private Unescape() {
    }

    private static final String BAD = "unable to unescape string";
    private static final String BAD_OCTAL = "unable to unescape octal sequence in string";

    /**
     * Decodes a literal including its quotes. For a bytes literal the result holds one char per byte (0..255).
     */
    static String unescape(String quoted, boolean bytes) {
        String value = quoted.replace("\r\n", "\n").replace('\r', '\n');
        int n = value.length();
        if (n < 2 || value.charAt(0) != value.charAt(n - 1) || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
            throw new IllegalArgumentException(BAD);
        }
        String s = value.substring(1, n - 1);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c != '\\') {
                if (bytes && c >= 0x80) {
                    for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                        out.append((char) (b & 0xFF));
                    }
                } else {
                    out.appendCodePoint(c);
                }
                i += Character.charCount(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new IllegalArgumentException("unable to unescape string, found '\\' as last character");
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '\\', '\'', '"', '`', '?' -> out.append(e);
                case 'x', 'X', 'u', 'U' -> {
                    if (bytes && (e == 'u' || e == 'U')) {
                        throw new IllegalArgumentException(BAD);
                    }
                    int v = 0;
                    if (e == 'u' && i < s.length() && s.charAt(i) == '{') {
                        i++;
                        int digits = 0;
                        while (i < s.length() && s.charAt(i) != '}') {
                            int x = Character.digit(s.charAt(i), 16);
                            if (x < 0 || digits >= 6) {
                                throw new IllegalArgumentException(BAD);
                            }
                            v = v << 4 | x;
                            i++;
                            digits++;
                        }
                        if (i >= s.length() || digits == 0) {
                            throw new IllegalArgumentException(BAD);
                        }
                        i++;
                    } else {
                        int len = e == 'u' ? 4 : e == 'U' ? 8 : 2;
                        if (s.length() - i < len) {
                            throw new IllegalArgumentException(BAD);
                        }
                        long lv = 0;
                        for (int j = 0; j < len; j++) {
                            int x = Character.digit(s.charAt(i + j), 16);
                            if (x < 0 || s.charAt(i + j) > 0x7F) {
                                throw new IllegalArgumentException(BAD);
                            }
                            lv = lv << 4 | x;
                        }
                        i += len;
                        if (lv > 0x10FFFF) {
                            throw new IllegalArgumentException(BAD);
                        }
                        v = (int) lv;
                    }
                    if (v > 0x10FFFF) {
                        throw new IllegalArgumentException(BAD);
                    }
                    if (bytes) {
                        out.append((char) v);
                    } else {
                        appendRune(out, v);
                    }
                }
                case '0', '1', '2', '3' -> {
                    if (s.length() - i < 2) {
                        throw new IllegalArgumentException(BAD_OCTAL);
                    }
                    int v = e - '0';
                    for (int j = 0; j < 2; j++) {
                        char x = s.charAt(i + j);
                        if (x < '0' || x > '7') {
                            throw new IllegalArgumentException(BAD_OCTAL);
                        }
                        v = v * 8 + (x - '0');
                    }
                    i += 2;
                    if (bytes) {
                        out.append((char) v);
                    } else {
                        appendRune(out, v);
                    }
                }
                default -> throw new IllegalArgumentException(BAD);
            }
        }
        return out.toString();
    }

    private static void appendRune(StringBuilder out, int v) {
        if (v >= 0xD800 && v <= 0xDFFF) {
            out.append('\uFFFD');
        } else {
            out.appendCodePoint(v);
        }
    }
}
