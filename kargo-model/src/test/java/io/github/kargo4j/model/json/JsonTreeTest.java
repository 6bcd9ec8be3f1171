package io.github.kargo4j.model.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTreeTest {

    @Test
    void objectsKeepInsertionOrderButCompareWithoutIt() {
        JsonObject a = JsonObject.builder().put("uses", "git-clone").put("as", "clone").put("config", Map.of()).build();
        JsonObject b = JsonObject.builder().put("config", Map.of()).put("as", "clone").put("uses", "git-clone").build();
        assertEquals(List.of("uses", "as", "config"), a.keys());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.with("as", JsonString.of("other")));
        assertEquals("{\"uses\":\"git-clone\",\"as\":\"clone\",\"config\":{}}", a.toString());
    }

    @Test
    void largeObjectsUseAnIndex() {
        JsonObject.Builder b = JsonObject.builder();
        for (int i = 0; i < 100; i++) {
            b.put("k" + i, i);
        }
        JsonObject o = b.build();
        assertEquals(JsonNumber.of(57), o.get("k57").orElseThrow());
        assertFalse(o.containsKey("k100"));
        JsonObject without = o.without("k3");
        assertEquals(99, without.size());
        assertEquals(JsonNumber.of(99), without.get("k99").orElseThrow());
        assertTrue(without.get("k3").isEmpty());
    }

    @Test
    void builderPutKeepsFirstPlaceAndLastValue() {
        JsonObject o = JsonObject.builder().put("a", 1).put("b", 2).put("a", 3).build();
        assertEquals(List.of("a", "b"), o.keys());
        assertEquals(JsonNumber.of(3), o.get("a").orElseThrow());
    }

    @Test
    void aKeyCheckedAbsentIsPutOnceAndThenReplaced() {
        JsonObject.Builder b = JsonObject.builder().put("x", 0);
        assertFalse(b.containsKey("a"));
        b.put("a", 1);
        b.put("a", 2);
        assertFalse(b.containsKey("c"));
        b.remove("x");
        b.put("c", 3);
        b.put("c", 4);
        JsonObject o = b.build();
        assertEquals(List.of("a", "c"), o.keys());
        assertEquals(JsonNumber.of(2), o.get("a").orElseThrow());
        assertEquals(JsonNumber.of(4), o.get("c").orElseThrow());
    }

    @Test
    void clearedBuildersStartAfreshAndLeaveWhatTheyBuiltAlone() {
        JsonObject.Builder b = JsonObject.builder().position(new SourcePosition(3, 1));
        for (int i = 0; i < 20; i++) {
            b.put("k" + i, JsonNumber.of(i), new SourcePosition(4 + i, 3));
        }
        JsonObject first = b.build();
        JsonObject second = b.clear().put("k1", "one").put("k5", "five").put("k1", "uno").build();
        assertEquals(20, first.size());
        assertEquals(JsonNumber.of(19), first.get("k19").orElseThrow());
        assertEquals(new SourcePosition(4, 3), first.keyPosition("k0").orElseThrow());
        assertEquals(List.of("k1", "k5"), second.keys());
        assertEquals(JsonString.of("uno"), second.get("k1").orElseThrow());
        assertTrue(second.position().isEmpty());
        assertTrue(second.keyPosition("k5").isEmpty());
        assertEquals(JsonObject.EMPTY, b.clear().build());

        JsonArray.Builder a = JsonArray.builder().position(new SourcePosition(1, 1)).add(1).add(2);
        JsonArray items = a.build();
        JsonArray other = a.clear().add("x").build();
        assertEquals(JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)), items);
        assertEquals(JsonArray.of(JsonString.of("x")), other);
        assertTrue(other.position().isEmpty());
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(JsonNumber.of(1000), JsonNumber.of(1000.0));
        assertEquals(JsonNumber.of(1000).hashCode(), JsonNumber.of(new BigDecimal("1.000E3")).hashCode());
        assertNotEquals(JsonNumber.of(1), JsonNumber.of(1.5));
        assertEquals("1000.0", JsonNumber.of(1000.0).toString());
        assertTrue(JsonNumber.of(1e3).isInt());
        assertFalse(JsonNumber.of(1.5).isLong());
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.NaN));
    }

    @Test
    void conversionFromJava() {
        JsonValue v = JsonValue.of(Map.of("list", List.of(1, "two", true)));
        assertEquals(Map.of("list", List.of(1L, "two", true)), v.toJava());
        assertThrows(IllegalArgumentException.class, () -> JsonValue.of(new Object()));
        assertEquals(JsonNull.INSTANCE, JsonValue.of(null));
    }

    @Test
    void stringToStringIsAJsonLiteral() {
        assertEquals("\"a\\\"b\\n\\u0001\"", JsonString.of("a\"b\n\u0001").toString());
    }

    @Test
    void pathsParseAndPrint() {
        JsonPath p = JsonPath.ROOT.key("spec").key("requestedFreight").index(0).key("sources");
        assertEquals("spec.requestedFreight[0].sources", p.toString());
        assertEquals(p, JsonPath.parse("spec.requestedFreight[0].sources"));
        JsonPath label = JsonPath.parse("metadata.labels[\"kargo.akuity.io/project\"]");
        assertEquals(List.of("metadata", "labels", "kargo.akuity.io/project"), label.segments());
        assertEquals("metadata.labels[\"kargo.akuity.io/project\"]", label.toString());
        assertEquals("$", JsonPath.ROOT.toString());
        assertEquals(JsonPath.ROOT, JsonPath.parse("$"));
        assertEquals(3, p.parent().orElseThrow().depth());
        assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("a[1"));
    }

    @Test
    void aKeyIsWrittenAfterADotExactlyWhenItIsAnIdentifierWithDashes() {
        java.util.regex.Pattern simple = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
        String alphabet = "aZ_$09-.\"/ é[]";
        java.util.Random random = new java.util.Random(7L);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder k = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                k.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String key = k.toString();
            String written = JsonPath.ROOT.key("a").key(key).toString();
            assertEquals(simple.matcher(key).matches(), written.equals("a." + key), key + " -> " + written);
            assertEquals(JsonPath.ROOT.key("a").key(key), JsonPath.parse(written), written);
        }
    }

    @Test
    void exactWholeNumbersAgreeWithTheDecimalForEveryKindOfNumber() {
        List<Number> numbers = List.of(0L, 7L, -7L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
                Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE, 3, 3.0, 3.5, -0.0, 1e20,
                new java.math.BigInteger("123456789012345678901234567890"), new java.math.BigDecimal("42.000"),
                new java.math.BigDecimal("1E+3"), new java.math.BigDecimal("0.1"));
        for (Number v : numbers) {
            JsonNumber n = JsonNumber.of(v);
            java.math.BigDecimal d = n.toBigDecimal();
            assertEquals(exact(() -> d.longValueExact()), exact(n::longValueExact), "long of " + v);
            assertEquals(exact(() -> d.intValueExact()), exact(n::intValueExact), "int of " + v);
            assertEquals(exact(() -> d.longValueExact()) != null, n.isLong(), "isLong of " + v);
            assertEquals(exact(() -> d.intValueExact()) != null, n.isInt(), "isInt of " + v);
        }
    }

    /** @return the number, or null where it throws ArithmeticException */
    private static Object exact(java.util.function.Supplier<Number> f) {
        try {
            return f.get().longValue();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Test
    void pathsResolveAndLocate() {
        SourcePosition objPos = new SourcePosition(1, 1);
        JsonObject inner = JsonObject.builder().position(new SourcePosition(3, 5))
                .put("direct", JsonBoolean.of(true, new SourcePosition(3, 13)), new SourcePosition(3, 5)).build();
        JsonArray arr = JsonArray.builder().position(new SourcePosition(2, 3)).add(inner).build();
        JsonObject root = JsonObject.builder().position(objPos).put("items", arr, new SourcePosition(2, 1)).build();
        assertEquals(JsonBoolean.TRUE, JsonPath.parse("items[0].direct").resolve(root).orElseThrow());
        assertEquals(new SourcePosition(3, 5), JsonPath.parse("items[0].direct").locate(root).orElseThrow());
        assertEquals(new SourcePosition(3, 5), JsonPath.parse("items[0].missing").locate(root).orElseThrow());
        assertEquals(new SourcePosition(2, 1), JsonPath.parse("items").locate(root).orElseThrow());
        assertTrue(JsonPath.parse("items[7]").resolve(root).isEmpty());
    }

    @Test
    void deepTreesPrintWithoutRecursion() {
        JsonValue v = JsonString.of("leaf");
        for (int i = 0; i < 50_000; i++) {
            v = JsonArray.of(v);
        }
        String s = v.toString();
        assertEquals(50_000 * 2 + 6, s.length());
    }
}
