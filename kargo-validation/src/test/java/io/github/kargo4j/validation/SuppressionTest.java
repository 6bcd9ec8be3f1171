package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.render.JsonRenderer;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;
import io.github.kargo4j.validation.testing.PipelineDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppression comments, --suppress specs, the empty-input error and skipped inputs, through the validator. */
class SuppressionTest {

    private static final String WAREHOUSE = PipelineDir.WAREHOUSE;

    @TempDir
    Path dir;

    private final PipelineValidator validator = PipelineValidator.builder().complete(true).build();

    /** A Stage whose Warehouse is misspelt: KG003, about Stage demo/{@code name}. */
    private static String stage(String name, String comment) {
        return PipelineDir.stage(name, "ap", comment);
    }

    /** The Project of namespace demo, in its own file, so that no test finds it missing. */
    private void project() {
        PipelineDir.at(dir).project();
    }

    private Path write(String name, String text) {
        return PipelineDir.at(dir).write(name, text);
    }

    @Test
    void aCommentInTheDocumentSuppressesItsResourcesFindingsOfThatCodeOnly() {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + stage("test", "# kargo4j:ignore KG003 the Warehouse is"
                + " created by another team") + "---\n" + stage("prod", ""));
        Report r = validator.validate(dir);
        assertEquals(1, r.suppressed().size(), r.toString());
        Finding s = r.suppressed().get(0);
        assertEquals("KG003", s.code());
        assertEquals(new ResourceRef("Stage", "demo", "test"), s.resource());
        assertEquals(Optional.of(new Suppression(Suppression.Kind.IN_SOURCE, "the Warehouse is created by another"
                + " team")), s.suppression());
        assertEquals(List.of("KG003"), r.findings().stream().map(Finding::code).toList());
        assertEquals(new ResourceRef("Stage", "demo", "prod"), r.findings().get(0).resource());
        assertTrue(r.summary().endsWith("(1 suppressed)"), r.summary());
    }

    @Test
    void aSuppressedErrorDoesNotFailAndIsShownAsSuppressedInEveryFormat() {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + stage("test", "# kargo4j:ignore KG003,KG005 accepted"));
        Report r = validator.validate(dir);
        assertTrue(r.isValid(), r.toString());
        assertEquals(List.of("KG003"), r.suppressed().stream().map(Finding::code).toList());
        // KG005 in the same comment matched nothing: reported
        assertEquals(List.of("KR004"), r.findings().stream().map(Finding::code).toList());
        assertTrue(r.findings().get(0).message().contains("KG005 suppresses nothing"), r.toString());
        assertEquals(Optional.of(new SourcePosition(13, 3)), r.findings().get(0).position());

        JsonObject json = JsonRenderer.create().toTree(r);
        JsonArray suppressed = (JsonArray) json.getOrNull("suppressed");
        assertEquals(1, suppressed.size());
        JsonObject sj = (JsonObject) suppressed.get(0);
        assertEquals("inSource", ((JsonObject) sj.getOrNull("suppression")).getString("kind").orElseThrow());
        assertEquals("1", ((JsonObject) json.getOrNull("summary")).getOrNull("suppressed").toString());

        String sarif = SarifRenderer.create().render(r);
        assertTrue(sarif.contains("\"suppressions\""), sarif);
        assertTrue(sarif.contains("\"kind\": \"inSource\""), sarif);
        assertTrue(sarif.contains("\"justification\": \"accepted\""), sarif);
        assertTrue(TextRenderer.create().render(r).contains("(1 suppressed)"));
    }

    @Test
    void aCommentWithAnUnknownCodeOrNoCodeIsReported() {
        project();
        write("a.yaml", WAREHOUSE.replace("metadata:", "# kargo4j:ignore KZ999 typo\nmetadata:"));
        write("b.yaml", "# kargo4j:ignore\n" + WAREHOUSE.replace("app", "other"));
        Report r = validator.validate(dir);
        assertEquals(List.of("KR004", "KR004"), r.findings().stream().map(Finding::code).toList(), r.toString());
        assertTrue(r.findings().get(0).message().contains("KZ999: no rule has this code"));
        assertTrue(r.findings().get(1).message().contains("names no rule code"));
        assertEquals(new ResourceRef("Warehouse", "demo", "other"), r.findings().get(1).resource());
    }

    @Test
    void aMarkerInsideAStringIsNotAComment() {
        project();
        write("a.yaml", WAREHOUSE + "  note: \"# kargo4j:ignore KG003\"\n");
        Report r = validator.validate(dir);
        assertEquals(List.of(), r.suppressed());
        assertFalse(r.findings().stream().anyMatch(f -> f.code().equals("KR004")), r.toString());
    }

    @Test
    void suppressBySpecMarksFindingsExternalAndAGlobMatchesATailOfThePath() {
        project();
        write("dev/pipeline.yaml", WAREHOUSE + "---\n" + stage("test", ""));
        write("prod/pipeline.yaml", stage("prod", ""));
        Report some = validator.toBuilder().suppress("KG003:dev/*.yaml").build().validate(dir);
        assertEquals(1, some.suppressed().size());
        assertTrue(some.suppressed().get(0).source().orElseThrow().endsWith("dev" + dir.getFileSystem()
                .getSeparator() + "pipeline.yaml"));
        assertEquals(Suppression.Kind.EXTERNAL, some.suppressed().get(0).suppression().orElseThrow().kind());
        assertEquals(1, some.findings().size());
        Report all = validator.toBuilder().suppress("kg003").build().validate(dir);
        assertEquals(2, all.suppressed().size());
        assertTrue(all.isValid());
    }

    @Test
    void manyCommentsAndManyDocumentsAreEachMatchedToTheirOwnResource() {
        project();
        int n = 2_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // every Stage misses its Warehouse (KG003); the even ones accept it, the odd ones name another code
            sb.append(stage("s" + i, i % 2 == 0 ? "# kargo4j:ignore KG003 accepted " + i : "# kargo4j:ignore KG001"))
                    .append("---\n");
        }
        write("many.yaml", sb.toString());
        Report r = validator.validate(dir);
        assertEquals(n / 2, r.suppressed().size());
        assertEquals(n / 2, r.findings().stream().filter(f -> f.code().equals("KG003")).count());
        assertEquals(n / 2, r.findings().stream().filter(f -> f.code().equals("KR004")).count());
        for (Finding f : r.suppressed()) {
            int i = Integer.parseInt(f.resource().name().substring(1));
            assertEquals("accepted " + i, f.suppression().orElseThrow().justification());
        }
    }

    @Test
    void anInvalidSpecIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineValidator.builder().suppress("stage-cycle"));
        assertTrue(e.getMessage().contains("expected CODE or CODE:PATH-GLOB"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PipelineValidator.builder().suppress("KG003:a/{b"));
        assertThrows(IllegalArgumentException.class, () -> PipelineValidator.builder().suppress("KG003:"));
    }

    @Test
    void anEmptyDirectoryIsAnErrorUnlessAllowed() {
        Report empty = validator.validate(dir);
        assertEquals(List.of("KR005"), empty.findings().stream().map(Finding::code).toList());
        assertFalse(empty.isValid());
        assertTrue(validator.toBuilder().allowEmpty(true).build().validate(dir).findings().isEmpty());
        // resources built in code are not paths: an empty list is not a read of nothing
        assertTrue(validator.validateResources(List.of()).findings().isEmpty());
    }

    @Test
    void onlySkippedInputsIsEmptyTooAndTheSkippedAreInTheReport() {
        write("chart/Chart.yaml", "apiVersion: v2\nname: app\n");
        write("chart/templates/d.yaml", "kind: {{ .Values.kind }}\n");
        write("values.yaml", "replicas: 2\n");
        Report r = validator.validate(dir);
        assertEquals(List.of("KR005"), r.findings().stream().map(Finding::code).toList(), r.toString());
        assertTrue(r.findings().get(0).message().contains("2 inputs skipped"), r.findings().get(0).message());
        assertEquals(2, r.skipped().size());
        write("pipeline.yaml", WAREHOUSE);
        project();
        Report ok = validator.validate(dir);
        assertTrue(ok.findings().isEmpty(), ok.toString());
        assertEquals(2, ok.skipped().size());
        assertTrue(ok.summary().endsWith("(2 skipped)"), ok.summary());
        String sarif = SarifRenderer.create().render(ok);
        assertTrue(sarif.contains("\"toolExecutionNotifications\""), sarif);
    }

    @Test
    void theScopeOfTheValidatorChoosesTheFiles() {
        project();
        write("kargo/w.yaml", WAREHOUSE);
        write("broken/x.yaml", "not: [valid");
        Report r = validator.toBuilder().scope(ManifestScope.builder().exclude("broken").build()).build()
                .validate(dir);
        assertTrue(r.findings().isEmpty(), r.toString());
        assertEquals(2, r.resourceCount());
    }

    @Test
    void aSuppressSpecThatMatchesNoFindingIsAWarningNamingTheOption() {
        project();
        write("dev/pipeline.yaml", WAREHOUSE + "---\n" + stage("test", ""));
        Report r = validator.toBuilder().suppressOption("--suppress")
                .suppress("KG003:dev/*.yaml", "KG005", "KG003:prod/*.yaml").build().validate(dir);
        assertEquals(List.of("KG003"), r.suppressed().stream().map(Finding::code).toList(), r.toString());
        assertEquals("--suppress KG003:dev/*.yaml", r.suppressed().get(0).suppression().orElseThrow()
                .justification());
        List<Finding> stale = r.findings();
        assertEquals(List.of("KR004", "KR004"), stale.stream().map(Finding::code).toList(), r.toString());
        assertEquals(List.of("--suppress KG003:prod/*.yaml suppresses nothing: no KG003 finding in a file matching"
                        + " prod/*.yaml", "--suppress KG005 suppresses nothing: no KG005 finding"),
                stale.stream().map(Finding::message).sorted().toList());
        for (Finding f : stale) {
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(Optional.empty(), f.source());
            assertEquals("Option", f.resource().kind());
            assertTrue(f.hint().startsWith("remove --suppress KG"), f.hint());
        }
        assertTrue(r.isValid(), "a stale option is a warning, not an error");
        assertTrue(TextRenderer.create().render(r).contains("Option --suppress KG005: warning[KR004] --suppress KG005"
                + " suppresses nothing"), TextRenderer.create().render(r));
    }

    @Test
    void anOptionMatchingAFindingACommentAlreadyAcceptsIsUsedAndKr004CanBeAccepted() {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + stage("test", "# kargo4j:ignore KG003 accepted"));
        Report both = validator.toBuilder().suppress("KG003").build().validate(dir);
        assertTrue(both.findings().isEmpty(), both.toString());
        assertEquals(Suppression.Kind.IN_SOURCE, both.suppressed().get(0).suppression().orElseThrow().kind());

        Report shared = validator.toBuilder().suppress("KG005", "KR004").build().validate(dir);
        assertTrue(shared.findings().isEmpty(), shared.toString());
        Finding stale = shared.suppressed().stream().filter(f -> f.code().equals("KR004")).findFirst().orElseThrow();
        assertEquals("suppress KG005 suppresses nothing: no KG005 finding", stale.message());
        assertEquals("suppress KR004", stale.suppression().orElseThrow().justification());
    }

    @Test
    void noStaleOptionIsReportedWhenNothingWasRead() {
        Report r = validator.toBuilder().suppress("KG005").build().validate(dir);
        assertEquals(List.of("KR005"), r.findings().stream().map(Finding::code).toList(), r.toString());
    }

    @Test
    void reportSuppressKeepsTheFindingsAsSuppressedInEveryFormat() {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + stage("test", "") + "---\n" + stage("prod", ""));
        Report r = validator.validate(dir);
        assertEquals(2, r.count(Severity.ERROR), r.toString());
        Report accepted = r.suppress("KG003");
        assertTrue(accepted.findings().isEmpty(), accepted.toString());
        assertEquals(2, accepted.suppressed().size());
        for (Finding f : accepted.suppressed()) {
            assertEquals(new Suppression(Suppression.Kind.EXTERNAL, "Report.suppress(KG003)"),
                    f.suppression().orElseThrow());
        }
        assertTrue(accepted.summary().endsWith("(2 suppressed)"), accepted.summary());
        JsonObject json = JsonRenderer.create().toTree(accepted);
        assertEquals(2, ((JsonArray) json.getOrNull("suppressed")).size());
        assertTrue(SarifRenderer.create().render(accepted).contains("\"justification\": \"Report.suppress(KG003)\""));
        // another code leaves the report as it was; a finding already suppressed keeps its own suppression
        assertEquals(r.findings(), r.suppress("KG001").findings());
        Report twice = accepted.suppress("KG003");
        assertEquals(accepted.suppressed(), twice.suppressed());
    }

    @Test
    void suppressionCommentsApplyToTextAsToAFile() {
        String text = PipelineDir.PROJECT + "---\n" + WAREHOUSE + "---\n" + stage("test", "# kargo4j:ignore KG003"
                + " the Warehouse is elsewhere") + "---\n" + stage("prod", "# kargo4j:ignore KG005 stale");
        Report r = validator.validateText(text, "<stdin>");
        assertEquals(List.of("KG003"), r.suppressed().stream().map(Finding::code).toList(), r.toString());
        assertEquals("the Warehouse is elsewhere", r.suppressed().get(0).suppression().orElseThrow()
                .justification());
        assertEquals(Optional.of("<stdin>"), r.suppressed().get(0).source());
        assertEquals(List.of("KR004", "KG003"), r.findings().stream().map(Finding::code).toList(), r.toString());
        assertEquals(Optional.of(new SourcePosition(30, 3)), r.findings().get(0).position());
        assertEquals(new ResourceRef("Stage", "demo", "prod"), r.findings().get(1).resource());

        // a document that cannot be read is a KR001 finding, the others are validated
        Report broken = validator.validateText(text + "---\nkind: [\n", "<stdin>");
        assertTrue(broken.findings().stream().anyMatch(f -> f.code().equals("KR001")), broken.toString());
        assertEquals(1, broken.suppressed().size(), broken.toString());
        // no resource at all
        Report none = validator.validateText("# nothing\n", "<stdin>");
        assertEquals(List.of("KR005"), none.findings().stream().map(Finding::code).toList());
        assertTrue(none.findings().get(0).hint().startsWith("give text that holds Kubernetes manifests"));
    }

    @Test
    void assertValidYamlReadsSuppressionComments() {
        String text = PipelineDir.PROJECT + "---\n" + stage("test", "# kargo4j:ignore KG003 applied elsewhere");
        PipelineValidator complete = PipelineValidator.builder().complete(true).build();
        assertEquals(1, KargoAssertions.assertValidYaml(complete, text).suppressed().size());
        AssertionError e = assertThrows(AssertionError.class,
                () -> KargoAssertions.assertValidYaml(complete, text.replace("KG003", "KG005")));
        assertTrue(e.getMessage().contains("<string>:"), e.getMessage());
        assertTrue(e.getMessage().contains("error[KG003]"), e.getMessage());
    }
}
