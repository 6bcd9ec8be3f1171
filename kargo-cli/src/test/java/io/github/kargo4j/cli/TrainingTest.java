package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The launcher's training run goes through every command it lists on the example, and prints nothing of theirs. */
class TrainingTest {

    @Test
    void everyTrainedCommandRunsThroughOnTheExampleAndItsOutputIsThrownAway() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            Training.main(new String[] {PrintAndGraphTest.SEED_000.toString()});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", capturedErr.toString(StandardCharsets.UTF_8), "a trained command did not end with status 0");
        assertEquals("", capturedOut.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandThatFailsIsReportedByItsStatus() {
        java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(2, Main.run(new String[] {"explain", "NO-SUCH-CODE"}, nowhere, nowhere,
                new Terminal(false, java.util.Map.of())));
    }
}
