package io.github.kargo4j.validation;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte search that lets a file without suppression comments go undecoded. */
class SuppressionCommentsTest {

    /** Bytes hold the marker exactly when their UTF-8 text does, malformed bytes and multi-byte characters around. */
    @Test
    void theBytesHoldTheMarkerWhenTheirTextDoes() {
        Random random = new Random(14);
        byte[][] pieces = {"kargo4j:ignore".getBytes(StandardCharsets.UTF_8),
            "kargo4j:igno".getBytes(StandardCharsets.UTF_8),
            "k".getBytes(StandardCharsets.UTF_8), "# ".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xe2, (byte) 0x82},
            {(byte) 0xff}, {(byte) 0x80}, "re\n".getBytes(StandardCharsets.UTF_8)};
        int with = 0;
        for (int n = 0; n < 5000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                byte[] piece = pieces[random.nextInt(pieces.length)];
                out.write(piece, 0, piece.length);
            }
            byte[] bytes = out.toByteArray();
            boolean expected = new String(bytes, StandardCharsets.UTF_8).contains(SuppressionComments.MARKER);
            assertEquals(expected, SuppressionComments.holdsMarker(bytes), new String(bytes, StandardCharsets.UTF_8));
            with += expected ? 1 : 0;
        }
        assertTrue(with > 100, "cases with the marker: " + with);
        assertFalse(SuppressionComments.holdsMarker(new byte[0]));
        assertTrue(SuppressionComments.holdsMarker("kargo4j:ignore".getBytes(StandardCharsets.UTF_8)));
    }
}
