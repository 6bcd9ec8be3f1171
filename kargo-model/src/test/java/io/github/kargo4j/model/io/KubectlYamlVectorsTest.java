package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What {@code print} writes means the same to kubectl: for every case of {@link KubectlYamlVectors}, the writer still
 * writes exactly the YAML that sigs.k8s.io/yaml was run on (so its recorded verdict still holds), and the JSON that
 * sigs.k8s.io/yaml made of it is the JSON value kargo4j's model holds. kubectl reads a number as an int64, a uint64
 * or a float64: a whole number in their range must come back exactly, any other number as the nearest float64.
 * kubectl refuses a document only where kargo4j means it to (see {@link #kubectlRefuses}). On the reading side, for
 * the cases read from YAML, kubectl's JSON of the input is the value the codec read, and an input the codec refuses
 * kubectl refuses too.
 */
class KubectlYamlVectorsTest {

    private static final String REGENERATE = "the writer no longer writes what sigs.k8s.io/yaml was checked on:"
            + " if the change is intended, regenerate src/test/resources" + KubectlYamlVectors.RESOURCE
            + " as kargo-model/src/test/go/kubectl-yaml-vectors/README.md says, and review the verdicts";

    private static final BigInteger MIN_INT64 = BigInteger.ONE.shiftLeft(63).negate();
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final Map<String, JsonNode> VECTORS = new LinkedHashMap<>();
    private static String origin;

    @BeforeAll
    static void load() throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        try (InputStream in = KubectlYamlVectorsTest.class.getResourceAsStream(KubectlYamlVectors.RESOURCE)) {
            assertNotNull(in, KubectlYamlVectors.RESOURCE);
            JsonNode root = mapper.readTree(in);
            origin = root.get("origin").stringValue();
            for (JsonNode v : root.get("vectors")) {
                VECTORS.put(v.get("name").stringValue(), v);
            }
        }
    }

    @Test
    void theVectorsAreThoseOfTheCurrentCases() {
        List<String> names = KubectlYamlVectors.cases().stream().map(KubectlYamlVectors.Case::name).toList();
        assertEquals(names, new ArrayList<>(VECTORS.keySet()), REGENERATE);
        assertTrue(origin.contains("sigs.k8s.io/yaml v1.6.0") && origin.contains("go.yaml.in/yaml/v2 v2.4.4"),
                origin);
        assertTrue(VECTORS.size() > 1_000, "cases: " + VECTORS.size());
    }

    @Test
    void kubectlReadsWhatTheWriterWritesAsTheModelHoldsIt() {
        List<String> disagreements = new ArrayList<>();
        int refused = 0;
        for (KubectlYamlVectors.Case c : KubectlYamlVectors.cases()) {
            JsonNode v = VECTORS.get(c.name());
            if (v == null) {
                fail("no vector for case " + c.name() + "; " + REGENERATE);
            }
            if (c.input() != null) {
                assertEquals(v.get("input").stringValue(), c.input(), () -> c.name() + ": " + REGENERATE);
                String difference = readDifference(c, v);
                if (difference != null) {
                    disagreements.add(c.name() + ": " + difference + "\n" + c.input());
                }
            }
            if (c.document() == null) {
                continue;
            }
            String yaml = c.yaml();
            assertEquals(v.get("yaml").stringValue(), yaml, () -> c.name() + ": " + REGENERATE);
            String refusal = kubectlRefuses(c.document());
            JsonNode kubectl = v.get("kubectl");
            if (kubectl == null) {
                refused++;
                if (refusal == null) {
                    disagreements.add(c.name() + ": kubectl refuses it: " + v.get("kubectlError").stringValue()
                            + "\n" + yaml);
                }
            } else if (refusal != null) {
                disagreements.add(c.name() + ": kubectl reads it, though it holds " + refusal + "\n" + yaml);
            } else {
                String difference = difference(c.document(), kubectl, "$");
                if (difference != null) {
                    disagreements.add(c.name() + ": " + difference + "\n" + yaml);
                }
            }
        }
        assertEquals(List.of(), disagreements, () -> disagreements.size() + " disagreements with " + origin);
        assertTrue(refused > 0 && refused < VECTORS.size() / 10, "refused: " + refused);
    }

    /**
     * The reading side: kubectl's JSON of an input the codec read is the value the codec read; an input the codec
     * refuses, kubectl refuses too.
     */
    private static String readDifference(KubectlYamlVectors.Case c, JsonNode v) {
        JsonNode kubectl = v.get("kubectlInput");
        if (c.document() == null) {
            boolean refused;
            try {
                CODEC.parse(c.input(), "<input>");
                refused = false;
            } catch (ManifestException e) {
                refused = true;
            }
            if (c.name().startsWith("differ ")) {
                // a known difference: exactly one of them refuses it
                return refused != (kubectl == null) ? null : "a known difference no longer differs: both "
                        + (refused ? "refuse" : "read") + " it; update docs/codec.md and the case";
            }
            if (!refused) {
                return "the codec reads it, but the case says it refuses it";
            }
            return kubectl == null ? null : "the codec refuses it, kubectl reads " + kubectl;
        }
        if (kubectl == null) {
            return "the codec reads it, kubectl refuses it: " + v.get("kubectlInputError").stringValue();
        }
        return difference(c.document(), kubectl, "$");
    }

    /**
     * @return why kubectl must refuse the document, or {@code null}: a number beyond the range of a float64 (written
     * {@code !!float 1e999} so that kubectl refuses it instead of reading a string), or an unpaired surrogate, which
     * has no UTF-8 form (its escape is refused by go-yaml)
     */
    static String kubectlRefuses(JsonValue value) {
        List<JsonValue> work = new ArrayList<>(List.of(value));
        while (!work.isEmpty()) {
            JsonValue v = work.remove(work.size() - 1);
            if (v instanceof JsonObject o) {
                for (Map.Entry<String, JsonValue> e : o.entries()) {
                    work.add(JsonString.of(e.getKey()));
                    work.add(e.getValue());
                }
            } else if (v instanceof JsonArray a) {
                work.addAll(a.items());
            } else if (v instanceof JsonNumber n && Double.isInfinite(n.toBigDecimal().doubleValue())) {
                return "a number beyond the range of a float64";
            } else if (v instanceof JsonString s && hasUnpairedSurrogate(s.value())) {
                return "an unpaired surrogate";
            }
        }
        return null;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return how kubectl's JSON differs from the model's value (iteratively, first difference), or {@code null} */
    private static String difference(JsonValue model, JsonNode kubectl, String path) {
        record Pair(JsonValue model, JsonNode kubectl, String path) {
        }
        List<Pair> work = new ArrayList<>(List.of(new Pair(model, kubectl, path)));
        while (!work.isEmpty()) {
            Pair p = work.remove(work.size() - 1);
            JsonValue m = p.model();
            JsonNode k = p.kubectl();
            String at = p.path();
            if (m instanceof JsonObject o) {
                if (!k.isObject()) {
                    return at + ": kubectl has " + k + " for an object";
                }
                if (k.size() != o.size()) {
                    return at + ": kubectl has keys " + k.propertyNames() + ", the model " + o.keys();
                }
                for (Map.Entry<String, JsonValue> e : o.entries()) {
                    JsonNode kv = k.get(e.getKey());
                    if (kv == null) {
                        return at + ": kubectl has no key " + KubectlYamlVectors.describe(e.getKey()) + ", only "
                                + k.propertyNames();
                    }
                    work.add(new Pair(e.getValue(), kv, at + "." + KubectlYamlVectors.describe(e.getKey())));
                }
            } else if (m instanceof JsonArray a) {
                if (!k.isArray() || k.size() != a.size()) {
                    return at + ": kubectl has " + k + " for a list of " + a.size();
                }
                for (int i = 0; i < a.size(); i++) {
                    work.add(new Pair(a.get(i), k.get(i), at + "[" + i + "]"));
                }
            } else if (m instanceof JsonString s) {
                if (!k.isString() || !k.stringValue().equals(s.value())) {
                    return at + ": kubectl has " + k + " for the string " + KubectlYamlVectors.describe(s.value());
                }
            } else if (m instanceof JsonNumber n) {
                if (!k.isNumber() || !sameNumberForKubectl(n, k.decimalValue())) {
                    return at + ": kubectl has " + k + " for the number " + n;
                }
            } else if (m instanceof JsonBoolean b) {
                if (!k.isBoolean() || k.booleanValue() != b.value()) {
                    return at + ": kubectl has " + k + " for " + b;
                }
            } else if (m instanceof JsonNull) {
                if (!k.isNull()) {
                    return at + ": kubectl has " + k + " for null";
                }
            }
        }
        return null;
    }

    /**
     * kubectl holds a whole number in the range of int64 or uint64 exactly, and any other number (one written with a
     * fraction or an exponent, or beyond that range) as the nearest float64; a number too small for a double is 0.
     */
    static boolean sameNumberForKubectl(JsonNumber model, BigDecimal kubectl) {
        if (model.value() instanceof Long || model.value() instanceof BigInteger b
                && b.compareTo(MIN_INT64) >= 0 && b.compareTo(MAX_UINT64) <= 0) {
            return model.toBigDecimal().compareTo(kubectl) == 0;
        }
        return model.toBigDecimal().doubleValue() == kubectl.doubleValue();
    }
}
