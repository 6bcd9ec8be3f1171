package io.github.kargo4j.model;

/**
 * An enumeration that a newer Kargo may extend. Model attributes keep the raw text ({@code kindAsString()}) so that
 * an unknown value round-trips; the typed accessor ({@code kind()}) maps it to a constant, or to {@code UNKNOWN}.
 */
public interface OpenEnum {

    /** @return the JSON text of this constant (empty for {@code UNKNOWN}) */
    String value();

    /**
     * @param type an open enum type that has a constant named {@code UNKNOWN}
     * @param raw  the raw text
     * @param <E>  the enum type
     * @return the constant whose {@link #value()} is {@code raw}, or {@code UNKNOWN}
     */
    static <E extends Enum<E> & OpenEnum> E parse(Class<E> type, String raw) {
        for (E e : type.getEnumConstants()) {
            if (e.value().equals(raw)) {
                return e;
            }
        }
        return Enum.valueOf(type, "UNKNOWN");
    }
}
