package io.github.kargo4j.schemas;

import io.github.kargo4j.model.io.ModelKinds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaFilesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    @Test
    void everyFileIsAValidDraft07Schema() {
        assertFalse(GeneratedSchemas.FILES.isEmpty());
        for (String file : GeneratedSchemas.FILES.keySet()) {
            assertEquals(List.of(), GeneratedSchemas.metaSchemaErrors(file), file);
            assertEquals(SchemaGenerator.DIALECT, parse(GeneratedSchemas.FILES.get(file)).get("$schema").asString(),
                    file);
        }
    }

    @Test
    void kubeconformLayoutHasOneFilePerKindTheModelKnows() {
        TreeSet<String> expected = new TreeSet<>();
        for (String key : ModelKinds.all().keySet()) {
            String[] parts = key.split("\\|");
            expected.add(SchemaGenerator.fileName(parts[0], parts[1]));
        }
        assertEquals(expected, new TreeSet<>(KargoSchemas.files(KargoSchemas.Layout.KUBECONFORM).keySet()));
        TreeSet<String> withIndex = new TreeSet<>(expected);
        withIndex.add("kargo.json");
        assertEquals(withIndex, new TreeSet<>(KargoSchemas.files(KargoSchemas.Layout.YAML_LANGUAGE_SERVER).keySet()));
    }

    @Test
    void fileNamesFollowKubeconformsKindSuffix() {
        assertEquals("stage-kargo-v1alpha1.json", KargoSchemas.fileName("kargo.akuity.io/v1alpha1", "Stage"));
        assertEquals("analysistemplate-argoproj-v1alpha1.json",
                KargoSchemas.fileName("argoproj.io/v1alpha1", "AnalysisTemplate"));
        assertEquals("secret-v1.json", KargoSchemas.fileName("v1", "Secret"));
    }

    @Test
    void layoutNamesAreTheCommandLineNames() {
        assertEquals(KargoSchemas.Layout.KUBECONFORM, KargoSchemas.Layout.of("kubeconform"));
        assertEquals(KargoSchemas.Layout.YAML_LANGUAGE_SERVER, KargoSchemas.Layout.of("YAML-Language-Server"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> KargoSchemas.Layout.of("vim"));
        assertTrue(e.getMessage().contains("yaml-language-server or kubeconform"), e.getMessage());
    }

    @Test
    void descriptionsComeFromTheJavadocWithInlineTagsRendered() {
        JsonNode defs = parse(GeneratedSchemas.FILES.get("stage-kargo-v1alpha1.json")).get("definitions");
        // AbstractStageSpec#requestedFreight: "@return the Freight the Stage needs, one request per origin ..."
        String freight = defs.at("/StageSpec/properties/requestedFreight/description").asString();
        assertTrue(freight.startsWith("The Freight the Stage needs"), freight);
        String as = defs.at("/PromotionStep/properties/as/description").asString();
        assertTrue(as.contains("`outputs['<alias>']`"), as);
        assertFalse(as.contains("{@"), as);
    }

    @Test
    void everyPropertyOfEveryBuiltInStepHasADescription() {
        JsonNode defs = parse(GeneratedSchemas.FILES.get("stage-kargo-v1alpha1.json")).get("definitions");
        List<String> missing = new ArrayList<>();
        int properties = 0;
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            if (!def.getKey().startsWith("step-") || !def.getValue().has("properties")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> p : def.getValue().get("properties").properties()) {
                properties++;
                if (!p.getValue().has("description")) {
                    missing.add(def.getKey() + "." + p.getKey());
                }
            }
        }
        assertTrue(properties > 100, "step config properties: " + properties);
        assertEquals(List.of(), missing);
    }

    @Test
    void patternsAreWrittenSoThatEcmaScriptUnicodeModeReadsThem() {
        assertEquals("^[\\w.\\-_]+$", SchemaGenerator.portable("^[\\w.\\-\\_]+$"));
        assertEquals("a-b\\.c\\/d", SchemaGenerator.portable("a\\-b\\.c\\/d"));
        List<String> patterns = new ArrayList<>();
        for (String file : GeneratedSchemas.FILES.keySet()) {
            parse(GeneratedSchemas.FILES.get(file)).findValues("pattern").forEach(p -> {
                if (p.isString()) {
                    patterns.add(p.asString());
                }
            });
        }
        assertTrue(patterns.size() > 30, patterns.toString());
        for (String p : patterns) {
            assertEquals(p, SchemaGenerator.portable(p));
            java.util.regex.Pattern.compile(p); // and Java reads it too
        }
    }

    @Test
    void javadocIsReducedToItsFirstParagraph() {
        assertEquals("The `git-clone` step, see `GitCloneConfig`",
                JavadocReader.describe("@return the {@code git-clone} step, see {@link GitCloneConfig}"));
        assertEquals("A condition such as `${{ always() }}`.",
                JavadocReader.describe("A condition such as {@code ${{ always() }}}.\n<p>More text.\n@return x"));
        assertEquals("Main text wins over the return tag",
                JavadocReader.describe("Main <em>text</em> wins over the return tag\n@return no"));
    }
}
