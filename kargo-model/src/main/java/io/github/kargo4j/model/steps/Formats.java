package io.github.kargo4j.model.steps;

import java.util.regex.Pattern;

/**
 * The string formats of Kargo's step schemas, as Kargo's JSON Schema library (gojsonschema) checks them: {@code email}
 * is what Go's {@code mail.ParseAddress} accepts (an address, optionally as {@code Name <address>}), {@code uri} is a
 * reference with a scheme and no backslash.
 */
final class Formats {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String DOT_ATOM = ATOM + "(?:\\." + ATOM + ")*";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
    private static final String ADDRESS = "(?:" + DOT_ATOM + "|" + QUOTED + ")@(?:" + DOT_ATOM + "|\\[[^\\[\\]\\\\]*\\])";
    private static final Pattern EMAIL = Pattern.compile(
            "^(?:" + ADDRESS + "|(?:[^<>\"]*|" + QUOTED + ")\\s*<" + ADDRESS + ">)$");
    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\\\\\x00-\\x1f\\x7f]*$");

    private Formats() {
    }

    static boolean matches(String format, String value) {
        return switch (format) {
            case "email" -> EMAIL.matcher(value.strip()).matches();
            case "uri" -> URI.matcher(value).matches();
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
