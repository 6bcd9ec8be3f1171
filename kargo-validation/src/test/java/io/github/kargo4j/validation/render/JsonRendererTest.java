package io.github.kargo4j.validation.render;

import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.ToolInfo;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRendererTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path FIXTURES = Path.of("src/test/resources/render");

    @Test
    void theShapeIsTheDocumentedOne() {
        JsonNode root = JSON.readTree(JsonRenderer.create().render(TextRendererTest.sample()));
        assertEquals(List.of("formatVersion", "tool", "summary", "findings", "suppressed", "skipped"), names(root));
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals(ToolInfo.NAME, root.get("tool").get("name").asString());
        assertEquals(ToolInfo.version(), root.get("tool").get("version").asString());
        JsonNode summary = root.get("summary");
        assertEquals(List.of("valid", "resources", "findings", "errors", "warnings", "info", "suppressed", "skipped"),
                names(summary));
        assertFalse(summary.get("valid").asBoolean());
        assertEquals(3, summary.get("resources").asInt());
        assertEquals(3, summary.get("findings").asInt());
        assertEquals(2, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(0, summary.get("info").asInt());

        JsonNode inFile = root.get("findings").get(1);
        assertEquals(List.of("code", "severity", "resource", "path", "file", "line", "column", "message", "hint",
                "fix", "suppression"), names(inFile));
        assertEquals("KF001", inFile.get("code").asString());
        assertEquals("error", inFile.get("severity").asString());
        assertEquals("Stage", inFile.get("resource").get("kind").asString());
        assertEquals("demo", inFile.get("resource").get("namespace").asString());
        assertEquals("uat", inFile.get("resource").get("name").asString());
        assertEquals("spec.requestedFreight[0].sources.requiredSoakTime", inFile.get("path").asString());
        assertEquals("kargo/stages.yaml", inFile.get("file").asString());
        assertEquals(14, inFile.get("line").asInt());
        assertEquals(27, inFile.get("column").asInt());
        assertTrue(inFile.get("message").asString().contains("\"1d\""));
        assertTrue(inFile.get("hint").asString().startsWith("write \"24h\""));

        JsonNode inCode = root.get("findings").get(2);
        assertTrue(inCode.get("file").isNull() && inCode.get("line").isNull() && inCode.get("column").isNull());
        assertEquals("spec.interval", inCode.get("path").asString());
        JsonNode whole = root.get("findings").get(0);
        assertEquals("$", whole.get("path").asString());
        assertEquals("", whole.get("hint").asString());
    }

    @Test
    void aRealRunRendersEveryFindingAndCompactOutputIsOneLine() {
        Report report = PipelineValidator.create().validate(FIXTURES);
        String compact = JsonRenderer.pretty(false).render(report);
        assertEquals(1, compact.lines().count(), compact);
        JsonNode root = JSON.readTree(compact);
        assertEquals(report.findings().size(), root.get("findings").size());
        assertEquals(JSON.readTree(JsonRenderer.create().render(report)), root);
        List<String> codes = new ArrayList<>();
        root.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        assertTrue(codes.contains("KR001") && codes.contains("KF001"), codes.toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.propertyNames().forEach(out::add);
        return out;
    }
}
