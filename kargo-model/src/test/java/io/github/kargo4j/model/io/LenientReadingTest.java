package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document that is YAML but breaks its kind's schema still loads, keeps every value as written, and names each
 * problem at its path and line; explicit nulls and empty collections survive a round trip.
 */
class LenientReadingTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: dev
              namespace: demo
            spec:
              requestedFreight:
                - origin:
                    kind: Warehouse
                    name: app
                  sources:
                    direct: true
            """;

    /** @return the document as JSON-like maps after read, write and read again */
    private static Object roundTrip(String yaml) {
        List<Manifest> first = CODEC.parse(yaml, "in.yaml");
        String written = CODEC.toYaml(first.stream().map(Manifest::resource).toList());
        List<Manifest> second = CODEC.parse(written, "out.yaml");
        return second.stream().map(m -> m.tree().toJava()).toList();
    }

    private static Object asRead(String yaml) {
        return CODEC.parse(yaml, "in.yaml").stream().map(m -> m.tree().toJava()).toList();
    }

    @Test
    void aValueOfTheWrongTypeIsKeptAndNamed() {
        String yaml = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                        discoveryLimit: ten
                """;
        Manifest m = CODEC.parse(yaml, "w.yaml").get(0);
        assertInstanceOf(Warehouse.class, m.resource());
        assertEquals(1, m.problems().size(), m.problems().toString());
        ManifestException p = m.problems().get(0);
        assertEquals(JsonPath.parse("spec.subscriptions[0].image.discoveryLimit"), p.path().orElseThrow());
        assertEquals(10, p.position().orElseThrow().line());
        assertTrue(p.getMessage().startsWith("w.yaml:10:"), p.getMessage());
        assertTrue(p.problem().contains("expected"), p.problem());
        assertEquals(asRead(yaml), roundTrip(yaml));
    }

    @Test
    void aFreightRequestWithoutSourcesKeepsTheStageTyped() {
        String yaml = STAGE.replace("      sources:\n        direct: true\n", "");
        Manifest m = CODEC.parse(yaml, "s.yaml").get(0);
        Stage stage = assertInstanceOf(Stage.class, m.resource());
        assertEquals("dev", stage.name());
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).problem().contains("sources"), m.problems().get(0).problem());
        assertEquals(asRead(yaml), roundTrip(yaml));
    }

    @Test
    void aValueKeptAsWrittenIsWrittenInItsPropertysPlace() {
        String valid = STAGE + """
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-clone
                  verification:
                    analysisTemplates:
                      - name: smoke
                """;
        String broken = valid.replace("      sources:\n        direct: true\n", "");
        String explicitEmpty = valid.replace("  promotionTemplate:\n    spec:\n      steps:\n        - uses: git-clone\n",
                "  promotionTemplate: null\n");
        for (String yaml : List.of(broken, explicitEmpty)) {
            assertNotEquals(valid, yaml);
            String written = CODEC.toYaml(CODEC.parse(yaml, "s.yaml").stream().map(Manifest::resource).toList());
            assertEquals(keyOrder(CODEC.toYaml(CODEC.parse(valid, "v.yaml").get(0).resource())), keyOrder(written),
                    written);
            assertEquals(asRead(yaml), asRead(written));
        }
    }

    /** @return the keys of the second level of a written document, in order */
    private static List<String> keyOrder(String yaml) {
        return yaml.lines().filter(l -> l.matches("  [A-Za-z]+:.*")).map(l -> l.trim().split(":")[0]).toList();
    }

    @Test
    void aStageWithoutSpecOrMetadataLoadsAsItsKind() {
        for (String yaml : List.of(STAGE.substring(0, STAGE.indexOf("spec:")),
                STAGE.replace("metadata:\n  name: dev\n  namespace: demo\n", ""))) {
            Manifest m = CODEC.parse(yaml, "s.yaml").get(0);
            KargoResource r = m.resource();
            assertInstanceOf(GenericResource.class, r);
            assertEquals("Stage", r.kind());
            assertEquals(1, m.problems().size(), m.problems().toString());
            assertEquals(asRead(yaml), roundTrip(yaml));
        }
    }

    @Test
    void aListWhereAnObjectBelongs() {
        String yaml = STAGE.replace("      sources:\n        direct: true\n", "      sources:\n        - direct\n");
        Manifest m = CODEC.parse(yaml, "s.yaml").get(0);
        assertEquals(1, m.problems().size());
        assertEquals(asRead(yaml), roundTrip(yaml));
    }

    @Test
    void oneBadDocumentHidesNoOther() {
        String yaml = STAGE.replace("direct: true", "direct: maybe-not") + "---\n" + STAGE.replace("dev", "qa");
        List<Manifest> read = CODEC.parse(yaml, "two.yaml");
        assertEquals(2, read.size());
        assertEquals(1, read.get(0).problems().size());
        assertTrue(read.get(1).fits());
        assertEquals("qa", read.get(1).resource().name());
    }

    @Test
    void explicitNullsAndEmptyCollectionsSurvive() {
        String yaml = STAGE + """
                  vars: []
                  promotionTemplate:
                    spec:
                      steps: []
                  verification: null
                """ + "  # done\n";
        Manifest m = CODEC.parse(yaml, "s.yaml").get(0);
        assertTrue(m.fits(), m.problems().toString());
        assertEquals(asRead(yaml), roundTrip(yaml));
        String labels = STAGE.replace("  namespace: demo\n", "  namespace: demo\n  labels: {}\n  annotations: null\n");
        assertEquals(asRead(labels), roundTrip(labels));
    }

    @Test
    void readOneStillRefusesADocumentThatDoesNotFit() {
        ManifestException e = org.junit.jupiter.api.Assertions.assertThrows(ManifestException.class,
                () -> CODEC.parseOne(STAGE.replace("direct: true", "direct: 3"), Stage.class));
        assertTrue(e.getMessage().contains("spec.requestedFreight[0].sources.direct"), e.getMessage());
    }

    @Test
    void strictBindingIsUnchanged() {
        JsonValue bad = JsonObject.of("direct", "yes please");
        org.junit.jupiter.api.Assertions.assertThrows(ManifestException.class,
                () -> KargoCodec.bind(io.github.kargo4j.model.stage.FreightSources.class, bad));
    }
}
