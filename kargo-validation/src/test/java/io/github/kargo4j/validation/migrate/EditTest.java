package io.github.kargo4j.validation.migrate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EditTest {

    @Test
    void appliesEditsGivenInAnyOrder() {
        String text = "0123456789";
        List<Edit> edits = new ArrayList<>(List.of(new Edit(1, 3, "ab"), new Edit(5, 5, "INS"), new Edit(8, 10, "")));
        Collections.reverse(edits);
        assertEquals("0ab34INS567", Edit.apply(text, edits));
    }

    @Test
    void refusesOverlappingEdits() {
        assertThrows(IllegalArgumentException.class, () -> Edit.apply("0123456789",
                List.of(new Edit(1, 4, "x"), new Edit(3, 5, "y"))));
        assertThrows(IllegalArgumentException.class, () -> Edit.apply("0123", List.of(new Edit(2, 9, "x"))));
    }

    @Test
    void everyCharOutsideTheEditedRangesIsKept() {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            String text = sb.toString();
            List<Edit> edits = new ArrayList<>();
            StringBuilder expected = new StringBuilder();
            int pos = 0;
            while (pos < text.length()) {
                int start = pos + random.nextInt(Math.min(8, text.length() - pos) + 1);
                if (start >= text.length() || random.nextInt(3) == 0) {
                    break;
                }
                int end = start + random.nextInt(Math.min(5, text.length() - start) + 1);
                String replacement = "<" + round + ">";
                edits.add(new Edit(start, end, replacement));
                expected.append(text, pos, start).append(replacement);
                pos = Math.max(end, start + 1);
                if (end == start) {
                    expected.append(text.charAt(start));
                }
            }
            expected.append(text.substring(Math.min(pos, text.length())));
            Collections.shuffle(edits, random);
            assertEquals(expected.toString(), Edit.apply(text, edits), "round " + round);
        }
    }
}
