package io.github.kargo4j.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadLimits;
import io.github.kargo4j.validation.render.JsonRenderer;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;

import java.util.List;

/**
 * Whatever the model, the validator never throws and never reports {@code KR002} (a check that failed), and every
 * renderer can render its report. Fuzzed YAML read by the codec (unreadable input skipped), and pipelines from the
 * seeded {@link PipelineGenerator}. In a normal build these run on the inputs under
 * {@code src/test/resources/io/github/kargo4j/validation/ValidatorFuzzTestInputs}; run with {@code JAZZER_FUZZ=1}
 * to fuzz.
 */
class ValidatorFuzzTest {

    private static final KargoCodec CODEC = KargoCodec.builder()
            .limits(ReadLimits.defaults().withMaxDocumentChars(1 << 16).withMaxNodes(10_000)).build();
    private static final PipelineValidator PARTIAL = PipelineValidator.create();
    private static final PipelineValidator COMPLETE = PipelineValidator.builder().complete(true).build();

    @FuzzTest(maxDuration = "30s")
    void validatingAnyReadableYamlNeverFails(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Manifest> manifests;
        try {
            manifests = CODEC.parse(text, "fuzz.yaml");
        } catch (ManifestException unreadable) {
            return;
        }
        check(PARTIAL.validateManifests(manifests));
        check(COMPLETE.validateResources(manifests.stream().map(Manifest::resource).toList()));
    }

    @FuzzTest(maxDuration = "30s")
    void validatingGeneratedPipelinesNeverFails(FuzzedDataProvider data) {
        long seed = data.consumeLong();
        List<KargoResource> resources = PipelineGenerator.generate(seed).resources();
        check(PARTIAL.validateResources(resources));
        check(COMPLETE.validateManifests(CODEC.parse(CODEC.toYaml(resources), "generated.yaml")));
    }

    static void check(Report report) {
        for (Finding f : report.findings()) {
            if (f.code().equals(ReadRules.CHECK_FAILED.code())) {
                throw new AssertionError("a check failed:\n" + report);
            }
        }
        TextRenderer.withColour(true).render(report);
        JsonRenderer.create().render(report);
        SarifRenderer.create().render(report);
    }
}
