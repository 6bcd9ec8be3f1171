package io.github.kargo4j.model.io;

import io.github.kargo4j.model.testing.GeneratedSources;
import org.junit.jupiter.api.Test;

import java.io.IOException;

/** The committed binding table is what the generator makes from the model now. */
class ModelBindingsGeneratorTest {

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        GeneratedSources.assertUpToDate(ModelBindingsGenerator.TABLE, ModelBindingsGenerator.source(),
                ModelBindingsGenerator.REGENERATE);
    }
}
