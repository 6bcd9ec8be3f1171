package io.github.kargo4j.expr.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bytes {@code yaml.Marshal(v)} of go.yaml.in/yaml/v3 (v3.0.4) writes for a value of kargo-expr's value model: what
 * Kargo's template function {@code asYAML(v)} returns. Block style with an indent of 4, {@code []} and {@code {}}
 * for empty lists and maps, map keys in yaml.v3's order (numbers before strings, digit runs by value), strings plain
 * unless they would read back as another type (YAML 1.1 booleans such as {@code yes}, numbers, {@code ~}, dates) or
 * hold characters that need quotes, {@code |}/{@code |-}/{@code |+} blocks for strings with {@code \n}, floats as Go's
 * {@code strconv.FormatFloat(f, 'g', -1, 64)} with {@code .inf}/{@code -.inf}/{@code .nan}, durations as their Go
 * {@code String()}, times as RFC 3339 with nanoseconds, {@code []uint8} as a list of numbers, a
 * {@code *time.Location} as {@code {}}. No line is ever folded (yaml.v3's Marshal leaves the width unlimited).
 *
 * <p>The port follows yaml.v3's own structure: an encoder (encode.go, resolve.go, sorter.go) turns the value into
 * events and an emitter (emitterc.go, the libyaml state machine) writes them. Both work without recursion: the
 * encoder keeps an explicit stack of open lists and maps and the emitter keeps libyaml's explicit state and indent
 * stacks, so the Java stack depth never depends on the value.
 *
 * <p>Errors are {@link IllegalArgumentException}s. A function value gives Go's panic text
 * {@code cannot marshal type: <Go type>} (Go panics; expr-lang reports the panic text as the run-time error, without
 * Kargo's {@code error applying asYAML() function: } prefix); so does an object outside the value model. A value
 * nested more than {@link #MAX_DEPTH} lists and maps deep, and an output of more than {@link #MAX_OUTPUT_BYTES} bytes,
 * are refused with a message starting {@code yaml: } (yaml.v3 has no such limits; they keep time and memory bounded
 * for hostile values: a deeply nested map's output grows with the square of its depth).
 */
public final class GoYaml {

    /** How deeply lists and maps may nest, as for {@code toJSON}. */
    public static final int MAX_DEPTH = Values.MAX_VALUE_DEPTH;

    /** The largest output, in UTF-8 bytes. */
    public static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

    private GoYaml() {
    }

    /**
     * Marshals a value as yaml.v3's {@code yaml.Marshal} does.
     *
     * @param value a value of kargo-expr's value model (package documentation of {@code io.github.kargo4j.expr})
     * @return the YAML text, ending with a line break
     * @throws IllegalArgumentException for a function value or an object outside the value model (Go's panic text),
     *     a value nested too deeply or an output too large
     */
    public static String marshal(Object value) {
        return marshal(value, MAX_DEPTH, MAX_OUTPUT_BYTES);
    }

    static String marshal(Object value, int maxDepth, int maxOutputBytes) {
        Emitter em = new Emitter(maxOutputBytes);
        em.emit(Event.of(Event.STREAM_START));
        em.emit(Event.of(Event.DOCUMENT_START));
        encode(em, value, maxDepth);
        em.emit(Event.of(Event.DOCUMENT_END));
        em.openEnded = false;
        em.emit(Event.of(Event.STREAM_END));
        return new String(em.out, 0, em.size, StandardCharsets.UTF_8);
    }

    // ---- encoder (encode.go) --------------------------------------------------------------------------------------

    /** An open list or map: its children in emitting order (a map's keys and values alternate). */
    private static final class Frame {
        final Object[] items;
        final boolean mapping;
        int next;

        Frame(Object[] items, boolean mapping) {
            this.items = items;
            this.mapping = mapping;
        }
    }

    private static void encode(Emitter em, Object root, int maxDepth) {
        ArrayList<Frame> stack = new ArrayList<>();
        Object pending = root;
        boolean hasPending = true;
        while (true) {
            if (hasPending) {
                hasPending = false;
                Frame f = open(em, pending);
                if (f != null) {
                    if (stack.size() >= maxDepth) {
                        throw new IllegalArgumentException(
                                "yaml: value is nested more than " + maxDepth + " lists and maps deep");
                    }
                    stack.add(f);
                }
            }
            if (stack.isEmpty()) {
                return;
            }
            Frame top = stack.get(stack.size() - 1);
            if (top.next < top.items.length) {
                pending = top.items[top.next];
                top.items[top.next++] = null;
                hasPending = true;
            } else {
                stack.remove(stack.size() - 1);
                em.emit(Event.of(top.mapping ? Event.MAPPING_END : Event.SEQUENCE_END));
            }
        }
    }

    /** Emits a scalar, or the start of a list or map and returns its frame. */
    private static Frame open(Emitter em, Object v) {
        if (v == null) {
            scalar(em, "null", Event.PLAIN);
        } else if (v instanceof String s) {
            string(em, s);
        } else if (v instanceof Boolean b) {
            scalar(em, b ? "true" : "false", Event.PLAIN);
        } else if (v instanceof Long || v instanceof Short || v instanceof Integer) {
            scalar(em, v.toString(), Event.PLAIN);
        } else if (v instanceof Month || v instanceof DayOfWeek) {
            scalar(em, Long.toString(Values.namedInt(v)), Event.PLAIN);
        } else if (v instanceof Double d) {
            scalar(em, floatText(d), Event.PLAIN);
        } else if (v instanceof Duration d) {
            string(em, GoTime.durationString(d));
        } else if (v instanceof ZonedDateTime t) {
            scalar(em, GoTime.format(t, "2006-01-02T15:04:05.999999999Z07:00"), Event.PLAIN);
        } else if (v instanceof byte[] bytes) {
            Object[] items = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                items[i] = Values.uint8(bytes[i]);
            }
            em.emit(Event.of(Event.SEQUENCE_START));
            return new Frame(items, false);
        } else if (v instanceof List<?> l) {
            em.emit(Event.of(Event.SEQUENCE_START));
            return new Frame(l.toArray(), false);
        } else if (v instanceof Map<?, ?> m) {
            em.emit(Event.of(Event.MAPPING_START));
            return new Frame(sortedEntries(m), true);
        } else if (v instanceof GoTime.Location) {
            // a *time.Location is a struct without exported fields
            em.emit(Event.of(Event.MAPPING_START));
            return new Frame(new Object[0], true);
        } else if (v instanceof Callable c) {
            throw new IllegalArgumentException("cannot marshal type: " + c.goType());
        } else {
            throw new IllegalArgumentException("cannot marshal type: " + GoFmt.typeName(v));
        }
        return null;
    }

    private static void scalar(Emitter em, String text, int style) {
        em.emit(Event.scalar(utf8(text), style));
    }

    /** Go's strconv.FormatFloat(f, 'g', -1, 64) with YAML's names for infinities and NaN. */
    static String floatText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return GoFmt.formatFloat(d, 'g');
    }

    /** encoder.stringv: plain when the text reads back as the same string, a literal block when it has a \n. */
    private static void string(Emitter em, String s) {
        int style;
        if (s.indexOf('\n') >= 0) {
            style = Event.LITERAL;
        } else if (resolvesToString(s) && !isBase60Float(s) && !isOldBool(s)) {
            style = Event.PLAIN;
        } else {
            style = Event.DOUBLE_QUOTED;
        }
        em.emit(Event.scalar(utf8(s), style));
    }

    /** UTF-8 bytes; a lone surrogate (which no Go string can hold) becomes U+FFFD. */
    private static byte[] utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                s.codePoints().forEach(cp -> b.appendCodePoint(
                        cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp));
                return b.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- resolve.go: would the plain text read back as something other than a string? ----------------------------

    private static final Set<String> RESOLVE_MAP = Set.of("true", "True", "TRUE", "false", "False", "FALSE", "", "~",
            "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
            "-.Inf", "-.INF", "<<");

    /** resolve("", s) gives !!str. */
    static boolean resolvesToString(String s) {
        char hint;
        if (s.isEmpty()) {
            hint = 'N';
        } else {
            char c = s.charAt(0);
            if (c == '+' || c == '-') {
                hint = 'S';
            } else if (c >= '0' && c <= '9') {
                hint = 'D';
            } else if ("yYnNtTfFoO~".indexOf(c) >= 0) {
                hint = 'M';
            } else if (c == '.') {
                hint = '.';
            } else {
                return true;
            }
        }
        if (RESOLVE_MAP.contains(s)) {
            return false;
        }
        switch (hint) {
            case '.':
                return GoValues.parseFloat(s) == null;
            case 'D', 'S':
                if (parseTimestamp(s)) {
                    return false;
                }
                String plain = s.replace("_", "");
                if (parseInt(plain, 0) != null || parseUint(plain, 0) != null) {
                    return false;
                }
                if (isYamlStyleFloat(plain) && !Double.isInfinite(Double.parseDouble(plain))) {
                    return false;
                }
                if (plain.startsWith("0b")) {
                    if (parseInt(plain.substring(2), 2) != null || parseUint(plain.substring(2), 2) != null) {
                        return false;
                    }
                } else if (plain.startsWith("-0b")) {
                    if (parseInt("-" + plain.substring(3), 2) != null) {
                        return false;
                    }
                }
                if (plain.startsWith("0o")) {
                    if (parseInt(plain.substring(2), 8) != null || parseUint(plain.substring(2), 8) != null) {
                        return false;
                    }
                } else if (plain.startsWith("-0o")) {
                    if (parseInt("-" + plain.substring(3), 8) != null) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /** YAML 1.1's base 60 floats (190:20:30), quoted for other parsers' sake. */
    static boolean isBase60Float(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || c >= '0' && c <= '9') || s.indexOf(':') < 0) {
            return false;
        }
        return isBase60(s);
    }

    private static boolean digit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static int digits(String s, int i, boolean underscores) {
        while (i < s.length() && (digit(s, i) || underscores && s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static int sign(String s) {
        return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    }

    /**
     * The whole text matches resolve.go's {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}, matched
     * by hand: java.util.regex recurses on repeated groups and long texts would overflow the stack.
     */
    static boolean isYamlStyleFloat(String s) {
        int i = sign(s);
        if (i < s.length() && s.charAt(i) == '.') {
            if (!digit(s, i + 1)) {
                return false;
            }
            i = digits(s, i + 1, false);
        } else {
            if (!digit(s, i)) {
                return false;
            }
            i = digits(s, i, false);
            if (i < s.length() && s.charAt(i) == '.') {
                i = digits(s, i + 1, false);
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (!digit(s, i)) {
                return false;
            }
            i = digits(s, i, false);
        }
        return i == s.length();
    }

    /**
     * The whole text matches encode.go's {@code ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$}, by hand. Each
     * {@code :} group takes two digits when it can: leaving the second digit would leave a digit that neither a
     * {@code :}, a {@code .} nor the end can follow.
     */
    private static boolean isBase60(String s) {
        int i = sign(s);
        if (!digit(s, i)) {
            return false;
        }
        i = digits(s, i, true);
        int groups = 0;
        while (i < s.length() && s.charAt(i) == ':') {
            i++;
            if (!digit(s, i)) {
                return false;
            }
            i += s.charAt(i) <= '5' && digit(s, i + 1) ? 2 : 1;
            groups++;
        }
        if (groups == 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i = digits(s, i + 1, true);
        }
        return i == s.length();
    }

    /** YAML 1.1's booleans that YAML 1.2 reads as strings, quoted for YAML 1.1 parsers' sake. */
    static boolean isOldBool(String s) {
        return switch (s) {
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF" ->
                true;
            default -> false;
        };
    }

    /**
     * parseTimestamp: YYYY- and then one of yaml.v3's layouts {@code 2006-1-2T15:4:5.999999999Z07:00} (also with a
     * lower-case t), {@code 2006-1-2 15:4:5.999999999} and {@code 2006-1-2}, read as Go's time.Parse reads them.
     */
    static boolean parseTimestamp(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i != 4 || i == s.length() || s.charAt(i) != '-') {
            return false;
        }
        TimeText t = new TimeText(s);
        int year = Integer.parseInt(s.substring(0, 4));
        t.pos = 5;
        int month = t.num();
        if (month < 1 || month > 12 || !t.literal('-')) {
            return false;
        }
        int day = t.num();
        if (day < 0 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        if (t.atEnd()) {
            return true; // 2006-1-2
        }
        char sep = s.charAt(t.pos++);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return false;
        }
        int hour = t.num();
        if (hour < 0 || hour > 23 || !t.literal(':')) {
            return false;
        }
        int minute = t.num();
        if (minute < 0 || minute > 59 || !t.literal(':')) {
            return false;
        }
        int second = t.num();
        if (second < 0 || second > 59) {
            return false;
        }
        // .999999999: optional; a period or comma and at least one digit, then every digit
        if (t.pos + 1 < s.length() && (s.charAt(t.pos) == '.' || s.charAt(t.pos) == ',') && t.digit(t.pos + 1)) {
            t.pos++;
            while (t.digit(t.pos)) {
                t.pos++;
            }
        }
        if (sep == ' ') {
            return t.atEnd();
        }
        // Z07:00
        if (t.literal('Z')) {
            return t.atEnd();
        }
        if (s.length() - t.pos < 6 || s.charAt(t.pos + 3) != ':') {
            return false;
        }
        char sign = s.charAt(t.pos);
        if (sign != '+' && sign != '-' || !t.digit(t.pos + 1) || !t.digit(t.pos + 2) || !t.digit(t.pos + 4)
                || !t.digit(t.pos + 5)) {
            return false;
        }
        int offHour = Integer.parseInt(s.substring(t.pos + 1, t.pos + 3));
        int offMinute = Integer.parseInt(s.substring(t.pos + 4, t.pos + 6));
        t.pos += 6;
        return offHour <= 24 && offMinute <= 60 && t.atEnd();
    }

    /** A cursor over a timestamp text for parseTimestamp. */
    private static final class TimeText {
        final String s;
        int pos;

        TimeText(String s) {
            this.s = s;
        }

        boolean digit(int i) {
            return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        boolean atEnd() {
            return pos == s.length();
        }

        boolean literal(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        /** Go's getnum(value, false): one or two ASCII digits; -1 when there is none. */
        int num() {
            if (!digit(pos)) {
                return -1;
            }
            if (!digit(pos + 1)) {
                return s.charAt(pos++) - '0';
            }
            int v = (s.charAt(pos) - '0') * 10 + s.charAt(pos + 1) - '0';
            pos += 2;
            return v;
        }
    }

    private static char lower(char c) {
        return (char) (c | 0x20);
    }

    /** strconv.ParseUint(s, base, 64): the value (as unsigned bits) or null when Go gives an error. */
    static Long parseUint(String s, int base) {
        if (s.isEmpty()) {
            return null;
        }
        boolean base0 = base == 0;
        String s0 = s;
        if (base0) {
            base = 10;
            if (s.charAt(0) == '0') {
                if (s.length() >= 3 && lower(s.charAt(1)) == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (s.length() >= 3 && lower(s.charAt(1)) == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        }
        long cutoffMinusOne = Long.divideUnsigned(-1L, base);
        long n = 0;
        boolean underscores = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c < 0x80 && lower(c) >= 'a' && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                return null;
            }
            if (d >= base) {
                return null;
            }
            if (Long.compareUnsigned(n, cutoffMinusOne) > 0) {
                return null;
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0) {
                return null;
            }
            n = n1;
        }
        if (underscores && !GoValues.underscoreOk(s0)) {
            return null;
        }
        return n;
    }

    /** strconv.ParseInt(s, base, 64): the value or null when Go gives an error. */
    static Long parseInt(String s, int base) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        String rest = s;
        if (s.charAt(0) == '+') {
            rest = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            rest = s.substring(1);
        }
        Long un = parseUint(rest, base);
        if (un == null) {
            return null;
        }
        long cutoff = Long.MIN_VALUE; // 1 << 63 as unsigned
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return null;
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return null;
        }
        return neg ? -un : un;
    }

    // ---- sorter.go: yaml.v3's order of map keys -------------------------------------------------------------------

    // reflect.Kind numbers, which yaml.v3 compares when the kinds differ
    private static final int BOOL = 1;
    private static final int INT = 2;
    private static final int INT64 = 6;
    private static final int UINT8 = 8;
    private static final int FLOAT64 = 14;
    private static final int FUNC = 19;
    private static final int INTERFACE = 20;
    private static final int MAP = 21;
    private static final int SLICE = 23;
    private static final int STRING = 24;
    private static final int STRUCT = 25;

    private static int kind(Object o) {
        if (o == null) {
            return INTERFACE;
        }
        if (o instanceof Boolean) {
            return BOOL;
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Month || o instanceof DayOfWeek) {
            return INT;
        }
        if (o instanceof Duration) {
            return INT64;
        }
        if (o instanceof Short) {
            return UINT8;
        }
        if (o instanceof Double) {
            return FLOAT64;
        }
        if (o instanceof Callable) {
            return FUNC;
        }
        if (o instanceof Map) {
            return MAP;
        }
        if (o instanceof List || o instanceof byte[]) {
            return SLICE;
        }
        if (o instanceof String || o instanceof int[]) {
            return STRING;
        }
        return STRUCT;
    }

    /** keyFloat: numbers and bools as float64, or null. */
    private static Double keyFloat(Object o) {
        if (o instanceof Long || o instanceof Integer || o instanceof Short) {
            return (double) ((Number) o).longValue();
        }
        if (o instanceof Month || o instanceof DayOfWeek) {
            return (double) Values.namedInt(o);
        }
        if (o instanceof Duration d) {
            return (double) d.toNanos();
        }
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    private static long intOf(Object o) {
        if (o instanceof Duration d) {
            return d.toNanos();
        }
        if (o instanceof Month || o instanceof DayOfWeek) {
            return Values.namedInt(o);
        }
        return ((Number) o).longValue();
    }

    /** keyList.Less; a string key may come as its code points. */
    static boolean keyLess(Object a, Object b) {
        int ak = kind(a);
        int bk = kind(b);
        Double af = keyFloat(a);
        Double bf = keyFloat(b);
        if (af != null && bf != null) {
            double x = af;
            double y = bf;
            if (x != y) {
                return x < y;
            }
            if (ak != bk) {
                return ak < bk;
            }
            return switch (ak) {
                case FLOAT64 -> x < y;
                case BOOL -> !(Boolean) a && (Boolean) b;
                default -> intOf(a) < intOf(b);
            };
        }
        if (ak != STRING || bk != STRING) {
            return ak < bk;
        }
        int[] ar = a instanceof int[] x ? x : ((String) a).codePoints().toArray();
        int[] br = b instanceof int[] x ? x : ((String) b).codePoints().toArray();
        boolean digits = false;
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                digits = Character.isDigit(ar[i]);
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return digits ? al : bl;
            }
            int ai;
            int bi;
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            for (ai = i; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            for (bi = i; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }

    /** The entries of a map as key, value, key, value, ... in yaml.v3's order (Go's sort.Sort of keyList). */
    private static Object[] sortedEntries(Map<?, ?> m) {
        Object[] keys = new Object[m.size()];
        Object[] values = new Object[m.size()];
        Object[] sortKeys = new Object[m.size()];
        int n = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            keys[n] = e.getKey();
            // Go's MapIndex never finds a NaN key (NaN != NaN): its value is written as null
            values[n] = e.getKey() instanceof Double d && d.isNaN() ? null : e.getValue();
            // strings compare rune by rune: convert each once, not at every comparison
            sortKeys[n] = e.getKey() instanceof String str ? str.codePoints().toArray() : e.getKey();
            n++;
        }
        int size = n;
        GoSort.sort(new GoSort.Data() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean less(int i, int j) {
                return keyLess(sortKeys[i], sortKeys[j]);
            }

            @Override
            public void swap(int i, int j) {
                Object k = keys[i];
                keys[i] = keys[j];
                keys[j] = k;
                Object sk = sortKeys[i];
                sortKeys[i] = sortKeys[j];
                sortKeys[j] = sk;
                Object v = values[i];
                values[i] = values[j];
                values[j] = v;
            }
        });
        Object[] items = new Object[2 * size];
        for (int i = 0; i < size; i++) {
            items[2 * i] = keys[i];
            items[2 * i + 1] = values[i];
        }
        return items;
    }

    // ---- emitter (emitterc.go) ------------------------------------------------------------------------------------

    /** A libyaml event; scalars are always implicit (untagged), as yaml.v3 makes them for these values. */
    private static final class Event {
        static final int STREAM_START = 1;
        static final int STREAM_END = 2;
        static final int DOCUMENT_START = 3;
        static final int DOCUMENT_END = 4;
        static final int SCALAR = 6;
        static final int SEQUENCE_START = 7;
        static final int SEQUENCE_END = 8;
        static final int MAPPING_START = 9;
        static final int MAPPING_END = 10;

        static final int PLAIN = 1;
        static final int SINGLE_QUOTED = 2;
        static final int DOUBLE_QUOTED = 3;
        static final int LITERAL = 4;

        final int type;
        final byte[] value;
        final int style;

        private Event(int type, byte[] value, int style) {
            this.type = type;
            this.value = value;
            this.style = style;
        }

        private static final Event[] SIMPLE = new Event[11];

        static {
            for (int t : new int[] {STREAM_START, STREAM_END, DOCUMENT_START, DOCUMENT_END, SEQUENCE_START,
                SEQUENCE_END, MAPPING_START, MAPPING_END}) {
                SIMPLE[t] = new Event(t, null, 0);
            }
        }

        static Event of(int type) {
            return SIMPLE[type];
        }

        static Event scalar(byte[] value, int style) {
            return new Event(SCALAR, value, style);
        }

        boolean isStart() {
            return type == STREAM_START || type == DOCUMENT_START || type == SEQUENCE_START || type == MAPPING_START;
        }

        boolean isEnd() {
            return type == STREAM_END || type == DOCUMENT_END || type == SEQUENCE_END || type == MAPPING_END;
        }
    }

    /**
     * libyaml's emitter as yaml.v3 configures it for Marshal: indent 4, unlimited width, Unicode output, line feeds,
     * no canonical form, no compact sequences. Comments, anchors, tags and folded scalars never occur for the values
     * of the value model and are left out.
     */
    private static final class Emitter {
        // states
        static final int STREAM_START_STATE = 0;
        static final int FIRST_DOCUMENT_START_STATE = 1;
        static final int DOCUMENT_START_STATE = 2;
        static final int DOCUMENT_CONTENT_STATE = 3;
        static final int DOCUMENT_END_STATE = 4;
        static final int FLOW_SEQUENCE_FIRST_ITEM_STATE = 5;
        static final int FLOW_SEQUENCE_ITEM_STATE = 6;
        static final int FLOW_MAPPING_FIRST_KEY_STATE = 7;
        static final int FLOW_MAPPING_KEY_STATE = 8;
        static final int FLOW_MAPPING_SIMPLE_VALUE_STATE = 9;
        static final int FLOW_MAPPING_VALUE_STATE = 10;
        static final int BLOCK_SEQUENCE_FIRST_ITEM_STATE = 11;
        static final int BLOCK_SEQUENCE_ITEM_STATE = 12;
        static final int BLOCK_MAPPING_FIRST_KEY_STATE = 13;
        static final int BLOCK_MAPPING_KEY_STATE = 14;
        static final int BLOCK_MAPPING_SIMPLE_VALUE_STATE = 15;
        static final int BLOCK_MAPPING_VALUE_STATE = 16;
        static final int END_STATE = 17;

        static final int BEST_INDENT = 4;
        static final int BEST_WIDTH = Integer.MAX_VALUE;

        final int maxOutput;
        byte[] out = new byte[256];
        int size;

        final ArrayList<Event> events = new ArrayList<>();
        int eventsHead;
        int state = STREAM_START_STATE;
        int[] states = new int[16];
        int statesSize;
        int[] indents = new int[16];
        int indentsSize;
        int indent = -1;
        int flowLevel;

        boolean rootContext;
        boolean simpleKeyContext;

        int column;
        boolean whitespace = true;
        boolean indention = true;
        boolean openEnded;

        // the analysed scalar
        byte[] scalarValue;
        boolean multiline;
        boolean flowPlainAllowed;
        boolean blockPlainAllowed;
        boolean singleQuotedAllowed;
        boolean blockAllowed;
        int scalarStyle;

        Emitter(int maxOutput) {
            this.maxOutput = maxOutput;
        }

        // ---- output

        private void ensure(int extra) {
            if (size + extra > maxOutput) {
                throw new IllegalArgumentException("yaml: output is larger than " + maxOutput + " bytes");
            }
            if (size + extra > out.length) {
                out = Arrays.copyOf(out, (int) Math.min(Math.max(out.length * 2L, size + extra), maxOutput));
            }
        }

        private void put(int b) {
            ensure(1);
            out[size++] = (byte) b;
            column++;
        }

        private void putBreak() {
            ensure(1);
            out[size++] = '\n';
            column = 0;
            indention = true;
        }

        /** Copies one UTF-8 character of s at i; returns the index after it. */
        private int write(byte[] s, int i) {
            int w = width(s[i]);
            ensure(w);
            System.arraycopy(s, i, out, size, w);
            size += w;
            column++;
            return i + w;
        }

        private void writeAll(byte[] s) {
            for (int i = 0; i < s.length;) {
                i = write(s, i);
            }
        }

        private int writeBreak(byte[] s, int i) {
            if (s[i] == '\n') {
                putBreak();
                return i + 1;
            }
            int next = write(s, i);
            column = 0;
            indention = true;
            return next;
        }

        // ---- stacks

        private void pushState(int s) {
            if (statesSize == states.length) {
                states = Arrays.copyOf(states, statesSize * 2);
            }
            states[statesSize++] = s;
        }

        private int popState() {
            return states[--statesSize];
        }

        private void pushIndent(int i) {
            if (indentsSize == indents.length) {
                indents = Arrays.copyOf(indents, indentsSize * 2);
            }
            indents[indentsSize++] = i;
        }

        private int popIndent() {
            return indents[--indentsSize];
        }

        // ---- events

        void emit(Event event) {
            events.add(event);
            while (!needMoreEvents()) {
                Event e = events.get(eventsHead);
                analyzeEvent(e);
                stateMachine(e);
                events.set(eventsHead, null);
                eventsHead++;
            }
            if (eventsHead > 64 && eventsHead * 2 > events.size()) {
                events.subList(0, eventsHead).clear();
                eventsHead = 0;
            }
        }

        private boolean needMoreEvents() {
            if (eventsHead == events.size()) {
                return true;
            }
            int accumulate;
            switch (events.get(eventsHead).type) {
                case Event.DOCUMENT_START -> accumulate = 1;
                case Event.SEQUENCE_START -> accumulate = 2;
                case Event.MAPPING_START -> accumulate = 3;
                default -> {
                    return false;
                }
            }
            if (events.size() - eventsHead > accumulate) {
                return false;
            }
            int level = 0;
            for (int i = eventsHead; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.isStart()) {
                    level++;
                } else if (e.isEnd()) {
                    level--;
                }
                if (level == 0) {
                    return false;
                }
            }
            return true;
        }

        private void analyzeEvent(Event e) {
            scalarValue = null;
            if (e.type == Event.SCALAR) {
                analyzeScalar(e.value);
            }
        }

        private void stateMachine(Event e) {
            switch (state) {
                case STREAM_START_STATE -> {
                    indent = -1;
                    column = 0;
                    whitespace = true;
                    indention = true;
                    state = FIRST_DOCUMENT_START_STATE;
                }
                case FIRST_DOCUMENT_START_STATE, DOCUMENT_START_STATE -> {
                    if (e.type == Event.DOCUMENT_START) {
                        state = DOCUMENT_CONTENT_STATE;
                    } else {
                        // STREAM-END; the encoder cleared open_ended just before, so no "..." is written
                        if (openEnded) {
                            writeIndicator(new byte[] {'.', '.', '.'}, true, false, false);
                            writeIndent();
                        }
                        state = END_STATE;
                    }
                }
                case DOCUMENT_CONTENT_STATE -> {
                    pushState(DOCUMENT_END_STATE);
                    emitNode(e, true, false, false, false);
                }
                case DOCUMENT_END_STATE -> {
                    writeIndent();
                    state = DOCUMENT_START_STATE;
                }
                case FLOW_SEQUENCE_FIRST_ITEM_STATE -> flowSequenceItem(e, true);
                case FLOW_SEQUENCE_ITEM_STATE -> flowSequenceItem(e, false);
                case FLOW_MAPPING_FIRST_KEY_STATE -> flowMappingKey(e, true);
                case FLOW_MAPPING_KEY_STATE -> flowMappingKey(e, false);
                case FLOW_MAPPING_SIMPLE_VALUE_STATE -> flowMappingValue(e, true);
                case FLOW_MAPPING_VALUE_STATE -> flowMappingValue(e, false);
                case BLOCK_SEQUENCE_FIRST_ITEM_STATE -> blockSequenceItem(e, true);
                case BLOCK_SEQUENCE_ITEM_STATE -> blockSequenceItem(e, false);
                case BLOCK_MAPPING_FIRST_KEY_STATE -> blockMappingKey(e, true);
                case BLOCK_MAPPING_KEY_STATE -> blockMappingKey(e, false);
                case BLOCK_MAPPING_SIMPLE_VALUE_STATE -> blockMappingValue(e, true);
                case BLOCK_MAPPING_VALUE_STATE -> blockMappingValue(e, false);
                default -> throw new IllegalStateException("expected nothing after STREAM-END");
            }
        }

        private void increaseIndent(boolean flow, boolean indentless) {
            pushIndent(indent);
            if (indent < 0) {
                indent = flow ? BEST_INDENT : 0;
            } else if (!indentless) {
                if (states[statesSize - 1] == BLOCK_SEQUENCE_ITEM_STATE) {
                    indent += 2;
                } else {
                    indent = BEST_INDENT * ((indent + BEST_INDENT) / BEST_INDENT);
                }
            }
        }

        private void flowSequenceItem(Event e, boolean first) {
            if (first) {
                writeIndicator(new byte[] {'['}, true, true, false);
                increaseIndent(true, false);
                flowLevel++;
            }
            if (e.type == Event.SEQUENCE_END) {
                flowLevel--;
                indent = popIndent();
                if (column == 0) {
                    writeIndent();
                }
                writeIndicator(new byte[] {']'}, false, false, false);
                state = popState();
                return;
            }
            if (!first) {
                writeIndicator(new byte[] {','}, false, false, false);
            }
            if (column == 0) {
                writeIndent();
            }
            pushState(FLOW_SEQUENCE_ITEM_STATE);
            emitNode(e, false, true, false, false);
        }

        private void flowMappingKey(Event e, boolean first) {
            if (first) {
                writeIndicator(new byte[] {'{'}, true, true, false);
                increaseIndent(true, false);
                flowLevel++;
            }
            if (e.type == Event.MAPPING_END) {
                flowLevel--;
                indent = popIndent();
                writeIndicator(new byte[] {'}'}, false, false, false);
                state = popState();
                return;
            }
            if (!first) {
                writeIndicator(new byte[] {','}, false, false, false);
            }
            if (column == 0) {
                writeIndent();
            }
            if (checkSimpleKey()) {
                pushState(FLOW_MAPPING_SIMPLE_VALUE_STATE);
                emitNode(e, false, false, true, true);
                return;
            }
            writeIndicator(new byte[] {'?'}, true, false, false);
            pushState(FLOW_MAPPING_VALUE_STATE);
            emitNode(e, false, false, true, false);
        }

        private void flowMappingValue(Event e, boolean simple) {
            writeIndicator(new byte[] {':'}, !simple, false, false);
            pushState(FLOW_MAPPING_KEY_STATE);
            emitNode(e, false, false, true, false);
        }

        private void blockSequenceItem(Event e, boolean first) {
            if (first) {
                increaseIndent(false, false);
            }
            if (e.type == Event.SEQUENCE_END) {
                indent = popIndent();
                state = popState();
                return;
            }
            writeIndent();
            writeIndicator(new byte[] {'-'}, true, false, true);
            pushState(BLOCK_SEQUENCE_ITEM_STATE);
            emitNode(e, false, true, false, false);
        }

        private void blockMappingKey(Event e, boolean first) {
            if (first) {
                increaseIndent(false, false);
            }
            if (e.type == Event.MAPPING_END) {
                indent = popIndent();
                state = popState();
                return;
            }
            writeIndent();
            if (checkSimpleKey()) {
                pushState(BLOCK_MAPPING_SIMPLE_VALUE_STATE);
                emitNode(e, false, false, true, true);
                return;
            }
            writeIndicator(new byte[] {'?'}, true, false, true);
            pushState(BLOCK_MAPPING_VALUE_STATE);
            emitNode(e, false, false, true, false);
        }

        private void blockMappingValue(Event e, boolean simple) {
            if (simple) {
                writeIndicator(new byte[] {':'}, false, false, false);
            } else {
                writeIndent();
                writeIndicator(new byte[] {':'}, true, false, true);
            }
            pushState(BLOCK_MAPPING_KEY_STATE);
            emitNode(e, false, false, true, false);
        }

        private void emitNode(Event e, boolean root, boolean sequence, boolean mapping, boolean simpleKey) {
            // the sequence and mapping contexts only matter to compact sequences, which Marshal does not use
            rootContext = root;
            simpleKeyContext = simpleKey;
            switch (e.type) {
                case Event.SCALAR -> {
                    selectScalarStyle(e);
                    increaseIndent(true, false);
                    processScalar();
                    indent = popIndent();
                    state = popState();
                }
                case Event.SEQUENCE_START -> state = flowLevel > 0 || checkEmpty(Event.SEQUENCE_START,
                        Event.SEQUENCE_END) ? FLOW_SEQUENCE_FIRST_ITEM_STATE : BLOCK_SEQUENCE_FIRST_ITEM_STATE;
                case Event.MAPPING_START -> state = flowLevel > 0 || checkEmpty(Event.MAPPING_START,
                        Event.MAPPING_END) ? FLOW_MAPPING_FIRST_KEY_STATE : BLOCK_MAPPING_FIRST_KEY_STATE;
                default -> throw new IllegalStateException(
                        "expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS");
            }
        }

        private boolean checkEmpty(int start, int end) {
            if (events.size() - eventsHead < 2) {
                return false;
            }
            return events.get(eventsHead).type == start && events.get(eventsHead + 1).type == end;
        }

        private boolean checkSimpleKey() {
            Event e = events.get(eventsHead);
            int length;
            switch (e.type) {
                case Event.SCALAR -> {
                    if (multiline) {
                        return false;
                    }
                    length = scalarValue.length;
                }
                case Event.SEQUENCE_START -> {
                    if (!checkEmpty(Event.SEQUENCE_START, Event.SEQUENCE_END)) {
                        return false;
                    }
                    length = 0;
                }
                case Event.MAPPING_START -> {
                    if (!checkEmpty(Event.MAPPING_START, Event.MAPPING_END)) {
                        return false;
                    }
                    length = 0;
                }
                default -> {
                    return false;
                }
            }
            return length <= 128;
        }

        private void selectScalarStyle(Event e) {
            int style = e.style;
            if (simpleKeyContext && multiline) {
                style = Event.DOUBLE_QUOTED;
            }
            if (style == Event.PLAIN) {
                if (flowLevel > 0 && !flowPlainAllowed || flowLevel == 0 && !blockPlainAllowed) {
                    style = Event.SINGLE_QUOTED;
                }
                if (scalarValue.length == 0 && (flowLevel > 0 || simpleKeyContext)) {
                    style = Event.SINGLE_QUOTED;
                }
            }
            if (style == Event.SINGLE_QUOTED && !singleQuotedAllowed) {
                style = Event.DOUBLE_QUOTED;
            }
            if (style == Event.LITERAL && (!blockAllowed || flowLevel > 0 || simpleKeyContext)) {
                style = Event.DOUBLE_QUOTED;
            }
            scalarStyle = style;
        }

        private void processScalar() {
            switch (scalarStyle) {
                case Event.PLAIN -> writePlainScalar(scalarValue, !simpleKeyContext);
                case Event.SINGLE_QUOTED -> writeSingleQuotedScalar(scalarValue, !simpleKeyContext);
                case Event.DOUBLE_QUOTED -> writeDoubleQuotedScalar(scalarValue, !simpleKeyContext);
                default -> writeLiteralScalar(scalarValue);
            }
        }

        private void analyzeScalar(byte[] value) {
            boolean blockIndicators = false;
            boolean flowIndicators = false;
            boolean lineBreaks = false;
            boolean specialCharacters = false;
            boolean tabCharacters = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            boolean precededByWhitespace;
            boolean followedByWhitespace;
            boolean previousSpace = false;
            boolean previousBreak = false;

            scalarValue = value;
            if (value.length == 0) {
                multiline = false;
                flowPlainAllowed = false;
                blockPlainAllowed = true;
                singleQuotedAllowed = true;
                blockAllowed = false;
                return;
            }
            if (value.length >= 3 && (value[0] == '-' && value[1] == '-' && value[2] == '-'
                    || value[0] == '.' && value[1] == '.' && value[2] == '.')) {
                blockIndicators = true;
                flowIndicators = true;
            }
            precededByWhitespace = true;
            for (int i = 0, w; i < value.length; i += w) {
                w = width(value[i]);
                followedByWhitespace = i + w >= value.length || isBlank(value, i + w);
                if (i == 0) {
                    switch (value[i]) {
                        case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                        case '?', ':' -> {
                            flowIndicators = true;
                            if (followedByWhitespace) {
                                blockIndicators = true;
                            }
                        }
                        case '-' -> {
                            if (followedByWhitespace) {
                                flowIndicators = true;
                                blockIndicators = true;
                            }
                        }
                        default -> {
                        }
                    }
                } else {
                    switch (value[i]) {
                        case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
                        case ':' -> {
                            flowIndicators = true;
                            if (followedByWhitespace) {
                                blockIndicators = true;
                            }
                        }
                        case '#' -> {
                            if (precededByWhitespace) {
                                flowIndicators = true;
                                blockIndicators = true;
                            }
                        }
                        default -> {
                        }
                    }
                }
                if (value[i] == '\t') {
                    tabCharacters = true;
                } else if (!isPrintable(value, i)) {
                    specialCharacters = true;
                }
                if (value[i] == ' ') {
                    if (i == 0) {
                        leadingSpace = true;
                    }
                    if (i + w == value.length) {
                        trailingSpace = true;
                    }
                    if (previousBreak) {
                        breakSpace = true;
                    }
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(value, i)) {
                    lineBreaks = true;
                    if (i == 0) {
                        leadingBreak = true;
                    }
                    if (i + w == value.length) {
                        trailingBreak = true;
                    }
                    if (previousSpace) {
                        spaceBreak = true;
                    }
                    previousSpace = false;
                    previousBreak = true;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlankz(value, i);
            }
            multiline = lineBreaks;
            flowPlainAllowed = true;
            blockPlainAllowed = true;
            singleQuotedAllowed = true;
            blockAllowed = true;
            if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
                flowPlainAllowed = false;
                blockPlainAllowed = false;
            }
            if (trailingSpace) {
                blockAllowed = false;
            }
            if (breakSpace) {
                flowPlainAllowed = false;
                blockPlainAllowed = false;
                singleQuotedAllowed = false;
            }
            if (spaceBreak || tabCharacters || specialCharacters) {
                flowPlainAllowed = false;
                blockPlainAllowed = false;
                singleQuotedAllowed = false;
            }
            if (spaceBreak || specialCharacters) {
                blockAllowed = false;
            }
            if (lineBreaks) {
                flowPlainAllowed = false;
                blockPlainAllowed = false;
            }
            if (flowIndicators) {
                flowPlainAllowed = false;
            }
            if (blockIndicators) {
                blockPlainAllowed = false;
            }
        }

        private void writeIndent() {
            int ind = Math.max(indent, 0);
            if (!indention || column > ind || (column == ind && !whitespace)) {
                putBreak();
            }
            while (column < ind) {
                put(' ');
            }
            whitespace = true;
        }

        private void writeIndicator(byte[] indicator, boolean needWhitespace, boolean isWhitespace,
                boolean isIndention) {
            if (needWhitespace && !whitespace) {
                put(' ');
            }
            writeAll(indicator);
            whitespace = isWhitespace;
            indention = indention && isIndention;
            openEnded = false;
        }

        private void writePlainScalar(byte[] value, boolean allowBreaks) {
            if (value.length > 0 && !whitespace) {
                put(' ');
            }
            boolean spaces = false;
            boolean breaks = false;
            for (int i = 0; i < value.length;) {
                if (value[i] == ' ') {
                    if (allowBreaks && !spaces && column > BEST_WIDTH && !isSpace(value, i + 1)) {
                        writeIndent();
                        i++;
                    } else {
                        i = write(value, i);
                    }
                    spaces = true;
                } else if (isBreak(value, i)) {
                    if (!breaks && value[i] == '\n') {
                        putBreak();
                    }
                    i = writeBreak(value, i);
                    breaks = true;
                } else {
                    if (breaks) {
                        writeIndent();
                    }
                    i = write(value, i);
                    indention = false;
                    spaces = false;
                    breaks = false;
                }
            }
            if (value.length > 0) {
                whitespace = false;
            }
            indention = false;
            if (rootContext) {
                openEnded = true;
            }
        }

        private void writeSingleQuotedScalar(byte[] value, boolean allowBreaks) {
            writeIndicator(new byte[] {'\''}, true, false, false);
            boolean spaces = false;
            boolean breaks = false;
            for (int i = 0; i < value.length;) {
                if (value[i] == ' ') {
                    if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < value.length - 1
                            && !isSpace(value, i + 1)) {
                        writeIndent();
                        i++;
                    } else {
                        i = write(value, i);
                    }
                    spaces = true;
                } else if (isBreak(value, i)) {
                    if (!breaks && value[i] == '\n') {
                        putBreak();
                    }
                    i = writeBreak(value, i);
                    breaks = true;
                } else {
                    if (breaks) {
                        writeIndent();
                    }
                    if (value[i] == '\'') {
                        put('\'');
                    }
                    i = write(value, i);
                    indention = false;
                    spaces = false;
                    breaks = false;
                }
            }
            writeIndicator(new byte[] {'\''}, false, false, false);
            whitespace = false;
            indention = false;
        }

        private void writeDoubleQuotedScalar(byte[] value, boolean allowBreaks) {
            boolean spaces = false;
            writeIndicator(new byte[] {'"'}, true, false, false);
            boolean bom = value.length >= 3 && (value[0] & 0xFF) == 0xEF && (value[1] & 0xFF) == 0xBB
                    && (value[2] & 0xFF) == 0xBF;
            for (int i = 0; i < value.length;) {
                // yaml.v3's is_bom looks at the start of the value, not at i: after a leading BOM every character
                // is escaped
                if (!isPrintable(value, i) || bom || isBreak(value, i) || value[i] == '"' || value[i] == '\\') {
                    int octet = value[i] & 0xFF;
                    int w = width(value[i]);
                    int v = switch (w) {
                        case 1 -> octet & 0x7F;
                        case 2 -> octet & 0x1F;
                        case 3 -> octet & 0x0F;
                        default -> octet & 0x07;
                    };
                    for (int k = 1; k < w; k++) {
                        v = (v << 6) + (value[i + k] & 0x3F);
                    }
                    i += w;
                    put('\\');
                    switch (v) {
                        case 0x00 -> put('0');
                        case 0x07 -> put('a');
                        case 0x08 -> put('b');
                        case 0x09 -> put('t');
                        case 0x0A -> put('n');
                        case 0x0B -> put('v');
                        case 0x0C -> put('f');
                        case 0x0D -> put('r');
                        case 0x1B -> put('e');
                        case 0x22 -> put('"');
                        case 0x5C -> put('\\');
                        case 0x85 -> put('N');
                        case 0xA0 -> put('_');
                        case 0x2028 -> put('L');
                        case 0x2029 -> put('P');
                        default -> {
                            int digits;
                            if (v <= 0xFF) {
                                put('x');
                                digits = 2;
                            } else if (v <= 0xFFFF) {
                                put('u');
                                digits = 4;
                            } else {
                                put('U');
                                digits = 8;
                            }
                            for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
                                int digit = (v >> k) & 0x0F;
                                put(digit < 10 ? digit + '0' : digit + 'A' - 10);
                            }
                        }
                    }
                    spaces = false;
                } else if (value[i] == ' ') {
                    if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < value.length - 1) {
                        writeIndent();
                        if (isSpace(value, i + 1)) {
                            put('\\');
                        }
                        i++;
                    } else {
                        i = write(value, i);
                    }
                    spaces = true;
                } else {
                    i = write(value, i);
                    spaces = false;
                }
            }
            writeIndicator(new byte[] {'"'}, false, false, false);
            whitespace = false;
            indention = false;
        }

        private void writeBlockScalarHints(byte[] value) {
            if (isSpace(value, 0) || isBreak(value, 0)) {
                writeIndicator(new byte[] {(byte) ('0' + BEST_INDENT)}, false, false, false);
            }
            openEnded = false;
            byte chomp = 0;
            if (value.length == 0) {
                chomp = '-';
            } else {
                int i = value.length - 1;
                while ((value[i] & 0xC0) == 0x80) {
                    i--;
                }
                if (!isBreak(value, i)) {
                    chomp = '-';
                } else if (i == 0) {
                    chomp = '+';
                    openEnded = true;
                } else {
                    i--;
                    while ((value[i] & 0xC0) == 0x80) {
                        i--;
                    }
                    if (isBreak(value, i)) {
                        chomp = '+';
                        openEnded = true;
                    }
                }
            }
            if (chomp != 0) {
                writeIndicator(new byte[] {chomp}, false, false, false);
            }
        }

        private void writeLiteralScalar(byte[] value) {
            writeIndicator(new byte[] {'|'}, true, false, false);
            writeBlockScalarHints(value);
            putBreak();
            whitespace = true;
            boolean breaks = true;
            for (int i = 0; i < value.length;) {
                if (isBreak(value, i)) {
                    i = writeBreak(value, i);
                    breaks = true;
                } else {
                    if (breaks) {
                        writeIndent();
                    }
                    i = write(value, i);
                    indention = false;
                    breaks = false;
                }
            }
        }
    }

    // ---- yamlprivateh.go: byte classes of UTF-8 text --------------------------------------------------------------

    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] & 0xFF : 0;
    }

    static int width(byte b) {
        int c = b & 0xFF;
        if ((c & 0x80) == 0) {
            return 1;
        }
        if ((c & 0xE0) == 0xC0) {
            return 2;
        }
        if ((c & 0xF0) == 0xE0) {
            return 3;
        }
        if ((c & 0xF8) == 0xF0) {
            return 4;
        }
        return 0;
    }

    static boolean isPrintable(byte[] b, int i) {
        int c = at(b, i);
        int c1 = at(b, i + 1);
        int c2 = at(b, i + 2);
        return c == 0x0A || c >= 0x20 && c <= 0x7E || c == 0xC2 && c1 >= 0xA0 || c > 0xC2 && c < 0xED
                || c == 0xED && c1 < 0xA0 || c == 0xEE
                || c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF));
    }

    private static boolean isSpace(byte[] b, int i) {
        return at(b, i) == ' ';
    }

    private static boolean isBlank(byte[] b, int i) {
        int c = at(b, i);
        return c == ' ' || c == '\t';
    }

    static boolean isBreak(byte[] b, int i) {
        int c = at(b, i);
        return c == '\r' || c == '\n' || c == 0xC2 && at(b, i + 1) == 0x85
                || c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9);
    }

    private static boolean isBlankz(byte[] b, int i) {
        return isBlank(b, i) || isBreak(b, i) || at(b, i) == 0;
    }
}
