package io.github.kargo4j.model.io;

import io.github.kargo4j.model.io.ManifestException.Category;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a ManifestException says: its category at every kind of problem, and nothing invented for the unknown. */
class ManifestExceptionTest {

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final String NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n";

    @TempDir
    Path dir;

    /** @return the first problem reading the text as a YAML (or, for a name ending in .json, JSON) file */
    private ManifestException problem(String name, String text) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text);
        List<ManifestException> problems = new ArrayList<>();
        List<Manifest> manifests = new ArrayList<>();
        CODEC.read(f, manifests::add, problems::add);
        manifests.forEach(m -> problems.addAll(m.problems()));
        assertTrue(!problems.isEmpty(), "no problem in " + text);
        return problems.get(0);
    }

    private Category category(String name, String text) throws IOException {
        return problem(name, text).category();
    }

    @Test
    void syntax() throws IOException {
        assertEquals(Category.SYNTAX, category("a.yaml", "kind: [\n"));
        assertEquals(Category.SYNTAX, category("b.yaml", "a: *nothing\n"));
        assertEquals(Category.SYNTAX, category("c.yaml", "a: b\u0001\n"));
        assertEquals(Category.SYNTAX, category("a.json", "{\"kind\": }"));
        assertEquals(Category.SYNTAX, category("b.json", "{} {}"));
    }

    @Test
    void duplicateKeys() throws IOException {
        assertEquals(Category.DUPLICATE_KEY, category("a.yaml", "kind: A\nkind: B\n"));
        assertEquals(Category.DUPLICATE_KEY, category("a.json", "{\"kind\": \"A\", \"kind\": \"B\"}"));
    }

    @Test
    void valuesKubernetesRefuses() throws IOException {
        assertEquals(Category.UNSUPPORTED_VALUE, category("a.yaml", "? [a]\n: b\n"));
        assertEquals(Category.UNSUPPORTED_VALUE, category("b.yaml", "a: .inf\n"));
        assertEquals(Category.UNSUPPORTED_VALUE, category("c.yaml", "a: !!int x\n"));
        assertEquals(Category.UNSUPPORTED_VALUE, category("d.yaml", "<<: 1\n"));
        assertEquals(Category.UNSUPPORTED_VALUE, category("a.json", "{\"a\": 1e999}"));
    }

    @Test
    void documentsThatAreNotObjects() throws IOException {
        assertEquals(Category.NOT_AN_OBJECT, category("a.yaml", "- a\n"));
        assertEquals(Category.NOT_AN_OBJECT, category("b.yaml", "kind: Stage\n"));
        assertEquals(Category.NOT_AN_OBJECT, category("c.yaml", "apiVersion: 5\nkind: Stage\n"));
    }

    @Test
    void valuesThatDoNotFitTheSchema() throws IOException {
        ManifestException e = problem("a.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: w, namespace: p}
                spec:
                  interval: [1]
                """);
        assertEquals(Category.SCHEMA_MISMATCH, e.category());
        assertEquals(OptionalInt.of(0), e.documentIndex());
        ManifestException tree = assertThrows(ManifestException.class,
                () -> KargoCodec.bind(Stage.class, JsonObject.of("metadata", 5)));
        assertEquals(Category.SCHEMA_MISMATCH, tree.category());
        assertEquals(OptionalInt.empty(), tree.documentIndex(), "a tree is no document of a stream");
    }

    @Test
    void theWrongDocument() {
        ManifestException two = assertThrows(ManifestException.class,
                () -> CODEC.parseOne(NAMESPACE + "---\n" + NAMESPACE, Stage.class));
        assertEquals(Category.UNEXPECTED_DOCUMENT, two.category());
        assertEquals(OptionalInt.empty(), two.documentIndex());
        assertEquals(Optional.empty(), two.position());
        ManifestException kind = assertThrows(ManifestException.class, () -> CODEC.parseOne(NAMESPACE, Stage.class));
        assertEquals(Category.UNEXPECTED_DOCUMENT, kind.category());
    }

    @Test
    void limits() throws IOException {
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDepth(4)
                .withMaxScalarChars(10).withMaxFileChars(1_000)).build();
        for (String text : List.of("a: [[[[[1]]]]]\n", "a: 12345678901234567890\n", "a: b\n".repeat(300))) {
            Path f = Files.writeString(dir.resolve("limit.yaml"), text);
            List<ManifestException> problems = new ArrayList<>();
            small.read(f, m -> { }, problems::add);
            assertEquals(Category.LIMIT, problems.get(0).category(), problems.toString());
        }
    }

    @Test
    void encodingAndIo() throws IOException {
        ManifestException nul = problem("a.yaml", "a: \u0000\n");
        assertEquals(Category.ENCODING, nul.category());
        assertInstanceOf(UnreadableInputException.class, nul);
        ManifestException latin1 = assertThrows(ManifestException.class, () -> CODEC.read(
                new ByteArrayInputStream("a: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)), "in"));
        assertEquals(Category.ENCODING, latin1.category());
        ManifestException missing = CODEC.readAll(dir.resolve("missing.yaml")).errors().get(0);
        assertEquals(Category.IO, missing.category());
        assertInstanceOf(UnreadableInputException.class, missing);
        assertEquals(OptionalInt.empty(), missing.documentIndex());
        assertEquals(Optional.empty(), missing.position());
    }

    @Test
    void templates() throws IOException {
        ManifestException e = problem("a.yaml", "apiVersion: v1\nkind: {{ .Values.kind }}\n  x: y\n");
        assertEquals(Category.TEMPLATE, e.category());
        assertTrue(e.problem().contains("helm template"), e.problem());
    }

    @Test
    void theCountOfAFilesProblemsPastTheCapHasTheKindAndPlaceOfTheFirstOneItCounts() {
        String text = "--- [\n".repeat(KargoCodec.MAX_PROBLEMS_PER_FILE + 3);
        List<ManifestException> problems = new ArrayList<>();
        CODEC.read(new StringReader(text), "broken.yaml", m -> { }, problems::add);
        assertEquals(KargoCodec.MAX_PROBLEMS_PER_FILE + 1, problems.size());
        ManifestException rest = problems.get(problems.size() - 1);
        assertTrue(rest.problem().startsWith("3 more documents from here on cannot be read"), rest.problem());
        assertEquals(Category.SYNTAX, rest.category());
        assertEquals(OptionalInt.of(KargoCodec.MAX_PROBLEMS_PER_FILE), rest.documentIndex());
        assertTrue(rest.position().isPresent(), rest.getMessage());
    }

    @Test
    void theBuilderTakesNoNullsAndNoNegativeIndex() {
        assertThrows(NullPointerException.class, () -> ManifestException.builder(null, Category.IO, "x"));
        assertThrows(NullPointerException.class, () -> ManifestException.builder("a", null, "x"));
        assertThrows(NullPointerException.class, () -> ManifestException.builder("a", Category.IO, null));
        ManifestException.Builder b = ManifestException.builder("a.yaml", Category.SYNTAX, "broken");
        assertThrows(IllegalArgumentException.class, () -> b.documentIndex(-1));
        assertThrows(NullPointerException.class, () -> b.position((SourcePosition) null));
        ManifestException e = b.documentIndex(2).position(new SourcePosition(3, 4)).path(JsonPath.parse("spec.x"))
                .build();
        assertEquals("a.yaml:3:4: spec.x: broken", e.getMessage());
        assertEquals(OptionalInt.of(2), e.documentIndex());
        ManifestException copy = e.toBuilder().problem("still broken").build();
        assertEquals("a.yaml:3:4: spec.x: still broken", copy.getMessage());
        assertEquals(Category.SYNTAX, copy.category());
    }

    @Test
    @SuppressWarnings("removal")
    void theDeprecatedConstructorStillWorksAndSaysOther() {
        ManifestException e = new ManifestException("a.yaml", -1, null, null, "broken", null);
        assertEquals(Category.OTHER, e.category());
        assertEquals(OptionalInt.empty(), e.documentIndex());
        assertEquals(0, e.line());
        assertEquals("a.yaml: broken", e.getMessage());
    }
}
