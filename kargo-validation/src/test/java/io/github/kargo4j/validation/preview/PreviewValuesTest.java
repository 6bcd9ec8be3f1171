package io.github.kargo4j.validation.preview;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewValuesTest {

    @Test
    void readsEverySection() {
        PreviewValues v = PreviewValues.parse("""
                secrets: {creds: {token: abc, port: 8080}}
                sharedSecrets: {s: {k: v}}
                configMaps: {cm: {a: b}}
                sharedConfigMaps: {scm: {c: d}}
                freightMetadata: {f1: {approvedBy: alice, count: 2, tags: [a, b], ok: true}}
                stageMetadata: {dev: {owner: {team: x}}}
                """, "values.yaml");
        assertEquals(Map.of("token", "abc", "port", "8080"), v.secret("creds"));
        assertEquals(Map.of("k", "v"), v.sharedSecret("s"));
        assertEquals(Map.of("a", "b"), v.configMap("cm"));
        assertEquals(Map.of("c", "d"), v.sharedConfigMap("scm"));
        assertEquals(Map.of("approvedBy", "alice", "count", 2L, "tags", List.of("a", "b"), "ok", true),
                v.freightMetadata("f1").orElseThrow());
        assertEquals(Map.of("owner", Map.of("team", "x")), v.stageMetadata("dev").orElseThrow());
        assertEquals(Map.of(), v.secret("missing"));
        assertEquals(Optional.empty(), v.stageMetadata("missing"));
        assertTrue(!v.toString().contains("abc") && v.toString().contains("creds"), v.toString());
        assertEquals(PreviewValues.EMPTY.secret("x"), PreviewValues.parse("", "empty.yaml").secret("x"));
    }

    @Test
    void wrongShapesNameFileLineColumnAndPath() {
        assertEquals("values.yaml:2:1: unknown key 'secret'; a values file has secrets, sharedSecrets, configMaps, "
                + "sharedConfigMaps, freightMetadata, stageMetadata", message("secrets: {}\nsecret: {}\n"));
        assertEquals("values.yaml:3:12: secrets.creds.token: expected a string",
                message("secrets:\n  creds:\n    token: {a: b}\n"));
        assertEquals("values.yaml:1:13: configMaps: expected a map", message("configMaps: [a]\n"));
        assertEquals("values.yaml:1:1: the top level: expected a map", message("- a\n"));
        assertTrue(message("secrets: {a: [\n").startsWith("values.yaml:2:1: not valid YAML: "),
                message("secrets: {a: [\n"));
        assertEquals("values.yaml:1:22: secrets: duplicate key 'a'", message("secrets: {a: {k: 1}, a: {k: 2}}\n"));
    }

    @Test
    void hostileNestingIsAnErrorNotACrash() {
        String deep = "freightMetadata: {f: {k: " + "[".repeat(200_000) + "]".repeat(200_000) + "}}\n";
        assertTrue(message(deep).startsWith("values.yaml"), message(deep));
        String nested = "freightMetadata: {f: {k: " + "[".repeat(150) + "]".repeat(150) + "}}\n";
        assertTrue(message(nested).contains("nested more than 100 levels deep"), message(nested));
    }

    private static String message(String yaml) {
        return assertThrows(PreviewException.class, () -> PreviewValues.parse(yaml, "values.yaml")).getMessage();
    }
}
