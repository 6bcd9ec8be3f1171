package io.github.kargo4j.model.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a plain (unquoted) YAML scalar means, by the rules of {@code kubectl} and the Kubernetes API server
 * (sigs.k8s.io/yaml, which follows YAML 1.1 as implemented by go-yaml v2), and whether a string must be quoted so
 * that every common YAML reader, YAML 1.1 or 1.2, reads it back as a string.
 */
final class YamlScalars {

    /** The result of resolving {@code .inf}, {@code -.inf} and {@code .nan}: numbers JSON cannot hold. */
    static final Object NOT_JSON_NUMBER = new Object();
    /** The YAML merge key {@code <<}. */
    static final Object MERGE = new Object();
    /** A null scalar. */
    static final Object NULL = new Object();

    private static final Map<String, Object> WORDS = Map.ofEntries(
            Map.entry("y", true), Map.entry("Y", true), Map.entry("yes", true), Map.entry("Yes", true),
            Map.entry("YES", true), Map.entry("true", true), Map.entry("True", true), Map.entry("TRUE", true),
            Map.entry("on", true), Map.entry("On", true), Map.entry("ON", true),
            Map.entry("n", false), Map.entry("N", false), Map.entry("no", false), Map.entry("No", false),
            Map.entry("NO", false), Map.entry("false", false), Map.entry("False", false), Map.entry("FALSE", false),
            Map.entry("off", false), Map.entry("Off", false), Map.entry("OFF", false),
            Map.entry("", NULL), Map.entry("~", NULL), Map.entry("null", NULL), Map.entry("Null", NULL),
            Map.entry("NULL", NULL),
            Map.entry(".nan", NOT_JSON_NUMBER), Map.entry(".NaN", NOT_JSON_NUMBER), Map.entry(".NAN", NOT_JSON_NUMBER),
            Map.entry(".inf", NOT_JSON_NUMBER), Map.entry(".Inf", NOT_JSON_NUMBER), Map.entry(".INF", NOT_JSON_NUMBER),
            Map.entry("+.inf", NOT_JSON_NUMBER), Map.entry("+.Inf", NOT_JSON_NUMBER),
            Map.entry("+.INF", NOT_JSON_NUMBER), Map.entry("-.inf", NOT_JSON_NUMBER),
            Map.entry("-.Inf", NOT_JSON_NUMBER), Map.entry("-.INF", NOT_JSON_NUMBER),
            Map.entry("<<", MERGE));

    /** The length of the longest of the {@link #WORDS}. */
    private static final int LONGEST_WORD = 5;
    /** The characters from {@code a} on that {@link #WORDS} start with (the others start with a capital or a sign). */
    private static final String WORD_INITIALS = "fnoty~";

    static {
        for (String w : WORDS.keySet()) {
            char c = w.isEmpty() ? 'A' : w.charAt(0);
            if (w.length() > LONGEST_WORD || c >= 'a' && WORD_INITIALS.indexOf(c) < 0) {
                throw new ExceptionInInitializerError("YamlScalars.WORDS: update LONGEST_WORD and WORD_INITIALS");
            }
        }
    }

    /**
     * go-yaml's number syntax, compiled on first use (a class of its own): most plain scalars of a manifest are words,
     * or small decimals that {@link #smallDecimal} reads, so a run may need none of these patterns, and compiling them
     * cost a cold start about a millisecond (see docs/performance.md, Start-up).
     */
    private static final class GoSyntax {
        /** go-yaml v2's float syntax (after removing underscores). */
        static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
        /**
         * What Go's {@code strconv.ParseFloat} accepts of a scalar that starts with a dot, which go-yaml v2 hands to
         * it as written: underscores between digits are allowed ({@code .1_0} is 0.1).
         */
        static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?");
        static final Pattern INT = Pattern.compile(
                "[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)");
    }

