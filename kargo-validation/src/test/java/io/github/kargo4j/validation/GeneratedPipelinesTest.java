package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test over 300 seeded random pipelines: the validator never throws nor reports {@code KR002}, and rules
 * {@code KF001} and {@code KA036} report exactly the field and name faults the generator planted, at the same JSON
 * paths whether the resources were built in code or read from the YAML they write to, and with a position in the
 * YAML.
 */
class GeneratedPipelinesTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fieldFindingsAreExactlyThePlantedFaults(long seed) {
        PipelineGenerator.Pipeline p = PipelineGenerator.generate(seed);
        Report inCode = PipelineValidator.create().validateResources(p.resources());
        ValidatorFuzzTest.check(inCode);
        assertEquals(sorted(p.expectedFieldFindings()), fieldFindings(inCode), "seed " + seed);

        List<KargoResource> resources = p.resources();
        String yaml = CODEC.toYaml(resources);
        Report fromYaml = PipelineValidator.builder().complete(true).build().validateManifests(
                CODEC.parse(yaml, "generated.yaml"));
        ValidatorFuzzTest.check(fromYaml);
        assertEquals(fieldFindings(inCode), fieldFindings(fromYaml), "seed " + seed + ":\n" + yaml);
        for (Finding f : fromYaml.withCodes("KF001", "KA036").findings()) {
            assertTrue(f.position().isPresent() && f.source().isPresent(), f.toString());
        }
    }

    private static List<String> fieldFindings(Report r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.withCodes("KF001", "KA036").findings()) {
            out.add(f.resource() + " " + f.path());
        }
        Collections.sort(out);
        return out;
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        Collections.sort(out);
        return out;
    }
}
