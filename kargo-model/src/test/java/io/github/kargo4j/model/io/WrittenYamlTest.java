package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML writer's positions: for seeded random documents of every shape the writer has (nested and inline lists,
 * lists of lists, empty objects and lists, explicit long keys, literal blocks, quoted and escaped strings, characters
 * outside the Basic Multilingual Plane, double-quoted values longer than the wrap width that go on over several
 * lines, numbers, booleans, nulls, several documents in one text), every node and
 * every key is where the reader finds it when it reads the written text back.
 */
class WrittenYamlTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static final String[] PIECES = {"a", "b", "key", "k8s", "0", "1.5", "yes", "no", "null", "~", "-", ":",
        ": ", " #", "#", "'", "\"", "\\", "\n", "\n\n", "\t", " ", "\r", "\u0085", "\u2028", "\u00e9", "\u4e2d",
        "\ud83d\ude00", "\ud801\udc37", "---", "...", "{", "[", "|", ">", "&", "*", "!", "%", "@", "?", "${{ vars.x }}"};

    private static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Longer than the writer's wrap width, so that a double-quoted value goes on over several lines. */
    private static String longString(Random r) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < YamlWriter.WRAP + 100) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String randomKey(Random r) {
        if (r.nextInt(40) == 0) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 1_001) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            return sb.toString();
        }
        return randomString(r);
    }

    private static JsonValue randomValue(Random r, int depth) {
        int choice = r.nextInt(depth > 5 ? 6 : 10);
        return switch (choice) {
            case 0, 1 -> JsonString.of(r.nextInt(60) == 0 ? longString(r) : randomString(r));
            case 2 -> JsonNumber.of(r.nextBoolean() ? (Number) r.nextLong() : (Number) (r.nextDouble() * 1e6));
            case 3 -> JsonNumber.of(r.nextBoolean() ? new BigInteger("123456789012345678901234567890")
                    : new BigDecimal("0.1000000000000000000001"));
            case 4 -> r.nextBoolean() ? JsonBoolean.of(r.nextBoolean()) : JsonNull.INSTANCE;
            case 5 -> r.nextBoolean() ? JsonObject.EMPTY : JsonArray.EMPTY;
            case 6, 7 -> randomObject(r, depth + 1);
            default -> {
                JsonArray.Builder b = JsonArray.builder();
                int n = 1 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.add(randomValue(r, depth + 1));
                }
                yield b.build();
            }
        };
    }

    private static JsonObject randomObject(Random r, int depth) {
        JsonObject.Builder b = JsonObject.builder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String k = randomKey(r);
            if (!b.containsKey(k)) {
                b.put(k, randomValue(r, depth + 1));
            }
        }
        return b.build();
    }

    private static JsonObject randomDocument(Random r) {
        JsonObject.Builder b = JsonObject.builder().put("apiVersion", "example.com/v1").put("kind", "Thing")
                .put("metadata", JsonObject.of("name", "x"));
        JsonObject body = randomObject(r, 0);
        for (String k : body.keys()) {
            if (!b.containsKey(k)) {
                b.put(k, body.getOrNull(k));
            }
        }
        return b.build();
    }

    @Test
    void everyNodeAndKeyIsWhereTheReaderFindsIt() {
        Random random = new Random(20261203L);
        int nodes = 0;
        int wrapped = 0;
        for (int round = 0; round < 400; round++) {
            List<JsonObject> docs = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                docs.add(randomDocument(random));
            }
            WrittenYaml written = CODEC.treesToYamlWithPositions(docs);
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < n; i++) {
                plain.append(i > 0 ? "---\n" : "").append(CODEC.treeToYaml(docs.get(i)));
            }
            assertEquals(plain.toString(), written.text(), "the same text as without positions");
            if (written.text().lines().anyMatch(l -> l.endsWith("\\"))) {
                wrapped++;
            }
            List<Manifest> read = CODEC.parse(written.text(), "<written>");
            assertEquals(n, read.size());
            for (int i = 0; i < n; i++) {
                WrittenYaml.Document d = written.documents().get(i);
                assertEquals(docs.get(i), d.tree(), "the tree is the document");
                assertEquals(read.get(i).location().position(), d.start());
                String text = written.text();
                nodes += compare(read.get(i).tree(), d.tree(), JsonPath.ROOT, text);
            }
        }
        assertTrue(nodes > 20_000, "nodes compared: " + nodes);
        assertTrue(wrapped > 10, "texts with a value over several lines: " + wrapped);
    }

    /** Compares positions node by node (depth-first, iteratively); returns how many nodes and keys it compared. */
    private static int compare(JsonValue expected, JsonValue actual, JsonPath root, String text) {
        int count = 0;
        List<Object[]> todo = new ArrayList<>();
        todo.add(new Object[] {expected, actual, root});
        while (!todo.isEmpty()) {
            Object[] t = todo.remove(todo.size() - 1);
            JsonValue e = (JsonValue) t[0];
            JsonValue a = (JsonValue) t[1];
            JsonPath p = (JsonPath) t[2];
            assertEquals(e.position(), a.position(), () -> "position of " + p + " in\n" + text);
            count++;
            if (e instanceof JsonObject eo && a instanceof JsonObject ao) {
                for (String k : eo.keys()) {
                    assertEquals(eo.keyPosition(k), ao.keyPosition(k), () -> "key " + p.key(k) + " in\n" + text);
                    count++;
                    todo.add(new Object[] {eo.getOrNull(k), ao.getOrNull(k), p.key(k)});
                }
            } else if (e instanceof JsonArray ea && a instanceof JsonArray aa) {
                for (int i = 0; i < ea.size(); i++) {
                    todo.add(new Object[] {ea.get(i), aa.get(i), p.index(i)});
                }
            }
        }
        return count;
    }

    @Test
    void positionsByPathAndManifestsForResources() {
        String text = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: nginx
                  namespace: kargo-nginx
                spec:
                  subscriptions:
                  - image:
                      repoURL: "your-registry.io/nginx"
                """;
        List<Manifest> in = CODEC.parse(text, "w.yaml");
        WrittenYaml w = CODEC.toYamlWithPositions(List.of(in.get(0).resource(), in.get(0).resource()));
        WrittenYaml.Document second = w.documents().get(1);
        List<String> lines = w.text().lines().toList();
        SourcePosition repo = second.positionOf(JsonPath.parse("spec.subscriptions[0].image.repoURL")).orElseThrow();
        assertTrue(lines.get(repo.line() - 1).substring(repo.column() - 1).startsWith("your-registry.io/nginx"),
                w.text());
        SourcePosition key = second.keyPositionOf(JsonPath.parse("spec.subscriptions[0].image.repoURL"))
                .orElseThrow();
        assertTrue(lines.get(key.line() - 1).substring(key.column() - 1).startsWith("repoURL: "), w.text());
        assertEquals(List.of(), second.positionOf(JsonPath.parse("spec.nothing")).stream().toList());

        Map<JsonPath, SourcePosition> all = second.positions();
        assertEquals(second.start(), all.get(JsonPath.ROOT));
        assertEquals(repo, all.get(JsonPath.parse("spec.subscriptions[0].image.repoURL")));

        List<Manifest> manifests = w.manifests("out/warehouse.yaml", null);
        List<Manifest> readBack = CODEC.parse(w.text(), "out/warehouse.yaml");
        for (int i = 0; i < 2; i++) {
            assertEquals(readBack.get(i).resource(), manifests.get(i).resource());
            assertEquals(readBack.get(i).location(), manifests.get(i).location());
            JsonPath p = JsonPath.parse("spec.subscriptions[0].image.repoURL");
            assertEquals(readBack.get(i).describe(p), manifests.get(i).describe(p));
        }
        assertEquals("WrittenYaml{2 documents, " + w.text().length() + " characters}", w.toString());
        assertEquals("Document{1 at " + second.start() + "}", second.toString(), "no content in toString");
        assertThrows(IllegalStateException.class,
                () -> CODEC.treesToYamlWithPositions(List.of(JsonObject.of("a", "b"))).manifests("x", null));
    }
}
