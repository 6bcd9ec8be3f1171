package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.Reader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The snakeyaml-engine bug {@link SurrogatePairReader} works around, and that it does. */
class SurrogatePairReaderTest {

    private static final int BUFFER = 1 << 16;

    /** {@code v: aaa…😀b}, with the emoji's first half at character {@code at} (counted from 0). */
    private static String emojiAt(int at) {
        return "v: " + "a".repeat(at - 3) + "\ud83d\ude00b\n";
    }

    private static String lastScalar(Reader reader) {
        LoadSettings settings = LoadSettings.builder().setBufferSize(BUFFER).build();
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, reader));
        String value = null;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event instanceof ScalarEvent scalar) {
                value = scalar.getValue();
            }
        }
        return value;
    }

    /**
     * The bug, on the bare library: {@code StreamReader} reads into a buffer of {@code bufferSize + 1} characters;
     * when one read fills it and ends with a high surrogate, the low surrogate is read past its end. If this test
     * fails after an upgrade of snakeyaml-engine, the bug is fixed and {@link SurrogatePairReader} can go.
     */
    @Test
    void snakeyamlEngineFailsOnAHighSurrogateEndingAFullBuffer() {
        assertThrows(IndexOutOfBoundsException.class, () -> lastScalar(new StringReader(emojiAt(BUFFER))));
        assertEquals(BUFFER - 1, lastScalar(new StringReader(emojiAt(BUFFER - 1))).length(),
                "one character earlier the read is short of the full buffer and the pair is completed");
    }

    @Test
    void readingOneShortCompletesEveryPair() {
        for (int at = BUFFER - 3; at <= 2 * BUFFER + 2; at++) {
            if (at > BUFFER + 2 && at < 2 * BUFFER - 3) {
                at = 2 * BUFFER - 3;
            }
            String value = lastScalar(new SurrogatePairReader(new StringReader(emojiAt(at))));
            assertEquals(at, value.length(), "emoji at " + at);
            assertEquals("\ud83d\ude00b", value.substring(value.length() - 3), "emoji at " + at);
        }
    }
}
