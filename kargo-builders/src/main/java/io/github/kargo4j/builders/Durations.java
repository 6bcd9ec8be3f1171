package io.github.kargo4j.builders;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns a {@link Duration} into the duration text Kargo and Argo Rollouts read, such as {@code 1h30m}.
 *
 * <p>The text uses only hours, minutes and (possibly fractional) seconds, so it satisfies both Kargo's own rule
 * ({@code ^([0-9]+(\.[0-9]+)?(s|m|h))+$}, used by {@code requiredSoakTime} and Warehouse {@code interval}, which
 * allows neither {@code ms} nor days) and Go's {@code time.ParseDuration} (used by step {@code retry.timeout} and
 * analysis metric {@code interval} / {@code initialDelay}). Days become hours: one day is {@code 24h}.
 */
public final class Durations {

    private Durations() {
    }

    /**
     * Formats a duration with the largest units first and zero units left out.
     *
     * <pre>{@code
     * Durations.format(Duration.ofMinutes(90))      // "1h30m"
     * Durations.format(Duration.ofDays(1))          // "24h"
     * Durations.format(Duration.ofMillis(1500))     // "1.5s"
     * Durations.format(Duration.ZERO)               // "0s"
     * }</pre>
     *
     * @param duration a duration, zero or positive
     * @return its text
     * @throws IllegalArgumentException if the duration is negative
     */
    public static String format(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration must not be negative, got " + duration);
        }
        if (duration.isZero()) {
            return "0s";
        }
        long totalSeconds = duration.getSeconds();
        int nanos = duration.getNano();
        long hours = totalSeconds / 3600;
        long minutes = (totalSeconds % 3600) / 60;
        long seconds = totalSeconds % 60;
        StringBuilder sb = new StringBuilder();
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (minutes > 0) {
            sb.append(minutes).append('m');
        }
        if (seconds > 0 || nanos > 0) {
            if (nanos == 0) {
                sb.append(seconds);
            } else {
                sb.append(BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros()
                        .toPlainString());
            }
            sb.append('s');
        }
        return sb.toString();
    }
}
