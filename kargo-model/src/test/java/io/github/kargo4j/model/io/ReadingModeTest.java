package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.project.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One reading mode per thread, for the binder and the name checks, restored whatever the action does. */
class ReadingModeTest {

    private static Project nameless() {
        return Project.builder().metadata(ObjectMeta.builder().build()).build();
    }

    @Test
    void outsideAReadingNamesAreChecked() {
        assertFalse(ReadingMode.isReading());
        assertThrows(IllegalArgumentException.class, ReadingModeTest::nameless);
        assertEquals("", ReadingMode.reading(ReadingModeTest::nameless).name());
        assertEquals("", KubernetesNames.lenient(ReadingModeTest::nameless).name());
        assertFalse(ReadingMode.isReading(), "restored after the action");
    }

    @Test
    void strictReadingHasNoProblemList() {
        ReadingMode.reading(() -> {
            assertTrue(ReadingMode.isReading());
            assertEquals(null, ReadingMode.lenientProblems());
            return null;
        });
    }

    @Test
    void aStrictReadingInsideALenientOneKeepsItLenient() {
        List<BindException> problems = new ArrayList<>();
        ReadingMode.lenient(() -> KubernetesNames.lenient(() -> {
            assertSame(problems, ReadingMode.lenientProblems());
            return ReadingMode.reading(() -> {
                assertSame(problems, ReadingMode.lenientProblems());
                return nameless();
            });
        }), problems);
        assertFalse(ReadingMode.isReading());
    }

    @Test
    void aLenientReadingInsideAStrictOneEndsWithItsAction() {
        List<BindException> problems = new ArrayList<>();
        ReadingMode.reading(() -> {
            assertSame(problems, ReadingMode.lenient(ReadingMode::lenientProblems, problems));
            assertTrue(ReadingMode.isReading());
            assertEquals(null, ReadingMode.lenientProblems(), "the strict mode is back");
            return null;
        });
    }

    @Test
    void theModeIsRestoredWhenTheActionThrows() {
        List<BindException> problems = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> ReadingMode.lenient(() -> {
            throw new IllegalStateException("boom");
        }, problems));
        assertFalse(ReadingMode.isReading());
        assertThrows(IllegalStateException.class, () -> ReadingMode.reading(() -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(ReadingMode.isReading());
        assertThrows(IllegalArgumentException.class, ReadingModeTest::nameless);
    }

    @Test
    void readingADocumentLeavesTheThreadAsItWas() {
        KargoCodec.create().parse("apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata: {}\n", "p.yaml");
        assertFalse(ReadingMode.isReading());
        assertThrows(IllegalArgumentException.class, ReadingModeTest::nameless);
    }
}
