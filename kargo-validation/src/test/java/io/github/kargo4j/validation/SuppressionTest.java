package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.render.JsonRenderer;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppression comments, --suppress specs, the empty-input error and skipped inputs, through the validator. */
class SuppressionTest {

    private static final String WAREHOUSE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata: {name: app, namespace: demo}
            spec:
              subscriptions:
                - image: {repoURL: ghcr.io/example/app}
            """;

    /** A Stage whose Warehouse is misspelt: KG003, about Stage demo/test. */
    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: test, namespace: demo}
            %s
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: ap}
                  sources:
                    direct: true
            """;

    @TempDir
    Path dir;

    private final PipelineValidator validator = PipelineValidator.builder().complete(true).build();

    /** The Project of namespace demo, in its own file, so that no test finds it missing. */
    private void project() throws IOException {
        write("project.yaml", "apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata:\n  name: demo\n");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void aCommentInTheDocumentSuppressesItsResourcesFindingsOfThatCodeOnly() throws IOException {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + STAGE.formatted("# kargo4j:ignore KG003 the Warehouse is"
                + " created by another team") + "---\n" + STAGE.formatted("").replace("name: test", "name: prod"));
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
    void aSuppressedErrorDoesNotFailAndIsShownAsSuppressedInEveryFormat() throws IOException {
        project();
        write("pipeline.yaml", WAREHOUSE + "---\n" + STAGE.formatted("# kargo4j:ignore KG003,KG005 accepted"));
        Report r = validator.validate(dir);
        assertTrue(r.isValid(), r.toString());
        assertEquals(List.of("KG003"), r.suppressed().stream().map(Finding::code).toList());
        // KG005 in the same comment matched nothing: reported
        assertEquals(List.of("KR004"), r.findings().stream().map(Finding::code).toList());
        assertTrue(r.findings().get(0).message().contains("KG005 suppresses nothing"), r.toString());
        assertEquals(Optional.of(new SourcePosition(11, 1)), r.findings().get(0).position());

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
    void aCommentWithAnUnknownCodeOrNoCodeIsReported() throws IOException {
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
    void aMarkerInsideAStringIsNotAComment() throws IOException {
        project();
        write("a.yaml", WAREHOUSE + "  note: \"# kargo4j:ignore KG003\"\n");
        Report r = validator.validate(dir);
        assertEquals(List.of(), r.suppressed());
        assertFalse(r.findings().stream().anyMatch(f -> f.code().equals("KR004")), r.toString());
    }

    @Test
    void suppressBySpecMarksFindingsExternalAndAGlobMatchesATailOfThePath() throws IOException {
        project();
        write("dev/pipeline.yaml", WAREHOUSE + "---\n" + STAGE.formatted(""));
        write("prod/pipeline.yaml", STAGE.formatted("").replace("name: test", "name: prod"));
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
    void manyCommentsAndManyDocumentsAreEachMatchedToTheirOwnResource() throws IOException {
        project();
        int n = 2_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // every Stage misses its Warehouse (KG003); the even ones accept it, the odd ones name another code
            sb.append(STAGE.formatted(i % 2 == 0 ? "# kargo4j:ignore KG003 accepted " + i : "# kargo4j:ignore KG001")
                    .replace("name: test", "name: s" + i)).append("---\n");
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
    void anEmptyDirectoryIsAnErrorUnlessAllowed() throws IOException {
        Report empty = validator.validate(dir);
        assertEquals(List.of("KR005"), empty.findings().stream().map(Finding::code).toList());
        assertFalse(empty.isValid());
        assertTrue(validator.toBuilder().allowEmpty(true).build().validate(dir).findings().isEmpty());
        // resources built in code are not paths: an empty list is not a read of nothing
        assertTrue(validator.validateResources(List.of()).findings().isEmpty());
    }

    @Test
    void onlySkippedInputsIsEmptyTooAndTheSkippedAreInTheReport() throws IOException {
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
    void theScopeOfTheValidatorChoosesTheFiles() throws IOException {
        project();
        write("kargo/w.yaml", WAREHOUSE);
        write("broken/x.yaml", "not: [valid");
        Report r = validator.toBuilder().scope(ManifestScope.builder().exclude("broken").build()).build()
                .validate(dir);
        assertTrue(r.findings().isEmpty(), r.toString());
        assertEquals(2, r.resourceCount());
    }
}
