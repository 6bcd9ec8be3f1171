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
            assertTrue(!e.reason().contains("Exception") && !e.reason().contains("java."),
                    () -> "a Java exception leaked for " + source + ": " + e.reason());
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
    void randomWellFormedExpressionsThrowOnlyExprExceptions() {
        Random random = new Random(99L);
        for (int i = 0; i < 20_000; i++) {
            run(expression(random, 0));
        }
    }

    private static final String[] ATOMS = {"1", "-2", "2.5", "0", "'a'", "'é,x'", "true", "nil", "x", "arr", "m", "m.a",
        "arr[0]", "[]", "{}", "1..3", "date('2024-01-02')", "duration('1h')", "now()", "fromJSON('[1]')", "'2006'"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "**", "==", "!=", "<", ">=", "and", "or", "in",
        "contains", "matches", "..", "??", "startsWith"};
    private static final String[] CALLS = {"len", "abs", "int", "float", "string", "upper", "trim", "split", "join",
        "toJSON", "keys", "values", "first", "last", "reverse", "sort", "uniq", "flatten", "max", "min", "mean",
        "median", "type", "toPairs", "fromPairs", "toBase64", "fromBase64", "ceil", "round", "bitnot", "date",
        "duration", "concat", "repeat", "take", "get", "indexOf", "replace"};
    private static final String[] PREDICATES = {"map", "filter", "all", "any", "count", "sum", "find", "findIndex",
        "findLast", "groupBy", "sortBy", "reduce", "one", "none"};

    private static String expression(Random r, int depth) {
        if (depth > 4) {
            return ATOMS[r.nextInt(ATOMS.length)];
        }
        return switch (r.nextInt(8)) {
            case 0, 1 -> ATOMS[r.nextInt(ATOMS.length)];
            case 2 -> "(" + expression(r, depth + 1) + " " + BINARY[r.nextInt(BINARY.length)] + " "
                    + expression(r, depth + 1) + ")";
            case 3 -> CALLS[r.nextInt(CALLS.length)] + "(" + expression(r, depth + 1)
                    + (r.nextBoolean() ? ", " + expression(r, depth + 1) : "") + ")";
            case 4 -> PREDICATES[r.nextInt(PREDICATES.length)] + "(" + expression(r, depth + 1) + ", "
                    + (r.nextBoolean() ? "#" : r.nextBoolean() ? "# > 1" : expression(r, depth + 1)) + ")";
            case 5 -> expression(r, depth + 1) + (r.nextBoolean() ? "?.a" : "[" + expression(r, depth + 1) + "]");
            case 6 -> expression(r, depth + 1) + " ? " + expression(r, depth + 1) + " : " + expression(r, depth + 1);
            default -> "-" + expression(r, depth + 1);
        };
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
