package io.github.kargo4j.model.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON number. Integral values are kept as {@code long} (or {@link BigInteger} when larger), others as
 * {@link BigDecimal} or {@code double}. Two numbers are equal when their numeric values are equal
 * ({@code 1000} equals {@code 1e3}), as they are for Kubernetes.
 */
public final class JsonNumber implements JsonValue {

    private final Number value;
    private final long position;

    private JsonNumber(Number value, long position) {
        this.value = Objects.requireNonNull(value, "value");
        this.position = position;
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new IllegalArgumentException("JSON has no NaN or infinite numbers");
        }
        if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("JSON has no NaN or infinite numbers");
        }
    }

    /**
     * @param value the number (not NaN or infinite)
     * @return a number value
     */
    public static JsonNumber of(Number value) {
        return new JsonNumber(normalize(value), -1L);
    }

    /**
     * @param value    the number (not NaN or infinite)
     * @param position where it was read, or {@code null}
     * @return a number value remembering its position
     */
    public static JsonNumber of(Number value, SourcePosition position) {
        return new JsonNumber(normalize(value), position == null ? -1L : position.pack());
    }

    private static Number normalize(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof Float f) {
            return f.doubleValue();
        }
        if (n instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        return n;
    }

    /** @return the number as read: a {@code Long}, {@code BigInteger}, {@code Double} or {@code BigDecimal} */
    public Number value() {
        return value;
    }

    /** @return whether the value is a whole number that fits in a {@code long} */
    public boolean isLong() {
        if (value instanceof Long) {
            return true;
        }
        BigDecimal d = toBigDecimal();
        if (d.signum() == 0) {
            return true;
        }
        try {
            d.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** @return whether the value is a whole number that fits in an {@code int} */
    public boolean isInt() {
        if (!isLong()) {
            return false;
        }
        long l = longValueExact();
        return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
    }

    /**
     * @return the value as a {@code long}
     * @throws ArithmeticException if it is not a whole number that fits in one ({@link #isLong()})
     */
    public long longValueExact() {
        if (value instanceof Long l) {
            return l;   // as most numbers are read: no decimal made
        }
        return toBigDecimal().longValueExact();
    }

    /**
     * @return the value as an {@code int}
     * @throws ArithmeticException if it is not a whole number that fits in one ({@link #isInt()})
     */
    public int intValueExact() {
        if (value instanceof Long l) {
            return Math.toIntExact(l);
        }
        return toBigDecimal().intValueExact();
    }

    /** @return the value as an exact decimal */
    public BigDecimal toBigDecimal() {
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        return new BigDecimal(value.toString());
    }

    @Override
    public Type type() {
        return Type.NUMBER;
    }

    @Override
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(SourcePosition.unpack(position));
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonNumber n)) {
            return false;
        }
        if (value instanceof Long a && n.value instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        return toBigDecimal().compareTo(n.toBigDecimal()) == 0;
    }

    @Override
    public int hashCode() {
        if (value instanceof Long l) {
            return Long.hashCode(l);
        }
        BigDecimal d = toBigDecimal().stripTrailingZeros();
        if (d.scale() <= 0 && d.precision() - d.scale() <= 18) {
            return Long.hashCode(d.longValueExact());
        }
        return d.hashCode();
    }

    /** @return the number as JSON text */
    @Override
    public String toString() {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return BigDecimal.valueOf(d).setScale(1).toPlainString();
            }
            return d.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toString();
        }
        return value.toString();
    }
}
