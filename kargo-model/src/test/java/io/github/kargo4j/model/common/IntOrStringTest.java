package io.github.kargo4j.model.common;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntOrStringTest {

    @Test
    void numbersAndStrings() {
        IntOrString five = IntOrString.of(5);
        assertTrue(five.isInt());
        assertEquals(5, five.intValue());
        assertEquals("5", five.stringValue());
        assertEquals("5", five.toString());
        assertEquals(JsonNumber.of(5), five.toJson());

        IntOrString text = IntOrString.of("5");
        assertFalse(text.isInt());
        assertEquals(5, text.intValue());
        assertEquals("5", text.stringValue());
        assertEquals("\"5\"", text.toString());
        assertEquals(JsonString.of("5"), text.toJson());

        assertNotEquals(five, text);
        assertEquals(five, IntOrString.of(5));
        assertEquals(five.hashCode(), IntOrString.of(5).hashCode());
        assertEquals(text, IntOrString.of("5"));
        assertEquals(text.hashCode(), IntOrString.of("5").hashCode());

        IntOrString placeholder = IntOrString.of("{{args.count}}");
        IllegalStateException e = assertThrows(IllegalStateException.class, placeholder::intValue);
        assertTrue(e.getMessage().contains("{{args.count}}"));
        assertEquals(-1, IntOrString.of("-1").intValue());
    }

    @Test
    void fromJsonAcceptsWholeNumbersAndStrings() {
        assertEquals(IntOrString.of(-1), IntOrString.fromJson(JsonNumber.of(-1)));
        assertEquals(IntOrString.of(3), IntOrString.fromJson(JsonNumber.of(new BigDecimal("3.0"))));
        assertEquals(IntOrString.of("25%"), IntOrString.fromJson(JsonString.of("25%")));
        for (JsonValue v : new JsonValue[] {JsonNumber.of(5), JsonString.of("{{args.n}}")}) {
            assertEquals(v, IntOrString.fromJson(v).toJson());
        }
    }

    @Test
    void fromJsonRejectsEverythingElseWithoutQuotingTheValue() {
        assertEquals("expected a whole number or a string, found a boolean", rejected(JsonBoolean.of(true)));
        assertEquals("expected a whole number or a string, found null", rejected(JsonNull.INSTANCE));
        assertEquals("expected a whole number or a string, found a list", rejected(JsonArray.EMPTY));
        assertEquals("expected a whole number or a string, found an object", rejected(JsonObject.EMPTY));
        String fraction = rejected(JsonNumber.of(1.5));
        assertTrue(fraction.startsWith("expected a whole number or a string, found a number"), fraction);
        assertFalse(fraction.contains("1.5"), fraction);
        String tooBig = rejected(JsonNumber.of(1L << 40));
        assertTrue(tooBig.startsWith("expected a whole number or a string, found a number"), tooBig);
        assertFalse(tooBig.contains(Long.toString(1L << 40)), tooBig);
    }

    private static String rejected(JsonValue v) {
        return assertThrows(IllegalArgumentException.class, () -> IntOrString.fromJson(v)).getMessage();
    }
}
