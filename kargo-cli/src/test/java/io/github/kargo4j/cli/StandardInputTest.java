package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The path {@code -} reads the manifests from standard input, as {@code kustomize build | kargo4j validate -}. */
class StandardInputTest {

    @TempDir
    Path dir;

    private static CliRun withInput(String input, String... args) {
        return withInput(input.getBytes(StandardCharsets.UTF_8), args);
    }

    private static CliRun withInput(byte[] input, String... args) {
        return CliRun.run(new Terminal(false, Map.of(), new ByteArrayInputStream(input)), args);
    }

    private static String pipeline(String stageComment) {
        return PipelineDir.PROJECT + "---\n" + PipelineDir.stage("dev", stageComment);
    }

    @Test
    void validateReadsStandardInputAndNamesItInFindings() {
        CliRun r = withInput(pipeline(""), "validate", "--complete", "-");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("<stdin>:"), r.out());
        assertTrue(r.out().contains("KG003"), r.out());
        assertTrue(r.out().contains("in 2 resources"), r.out());
    }

    @Test
    void aSuppressionCommentInStandardInputCountsAsInAFile() {
        CliRun r = withInput(pipeline("# kargo4j:ignore KG003 the Warehouse is managed elsewhere"),
                "validate", "--complete", "-");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("(1 suppressed)"), r.out());
    }

    @Test
    void printAndGraphReadStandardInputToo() {
        CliRun print = withInput(pipeline(""), "print", "-");
        assertEquals(0, print.status(), print.err());
        assertTrue(print.out().contains("kind: Stage"), print.out());
        assertTrue(print.out().contains("name: dev"), print.out());
        CliRun graph = withInput(pipeline(""), "graph", "-");
        assertEquals(0, graph.status(), graph.err());
        assertTrue(graph.out().contains("dev"), graph.out());
    }

    @Test
    void aDocumentThatCannotBeReadIsAFindingAndTheOthersAreChecked() {
        CliRun r = withInput(PipelineDir.PROJECT + "---\nkind: [unclosed\n", "validate", "-");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("<stdin>:"), r.out());
        assertTrue(r.out().contains("KR001"), r.out());
    }

    @Test
    void emptyStandardInputIsNothingFound() {
        CliRun r = withInput("", "validate", "-");
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("no Kubernetes resources found in standard input; pipe manifests into it"), r.err());
        assertFalse(r.out().contains("PipelineValidator"), r.out());
        CliRun allowed = withInput("", "validate", "--allow-empty", "-");
        assertEquals(0, allowed.status(), allowed.out() + allowed.err());
    }

    @Test
    void bytesThatAreNotUtf8AreAUsageError() {
        CliRun r = withInput(new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}, "validate", "-");
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("standard input is not UTF-8 text"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] text = pipeline("").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CliRun r = withInput(withBom, "print", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("apiVersion:") || r.out().startsWith("---"), r.out());
    }

    @Test
    void dashBesideOtherPathsIsAUsageErrorAndDotSlashDashIsAFile() throws Exception {
        Files.writeString(dir.resolve("-"), pipeline(""));
        CliRun both = withInput(pipeline(""), "validate", "-", dir.toString());
        assertEquals(2, both.status(), both.out() + both.err());
        assertTrue(both.err().contains("'-' (standard input) must be the only path"), both.err());
        CliRun file = withInput("", "print", dir.resolve("-").toString());
        assertEquals(0, file.status(), file.err());
        assertTrue(file.out().contains("name: dev"), file.out());
    }
}
