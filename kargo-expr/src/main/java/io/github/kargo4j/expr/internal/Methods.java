package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprObject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The methods of Go's time.Time and time.Duration that expressions can call, e.g. {@code now().Format(...)}. */
final class Methods {

    private Methods() {
    }

    private static final Map<String, Type> TIME = Map.ofEntries(Map.entry("Year", Type.INT),
            Map.entry("Month", Type.MONTH), Map.entry("Day", Type.INT), Map.entry("Hour", Type.INT),
            Map.entry("Minute", Type.INT), Map.entry("Second", Type.INT), Map.entry("Nanosecond", Type.INT),
            Map.entry("YearDay", Type.INT), Map.entry("Unix", Type.INT), Map.entry("UnixMilli", Type.INT),
            Map.entry("UnixNano", Type.INT), Map.entry("Format", Type.STRING), Map.entry("String", Type.STRING),
            Map.entry("UTC", Type.TIME), Map.entry("Add", Type.TIME), Map.entry("Sub", Type.DURATION),
            Map.entry("Before", Type.BOOL), Map.entry("After", Type.BOOL), Map.entry("Equal", Type.BOOL),
            Map.entry("IsZero", Type.BOOL), Map.entry("In", Type.TIME), Map.entry("Weekday", Type.WEEKDAY),
            Map.entry("AddDate", Type.TIME), Map.entry("Truncate", Type.TIME), Map.entry("Round", Type.TIME),
            Map.entry("Location", Type.LOCATION));

    private static final Map<String, Type> DURATION = Map.of("Hours", Type.FLOAT, "Minutes", Type.FLOAT,
            "Seconds", Type.FLOAT, "Milliseconds", Type.INT, "Microseconds", Type.INT, "Nanoseconds", Type.INT,
            "String", Type.STRING, "Abs", Type.DURATION, "Round", Type.DURATION, "Truncate", Type.DURATION);

    /** Go types of the methods as values. */
    private static final Map<String, String> SIGNATURES = Map.ofEntries(Map.entry("Year", "func() int"),
            Map.entry("Month", "func() time.Month"), Map.entry("Day", "func() int"), Map.entry("Hour", "func() int"),
            Map.entry("Minute", "func() int"), Map.entry("Second", "func() int"),
            Map.entry("Nanosecond", "func() int"), Map.entry("YearDay", "func() int"),
            Map.entry("Unix", "func() int64"), Map.entry("UnixMilli", "func() int64"),
            Map.entry("UnixNano", "func() int64"), Map.entry("Format", "func(string) string"),
            Map.entry("UTC", "func() time.Time"), Map.entry("Add", "func(time.Duration) time.Time"),
            Map.entry("Sub", "func(time.Time) time.Duration"), Map.entry("Before", "func(time.Time) bool"),
            Map.entry("After", "func(time.Time) bool"), Map.entry("Equal", "func(time.Time) bool"),
            Map.entry("IsZero", "func() bool"), Map.entry("In", "func(*time.Location) time.Time"),
            Map.entry("Weekday", "func() time.Weekday"), Map.entry("AddDate", "func(int, int, int) time.Time"),
            Map.entry("Location", "func() *time.Location"), Map.entry("Hours", "func() float64"),
            Map.entry("Minutes", "func() float64"), Map.entry("Seconds", "func() float64"),
            Map.entry("Milliseconds", "func() int64"), Map.entry("Microseconds", "func() int64"),
            Map.entry("Nanoseconds", "func() int64"), Map.entry("Abs", "func() time.Duration"));

    /** A method of a value named without a call: a function value bound to it. */
    static Callable bound(Object v, String name) {
        if (v instanceof ExprObject) {
            return new Callable(name, args -> call(v, name, args), Callable.ANY_FUNCTION);
        }
        String sig = SIGNATURES.get(name);
        if (sig == null) {
            sig = v instanceof Duration ? (name.equals("String") ? "func() string" : "func(time.Duration) time.Duration")
                    : name.equals("String") ? "func() string" : "func(time.Duration) time.Time";
        }
        return new Callable(name, args -> call(v, name, args), sig);
    }

    static boolean has(Type t, String name) {
        return t.is(Type.K.TIME) && TIME.containsKey(name) || t.is(Type.K.DURATION) && DURATION.containsKey(name);
    }

    static Type result(Type t, String name) {
        return Type.func(t.is(Type.K.TIME) ? TIME.get(name) : DURATION.get(name));
    }

    static boolean has(Object v, String name) {
        return v instanceof ZonedDateTime && TIME.containsKey(name) || v instanceof Duration
                && DURATION.containsKey(name) || v instanceof ExprObject o && o.methods().contains(name);
    }

