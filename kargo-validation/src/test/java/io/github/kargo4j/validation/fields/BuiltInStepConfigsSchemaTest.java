package io.github.kargo4j.validation.fields;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares the hand-written step config shapes with the JSON schemas Kargo v1.11.2 checks step configs against
 * ({@code ../shared/kargo-schemas/promotion-steps}, provided by CI beside the clone; the test is skipped without it).
 */
class BuiltInStepConfigsSchemaTest {

    static Path schemas() {
        String prop = System.getProperty("kargo4j.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(p.resolve("kargo-schemas"))) {
            p = Path.of("..", "shared");
        }
        Path dir = p.resolve("kargo-schemas").resolve("promotion-steps");
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "../shared/kargo-schemas (Kargo's step schemas) is not beside this clone; CI provides it");
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> builtInShapesListExactlyTheSchemaProperties() {
        Path dir = schemas();
        return BuiltInStepConfigs.INSTANCE.stepNames().stream().sorted().map(step -> DynamicTest.dynamicTest(step,
                () -> {
                    Map<String, Object> schema = json(dir.resolve(step + "-config.json"));
                    Set<String> expected = new TreeSet<>();
                    walk(dir, schema, schema, "", expected);
                    Set<String> actual = BuiltInStepConfigs.INSTANCE.configOf(step).orElseThrow().describePaths();
                    assertEquals(expected, actual, step);
                }));
    }

    @Test
    void everyBuiltInStepIsKnown() throws IOException {
        Set<String> schemaSteps = new TreeSet<>();
        try (var files = Files.list(schemas())) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-config.json"))
                    .forEach(n -> schemaSteps.add(n.substring(0, n.length() - "-config.json".length())));
        }
        assertEquals(34, schemaSteps.size());
        assertEquals(schemaSteps, new TreeSet<>(BuiltInStepConfigs.INSTANCE.stepNames()));
    }

    // ------------------------------------------------------------------------------------------------ schema walk

    @SuppressWarnings("unchecked")
    private static void walk(Path dir, Map<String, Object> docIn, Map<String, Object> schemaIn, String prefix,
                             Set<String> out) throws IOException {
        Object[] r = resolve(dir, docIn, schemaIn);
        Map<String, Object> doc = (Map<String, Object>) r[0];
        Map<String, Object> s = (Map<String, Object>) r[1];
        Map<String, Object[]> props = new LinkedHashMap<>();
        Map<String, Object> own = (Map<String, Object>) s.getOrDefault("properties", Map.of());
        own.forEach((k, v) -> props.put(k, new Object[] {doc, v}));
        for (String comb : List.of("oneOf", "anyOf", "allOf")) {
            for (Object alt : (List<Object>) s.getOrDefault(comb, List.of())) {
                Object[] ar = resolve(dir, doc, (Map<String, Object>) alt);
                Map<String, Object> altProps = (Map<String, Object>) ((Map<String, Object>) ar[1])
                        .getOrDefault("properties", Map.of());
                altProps.forEach((k, v) -> props.putIfAbsent(k, new Object[] {ar[0], v}));
            }
        }
        for (Map.Entry<String, Object[]> e : props.entrySet()) {
            Object[] vr = resolve(dir, (Map<String, Object>) e.getValue()[0], (Map<String, Object>) e.getValue()[1]);
            Map<String, Object> vdoc = (Map<String, Object>) vr[0];
            Map<String, Object> v = (Map<String, Object>) vr[1];
            String p = (prefix.isEmpty() ? "" : prefix + ".") + e.getKey();
            if ("array".equals(v.get("type")) || v.containsKey("items")) {
                Object[] ir = resolve(dir, vdoc, (Map<String, Object>) v.getOrDefault("items", Map.of()));
                Map<String, Object> items = (Map<String, Object>) ir[1];
                if (items.containsKey("properties")) {
                    walk(dir, (Map<String, Object>) ir[0], items, p + "[]", out);
                } else {
                    out.add(p + "[]");
                }
            } else if (v.containsKey("properties")) {
                walk(dir, vdoc, v, p, out);
            } else {
                out.add(p);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object[] resolve(Path dir, Map<String, Object> doc, Map<String, Object> s) throws IOException {
        while (s.containsKey("$ref")) {
            String ref = (String) s.get("$ref");
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String frag = hash < 0 ? "" : ref.substring(hash + 1);
            Map<String, Object> d = file.isEmpty() ? doc : json(dir.resolve(file));
            Map<String, Object> node = d;
            for (String part : frag.split("/")) {
                if (!part.isEmpty()) {
                    node = (Map<String, Object>) node.get(part);
                }
            }
            doc = d;
            s = node;
        }
        return new Object[] {doc, s};
    }

    // ------------------------------------------------------------------------------------------------ tiny JSON

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) throws IOException {
        String text = Files.readString(file);
        int[] at = {0};
        Object v = value(text, at);
        assertTrue(v instanceof Map, file + " is not a JSON object");
        return (Map<String, Object>) v;
    }

    private static Object value(String s, int[] at) {
        skip(s, at);
        char c = s.charAt(at[0]);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == '}') {
                at[0]++;
                return m;
            }
            while (true) {
                skip(s, at);
                String k = (String) value(s, at);
                skip(s, at);
                at[0]++; // ':'
                m.put(k, value(s, at));
                skip(s, at);
                if (s.charAt(at[0]++) == '}') {
                    return m;
                }
            }
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == ']') {
                at[0]++;
                return l;
            }
            while (true) {
                l.add(value(s, at));
                skip(s, at);
                if (s.charAt(at[0]++) == ']') {
                    return l;
                }
            }
        }
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            int i = at[0] + 1;
            while (s.charAt(i) != '"') {
                if (s.charAt(i) == '\\') {
                    i++;
                }
                sb.append(s.charAt(i++));
            }
            at[0] = i + 1;
            return sb.toString();
        }
        int start = at[0];
        while (at[0] < s.length() && ",}] \n\r\t".indexOf(s.charAt(at[0])) < 0) {
            at[0]++;
        }
        return s.substring(start, at[0]);
    }

    private static void skip(String s, int[] at) {
        while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) {
            at[0]++;
        }
    }
}
