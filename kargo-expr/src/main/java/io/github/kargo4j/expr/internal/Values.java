package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprFunction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's run-time semantics of expr-lang's operators over the value model (package documentation). */
final class Values {

    /** How deeply values may nest for the operations that walk them (equality, %v, toJSON). */
    static final int MAX_VALUE_DEPTH = 10_000;

    private Values() {
    }

    // ---- normalisation of values coming from Java --------------------------------------------------------------

    /** Copies an environment into the value model, iteratively; unknown objects are kept as they are. */
    static Object normalize(Object root) {
        return normalize(root, false);
    }

    /**
     * Copies a value into the value model, iteratively; unknown objects are kept as they are. A value reachable twice
     * is copied twice; a cycle ends at the size limit.
     *
     * @param root the value
     * @param frozen whether the copied maps and lists are unmodifiable
     */
    static Object normalize(Object root, boolean frozen) {
        Object[] holder = new Object[1];
        Deque<Object[]> work = new ArrayDeque<>();
        // each work item: {source, setter target (List or Map or holder), key or index}
        work.push(new Object[] {root, holder, 0});
        int count = 0;
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            if (++count > MAX_ENVIRONMENT_VALUES) {
                throw new IllegalArgumentException("environment is too large (more than " + MAX_ENVIRONMENT_VALUES
                        + " values) or contains a cycle");
            }
            Object src = item[0];
            Object converted = scalar(src);
            if (converted == NOT_SCALAR) {
                if (src instanceof Map<?, ?> m) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        copy.put(String.valueOf(e.getKey()), null);
                    }
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        work.push(new Object[] {e.getValue(), copy, String.valueOf(e.getKey())});
                    }
                    converted = frozen ? java.util.Collections.unmodifiableMap(copy) : copy;
                } else {
                    List<?> list = asList(src);
                    List<Object> copy = new ArrayList<>(java.util.Collections.nCopies(list.size(), null));
                    for (int i = 0; i < list.size(); i++) {
                        work.push(new Object[] {list.get(i), copy, i});
                    }
                    converted = frozen ? java.util.Collections.unmodifiableList(copy) : copy;
                }
            }
            set(item[1], item[2], converted);
        }
        return holder[0];
    }

    /** How many values (scalars, lists and maps) an environment may hold. */
    static final int MAX_ENVIRONMENT_VALUES = 10_000_000;

    /** How deeply lists and maps nest in a value, computed without recursion. */
    static int depth(Object root) {
        int max = 0;
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {root, 0});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            int d = (Integer) item[1];
            max = Math.max(max, d);
            Collection<?> kids = item[0] instanceof Map<?, ?> m ? m.values()
                    : item[0] instanceof List<?> l ? l : List.of();
            for (Object k : kids) {
                if (k instanceof Map || k instanceof List) {
                    work.push(new Object[] {k, d + 1});
                }
            }
        }
        return max;
    }

    @SuppressWarnings("unchecked")
    private static void set(Object target, Object key, Object value) {
        if (target instanceof Object[] arr) {
            arr[0] = value;
        } else if (target instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) key, value);
        } else {
            ((List<Object>) target).set((Integer) key, value);
        }
    }

    private static final Object NOT_SCALAR = new Object();

    private static List<?> asList(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        if (o instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (o instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (o instanceof int[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (o instanceof long[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (o instanceof double[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        throw new IllegalStateException();
    }

    /** The value-model form of a scalar, or NOT_SCALAR for containers to copy. */
    private static Object scalar(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Long || o instanceof Double
                || o instanceof Duration || o instanceof ZonedDateTime || o instanceof Callable
                || o instanceof byte[] || o instanceof GoTime.Location) {
            return o;
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof Float) {
            return ((Float) o).doubleValue();
        }
        if (o instanceof BigInteger b) {
            return b.bitLength() <= 63 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (o instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof Character c) {
            return c.toString();
        }
        if (o instanceof CharSequence cs) {
            return cs.toString();
        }
        if (o instanceof Instant i) {
            return i.atZone(java.time.ZoneOffset.UTC);
        }
        if (o instanceof OffsetDateTime t) {
            return t.toZonedDateTime();
        }
        if (o instanceof ExprFunction f) {
            return new Callable("function", f);
        }
        if (o instanceof Map || o instanceof Collection || o instanceof Object[] || o instanceof int[]
                || o instanceof long[] || o instanceof double[]) {
            return NOT_SCALAR;
        }
        return o;
    }

    /** Normalises one value returned by a function (containers deeply). */
    static Object fromJava(Object o) {
        Object s = scalar(o);
        return s == NOT_SCALAR ? normalize(o) : s;
    }

    // ---- predicates ---------------------------------------------------------------------------------------------

    /** Go's runtime.IsNil: nil, or a nil slice. */
    static boolean isNil(Object o) {
        return o == null || o instanceof GoList g && g.nil;
    }

    /** The integer of a named Go integer type: time.Month (1..12) or time.Weekday (Sunday is 0). */
    static long namedInt(Object v) {
        return v instanceof java.time.Month m ? m.getValue() : ((java.time.DayOfWeek) v).getValue() % 7;
    }

    /** Go's uint8, the type of a string's bytes, is a Short holding 0..255. */
    static Short uint8(byte b) {
        return (short) (b & 0xFF);
    }

    /** Go's arithmetic turns every integer type into int: a uint8 operand becomes a Long. */
    static Object widen(Object o) {
        return o instanceof Short s ? (Object) (long) s : o;
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Short;
    }

    static double toDouble(Object o) {
        o = widen(o);
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Double d) {
            return d;
        }
        throw new EvalError("invalid operation: float(" + GoFmt.typeName(o) + ")");
    }

    /** Go's runtime.ToInt. */
    static long toInt(Object o) {
        o = widen(o);
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Double d) {
            return goFloatToInt(d);
        }
        throw new EvalError("invalid operation: int(" + GoFmt.typeName(o) + ")");
    }

    /** Go's int(float64) conversion on amd64: out-of-range and NaN give math.MinInt64. */
    static long goFloatToInt(double d) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    static boolean toBool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        throw new EvalError("interface conversion: interface {} is " + ifaceName(o) + ", not bool");
    }

    static String toStr(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new EvalError("interface conversion: interface {} is " + ifaceName(o) + ", not string");
    }

    static String ifaceName(Object o) {
        return o == null ? "nil" : GoFmt.typeName(o);
    }

    /** Compares strings as Go does, by UTF-8 bytes (the same as by code points). */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // ---- operators ------------------------------------------------------------------------------------------------

    static boolean equal(Object a, Object b) {
        if (!(a instanceof List || a instanceof Map) || !(b instanceof List || b instanceof Map)) {
            return equal(a, b, 0);
        }
        return Deep.forValue(List.of(a, b), () -> equal(a, b, 0));
    }

    private static boolean equal(Object a, Object b, int depth) {
        if (depth > MAX_VALUE_DEPTH) {
            throw new EvalError("value is nested too deeply");
        }
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return x.longValue() == y.longValue();
            }
            if (b instanceof Double y) {
                return (double) x == y;
            }
        } else if (a instanceof Double x) {
            if (b instanceof Long y) {
                return x == (double) y;
            }
            if (b instanceof Double y) {
                return x.doubleValue() == y.doubleValue();
            }
        } else if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        } else if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y);
        } else if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.toInstant().equals(y.toInstant());
        } else if (a instanceof Duration x && b instanceof Duration y) {
            return x.equals(y);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (isNil(a) && isNil(b)) {
            return true;
        }
        return deepEqual(a, b, depth);
    }

    /** Go's reflect.DeepEqual over the value model: same types, no int/float mixing. */
    private static boolean deepEqual(Object a, Object b, int depth) {
        if (depth > MAX_VALUE_DEPTH) {
            throw new EvalError("value is nested too deeply");
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!GoFmt.typeName(x).equals(GoFmt.typeName(y)) || x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEqual(e.getValue(), y.get(e.getKey()), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEqual(x.get(i), y.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.equals(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** Go's runtime.Less and friends; {@code op} is the operator for the error message. */
    static int compare(Object a, Object b, String op) {
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return NAN_COMPARE;
            }
            return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y);
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.toInstant().compareTo(y.toInstant());
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return x.compareTo(y);
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " " + op + " " + GoFmt.typeName(b));
    }

    /** Go's runtime.Less. */
    static boolean less(Object a, Object b) {
        int c = compare(a, b, "<");
        return c != NAN_COMPARE && c < 0;
    }

    /** Marker result of comparing with NaN: every ordering comparison is false. */
    static final int NAN_COMPARE = Integer.MIN_VALUE;

    static Object add(Object a, Object b) {
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) + toDouble(b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x + y;
        }
        if (a instanceof ZonedDateTime x && b instanceof Duration y) {
            return GoTime.add(x, y);
        }
        if (a instanceof Duration x && b instanceof ZonedDateTime y) {
            return GoTime.add(y, x);
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return Duration.ofNanos(x.toNanos() + y.toNanos());
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " + " + GoFmt.typeName(b));
    }

    static Object subtract(Object a, Object b) {
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x && b instanceof Long y) {
            return x - y;
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) - toDouble(b);
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return GoTime.sub(x, y);
        }
        if (a instanceof ZonedDateTime x && b instanceof Duration y) {
            return GoTime.add(x, Duration.ofNanos(-y.toNanos()));
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return Duration.ofNanos(x.toNanos() - y.toNanos());
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " - " + GoFmt.typeName(b));
    }

    static Object multiply(Object a, Object b) {
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x && b instanceof Long y) {
            return x * y;
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) * toDouble(b);
        }
        if (a instanceof Long x && b instanceof Duration y) {
            return Duration.ofNanos(x * y.toNanos());
        }
        if (a instanceof Duration x && b instanceof Long y) {
            return Duration.ofNanos(x.toNanos() * y);
        }
        if (a instanceof Duration x && b instanceof Double y) {
            return x.toNanos() * y;
        }
        if (a instanceof Double x && b instanceof Duration y) {
            return x * y.toNanos();
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return Duration.ofNanos(x.toNanos() * y.toNanos());
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " * " + GoFmt.typeName(b));
    }

    static Object divide(Object a, Object b) {
        a = widen(a);
        b = widen(b);
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) / toDouble(b);
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " / " + GoFmt.typeName(b));
    }

    static Object modulo(Object a, Object b) {
        a = widen(a);
        b = widen(b);
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw new EvalError("runtime error: integer divide by zero");
            }
            if (y == -1) {
                return 0L;
            }
            return x % y;
        }
        throw new EvalError("invalid operation: " + GoFmt.typeName(a) + " % " + GoFmt.typeName(b));
    }

    static Object exponent(Object a, Object b) {
        return Math.pow(toDouble(a), toDouble(b));
    }

    static Object negate(Object a) {
        if (a instanceof Short s) {
            return (short) (-s & 0xFF);
        }
        if (a instanceof Long x) {
            return -x;
        }
        if (a instanceof Double x) {
            return -x;
        }
        throw new EvalError("invalid operation: - " + GoFmt.typeName(a));
    }

    // ---- access -----------------------------------------------------------------------------------------------------

    /** Go's runtime.Fetch: member and index access. */
    static Object fetch(Object from, Object i) {
        if (from == null) {
            throw new EvalError("cannot fetch " + GoFmt.v(i) + " from <nil>");
        }
        if (from instanceof List<?> l) {
            return l.get(index(i, l.size()));
        }
        if (from instanceof String s) {
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return uint8(bytes[index(i, bytes.length)]);
        }
        if (from instanceof byte[] bytes) {
            return uint8(bytes[index(i, bytes.length)]);
        }
        if (from instanceof GoMap m) {
            Object v = m.get(i);
            // the zero value of groupBy's []interface {} elements is an empty (nil) slice
            return v == null && GoMap.GROUPS.equals(m.goType) ? new GoList("[]interface {}", java.util.List.of(), true)
                    : v;
        }
        if (from instanceof Map<?, ?> m) {
            if (i == null || i instanceof String) {
                return m.get(i == null ? "" : i);
            }
            throw new EvalError("reflect.Value.MapIndex: value of type " + GoFmt.typeName(i)
                    + " is not assignable to type string");
        }
        if (i instanceof String name && Methods.has(from, name)) {
            return Methods.bound(from, name);
        }
        throw new EvalError("cannot fetch " + GoFmt.v(i) + " from " + GoFmt.typeName(from));
    }

    private static int index(Object i, int length) {
        long index = toInt(i);
        if (index < 0) {
            index = length + index;
        }
        if (index < 0 || index >= length) {
            throw new EvalError("index out of range: " + index + " (array length is " + length + ")");
        }
        return (int) index;
    }

    /** Go's runtime.Slice. */
    static Object slice(Object array, Object from, Object to) {
        int length;
        if (array instanceof List<?> l) {
            length = l.size();
        } else if (array instanceof String s) {
            length = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        } else if (array instanceof byte[] b) {
            length = b.length;
        } else {
            throw new EvalError("cannot slice " + GoFmt.v(from));
        }
        long a = toInt(from);
        long b = toInt(to);
        if (a < 0) {
            a = length + a;
        }
        if (a < 0) {
            a = 0;
        }
        if (b < 0) {
            b = length + b;
        }
        if (b < 0) {
            b = 0;
        }
        if (b > length) {
            b = length;
        }
        if (a > b) {
            a = b;
        }
        if (array instanceof GoList g) {
            return new GoList(g.goType, g.subList((int) a, (int) b));
        }
        if (array instanceof List<?> l) {
            return new ArrayList<Object>(l.subList((int) a, (int) b));
        }
        if (array instanceof byte[] bytes) {
            return Arrays.copyOfRange(bytes, (int) a, (int) b);
        }
        byte[] bytes = ((String) array).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return GoStrings.fromBytes(Arrays.copyOfRange(bytes, (int) a, (int) b));
    }

    /** Go's runtime.In. */
    static boolean in(Object needle, Object array) {
        if (array == null) {
            return false;
        }
        if (array instanceof List<?> l) {
            for (Object o : l) {
                if (equal(o, needle)) {
                    return true;
                }
            }
            return false;
        }
        if (array instanceof GoMap m) {
            return m.containsKey(needle);
        }
        if (array instanceof Map<?, ?> m) {
            if (needle == null) {
                return m.containsKey("");
            }
            if (needle instanceof String) {
                return m.containsKey(needle);
            }
            throw new EvalError("reflect.Value.MapIndex: value of type " + GoFmt.typeName(needle)
                    + " is not assignable to type string");
        }
        throw new EvalError("operator \"in\" not defined on " + GoFmt.typeName(array));
    }
}
