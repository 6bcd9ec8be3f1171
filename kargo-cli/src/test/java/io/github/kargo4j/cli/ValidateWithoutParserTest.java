package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kargo4j validate PATH...} runs without picocli's parser (a start-up cost): it must answer exactly as the same
 * command line through the parser, with every option at its default spelt out.
 */
class ValidateWithoutParserTest {

    @TempDir
    Path dir;

    private static void assertSameAsThroughTheParser(String... paths) {
        List<String> direct = new ArrayList<>(List.of("validate"));
        direct.addAll(List.of(paths));
        assertNotNull(ValidateCommand.ofOperandsOnly(direct.toArray(String[]::new)), direct.toString());
        List<String> parsed = new ArrayList<>(List.of("validate", "--format", "text", "--fail-on=error",
                "--threads", Integer.toString(io.github.kargo4j.validation.PipelineValidator.Builder.defaultThreads()),
                "--"));
        parsed.addAll(List.of(paths));
        assertNull(ValidateCommand.ofOperandsOnly(parsed.toArray(String[]::new)));
        CliRun a = CliRun.run(direct.toArray(String[]::new));
        CliRun b = CliRun.run(parsed.toArray(String[]::new));
        assertEquals(b.status(), a.status(), a.err());
        assertEquals(b.out(), a.out());
        assertEquals(b.err(), a.err());
    }

    @Test
    void theSeedPipelineAnswersAsThroughTheParser() {
        CliRun r = CliRun.run("validate", PrintAndGraphTest.SEED_000.toString());
        assertTrue(r.out().contains("in 12 resources"), r.out());
        assertSameAsThroughTheParser(PrintAndGraphTest.SEED_000.toString());
    }

    @Test
    void findingsUnreadableAndMissingInputsAnswerAsThroughTheParser() throws IOException {
        Files.writeString(dir.resolve("stage.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: Dev, namespace: demo}
                spec: {requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]}
                """);
        Files.writeString(dir.resolve("broken.yaml"), "kind: Stage\napiVersion: kargo.akuity.io/v1alpha1\n: [\n");
        CliRun r = CliRun.run("validate", dir.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertSameAsThroughTheParser(dir.toString());
        assertSameAsThroughTheParser(dir.resolve("stage.yaml").toString(), dir.resolve("broken.yaml").toString());

        Path missing = dir.resolve("missing");
        CliRun m = CliRun.run("validate", missing.toString());
        assertEquals(2, m.status());
        assertEquals("kargo4j: no such file or directory: " + missing + "; check the path\n", m.err());
        assertSameAsThroughTheParser(missing.toString());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun e = CliRun.run("validate", empty.toString());
        assertEquals(2, e.status());
        assertTrue(e.err().startsWith("kargo4j: no Kubernetes resources found in " + empty), e.err());
        assertSameAsThroughTheParser(empty.toString());
    }

    @Test
    void anythingButPathsGoesThroughTheParser() {
        assertNull(ValidateCommand.ofOperandsOnly(new String[0]));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"print", "a"}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "a", "--complete"}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "-h"}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "-"}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "@args.txt"}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", ""}));
        assertNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "a\0b"}));
        assertNotNull(ValidateCommand.ofOperandsOnly(new String[] {"validate"}));
        assertNotNull(ValidateCommand.ofOperandsOnly(new String[] {"validate", "a", "b/c.yaml"}));

        CliRun help = CliRun.run("validate", "--help");
        assertEquals(0, help.status());
        String words = help.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("(default: text)"), help.out());
        assertTrue(words.contains("(default: error)"), help.out());
        CliRun bad = CliRun.run("validate", "--format", "xml", ".");
        assertEquals(2, bad.status());
        assertFalse(bad.err().contains("Exception"), bad.err());
        assertTrue(bad.err().startsWith("kargo4j: Invalid value for option '--format'"), bad.err());
    }
}