    static Object call(Object v, String name, List<Object> args) {
        if (v instanceof ExprObject o) {
            try {
                return Values.fromJava(o.call(name, java.util.Collections.unmodifiableList(args)));
            } catch (IllegalArgumentException e) {
                throw new EvalError(String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                // the object's own failure: its message may hold anything, so only the method is reported
                throw new EvalError("call of " + name + " failed");
            }
        }
        if (v instanceof Duration d) {
            long n = d.toNanos();
            return switch (name) {
                case "Hours" -> n / 3_600_000_000_000L + (n % 3_600_000_000_000L) / 3.6e12;
                case "Minutes" -> n / 60_000_000_000L + (n % 60_000_000_000L) / 6e10;
                case "Seconds" -> n / 1_000_000_000L + (n % 1_000_000_000L) / 1e9;
                case "Milliseconds" -> n / 1_000_000L;
                case "Microseconds" -> n / 1_000L;
                case "Nanoseconds" -> n;
                case "Abs" -> Duration.ofNanos(n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n));
                case "Truncate" -> {
                    long m = ((Duration) arg(args, 0)).toNanos();
                    yield m <= 0 ? d : Duration.ofNanos(n - n % m);
                }
                case "Round" -> {
                    long m = ((Duration) arg(args, 0)).toNanos();
                    if (m <= 0) {
                        yield d;
                    }
                    long r = n % m;
                    if (n < 0) {
                        r = -r;
                        yield Duration.ofNanos(r + r < m ? n + r : n + r - m);
                    }
                    yield Duration.ofNanos(r + r < m ? n - r : n + (m - r));
                }
                default -> GoTime.durationString(d);
            };
        }
        ZonedDateTime t = (ZonedDateTime) v;
        return switch (name) {
            case "Year" -> (long) t.getYear();
            case "Month" -> t.getMonth();
            case "Day" -> (long) t.getDayOfMonth();
            case "Hour" -> (long) t.getHour();
            case "Minute" -> (long) t.getMinute();
            case "Second" -> (long) t.getSecond();
            case "Nanosecond" -> (long) t.getNano();
            case "YearDay" -> (long) t.getDayOfYear();
            case "Weekday" -> t.getDayOfWeek();
            case "Unix" -> t.toEpochSecond();
            case "UnixMilli" -> t.toInstant().toEpochMilli();
            case "UnixNano" -> t.toEpochSecond() * 1_000_000_000L + t.getNano();
            case "Format" -> GoTime.format(t, Values.toStr(arg(args, 0)));
            case "String" -> GoTime.timeString(t);
            case "UTC" -> t.withZoneSameInstant(ZoneOffset.UTC);
            case "In" -> t.withZoneSameInstant(((GoTime.Location) arg(args, 0)).zone());
            case "Add" -> GoTime.add(t, (Duration) arg(args, 0));
            case "Sub" -> GoTime.sub(t, (ZonedDateTime) arg(args, 0));
            case "Before" -> t.toInstant().isBefore(((ZonedDateTime) arg(args, 0)).toInstant());
            case "After" -> t.toInstant().isAfter(((ZonedDateTime) arg(args, 0)).toInstant());
            case "Equal" -> t.toInstant().equals(((ZonedDateTime) arg(args, 0)).toInstant());
            case "IsZero" -> t.toEpochSecond() == -62135596800L && t.getNano() == 0;
            case "AddDate" -> {
                // Go normalises overflowing days and months (Aug 31 + 1 month is Oct 1)
                long y = Values.toInt(arg(args, 0));
                long mo = Values.toInt(arg(args, 1));
                long dd = Values.toInt(arg(args, 2));
                java.time.LocalDate base = java.time.LocalDate.of(t.getYear(), 1, 1)
                        .plusYears(y).plusMonths(t.getMonthValue() - 1 + mo).plusDays(t.getDayOfMonth() - 1 + dd);
                yield java.time.ZonedDateTime.of(base, t.toLocalTime(), t.getZone());
            }
            case "Truncate", "Round" -> {
                long m = ((Duration) arg(args, 0)).toNanos();
                if (m <= 0) {
                    yield t;
                }
                // multiples of m since Go's zero time, January 1, year 1, UTC
                java.math.BigInteger since = java.math.BigInteger.valueOf(t.toEpochSecond() + 62135596800L)
                        .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(t.getNano()));
                long r = since.mod(java.math.BigInteger.valueOf(m)).longValue();
                long delta = name.equals("Truncate") || r + r < m ? -r : m - r;
                yield t.plusNanos(delta);
            }
            case "Location" -> new GoTime.Location(zoneName(t), t.getZone());
            default -> throw new EvalError("cannot fetch " + name + " from time.Time");
        };
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getZone().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return t.getZone() instanceof ZoneOffset ? "" : t.getZone().getId();
    }

    private static Object arg(List<Object> args, int i) {
        if (i >= args.size()) {
            throw new EvalError("invalid number of arguments: expected " + (i + 1) + ", got " + args.size());
        }
        return args.get(i);
    }
}
