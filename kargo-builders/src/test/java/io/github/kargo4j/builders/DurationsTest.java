package io.github.kargo4j.builders;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationsTest {

    @Test
    void largestUnitsFirstAndZeroUnitsLeftOut() {
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("1h", Durations.format(Duration.ofHours(1)));
        assertEquals("1h5s", Durations.format(Duration.ofSeconds(3605)));
        assertEquals("24h", Durations.format(Duration.ofDays(1)));
        assertEquals("20s", Durations.format(Duration.ofSeconds(20)));
        assertEquals("0s", Durations.format(Duration.ZERO));
    }

    @Test
    void subSecondPartsAreFractionalSeconds() {
        assertEquals("1.5s", Durations.format(Duration.ofMillis(1500)));
        assertEquals("0.25s", Durations.format(Duration.ofMillis(250)));
        assertEquals("2m0.000000001s", Durations.format(Duration.ofMinutes(2).plusNanos(1)));
    }

    @Test
    void everyResultMatchesKargosDurationRule() {
        Pattern kargo = Pattern.compile(io.github.kargo4j.model.stage.FreightSources.DURATION);
        for (Duration d : new Duration[] {Duration.ofMillis(1), Duration.ofMinutes(61), Duration.ofDays(3),
            Duration.ofSeconds(59, 999_999_999)}) {
            String text = Durations.format(d);
            assertTrue(kargo.matcher(text).matches(), text);
        }
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Durations.format(Duration.ofSeconds(-1)));
    }
}
