package io.github.kargo4j.examples;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizeManifestsTest {

    private static final Path SEED_000 = Path.of("src/main/resources/seed-000");
    private static final Path SEED_003 = Path.of("src/main/resources/seed-003");

    @Test
    void normalizesTheSeedPipelinesAndTheOutputReadsBackEqual() {
        for (Path dir : List.of(SEED_000, SEED_003)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = NormalizeManifests.run(List.of(dir), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            KargoCodec codec = KargoCodec.create();
            List<Manifest> original = codec.readAll(dir).orThrow();
            List<Manifest> normalized = codec.parse(out.toString(StandardCharsets.UTF_8), "<normalized>");
            assertEquals(original.size(), normalized.size());
            for (int i = 0; i < original.size(); i++) {
                assertEquals(original.get(i).resource(), normalized.get(i).resource(),
                        original.get(i).location().toString());
            }
        }
    }

    @Test
    void reportsUnreadableFilesWithTheirPositionAndExitStatusOne() throws Exception {
        Path dir = Files.createTempDirectory("kargo4j-bad");
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [x\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NormalizeManifests.run(List.of(dir), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(text.contains("error: " + dir.resolve("bad.yaml") + ":"), text);
        assertTrue(text.contains("malformed YAML"), text);
    }
}
