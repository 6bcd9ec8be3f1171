package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gives a ManifestException naming file, line, column and path. */
class BadInputTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** @return the error that stops reading, or else the first value that does not fit the schema */
    private static ManifestException fail(String yaml) {
        List<Manifest> read;
        try {
            read = CODEC.parse(yaml, "pipeline.yaml");
        } catch (ManifestException e) {
            return e;
        }
        return read.stream().flatMap(m -> m.problems().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for:\n" + yaml));
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: \"unterminated\n");
        assertEquals("pipeline.yaml", e.source());
        assertTrue(e.position().orElseThrow().line() >= 4, e.getMessage());
        assertTrue(e.getMessage().startsWith("pipeline.yaml:" + e.position().orElseThrow() + ": "), e.getMessage());
        assertTrue(e.problem().startsWith("malformed YAML: "), e.getMessage());
    }

    @Test
    void badIndentationIsMalformedYaml() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n labels: {}\n");
        assertEquals(5, e.position().orElseThrow().line(), e.getMessage());
        assertTrue(e.problem().startsWith("malformed YAML"), e.getMessage());
    }

    @Test
    void wrongTypeNamesPathAndExpectation() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  finalizers: kubernetes\n");
        assertEquals("pipeline.yaml:5:15: metadata.finalizers: expected a list, found a string (in Namespace)",
                e.getMessage());
        assertEquals(JsonPath.parse("metadata.finalizers"), e.path().orElseThrow());
    }

    @Test
    void wrongTypeInsideAListItemPointsAtTheItem() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  finalizers:\n"
                + "    - ok\n    - {a: b}\n");
        assertEquals("pipeline.yaml:7:7: metadata.finalizers[1]: expected a string, found an object (in Namespace)",
                e.getMessage());
    }

    @Test
    void duplicateKeyNamesBothLines() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    x: \"1\"\n"
                + "    y: \"2\"\n    x: \"3\"\n");
        assertEquals(8, e.position().orElseThrow().line());
        assertTrue(e.getMessage().contains("metadata.labels.x: duplicate key: defined at line 6 and again at"
                + " line 8"), e.getMessage());
    }

    @Test
    void documentThatIsNotAnObject() {
        ManifestException list = fail("- a\n- b\n");
        assertTrue(list.getMessage().startsWith("pipeline.yaml:1:1: expected a Kubernetes object"), list.getMessage());
        assertTrue(list.getMessage().endsWith("found a list"), list.getMessage());
        ManifestException scalar = fail("apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\njust text\n");
        assertEquals(1, scalar.documentIndex().orElseThrow());
        assertEquals(5, scalar.position().orElseThrow().line());
        assertTrue(scalar.getMessage().endsWith("found a string"), scalar.getMessage());
    }

    @Test
    void missingKindOrApiVersion() {
        ManifestException e = fail("apiVersion: v1\nmetadata: {name: a}\n");
        assertTrue(e.getMessage().startsWith("pipeline.yaml:1:1: missing kind"), e.getMessage());
        ManifestException e2 = fail("apiVersion: 1\nkind: Namespace\n");
        assertEquals("pipeline.yaml:1:13: apiVersion: expected a non-empty string, found a number", e2.getMessage());
    }

    @Test
    void aliasToUnknownAnchor() {
        ManifestException e = fail("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: *nope\n");
        assertTrue(e.getMessage().contains("metadata.name: an alias (*) refers to no anchor (&) of that name"),
                e.getMessage());
        assertFalse(e.getMessage().contains("nope"), "the alias name is not quoted: " + e.getMessage());
        assertEquals(4, e.position().orElseThrow().line());
    }

    @Test
    void malformedJson() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> readJson("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Namespace\",\n  \"metadata\": {\"name\": }\n}\n"));
        assertEquals(4, e.position().orElseThrow().line(), e.getMessage());
        assertTrue(e.problem().startsWith("malformed JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains(".json:4:"), e.getMessage());
    }

    @Test
    void duplicateKeyInJson() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> readJson("{\"apiVersion\": \"v1\",\n \"kind\": \"Namespace\",\n \"kind\": \"Secret\"}"));
        assertTrue(e.getMessage().contains("kind: duplicate key: defined at line 2 and again at line 3"),
                e.getMessage());
    }

    @TempDir
    Path dir;

    private java.util.List<Manifest> readJson(String json) throws IOException {
        Path f = dir.resolve("doc.json");
        Files.writeString(f, json);
        return CODEC.read(f);
    }

    @Test
    void helmTemplateFailsAloneAndTheOtherFilesStillLoad() throws IOException {
        Files.writeString(dir.resolve("a-namespace.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n");
        Files.writeString(dir.resolve("b-template.yaml"), "{{- if .Values.enabled }}\napiVersion: v1\n"
                + "kind: Namespace\nmetadata:\n  name: {{ .Values.name }}\n{{- end }}\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.yml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok2\n");
        ReadResult r = CODEC.readAll(dir);
        assertEquals(2, r.manifests().size());
        assertEquals(1, r.errors().size());
        ManifestException e = r.errors().get(0);
        assertTrue(e.source().endsWith("b-template.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("looks like a Helm or Go template"), e.getMessage());
        assertTrue(e.position().orElseThrow().line() > 0 && e.position().orElseThrow().column() > 0, e.getMessage());
    }

    @Test
    void unreadableFileIsAnErrorNotAStackTrace() {
        ReadResult r = CODEC.readAll(dir.resolve("missing.yaml"));
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).getMessage().contains("missing.yaml: cannot read file"),
                r.errors().get(0).getMessage());
    }
}
