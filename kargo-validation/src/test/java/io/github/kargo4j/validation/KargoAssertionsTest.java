package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.render.TextRenderer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KargoAssertionsTest {

    private static final Path VALID = Path.of("src/test/resources/assertions/valid");
    private static final Path INVALID = Path.of("src/test/resources/render/pipeline.yaml");

    /** Only this branch's rules, so that rules added later cannot change what these tests see. */
    private static PipelineValidator.Builder ownRulesOnly() {
        PipelineValidator.Builder b = PipelineValidator.builder();
        for (String code : PipelineValidator.rules().keySet()) {
            if (!code.equals("KF001") && !code.equals("KA036") && !code.equals("KR001") && !code.equals("KR002")) {
                b.suppress(code);
            }
        }
        return b;
    }

    /** A check that finds something to warn about in every Stage. */
    private static final Check WARN_ON_STAGES = new Check() {
        private final Rule rule = Rule.of("KG900", "test-warning", Category.GRAPH, Severity.WARNING, "test");

        @Override
        public List<Rule> rules() {
            return List.of(rule);
        }

        @Override
        public void run(ValidationContext context) {
            for (Entry e : context.entriesOf(io.github.kargo4j.model.stage.Stage.class)) {
                context.report(rule, e, JsonPath.ROOT.key("spec"), "stage " + e.resource().name() + " looks odd",
                        "look again");
            }
        }
    };

    @Test
    void validFilesPassAndTheReportIsReturned() {
        Report r = KargoAssertions.assertValid(ownRulesOnly().build(), VALID);
        assertEquals(3, r.resourceCount());
        assertEquals(List.of(), r.findings());
        assertEquals(3, KargoAssertions.assertValid(VALID).resourceCount(), "the default validator has no error");
    }

    @Test
    void invalidFilesFailWithTheWholeTextReport() {
        PipelineValidator validator = ownRulesOnly().build();
        AssertionError e = assertThrows(AssertionError.class, () -> KargoAssertions.assertValid(validator, INVALID));
        String report = TextRenderer.create().render(validator.validate(INVALID));
        assertEquals("kargo4j found 6 findings at or above error:\n" + report, e.getMessage());
        assertTrue(e.getMessage().contains("pipeline.yaml:7:3: error[KF001] spec.interval \"1d\""), e.getMessage());
        assertTrue(e.getMessage().contains("  = hint: write \"24h\""), e.getMessage());
        assertThrows(AssertionError.class, () -> KargoAssertions.assertValid(INVALID));
    }

    @Test
    void aThresholdOfWarningAlsoFailsOnWarnings() {
        PipelineValidator validator = ownRulesOnly().addCheck(WARN_ON_STAGES).build();
        assertEquals(1, KargoAssertions.assertValid(validator, VALID).count(Severity.WARNING),
                "a warning is not an error");
        AssertionError e = assertThrows(AssertionError.class,
                () -> KargoAssertions.assertNoFindingsAtOrAbove(validator, Severity.WARNING, VALID));
        assertTrue(e.getMessage().startsWith("kargo4j found 1 finding at or above warning:\n"), e.getMessage());
        assertTrue(e.getMessage().contains("warning[KG900] stage dev looks odd\n  = hint: look again\n"),
                e.getMessage());
        // the codes suppressed to keep other rules out match nothing: their KR004 findings are suppressed too (KR004)
        assertTrue(e.getMessage().matches(
                "(?s).*\n0 errors, 1 warning, 0 info in 3 resources \\([0-9]+ suppressed\\)\n"), e.getMessage());
    }

    @Test
    void resourcesBuiltInCodeAreCheckedToo() {
        List<KargoResource> resources = KargoCodec.create().readAll(VALID).orThrow().stream()
                .map(Manifest::resource).toList();
        KargoAssertions.assertValid(resources);
        assertEquals(3, KargoAssertions.assertNoFindingsAtOrAbove(ownRulesOnly().build(), Severity.INFO, resources)
                .resourceCount());
        List<KargoResource> broken = KargoCodec.create().readAll(INVALID).orThrow().stream()
                .map(Manifest::resource).toList();
        AssertionError e = assertThrows(AssertionError.class, () -> KargoAssertions.assertValid(broken));
        assertTrue(e.getMessage().contains("Warehouse demo/App_Images (spec.interval): error[KF001]"),
                e.getMessage());
        assertThrows(AssertionError.class, () -> KargoAssertions.assertNoFindingsAtOrAbove(
                ownRulesOnly().addCheck(WARN_ON_STAGES).build(), Severity.WARNING,
                resources));
        assertThrows(AssertionError.class, () -> KargoAssertions.assertNoFindingsAtOrAbove(Severity.ERROR, broken));
        assertThrows(AssertionError.class, () -> KargoAssertions.assertNoFindingsAtOrAbove(Severity.ERROR, INVALID));
    }
}
