package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: nothing but ExprException may come out, whatever the input. */
class FuzzTest {

    private static final String[] PIECES = {"(", ")", "[", "]", "{", "}", "1", "2.5", "1e308", "9223372036854775807",
        "'s'", "\"\\u00e9\"", "`r`", "x", "arr", "m", "nil", "true", "#", "#index", "#acc", ".", "?.", "??", "?", ":",
        ",", ";", "+", "-", "*", "/", "%", "**", "==", "!=", "<", ">=", "..", "|", "in", "not", "!", "and", "or",
        "matches", "contains", "let", "=", "if", "else", "map", "filter", "reduce", "sortBy", "groupBy", "len",
        "toJSON", "fromJSON", "date", "duration", "now", "repeat", "split", "upper", "sum", "max", "abs", "int",
        "float", "string", "get", "keys", "concat", "flatten", "'('", "1..1000", " ", "\n", "0x", "0b2", "b'x'"};

    private static final Map<String, Object> ENV = Map.of("x", 3, "arr", List.of(1, 2, 3), "m",
            Map.of("a", List.of(1, Map.of("b", "c"))));

    private static void run(String source) {
        try {
            ExprLang.standard().eval(source, ENV);
        } catch (ExprException e) {
            assertTrue(!e.reason().isEmpty(), "an error has a reason");
        }
    }

    @Test
    void randomTokenSoupsThrowOnlyExprExceptions() {
        Random random = new Random(20261203L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
            }
            run(b.toString());
        }
    }

    @Test
    void randomBytesThrowOnlyExprExceptions() {
        Random random = new Random(42L);
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            run(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void deepRandomNestingsThrowOnlyExprExceptions() {
        Random random = new Random(7L);
        String[] openers = {"(", "[", "-", "!", "abs(", "{a: ", "m?.", "len(", "x ?? "};
        for (int i = 0; i < 30; i++) {
            StringBuilder b = new StringBuilder();
            int depth = random.nextInt(20_000);
            for (int k = 0; k < depth; k++) {
                b.append(openers[random.nextInt(openers.length)]);
            }
            b.append('1');
            run(b.toString());
        }
    }
}