    /**
     * Patterns that YAML 1.1 (the spec) or YAML 1.2 (core schema) read as something other than a string, compiled on
     * first use (only writing asks, {@link #resolvesToNonString}).
     */
    private static final class NonString {
        static final Pattern[] PATTERNS = {
            // YAML 1.1 int: binary, octal, decimal, hex, sexagesimal (underscores allowed)
            Pattern.compile("[-+]?0b[0-1_]+"),
            Pattern.compile("[-+]?0[0-7_]+"),
            Pattern.compile("[-+]?(0|[1-9][0-9_]*)"),
            Pattern.compile("[-+]?0x[0-9a-fA-F_]+"),
            Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"),
            // YAML 1.2 int
            Pattern.compile("0o[0-7]+"),
            // YAML 1.1 float (the spec allows several dots) and sexagesimal float
            Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+]?[0-9]+)?"),
            Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"),
            // YAML 1.2 float and go-yaml's
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"),
            Pattern.compile("[-+]?\\.(inf|Inf|INF)"),
            Pattern.compile("\\.(nan|NaN|NAN)"),
            // YAML 1.1 timestamp
            Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"),
            // YAML 1.1 value key and merge key
            Pattern.compile("=|<<"),
        };
    }

    private YamlScalars() {
    }

    /**
     * Resolves a plain scalar as the Kubernetes API server would.
     *
     * @param text the scalar's text
     * @return {@link #NULL}, a {@link Boolean}, a {@link Long}, a {@link BigInteger}, a {@link Double},
     *     {@link #MERGE}, {@link #NOT_JSON_NUMBER}, or the {@link String} itself
     */
    static Object resolvePlain(String text) {
        if (text.isEmpty()) {
            return NULL;
        }
        char c = text.charAt(0);
        if (text.length() <= LONGEST_WORD && (c < 'a' || WORD_INITIALS.indexOf(c) >= 0)) {
            Object word = WORDS.get(text);
            if (word != null) {
                return word;
            }
        }
        if (c == '.') {
            if (GoSyntax.DOT_FLOAT.matcher(text).matches()) {
                double d = Double.parseDouble(text.replace("_", ""));
                // Go's ParseFloat fails on overflow, and go-yaml then keeps the text as a string
                return Double.isInfinite(d) ? text : d;
            }
            return text;
        }
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+') {
            return text;
        }
        if (looksLikeTimestamp(text)) {
            // go-yaml v2 resolves it as a timestamp, then hands it back as the original string.
            return text;
        }
        String plain = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (plain.isEmpty()) {
            return text;
        }
        Long small = smallDecimal(plain);
        if (small != null) {
            return small;
        }
        if (GoSyntax.INT.matcher(plain).matches()) {
            Object n = parseGoInt(plain);
            if (n != null) {
                return n;
            }
        }
        if (GoSyntax.FLOAT.matcher(plain).matches()) {
            double d = Double.parseDouble(plain);
            // 1e999: Go's ParseFloat fails on overflow, and go-yaml then keeps the text as a string (a number too
            // small for a double, such as 1e-400, is 0 to both)
            return Double.isInfinite(d) ? text : d;
        }
        return text;
    }

    /**
     * @param text a scalar's text
     * @return whether it is a number in go-yaml's syntax too large for a 64-bit float, such as {@code 1e999}
     */
    static boolean isBeyondDouble(String text) {
        String plain = text.replace("_", "");
        return (GoSyntax.FLOAT.matcher(plain).matches() || GoSyntax.DOT_FLOAT.matcher(text).matches())
                && Double.isInfinite(Double.parseDouble(plain));
    }

    /** A scalar whose explicit tag does not fit its text; the message says why, without quoting the value. */
    static final class TagMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TagMismatch(String message) {
            super(message, null, false, false);
        }
    }

    private static final String YAML_TAG = "tag:yaml.org,2002:";

    /**
     * Resolves a scalar with an explicit tag as go-yaml v2 (and so kubectl) decodes it: {@code !!str} keeps the text,
     * {@code !!binary} is the text its base64 encodes, {@code !!int}, {@code !!float}, {@code !!bool},
     * {@code !!null} and {@code !!timestamp} must resolve to what they name (a quoted {@code !!int "12"} is the
     * number 12), and every other tag ({@code !}, {@code !custom}, {@code !!set}) keeps the text as a string.
     *
     * @param tag  the full tag ({@code tag:yaml.org,2002:int})
     * @param text the scalar's text, quoted or not
     * @return as for {@link #resolvePlain(String)}
     * @throws TagMismatch if the text does not fit the tag
     */
    static Object resolveTagged(String tag, String text) {
        if (!tag.startsWith(YAML_TAG)) {
            return text;
        }
        String name = tag.substring(YAML_TAG.length());
        Object r;
        switch (name) {
            case "str":
                return text;
            case "binary":
                return decodeBinary(text);
            case "null":
                r = resolvePlain(text);
                if (r == NULL) {
                    return r;
                }
                break;
            case "bool":
                r = resolvePlain(text);
                if (r instanceof Boolean) {
                    return r;
                }
                break;
            case "int":
                r = resolvePlain(text);
                if (r instanceof Long || r instanceof BigInteger) {
                    return r;
                }
                break;
            case "float":
                r = resolvePlain(text);
                if (r instanceof Double || r instanceof Long || r instanceof BigInteger || r == NOT_JSON_NUMBER) {
                    return r;
                }
                break;
            case "timestamp":
                if (looksLikeTimestamp(text)) {
                    return text;
                }
                break;
            default:
                return text;
        }
        if ((name.equals("float") || name.equals("int")) && isBeyondDouble(text)) {
            throw new TagMismatch("a number beyond the range of a 64-bit float (about 1.8e308): JSON and the"
                    + " Kubernetes API server cannot hold it, and kubectl refuses it as !!" + name);
        }
        throw new TagMismatch("the value does not match its tag !!" + name + ", and kubectl refuses it; remove the"
                + " tag or write a value of that type");
    }

    /**
     * go-yaml decodes {@code !!binary} into a string of the decoded bytes; Go's base64 decoder skips line breaks and
     * needs the padding. Bytes that are not UTF-8 text cannot be carried by JSON (kubectl would replace them with
     * U+FFFD), so they are an error rather than a silent change.
     */
    private static String decodeBinary(String text) {
        String b64 = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? text.replace("\n", "").replace("\r", "") : text;
        byte[] bytes;
        try {
            if (b64.length() % 4 != 0) {
                throw new IllegalArgumentException("missing padding");
            }
            bytes = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new TagMismatch("the !!binary value is not valid base64, and kubectl refuses it");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TagMismatch("the !!binary value decodes to bytes that are not UTF-8 text: JSON cannot hold"
                    + " them and kubectl would replace them with U+FFFD; put base64 text in a plain string instead");
        }
    }

    /**
     * @param text a plain scalar
     * @return whether kubectl would read it as a number (an integer or float of go-yaml's syntax, whatever its
     *     size); linear in the length of the text, and without converting it
     */
    static boolean looksLikeNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.') {
            return false;
        }
        String plain = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        return GoSyntax.INT.matcher(plain).matches() || GoSyntax.FLOAT.matcher(plain).matches();
    }

    private static boolean looksLikeTimestamp(String s) {
        // go-yaml v2: at least "2006-1-2", starting with four digits and a dash.
        if (s.length() < 8 || s.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return Pattern.matches("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt ]|\\s+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]*)?"
                + "(\\s*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?", s);
    }

    /**
     * The common case of {@link GoSyntax#INT} and {@link #parseGoInt}, without a regular expression or a
     * {@link BigInteger}: a decimal integer of at most 18 digits (so within a {@code long}), without a leading zero,
     * with or without a sign ({@code 8080}, {@code -1}, {@code 0}).
     *
     * @param s a scalar's text, not empty
     * @return its value, or {@code null} for any other text
     */
    private static Long smallDecimal(String s) {
        int n = s.length();
        char first = s.charAt(0);
        int i = first == '-' || first == '+' ? 1 : 0;
        int digits = n - i;
        if (digits < 1 || digits > 18 || digits > 1 && s.charAt(i) == '0') {
            return null;
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return first == '-' ? -v : v;
    }

    private static Object parseGoInt(String s) {
        boolean negative = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int radix = 10;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = body.charAt(1);
            if (p == 'x' || p == 'X') {
                radix = 16;
                body = body.substring(2);
            } else if (p == 'o' || p == 'O') {
                radix = 8;
                body = body.substring(2);
            } else if (p == 'b' || p == 'B') {
                radix = 2;
                body = body.substring(2);
            } else {
                radix = 8;
                body = body.substring(1);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        int zeros = 0;
        while (zeros < body.length() - 1 && body.charAt(zeros) == '0') {
            zeros++;
        }
        int maxDigits = radix == 10 ? 20 : radix == 16 ? 16 : radix == 8 ? 22 : 64;
        if (body.length() - zeros > maxDigits) {
            // more than 64 bits: no BigInteger (converting a million digits takes minutes)
            return null;
        }
        BigInteger v;
        try {
            v = new BigInteger(body, radix);
        } catch (NumberFormatException e) {
            return null;
        }
        if (negative) {
            v = v.negate();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        // go-yaml falls back to uint64 (ParseUint takes no sign, not even +), then to float64
        if (s.charAt(0) != '-' && s.charAt(0) != '+' && v.bitLength() <= 64) {
            return v;
        }
        return null;
    }

    /**
     * The text sigs.k8s.io/yaml makes of a key that go-yaml read as a float: Go's
     * {@code strconv.FormatFloat(key, 'g', -1, 32)}, so {@code 1e3:} is the key "1000", {@code 1e6:} is "1e+06" and
     * {@code 3.14159265358979:} is "3.1415927"; infinities are ".inf" and "-.inf", NaN is ".nan".
     *
     * @param resolved what {@link #resolvePlain} made of the key: a {@link Double} or {@link #NOT_JSON_NUMBER}
     * @param text     the key as written
     * @return the key string
     */
    static String floatKey(Object resolved, String text) {
        if (resolved == NOT_JSON_NUMBER) {
            return text.toLowerCase(Locale.ROOT).contains("nan") ? ".nan"
                    : text.startsWith("-") ? "-.inf" : ".inf";
        }
        float f = ((Double) resolved).floatValue();
        if (Float.isInfinite(f)) {
            return f > 0 ? ".inf" : "-.inf";
        }
        if (f == 0) {
            return 1 / f < 0 ? "-0" : "0";
        }
        // the shortest digits that identify the float32, the closest such (as Go picks them)
        BigDecimal exact = new BigDecimal(Math.abs((double) f));
        BigDecimal d = exact;
        for (int p = 1; p <= 9; p++) {
            d = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (d.floatValue() == Math.abs(f)) {
                break;
            }
        }
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - d.scale();
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder(f < 0 ? "-" : "");
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) {
                sb.append('0');
            }
            return sb.append(e).toString();
        }
        if (dp <= 0) {
            sb.append("0.").append("0".repeat(-dp)).append(digits);
        } else if (dp >= nd) {
            sb.append(digits).append("0".repeat(dp - nd));
        } else {
            sb.append(digits, 0, dp).append('.').append(digits, dp, nd);
        }
        return sb.toString();
    }

    /**
     * @param s a string value
     * @return whether a YAML 1.1 or 1.2 reader could take the plain scalar {@code s} for something other than this
     *     string (a boolean, null, number, timestamp, merge key), so it must be quoted
     */
    static boolean resolvesToNonString(String s) {
        if (!(resolvePlain(s) instanceof String)) {
            return true;
        }
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.' && c != '=' && c != '<') {
            return false;
        }
        for (Pattern p : NonString.PATTERNS) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
