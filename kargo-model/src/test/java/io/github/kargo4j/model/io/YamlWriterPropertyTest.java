package io.github.kargo4j.model.io;

import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property tests of the YAML writer against the rules of kubectl's reader (sigs.k8s.io/yaml: go-yaml v2, YAML 1.1):
 * every string reads back as itself, every plain scalar matches none of the YAML 1.1 implicit types (checked with the
 * regular expressions of yaml.org/type, go-yaml v2's own number syntax and the YAML 1.2 core schema), and the file
 * holds only characters that go-yaml accepts and that no reader takes for a line break (NEL, LS, PS are escaped).
 * Seeded generators; the oracle is identity.
 */
class YamlWriterPropertyTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** The implicit types of YAML 1.1, verbatim from yaml.org/type (bool, null, int, float, merge, value, timestamp). */
    private static final List<Pattern> YAML_11 = List.of(
            Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
            Pattern.compile("~|null|Null|NULL|"),
            Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                    + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"),
            Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"),
            Pattern.compile("<<"),
            Pattern.compile("="),
            Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                    + "([Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?(([ \\t]*)Z|[-+][0-9][0-9]?"
                    + "(:[0-9][0-9])?)?"));

    /** go-yaml v2's numbers: Go's ParseInt with base prefixes (after removing underscores) and its float syntax. */
    private static final List<Pattern> GO_YAML = List.of(
            Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)"),
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"));
    /** go-yaml v2 hands a scalar that starts with a dot to Go's ParseFloat as written, underscores and all. */
    private static final Pattern GO_DOT_FLOAT = Pattern.compile("\\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?");

    /** The YAML 1.2 core schema. */
    private static final List<Pattern> YAML_12 = List.of(
            Pattern.compile("null|Null|NULL|~|true|True|TRUE|false|False|FALSE"),
            Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)"
                    + "|\\.nan|\\.NaN|\\.NAN"));

    /** Pieces that make strings look like the implicit types, and every class of character. */
    private static final String[] PIECES = {"0", "1", "7", "8", "9", "_", ".", "-", "+", ":", "e", "E", "x", "X", "b",
        "B", "o", "O", "a", "f", "T", "t", "Z", " ", "\t", "yes", "no", "on", "off", "y", "n", "true", "False", "null",
        "~", "<<", "=", ".inf", ".NaN", "2001-12-14", "12:30:45", "0x1F", "1_000", "1e3", "---", "...", "#", "&", "*",
        "!", "|", ">", "'", "\"", "%", "@", "`", "{", "}", "[", "]", ",", "?", "\\", "\n", "\r", "\r\n", "\u0000",
        "\u0007", "\u001b", "\u007f", "\u0085", "\u0080", "\u009f", "\u00a0", "\u00ad", "\u2028", "\u2029", "\u200b",
        "\ufeff", "\ufffe", "\uffff", "\ufffd", "\ue000", "\ud83d\ude00", "\udbff\udfff", "\ud800", "\udc00", "\u00e9",
        "\u4e2d", "$", "/", "k"};

    private static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(8) == 0) {
                sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
            } else {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }

    private static JsonObject doc(JsonValue v, String key) {
        return JsonObject.builder().put("apiVersion", "v1").put("kind", "ConfigMap")
                .put("metadata", JsonObject.of("name", "x")).put("v", v).put("data", JsonObject.of(key, "v"))
                .put("l", JsonArray.builder().add(v).build()).build();
    }

    private static JsonObject readBack(String yaml) {
        return ((GenericResource) CODEC.parse(yaml, "<written>").get(0).resource()).content();
    }

    @Test
    void everyStringReadsBackAsItselfAndNoPlainScalarLooksLikeAnotherType() {
        Random random = new Random(20261124L);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(random);
            JsonObject doc = doc(JsonString.of(s), s);
            String yaml = CODEC.treeToYaml(doc);
            assertEquals(doc, readBack(yaml), () -> "round trip of " + JsonValue.of(s) + " written as:\n" + yaml);
            assertOnlySafeCharacters(yaml);
            for (String scalar : plainScalars(yaml)) {
                assertNotImplicit(scalar, yaml);
                plain++;
            }
        }
        assertTrue(plain > 10_000, "plain scalars checked: " + plain);
    }

    @Test
    void longKeysAreExplicitAndReadBack() {
        Random random = new Random(7L);
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 990 + random.nextInt(40)) {
                sb.append(randomString(random));
            }
            String key = sb.toString();
            JsonObject doc = doc(JsonString.of("v"), key);
            String yaml = CODEC.treeToYaml(doc);
            assertEquals(doc, readBack(yaml), () -> "key of " + key.length() + " characters:\n" + yaml);
        }
        String yaml = CODEC.treeToYaml(doc(JsonString.of("v"), "k".repeat(1_200)));
        assertTrue(yaml.contains("\n  ? " + "k".repeat(1_200) + "\n  : v\n"), yaml);
    }

    /** Numbers, booleans and null are meant to look like their type, and read back as the same value. */
    @Test
    void otherScalarsArePlainOfTheirTypeAndReadBack() {
        Random random = new Random(11L);
        List<JsonValue> values = new ArrayList<>(List.of(JsonBoolean.of(true), JsonBoolean.of(false),
                JsonNull.INSTANCE, JsonNumber.of(Long.MAX_VALUE), JsonNumber.of(Long.MIN_VALUE),
                JsonNumber.of(new BigInteger("18446744073709551615")), JsonNumber.of(Double.MIN_VALUE),
                JsonNumber.of(Double.MAX_VALUE), JsonNumber.of(new BigDecimal("1e-400")),
                JsonNumber.of(new BigDecimal("0.10"))));
        for (int i = 0; i < 2_000; i++) {
            values.add(JsonNumber.of(random.nextLong() >> random.nextInt(64)));
            values.add(JsonNumber.of(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)
                    * (random.nextBoolean() ? 1 : -1)));
            values.add(JsonNumber.of(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20)));
        }
        for (JsonValue v : values) {
            String yaml = CODEC.treeToYaml(doc(v, "k"));
            String written = yaml.lines().filter(l -> l.startsWith("v: ")).findFirst().orElseThrow().substring(3);
            JsonValue back = readBack(yaml).getOrNull("v");
            if (v instanceof JsonNumber n) {
                assertTrue(GO_YAML.get(0).matcher(written).matches() || GO_YAML.get(1).matcher(written).matches(),
                        "a number go-yaml reads: " + written);
                assertEquals(0, new BigDecimal(n.toBigDecimal().doubleValue()).compareTo(
                        new BigDecimal(((JsonNumber) back).value().doubleValue())), written);
            } else {
                assertEquals(v, back, written);
                assertTrue(YAML_11.get(0).matcher(written).matches() || YAML_11.get(1).matcher(written).matches(),
                        written);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "-1.8e308", "2e308"})
    void numbersBeyondADoubleAreTaggedSoThatKubectlRefusesThemInsteadOfReadingAString(String number) {
        String yaml = CODEC.treeToYaml(doc(JsonNumber.of(new BigDecimal(number)), "k"));
        assertTrue(yaml.contains("\nv: !!float " + new BigDecimal(number) + "\n"), yaml);
        ManifestException e = assertThrows(ManifestException.class, () -> readBack(yaml));
        assertTrue(e.getMessage().contains("v: a number beyond the range of a 64-bit float"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u2028b", "a\u2029b", "a\u0085b", "x\ufeff", "\u2028", "line\u2028\nnext\n",
        "lone \ud800 surrogate", "tab-led\n\tblock\n"})
    void lineSeparatorsAndOtherBreaksAreEscaped(String s) {
        String yaml = CODEC.treeToYaml(doc(JsonString.of(s), s));
        assertOnlySafeCharacters(yaml);
        assertEquals(s, readBack(yaml).getString("v").orElseThrow(), yaml);
    }

    /** Escapes make a line up to six times as long as its value: long double-quoted values go on over lines. */
    @Test
    void longQuotedValuesWrapAndReadBack() {
        Random random = new Random(5L);
        String[] pieces = {" ", "  ", "\t", "\u2028", "a", "\"", "\\", "\u0001", "\ud83d\ude00", "\n", "x y"};
        for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder();
            int length = YamlWriter.WRAP + random.nextInt(5 * YamlWriter.WRAP);
            while (sb.length() < length) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            JsonObject doc = doc(JsonString.of(s), "k");
            String yaml = CODEC.treeToYaml(doc);
            assertEquals(doc, readBack(yaml));
            assertTrue(yaml.lines().allMatch(l -> l.length() <= YamlWriter.WRAP + 16), "a line is too long");
            assertOnlySafeCharacters(yaml);
        }
        // six MiB of escapes: over the default 3 MiB per document, so read with a raised limit
        String separators = "\u2028".repeat(1 << 20);
        JsonObject big = JsonObject.builder().put("apiVersion", "v1").put("kind", "ConfigMap").put("v", separators)
                .build();
        String yaml = CODEC.treeToYaml(big);
        KargoCodec roomy = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDocumentChars(8 << 20)).build();
        assertEquals(big, ((GenericResource) roomy.parse(yaml, "<written>").get(0).resource()).content(),
                "a MiB of line separators, six MiB of escapes");
        assertTrue(yaml.lines().allMatch(l -> l.length() <= YamlWriter.WRAP + 16), "a line is too long");
    }

    /** snakeyaml-engine writes past a full 64 KiB buffer that ends with the first half of a surrogate pair. */
    @Test
    void anEmojiOnTheBoundaryOfTheReadersBufferReads() {
        String head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nv: ";
        for (int at = (1 << 16) - 3; at <= (1 << 16) + 1; at++) {
            String text = head + "a".repeat(at - head.length()) + "\ud83d\ude00b\n";
            assertEquals(at - head.length() + 3, readBack(text).getString("v").orElseThrow().length(), "at " + at);
        }
    }

    @Test
    void aTabLedLiteralBlockHasAnIndentationIndicator() {
        String yaml = CODEC.treeToYaml(doc(JsonString.of("\tindented\nnext\n"), "k"));
        assertTrue(yaml.contains("\nv: |2\n  \tindented\n  next\n"), yaml);
    }

    /**
     * Every character is one go-yaml accepts in a file (YAML 1.1 printable), and none is NEL, LS, PS or a byte order
     * mark, which YAML 1.1 readers take for a line break or drop.
     */
    private static void assertOnlySafeCharacters(String yaml) {
        for (int i = 0; i < yaml.length(); ) {
            int cp = yaml.codePointAt(i);
            boolean ok = cp == '\n' || cp == '\t' || YamlWriter.isSafeCodePoint(cp);
            int at = i;
            assertTrue(ok, () -> String.format("U+%04X at %d of:%n%s", cp, at, yaml));
            i += Character.charCount(cp);
        }
    }

    /** The plain scalars among the value {@code v}, the key under {@code data} and the item of {@code l}. */
    private static List<String> plainScalars(String yaml) {
        List<String> out = new ArrayList<>();
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("v: ")) {
                plain(line.substring(3), out);
            } else if (line.equals("data:") && i + 1 < lines.size()) {
                String entry = lines.get(i + 1);
                if (entry.endsWith(": v") && !entry.startsWith("  ? ")) {
                    plain(entry.substring(2, entry.length() - 3), out);
                }
            } else if (line.startsWith("  - ")) {
                plain(line.substring(4), out);
            }
        }
        return out;
    }

    private static void plain(String scalar, List<String> out) {
        if (!scalar.isEmpty() && "\"'|>".indexOf(scalar.charAt(0)) < 0) {
            out.add(scalar);
        }
    }

    private static void assertNotImplicit(String scalar, String yaml) {
        for (List<Pattern> schema : List.of(YAML_11, GO_YAML, YAML_12)) {
            for (Pattern p : schema) {
                // go-yaml removes underscores from a scalar that starts with a digit or a sign
                boolean goNumber = schema == GO_YAML && "+-0123456789".indexOf(scalar.charAt(0)) >= 0
                        && p.matcher(scalar.replace("_", "")).matches();
                assertFalse(p.matcher(scalar).matches() || goNumber, () -> "plain " + JsonValue.of(scalar)
                        + " matches " + p + " in:\n" + yaml);
            }
        }
        assertFalse(GO_DOT_FLOAT.matcher(scalar).matches(), () -> "plain " + scalar + " is a Go float in:\n" + yaml);
    }
}
