package io.github.kargo4j.expr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the vectors cannot show: values that only Java callers can build, the limits, and that nothing but the
 * documented errors ever comes out. Agreement with yaml.v3 itself is GoYamlVectorsTest's job.
 */
class GoYamlTest {

    private static Object nestedLists(int depth) {
        Object v = 1L;
        for (int i = 0; i < depth; i++) {
            List<Object> l = new ArrayList<>();
            l.add(v);
            v = l;
        }
        return v;
    }

    private static Object nestedMaps(int depth) {
        Object v = "v";
        for (int i = 0; i < depth; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", v);
            v = m;
        }
        return v;
    }

    @Test
    void nestingUpToTheLimitIsWrittenWithoutRecursion() {
        String yaml = GoYaml.marshal(nestedLists(GoYaml.MAX_DEPTH));
        assertEquals("- ".repeat(GoYaml.MAX_DEPTH) + "1\n", yaml);
        String maps = GoYaml.marshal(nestedMaps(3));
        assertEquals("k:\n    k:\n        k: v\n", maps);
    }

    @Test
    void nestingBeyondTheLimitIsRefusedClearly() {
        for (Object deep : List.of(nestedLists(100_000), nestedLists(GoYaml.MAX_DEPTH + 1))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoYaml.marshal(deep));
            assertEquals("yaml: value is nested more than 10000 lists and maps deep", e.getMessage());
        }
        // 100,000 nested maps reach the output limit (their indentation) before the depth limit
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoYaml.marshal(nestedMaps(100_000)));
        assertEquals("yaml: output is larger than 16777216 bytes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoYaml.marshal(nestedMaps(11), 10, Integer.MAX_VALUE));
        assertEquals("yaml: value is nested more than 10 lists and maps deep", e.getMessage());
        assertEquals(10, GoYaml.marshal(nestedMaps(10), 10, Integer.MAX_VALUE).split("\n").length);
    }

    @Test
    void aValueContainingItselfIsRefusedNotLoopedOver() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoYaml.marshal(self));
        assertTrue(e.getMessage().startsWith("yaml: value is nested more than"), e.getMessage());
    }

    @Test
    void outputGrowingWithTheSquareOfTheDepthIsBounded() {
        // 5,000 nested maps indent their last line by 20,000 spaces: about 50 MB of YAML in all
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoYaml.marshal(nestedMaps(5_000)));
        assertEquals("yaml: output is larger than " + GoYaml.MAX_OUTPUT_BYTES + " bytes", e.getMessage());
        assertEquals("a: b\n", GoYaml.marshal(Map.of("a", "b"), 10, 5));
        assertThrows(IllegalArgumentException.class, () -> GoYaml.marshal(Map.of("a", "b"), 10, 4));
    }

    @Test
    void functionsAndForeignObjectsFailWithGoPanicText() {
        Callable method = new Callable("Year", args -> 1L, "func() int");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoYaml.marshal(Map.of("f", List.of(method))));
        assertEquals("cannot marshal type: func() int", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GoYaml.marshal(new StringBuilder("secret")));
        assertEquals("cannot marshal type: StringBuilder", e.getMessage());
        assertTrue(!e.getMessage().contains("secret"));
    }

    @Test
    void valuesOnlyJavaCallersBuild() {
        // a lone surrogate, which no Go string holds, is written as U+FFFD
        assertEquals("\uFFFDa\n", GoYaml.marshal("\uD800a"));
        assertEquals("- 0\n- 255\n", GoYaml.marshal(new byte[] {0, (byte) 0xFF}));
        assertEquals("7\n", GoYaml.marshal(7));
        assertEquals("1m30s\n", GoYaml.marshal(Duration.ofSeconds(90)));
        assertEquals("2023-08-14T10:20:30.5+02:00\n", GoYaml.marshal(
                ZonedDateTime.of(2023, 8, 14, 10, 20, 30, 500_000_000, ZoneId.of("+02:00"))));
        assertEquals("{}\n", GoYaml.marshal(new GoTime.Location("UTC", ZoneId.of("UTC"))));
        assertEquals("[]\n", GoYaml.marshal(new GoList("[]interface {}", List.of(), true)));
        GoMap keys = new GoMap(GoMap.PAIRS);
        keys.put("b", 1L);
        keys.put(2.5, 2L);
        keys.put(null, 3L);
        keys.put(true, 4L);
        keys.put(1L, 5L);
        keys.put(1.0, 6L);
        // numbers and bools by value (a bool before an int before a float of the same value), then by Go kind
        // number: interface (nil) before string
        assertEquals("true: 4\n1: 5\n1: 6\n2.5: 2\nnull: 3\nb: 1\n", GoYaml.marshal(keys));
    }

    @Test
    void longTextsThatLookLikeNumbersAreResolvedAsGoResolvesThem() {
        // a million digits overflow int64, uint64 and float64 (ParseFloat's range error): a string, written plain
        String digits = "1".repeat(1_000_000);
        assertEquals(digits + "\n", GoYaml.marshal(digits));
        // but a long YAML 1.1 base 60 number is quoted
        String base60 = "1" + ":30".repeat(200_000);
        assertEquals("\"" + base60 + "\"\n", GoYaml.marshal(base60));
        String underscores = "0x" + "_1".repeat(100_000);
        assertEquals(underscores + "\n", GoYaml.marshal(underscores));
        assertEquals("\"1_0\"\n", GoYaml.marshal("1_0"));
    }

    /** Values of every shape of the value model, some with functions and foreign objects, seeded. */
    private static Object randomValue(Random r, int depth) {
        int k = r.nextInt(depth > 4 ? 9 : 13);
        return switch (k) {
            case 0 -> null;
            case 1 -> r.nextBoolean();
            case 2 -> r.nextLong() >> r.nextInt(64);
            case 3 -> switch (r.nextInt(5)) {
                case 0 -> Double.NaN;
                case 1 -> Double.NEGATIVE_INFINITY;
                case 2 -> -0.0;
                default -> Double.longBitsToDouble(r.nextLong());
            };
            case 4, 5 -> {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    b.appendCodePoint(switch (r.nextInt(4)) {
                        case 0 -> r.nextInt(0x80);
                        case 1 -> " :#-\n\t'\"".charAt(r.nextInt(8));
                        case 2 -> r.nextInt(0x3000);
                        default -> r.nextInt(Character.MAX_CODE_POINT + 1);
                    });
                }
                yield b.toString();
            }
            case 6 -> Duration.ofNanos(r.nextLong());
            case 7 -> r.nextInt(40) == 0 ? new Callable("f", args -> null) : (short) r.nextInt(256);
            case 8 -> ZonedDateTime.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                    r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000_000), ZoneId.of("UTC"));
            case 9, 10 -> {
                List<Object> l = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    l.add(randomValue(r, depth + 1));
                }
                yield l;
            }
            default -> {
                Map<Object, Object> m = r.nextBoolean() ? new LinkedHashMap<>() : new GoMap(GoMap.PAIRS);
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    Object key = m instanceof GoMap ? randomValue(r, 5) : String.valueOf(randomValue(r, 5));
                    m.put(key, randomValue(r, depth + 1));
                }
                yield m;
            }
        };
    }

    @Test
    void seededRandomValuesGiveYamlTextOrTheDocumentedError() {
        Random r = new Random(20261203L);
        int texts = 0;
        int errors = 0;
        for (int i = 0; i < 5_000; i++) {
            Object v = randomValue(r, 0);
            try {
                String yaml = GoYaml.marshal(v);
                assertTrue(yaml.endsWith("\n"), yaml);
                assertEquals(yaml, new String(yaml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                texts++;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("cannot marshal type: func("), e.getMessage());
                errors++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("marshal threw " + e + " for " + v);
            }
        }
        assertTrue(texts > 3_500 && errors > 0, texts + " texts, " + errors + " errors");
    }
}
