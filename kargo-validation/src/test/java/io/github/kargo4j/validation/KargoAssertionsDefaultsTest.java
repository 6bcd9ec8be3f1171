package io.github.kargo4j.validation;

import io.github.kargo4j.validation.testing.PipelineDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The defaults of the one-call assertion on a directory: complete, never empty, warnings shown. */
class KargoAssertionsDefaultsTest {

    /** A Stage requesting Freight from a Warehouse that is not in the directory. */
    private static final String STAGE = PipelineDir.stage("dev", "app", "");

    @TempDir
    Path dir;

    @Test
    void anEmptyDirectoryFailsUnlessAllowed() {
        AssertionError e = assertThrows(AssertionError.class, () -> KargoAssertions.assertValid(dir));
        assertTrue(e.getMessage().contains("error[KR005] no Kubernetes resources found"), e.getMessage());
        assertEquals(0, KargoAssertions.assertValid(PipelineValidator.builder().allowEmpty(true).build(), dir)
                .resourceCount());
    }

    @Test
    void aDirectoryIsTakenAsTheWholePipeline() {
        PipelineDir.at(dir).project();
        PipelineDir.at(dir).write("stage.yaml", STAGE);
        AssertionError e = assertThrows(AssertionError.class, () -> KargoAssertions.assertValid(dir));
        assertTrue(e.getMessage().contains("error[KG003]"), e.getMessage());
        // a partial set says so
        Report partial = quietly(() -> KargoAssertions.assertValid(PipelineValidator.create(), dir));
        assertEquals(1, partial.count(Severity.WARNING), partial.toString());
    }

    @Test
    void aPassingAssertionPrintsItsWarningsAndSkippedInputs() {
        PipelineDir.at(dir).project();
        PipelineDir.at(dir).write("stage.yaml", STAGE);
        PipelineDir.at(dir).write("values.yaml", "replicas: 2\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            KargoAssertions.assertValid(PipelineValidator.create(), dir);
        } finally {
            System.setErr(saved);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("kargo4j: the assertion passed, but 1 warning needs a look, and 1 input was"
                + " skipped as not Kubernetes manifests:\n"), printed);
        assertTrue(printed.contains("warning[KG003]"), printed);
        assertTrue(printed.contains("values.yaml:1:1: skipped: 1 document is not a Kubernetes object"), printed);
    }

    @Test
    void aSuppressedErrorDoesNotFailTheAssertion() {
        PipelineDir.at(dir).project();
        PipelineDir.at(dir).write("stage.yaml", PipelineDir.stage("dev", "app", "# kargo4j:ignore KG003 applied"
                + " elsewhere"));
        Report r = KargoAssertions.assertValid(dir);
        assertEquals(1, r.suppressed().size());
    }

    private static Report quietly(java.util.function.Supplier<Report> run) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return run.get();
        } finally {
            System.setErr(saved);
        }
    }
}
