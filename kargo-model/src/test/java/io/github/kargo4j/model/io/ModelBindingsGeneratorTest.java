package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed binding table is what the generator makes from the model now. */
class ModelBindingsGeneratorTest {

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        String now = ModelBindingsGenerator.source();
        if (Boolean.getBoolean("kargo4j.regenerate")) {
            Files.writeString(ModelBindingsGenerator.TABLE, now, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(ModelBindingsGenerator.TABLE, StandardCharsets.UTF_8);
        assertTrue(committed.equals(now), "ModelBindings.java differs from what the model makes now; regenerate it"
                + " with: " + ModelBindingsGenerator.REGENERATE);
    }
}
