package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCommandTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheYamlLanguageServerLayoutByDefault(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("schemas");
        CliRun run = CliRun.run("schema", "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        List<String> names = names(out);
        assertTrue(names.contains("kargo.json") && names.contains("stage-kargo-v1alpha1.json")
                && names.contains("analysistemplate-argoproj-v1alpha1.json"), names.toString());
        assertTrue(run.out().contains("$schema=" + out.toAbsolutePath().resolve("kargo.json").toUri()), run.out());
        assertTrue(Files.readString(out.resolve("stage-kargo-v1alpha1.json")).contains("\"step-git-clone\""));
    }

    @Test
    void writesTheKubeconformLayout(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.run("schema", "--output", tmp.toString(), "--layout", "kubeconform");
        assertEquals(0, run.status(), run.err());
        List<String> names = names(tmp);
        assertFalse(names.contains("kargo.json"), names.toString());
        assertTrue(names.contains("stage-kargo-v1alpha1.json") && names.contains("secret-v1.json"), names.toString());
        assertTrue(run.out().contains("{{ .ResourceKind }}{{ .KindSuffix }}.json"), run.out());
    }

    @Test
    void refusesAnUnknownLayoutAndAFileAsTheDirectoryWithoutAStackTrace(@TempDir Path tmp) throws IOException {
        CliRun layout = CliRun.run("schema", "--output", tmp.toString(), "--layout", "vim");
        assertEquals(2, layout.status());
        assertTrue(layout.err().contains("--layout: unknown layout \"vim\""), layout.err());
        Path file = Files.writeString(tmp.resolve("file.txt"), "keep me");
        CliRun notDir = CliRun.run("schema", "--output", file.toString());
        assertEquals(2, notDir.status());
        assertTrue(notDir.err().contains("not a directory"), notDir.err());
        assertFalse(notDir.err().contains("Exception") || notDir.err().contains("\tat "), notDir.err());
        assertEquals("keep me", Files.readString(file));
    }
}
