package io.github.kargo4j.model.testing;

import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark corpus is what it claims: varied, typed without a problem, and the same for the same seed. */
class VariedCorpusTest {

    @Test
    void everyDocumentReadsTypedWithoutAProblemAndTheKindsAreVaried() {
        String yaml = VariedCorpus.yaml(1_000, 1);
        assertEquals(yaml, VariedCorpus.yaml(1_000, 1), "same seed, same text");
        List<Manifest> read = KargoCodec.create().read(new java.io.StringReader(yaml), "corpus.yaml");
        assertTrue(read.size() >= 1_000, "documents: " + read.size());
        Map<String, Integer> kinds = new TreeMap<>();
        for (Manifest m : read) {
            assertEquals(List.of(), m.problems(), m.location().toString());
            String kind = m.tree().getOrNull("kind").asText().orElseThrow();
            kinds.merge(kind, 1, Integer::sum);
            if (!kind.equals("Namespace")) {
                assertTrue(!(m.resource() instanceof GenericResource), kind + " is typed");
            }
        }
        assertTrue(kinds.keySet().containsAll(List.of("AnalysisTemplate", "Freight", "Project", "ProjectConfig",
                "PromotionTask", "Stage", "Warehouse")), kinds.toString());
    }
}
