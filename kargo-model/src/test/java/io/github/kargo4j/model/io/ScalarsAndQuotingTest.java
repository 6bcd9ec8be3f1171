package io.github.kargo4j.model.io;

import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain scalars mean what they mean to kubectl (YAML 1.1 via sigs.k8s.io/yaml); strings are quoted when needed. */
class ScalarsAndQuotingTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static JsonValue readValue(String yamlScalar) {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nv: " + yamlScalar + "\n";
        GenericResource r = (GenericResource) CODEC.parse(doc).get(0).resource();
        return r.content().getOrNull("v");
    }

    static Stream<Arguments> plainScalars() {
        return Stream.of(
                Arguments.of("yes", true), Arguments.of("Yes", true), Arguments.of("on", true),
                Arguments.of("ON", true), Arguments.of("y", true), Arguments.of("true", true),
                Arguments.of("no", false), Arguments.of("off", false), Arguments.of("N", false),
                Arguments.of("False", false),
                Arguments.of("0755", 493L), Arguments.of("0x1F", 31L), Arguments.of("-0x1F", -31L),
                Arguments.of("0o17", 15L), Arguments.of("0b101", 5L), Arguments.of("1_000", 1000L),
                Arguments.of("+12", 12L), Arguments.of("0", 0L), Arguments.of("42", 42L),
                Arguments.of("18446744073709551615", new BigInteger("18446744073709551615")),
                Arguments.of("1e3", 1000.0), Arguments.of("08", 8.0), Arguments.of(".5", 0.5),
                Arguments.of("3.14", 3.14),
                Arguments.of("2026-01-01", "2026-01-01"), Arguments.of("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z"),
                Arguments.of("1.2.3", "1.2.3"), Arguments.of("v1.2.3", "v1.2.3"), Arguments.of("12:30", "12:30"),
                Arguments.of("yes please", "yes please"), Arguments.of("~", null), Arguments.of("null", null),
                Arguments.of("", null), Arguments.of("'0755'", "0755"), Arguments.of("\"yes\"", "yes"),
                Arguments.of("!!str 0755", "0755"),
                // as go-yaml v2 reads them: Go's ParseFloat takes underscores after a leading dot, a number beyond a
                // double is kept as text, and a signed number beyond int64 is a float (ParseUint takes no sign)
                Arguments.of(".1_0", 0.1), Arguments.of("1e999", "1e999"), Arguments.of(".5e999", ".5e999"),
                Arguments.of("1e-400", 0.0), Arguments.of("+18446744073709551615", 1.8446744073709552E19),
                Arguments.of("0B101", 5L), Arguments.of("0X1f", 31L), Arguments.of("0O17", 15L),
                Arguments.of("1:20", "1:20"),
                // around the short cut for decimal integers of at most 18 digits
                Arguments.of("-0", 0L), Arguments.of("+0", 0L), Arguments.of("+", "+"),
                Arguments.of("00", 0L), Arguments.of("-8080", -8080L), Arguments.of("12a", "12a"),
                Arguments.of("123456789012345678", 123456789012345678L),
                Arguments.of("-123456789012345678", -123456789012345678L),
                Arguments.of("1234567890123456789", 1234567890123456789L),
                Arguments.of("-9223372036854775808", Long.MIN_VALUE),
                Arguments.of("9223372036854775808", new BigInteger("9223372036854775808")),
                Arguments.of("-9223372036854775809", -9.223372036854775809E18));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource("plainScalars")
    void plainScalarsMeanWhatTheyMeanToKubectl(String yaml, Object expected) {
        JsonValue v = readValue(yaml);
        assertEquals(JsonValue.of(expected), v, yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.Inf", ".nan"})
    void infinityAndNanAreRejectedLikeTheApiServerDoes(String yaml) {
        ManifestException e = assertThrows(ManifestException.class, () -> readValue(yaml));
        assertTrue(e.getMessage().contains("<string>:5:4: v: infinite and NaN numbers"), e.getMessage());
    }

    /** Strings that YAML 1.1 or 1.2 would read as something else, and strings that are structurally unsafe. */
    @ParameterizedTest
    @ValueSource(strings = {"true", "yes", "Yes", "on", "off", "y", "n", "NO", "null", "Null", "~", "", "1e3", "0777",
        "0x1F", "0o17", "0b101", "2026-01-01", "2026-1-2 10:00:00", ".inf", "-.inf", ".NaN", "42", "-7", "3.14",
        "1_000", "1.2.3", "12:30", "190:20:30", "=", "<<", " leading", "trailing ", "a: b", "a #b", "#x", "- x",
        "-", "*x", "&x", "!x", "|x", ">x", "%x", "@x", "`x", "{x}", "[x]", "'x", "\"x", "x:", "?x", ",x",
        "---", "...", "tab\there", "bell\u0007", "\u0085next", "+12", "1:20", "-1:20:30.5", ".1_0", "0B101",
        "0X1F", "0O17", "1e999", "-.5e3", "+.inf", ".NAN", "0_", "2001-12-14 21:59:43.10 -5", "a\u2028b", "\u2029"})
    void stringsThatWouldReadAsSomethingElseAreQuoted(String s) {
        String yaml = writeValue(s);
        String line = yaml.lines().filter(l -> l.startsWith("v:")).findFirst().orElseThrow();
        assertTrue(line.startsWith("v: \"") || line.startsWith("v: '"), "not quoted: " + line);
        assertEquals(s, readBack(yaml), "round trip of " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"security-scan-repo", "https://github.com/example/app.git", "kargo.akuity.io/v1alpha1",
        "${{ commitFrom(vars.repo).ID }}", "v1.2.3", "Update dev to ${{ ctx.targetFreight.name }}", "1.2.3-rc.1",
        "^1.0.0", "stacks/dev.yaml", "a:b", "a#b", "x-y", "ghcr.io/org/img:1.0", "hello world"})
    void safeStringsAreWrittenPlain(String s) {
        String yaml = writeValue(s);
        assertTrue(yaml.contains("\nv: " + s + "\n"), yaml);
        assertEquals(s, readBack(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line1\nline2\n", "a\n\nb", "  indented first\nsecond\n", "trailing\n\n\n",
        "x\ty\nz", "\n\nleading newlines\n", "no newline at end\nend", "#!/bin/sh\necho \"hi\" # comment\n",
        "only\r\nwindows", "\n", "   \n  "})
    void multiLineStringsRoundTrip(String s) {
        String yaml = writeValue(s);
        assertEquals(s, readBack(yaml), yaml);
    }

    @Test
    void literalBlocksAreUsedForScripts() {
        String yaml = writeValue("#!/bin/sh\nset -e\necho done\n");
        assertTrue(yaml.contains("v: |\n  #!/bin/sh\n  set -e\n  echo done\n"), yaml);
    }

    @Test
    void nonStringKeysBecomeStringsAsInKubectl() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  on: a\n  0755: b\n  \"null\": c\n";
        JsonObject data = ((GenericResource) CODEC.parse(doc).get(0).resource()).content().get("data").orElseThrow()
                .asObject();
        assertEquals(java.util.List.of("true", "493", "null"), data.keys());
        String written = CODEC.toYaml(CODEC.parse(doc).get(0).resource());
        assertTrue(written.contains("  \"true\": a\n  \"493\": b\n  \"null\": c\n"), written);
    }

    /** sigs.k8s.io/yaml (v1.6.0) fails on a null key and on a uint64 key: "unsupported map key of type". */
    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "NULL", "!!null ~", "18446744073709551615", "9223372036854775808",
        "0xFFFFFFFFFFFFFFFF", "!!int 18446744073709551615"})
    void keysKubectlRefusesAreRefused(String key) {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  " + key + ": c\n";
        ManifestException e = assertThrows(ManifestException.class, () -> CODEC.parse(doc, "k.yaml"));
        assertTrue(e.getMessage().startsWith("k.yaml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("which kubectl refuses; quote it"), e.getMessage());
    }

    /** An alias used as a key makes the key its value would make written there (checked with sigs.k8s.io/yaml). */
    @Test
    void anAliasAsAKeyIsTheKeyItsValueMakes() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\na: &f 1e6\nb: &g 3.14159265358979\n"
                + "c: &h 1e-400\nd: &i 12\ne: &t yes\ndata:\n  *f : v\n  *g : v\n  *h : v\n  *i : v\n  *t : v\n";
        JsonObject data = ((GenericResource) CODEC.parse(doc).get(0).resource()).content().get("data").orElseThrow()
                .asObject();
        // sigs.k8s.io/yaml v1.6.0: {"0":"v","12":"v","1e+06":"v","3.1415927":"v","true":"v"}
        assertEquals(java.util.List.of("1e+06", "3.1415927", "0", "12", "true"), data.keys());
        for (String refused : new String[]{"~", "18446744073709551615"}) {
            String bad = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\na: &n " + refused
                    + "\ndata:\n  *n : v\n";
            ManifestException e = assertThrows(ManifestException.class, () -> CODEC.parse(bad, "k.yaml"));
            assertTrue(e.getMessage().startsWith("k.yaml:7:3: "), e.getMessage());
            assertTrue(e.getMessage().contains("which kubectl refuses; quote it"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "+18446744073709551615",
        "18446744073709551616", "\"~\""})
    void keysKubectlTakesAreRead(String key) {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  " + key + ": c\n";
        assertEquals(1, ((GenericResource) CODEC.parse(doc).get(0).resource()).content().get("data").orElseThrow()
                .asObject().size());
    }

    /** Property test with a seeded generator; the oracle is identity: every string reads back as itself. */
    @Test
    void randomStringsRoundTrip() {
        Random random = new Random(20261123L);
        String alphabet = "ab yZ019-_.:#&*!|>'\"%@`{}[],?~=<+\\/\t\n\r\u00e9\u4e2d\ud83d\ude00\u0000\u0085\ufeff$";
        for (int i = 0; i < 3000; i++) {
            int len = random.nextInt(12);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) {
                int k = random.nextInt(alphabet.length());
                char c = alphabet.charAt(k);
                if (Character.isHighSurrogate(c)) {
                    sb.append(c).append(alphabet.charAt(k + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    sb.append(c);
                }
            }
            String s = sb.toString();
            String yaml = writeValue(s);
            assertEquals(s, readBack(yaml), () -> "seed iteration with " + JsonValue.of(s) + " written as:\n" + yaml);
            assertEquals(s, readBackKey(s), () -> "key " + JsonValue.of(s));
        }
    }

    private static String writeValue(String s) {
        JsonObject doc = JsonObject.builder().put("apiVersion", "v1").put("kind", "ConfigMap")
                .put("metadata", JsonObject.of("name", "x")).put("v", s).build();
        return CODEC.toYaml(GenericResource.of(doc));
    }

    private static String readBack(String yaml) {
        return ((GenericResource) CODEC.parse(yaml).get(0).resource()).content().getString("v").orElseThrow();
    }

    private static String readBackKey(String key) {
        JsonObject doc = JsonObject.builder().put("apiVersion", "v1").put("kind", "ConfigMap")
                .put("metadata", JsonObject.of("name", "x")).put("data", JsonObject.of(key, "v")).build();
        String yaml = CODEC.toYaml(GenericResource.of(doc));
        JsonObject data = ((GenericResource) CODEC.parse(yaml).get(0).resource()).content().get("data").orElseThrow()
                .asObject();
        assertFalse(data.isEmpty(), yaml);
        return data.keyAt(0);
    }
}
