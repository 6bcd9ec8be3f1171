package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The AnalysisTemplates of the seed-000 pipeline of kargo-examples pass every verification rule. */
class Seed000AnalysisTemplatesTest {

    private static final Path SEED = Path.of("../kargo-examples/src/main/resources/seed-000");

    @Test
    void seedTemplatesGiveNoFinding() {
        ReadResult read = KargoCodec.create().readAll(SEED);
        assertEquals(List.of(), read.errors());
        assertEquals(2, read.manifests().stream().filter(m -> m.resource() instanceof AnalysisTemplate).count());
        Report r = PipelineValidator.builder().complete(true).build().validate(read);
        List<Finding> mine = r.filter(f -> f.code().startsWith("KV")
                || f.resource().kind().equals("AnalysisTemplate")).findings();
        assertEquals(List.of(), mine, r::toString);
    }
}
