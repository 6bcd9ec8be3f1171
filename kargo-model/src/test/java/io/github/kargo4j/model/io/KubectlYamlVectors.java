package io.github.kargo4j.model.io;

import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The scalar values whose YAML, as kargo4j's writer writes it, is checked against what kubectl reads
 * (sigs.k8s.io/yaml): a deterministic list of small documents, each holding one value as a value, as a list item,
 * deeper down, and (strings) as a key. {@link #main} writes the cases that
 * {@code kargo-model/src/test/go/kubectl-yaml-vectors} turns into the committed verdicts,
 * {@code src/test/resources/kubectl/yaml-vectors.json}; {@code KubectlYamlVectorsTest} checks them.
 */
final class KubectlYamlVectors {

    /** Where the verdicts are kept, relative to the module. */
    static final String RESOURCE = "/kubectl/yaml-vectors.json";

    private static final KargoCodec CODEC = KargoCodec.create();

    /** The start of every document read. */
    static final String HEAD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";

    /**
     * A case: a document of kargo4j's model, and the whole input it was read from when the value comes from reading
     * YAML (a tag, a YAML 1.1 form, an alias as a key), or {@code null}; or (document {@code null}) an input the
     * codec refuses.
     */
    record Case(String name, JsonObject document, String input) {
        String yaml() {
            return document == null ? null : CODEC.treeToYaml(document);
        }
    }

    private KubectlYamlVectors() {
    }

    /** Values longer than this are written once, as {@code v}, to keep the data file small. */
    private static final int LONG = 2_000;

    private static JsonObject doc(JsonValue v, String key) {
        JsonObject.Builder b = JsonObject.builder().put("apiVersion", "v1").put("kind", "ConfigMap")
                .put("metadata", JsonObject.of("name", "x")).put("v", v);
        if (key != null && key.length() > LONG) {
            return b.build();
        }
        b.put("l", JsonArray.builder().add(v).add("after").build())
                .put("deep", JsonObject.of("a", JsonArray.builder().add(JsonObject.of("b", v)).build()));
        if (key != null) {
            b.put("data", JsonObject.of(key, "v"));
            b.put("keys", JsonArray.builder().add(JsonObject.of(key, "v")).build());
        }
        return b.build();
    }

    /** Every case, in a fixed order; names are unique. */
    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String s : strings()) {
            if (seen.add(s)) {
                out.add(new Case("string " + describe(s), doc(JsonString.of(s), s), null));
            }
        }
        for (JsonValue v : others()) {
            out.add(new Case(v.type().name().toLowerCase() + " " + v, doc(v, null), null));
        }
        for (String input : inputs()) {
            JsonObject read = ((GenericResource) CODEC.parse(HEAD + input, "<input>").get(0).resource()).content();
            out.add(new Case("read " + describe(input), read, HEAD + input));
        }
        for (String input : refusedInputs()) {
            out.add(new Case("refuse " + describe(input), null, HEAD + input));
        }
        for (String input : knownDifferences()) {
            out.add(new Case("differ " + describe(input), null, HEAD + input));
        }
        Set<String> names = new LinkedHashSet<>();
        for (Case c : out) {
            if (!names.add(c.name())) {
                throw new IllegalStateException("two cases named " + c.name());
            }
        }
        return out;
    }

    /** A short ASCII name for a string: Java escapes, long strings cut with their length and hash. */
    static String describe(String s) {
        StringBuilder sb = new StringBuilder("\"");
        int limit = Math.min(s.length(), 48);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        sb.append('"');
        if (limit < s.length()) {
            sb.append(String.format("... (%d chars, hash %08x)", s.length(), s.hashCode()));
        }
        return sb.toString();
    }

    /** Strings: YAML 1.1 look-alikes, indicators, every character class, lines, long values, seeded mixtures. */
    private static List<String> strings() {
        List<String> s = new ArrayList<>();
        // YAML 1.1 and 1.2 implicit types, go-yaml's number syntax, timestamps
        s.addAll(List.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
                "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "yEs", "oN", "~", "null", "Null", "NULL",
                "nULL", "", "0", "-0", "+0", "00", "0755", "-0755", "0o17", "0O17", "0x1F", "0X1f", "-0x1F", "0b101",
                "0B101", "0b", "0x", "1_000", "1__0", "_1", "1_", "+12", "-12", "1e3", "1E3", "1e+3", "1e-3", "-1e3",
                "1.", ".5", "-.5", "5.", "08", "09", "0.1", ".1_0", "1_0.5", "1.2.3", "1..2", "v1.2", "12:30",
                "12:30:45", "-12:30", "1:20:30.5", "190:20:30", "12:60", ".inf", "-.inf", "+.inf", ".Inf", ".INF",
                ".nan", ".NaN", ".NAN", "inf", "nan", "Infinity", "NaN", "<<", "=", "2001-12-14", "2001-1-1",
                "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2026-01-01T10:00:00Z",
                "2026-01-01 10:00:00", "20260101", "1e999", "-1e999", "1e400", "1e-400", "4.9e-324",
                "1.7976931348623157e308", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                "18446744073709551615", "18446744073709551616", "1" + "0".repeat(400), "0.0000001", "1.0e+10"));
        // indicators and white space
        s.addAll(List.of("-", "- a", "-a", "--", "---", "--- a", "...", "... a", "?", "? a", "?a", ":", ":a", "a:",
                "a: b", "a:b", "a :b", "a #b", "a#b", "#a", "# a", "&a", "*a", "!a", "!!str", "! a", "|", "| a", ">",
                "> a", "'", "'a'", "a'b", "\"", "\"a\"", "a\"b", "%", "%YAML", "@a", "`a", "{", "}", "{a}", "[", "]",
                "[a]", ",", "a,b", "a, b", "a\\b", "\\", "\\n", "a\"b'c", " ", "  ", "\t", " a", "a ", " a ",
                "\ta", "a\t", "a \tb", "a  b", "a\t\tb", "a: ", "a #", "x: y: z", "$ref", "/path/to/x", "k=v",
                "http://example.com/a?b=c#d", "{{ .Values.x }}", "${{ vars.x }}", "*", "&", "!", "a b c"));
        // every control and special character, alone and inside a value
        List<String> chars = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            chars.add(String.valueOf((char) c));
        }
        for (int c = 0x7f; c <= 0xa0; c++) {
            chars.add(String.valueOf((char) c));
        }
        chars.addAll(List.of("\u00ad", "\u00e9", "\u2028", "\u2029", "\u200b", "\u200e", "\u2060", "\ufeff", "\ufffe",
                "\uffff", "\ufffd", "\ue000", "\uf8ff", "\u4e2d", "\ud83d\ude00", "\ud800\udc00", "\udbff\udfff",
                "\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800", "\ud83d\ud83d"));
        for (String c : chars) {
            s.add(c);
            s.add("a" + c + "b");
            s.add(c + "a");
            s.add("a" + c);
        }
        // lines
        s.addAll(List.of("a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\na", "\n", "\n\n", "\na\n", " a\nb", "\ta\nb",
                "a\n b", "a\n\tb", "a \nb", "a\t\nb", "a\nb ", "a\r\nb", "a\rb", "a\r", "#a\nb", "- a\nb", "a: b\nc",
                "---\na", "...\na", "a\n---\nb", "a\n...\nb", "a\u2028\nb\n", "a\u0085\nb", "a\n\u2029", "a\n\ufeffb",
                "  \n", " \n a", "a\n\n\nb", "'\n\"", "\"\n'", "key: value\nother: 1\n", "\u00e9\n\ud83d\ude00\n",
                "a\n\u0001\n", "line\n".repeat(200), "x".repeat(100) + "\n" + "y".repeat(100)));
        // long values: plain, quoted and continued over lines, keys around the 1,000 and 1,024 character limits
        s.add("x".repeat(9_000));
        s.add("a b ".repeat(2_100));
        s.add("\u2028".repeat(1_400));
        s.add("\"".repeat(4_200));
        s.add("\ud83d\ude00".repeat(4_100) + "\u0001");
        s.add("\u0001".repeat(1_400) + " " + "a".repeat(100));
        for (int shift = 0; shift < 4; shift++) {
            // a space, an emoji and an escape at every place around the line break of a continued value
            s.add("\\".repeat(4_093 + shift) + " \ud83d\ude00\u0001 " + "\\".repeat(200));
        }
        s.add(" " + "\u0085".repeat(1_400) + " ");
        s.add("k".repeat(999));
        s.add("k".repeat(1_000));
        s.add("k".repeat(1_001));
        s.add("k".repeat(1_024));
        s.add("k".repeat(1_200));
        s.add("\u2028".repeat(170));
        s.add("\u2028".repeat(171));
        s.add("\"".repeat(1_100));
        s.add("x: " + "k".repeat(1_100));
        // seeded mixtures of the pieces the property test uses
        String[] pieces = {"0", "1", "7", "8", "9", "_", ".", "-", "+", ":", "e", "E", "x", "X", "b", "B", "o", "O",
            "a", "f", "T", "t", "Z", " ", "\t", "yes", "no", "on", "off", "y", "n", "true", "False", "null", "~", "<<",
            "=", ".inf", ".NaN", "2001-12-14", "12:30:45", "0x1F", "1_000", "1e3", "---", "...", "#", "&", "*", "!",
            "|", ">", "'", "\"", "%", "@", "`", "{", "}", "[", "]", ",", "?", "\\", "\n", "\r", "\r\n", "\u0000",
            "\u0007", "\u001b", "\u007f", "\u0085", "\u0080", "\u009f", "\u00a0", "\u00ad", "\u2028", "\u2029",
            "\u200b", "\ufeff", "\ufffe", "\uffff", "\ufffd", "\ue000", "\ud83d\ude00", "\udbff\udfff", "\ud800",
            "\udc00", "\u00e9", "\u4e2d", "$", "/", "k"};
        Random random = new Random(20261203L);
        for (int i = 0; i < 450; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(i < 400 ? 5 : 40);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(10) == 0) {
                    sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            s.add(sb.toString());
        }
        return s;
    }

    /** Numbers near and beyond the ranges of int64, uint64 and float64; booleans; null. */
    private static List<JsonValue> others() {
        List<JsonValue> v = new ArrayList<>();
        v.add(JsonBoolean.of(true));
        v.add(JsonBoolean.of(false));
        v.add(JsonNull.INSTANCE);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        for (BigInteger b : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
                BigInteger.valueOf(493), BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE),
                two63.subtract(BigInteger.ONE), two63, two63.negate(), two63.negate().subtract(BigInteger.ONE),
                two64.subtract(BigInteger.ONE), two64, two64.add(BigInteger.ONE), two64.negate(),
                two64.subtract(BigInteger.ONE).negate(), BigInteger.TEN.pow(20), BigInteger.TEN.pow(30),
                BigInteger.TEN.pow(308), BigInteger.TEN.pow(309), BigInteger.TEN.pow(309).negate(),
                new BigDecimal(Double.MAX_VALUE).toBigInteger(),
                new BigDecimal(Double.MAX_VALUE).toBigInteger().add(BigInteger.TEN.pow(292)))) {
            v.add(JsonNumber.of(b));
        }
        for (double d : new double[]{0.0, -0.0, 0.1, 0.1 + 0.2, 1.5, -2.5e-5, 1e21, 1e22, 123456789.125, 1e-7,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 9007199254740993.0,
            (double) Long.MAX_VALUE, 1.8446744073709552e19}) {
            v.add(JsonNumber.of(d));
        }
        for (String d : List.of("0.10", "1.0", "1.00", "-0.0", "1e3", "1E+3", "1e-400", "-1e-400", "1e999", "-1e999",
                "2e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
                "4.9e-324", "2.4e-324", "2.5e-324", "123456789012345678901234567890.5", "0.1000000000000000055511",
                "9223372036854775807.0", "18446744073709551615.0", "18446744073709551615.5", "1e19", "1e20")) {
            v.add(JsonNumber.of(new BigDecimal(d)));
        }
        Random random = new Random(64L);
        for (int i = 0; i < 40; i++) {
            v.add(JsonNumber.of(random.nextLong() >> random.nextInt(64)));
            v.add(JsonNumber.of(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)
                    * (random.nextBoolean() ? 1 : -1)));
            v.add(JsonNumber.of(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20)));
        }
        List<JsonValue> unique = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue x : v) {
            if (names.add(x.type() + " " + x)) {
                unique.add(x);
            }
        }
        return unique;
    }

    /** Values the codec reads from YAML (tags, YAML 1.1 forms, keys that are not strings), then written again. */
    private static List<String> inputs() {
        return List.of("v: !!binary aGVsbG8=\n", "v: !!binary |\n  aGVs\n  bG8=\n",
                "v: !!binary 8J+YgCB5ZXMKb24gIQ==\n", "v: !!binary IA==\n", "v: !!binary eWVz\n",
                "v: !!binary MDc1NQ==\n", "v: !!binary 4oCo\n", "v: !!str 123\n", "v: !!str yes\n",
                "v: !!str ~\n", "v: !!int \"0x1F\"\n", "v: !!int 0755\n", "v: !!float 1\n", "v: !!float \"1e3\"\n",
                "v: !!bool \"yes\"\n", "v: !!null ~\n", "v: !!timestamp 2026-01-01\n",
                "v: !!timestamp 2001-12-14t21:59:43.10-05:00\n", "v: !custom 123\n", "v: ! 12\n", "v: !!set x\n",
                "v: 0755\n", "v: 0o17\n", "v: 0x1F\n", "v: 0b101\n", "v: 1_000\n", "v: +12\n", "v: 1e3\n",
                "v: .5\n", "v: 08\n", "v: .1_0\n", "v: 1e-400\n", "v: 1e999\n", "v: -1e999\n",
                "v: 18446744073709551615\n", "v: 18446744073709551616\n", "v: -9223372036854775809\n",
                "v: 2026-01-01\n", "v: 12:30\n", "v: yes\n", "v: On\n", "v: ~\n", "v:\n", "v: 1" + "0".repeat(400)
                        + "\n", "v: \"\\N\\_\\e\\a\\0\\v\\t\\\t\\\\\"\n", "v: \"\\U0001F600\\x7f\\t\"\n",
                "v: 'it''s'\n", "v: >\n  folded\n  text\n\n  more\n", "v: >-\n  a\n   b\n  c\n", "v: |+\n  keep\n\n",
                "data:\n  1e6: x\n", "data:\n  on: x\n", "data:\n  0755: x\n", "data:\n  3.14159265358979: x\n",
                "data:\n  \"~\": x\n", "data:\n  1e3: x\n", "data:\n  18446744073709551616: x\n", "data:\n  0.1: x\n",
                "data:\n  -0: x\n", "data:\n  !!binary aGVsbG8=: x\n", "data:\n  2026-01-01: x\n",
                "data:\n  !!str 1.0: x\n", "a: &f 1e6\nb: &g 3.14159265358979\nc: &h 1e-400\nd: &i 12\ne: &t yes\n"
                        + "data:\n  *f : v\n  *g : v\n  *h : v\n  *i : v\n  *t : v\n",
                "a: &s \"k\"\nb: &x 18446744073709551616\ndata:\n  *s : v\n  *x : w\n");
    }

    /**
     * Inputs where the codec and kubectl differ, each documented in docs/codec.md: exactly one of them refuses the
     * input. kubectl reads the escapes {@code \L}, {@code \P} and {@code \'}, which snakeyaml-engine does not know;
     * the codec reads {@code \/} (YAML 1.2), which go-yaml (YAML 1.1) does not know; kubectl keeps the last of
     * duplicate keys and reads {@code !!binary} of bytes that are not UTF-8 with U+FFFD in their place, where the
     * codec refuses both.
     */
    static List<String> knownDifferences() {
        return List.of("v: \"\\L\"\n", "v: \"\\P\"\n", "v: \"\\'\"\n", "v: \"\\/\"\n", "a: 1\na: 2\n",
                "v: !!binary //79\n");
    }

    /** Inputs the codec refuses, as kubectl does. */
    private static List<String> refusedInputs() {
        return List.of("data:\n  ~: x\n", "data:\n  null: x\n", "data:\n  !!null x: y\n", "data:\n  : x\n",
                "data:\n  18446744073709551615: x\n", "data:\n  9223372036854775808: x\n",
                "data:\n  0xFFFFFFFFFFFFFFFF: x\n", "a: &n ~\ndata:\n  *n : x\n",
                "a: &u 18446744073709551615\ndata:\n  *u : x\n", "v: .inf\n", "v: -.Inf\n", "v: .nan\n",
                "v: !!float 1e999\n", "v: !!int 1.5\n", "v: !!null nope\n", "v: !!bool maybe\n",
                "v: !!binary not base64!\n", "v: [unclosed\n",
                "v: 'unclosed\n", "v: *nothing\n", "v: \"\\q\"\n");
    }

    /**
     * Writes the cases, {@code [{"name": ..., "yaml": ..., "input": ...}, ...]}, as input for the Go program.
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: KubectlYamlVectors <cases.json>");
            System.exit(2);
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Case c : cases()) {
            ObjectNode o = list.addObject();
            o.put("name", c.name());
            if (c.document() != null) {
                o.put("yaml", c.yaml());
            }
            if (c.input() != null) {
                o.put("input", c.input());
            }
        }
        Files.writeString(Path.of(args[0]), JsonMapper.builder().build().writeValueAsString(list) + "\n",
                StandardCharsets.UTF_8);
        System.err.println(list.size() + " cases written to " + args[0]);
    }
}
