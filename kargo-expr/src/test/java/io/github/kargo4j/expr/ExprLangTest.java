package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExprLangTest {

    private static final ExprLang LANG = ExprLang.builder()
            .clock(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC)).build();

    private static final Map<String, Object> ENV = env();

    private static Map<String, Object> env() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("i", 3);
        m.put("f", new BigDecimal("2.5"));
        m.put("s", "hello");
        m.put("arr", List.of(1, 2, 3));
        m.put("m", Map.of("a", 1, "b", Map.of("c", "deep")));
        m.put("n", null);
        m.put("users", List.of(Map.of("name", "alice", "age", 30), Map.of("name", "bob", "age", 25)));
        return m;
    }

    private static Object eval(String source) {
        return LANG.eval(source, ENV);
    }

    private static ExprException error(String source) {
        return assertThrows(ExprException.class, () -> eval(source));
    }

    @Test
    void literals() {
        assertEquals(42L, eval("42"));
        assertEquals(255L, eval("0xFF"));
        assertEquals(5L, eval("0b101"));
        assertEquals(8L, eval("0o10"));
        assertEquals(1000000L, eval("1_000_000"));
        assertEquals(1.5, eval("1.5"));
        assertEquals(1e3, eval("1e3"));
        assertEquals("a\tb", eval("\"a\\tb\""));
        assertEquals("raw\\n", eval("`raw\\n`"));
        assertEquals("é", eval("'\\u00e9'"));
        assertEquals(Boolean.TRUE, eval("true"));
        assertNull(eval("nil"));
        assertEquals(List.of(1L, "a", true), eval("[1, 'a', true]"));
        assertEquals(Map.of("a", 1L, "b c", 2L, "3", 3L), eval("{a: 1, 'b c': 2, 3: 3}"));
    }

    @Test
    void arithmeticFollowsGo() {
        assertEquals(3.5, eval("7 / 2"));
        assertEquals(1L, eval("7 % 3"));
        assertEquals(-1L, eval("-7 % 3"));
        assertEquals(8.0, eval("2 ** 3"));
        assertEquals(-4.0, eval("-2 ** 2"));
        assertEquals(Long.MIN_VALUE, eval("9223372036854775807 + 1"));
        assertEquals(5.5, eval("i + f"));
        assertEquals(Boolean.TRUE, eval("1 == 1.0"));
        assertEquals(Boolean.FALSE, eval("1 == s"));
        assertEquals("invalid operation: == (mismatched types int and string)", error("1 == '1'").reason());
        assertEquals(Boolean.TRUE, eval("1 < 2 < 3"));
        assertEquals("integer divide by zero", error("1 % 0").reason());
        assertEquals("runtime error: integer divide by zero", error("1 % (i - 3)").reason());
        assertEquals("invalid operation: % (mismatched types float64 and int)", error("1.5 % 2").reason());
        assertEquals(Double.POSITIVE_INFINITY, eval("1 / 0"));
    }

    @Test
    void stringsUseGoRules() {
        assertEquals(5L, eval("len('héllo')"));
        assertEquals((short) 104, eval("s[0]"));
        assertEquals("uint8", ExprLang.goType(eval("s[0]")));
        assertEquals(105L, eval("s[0] + 1"));
        assertEquals("ell", eval("s[1:4]"));
        assertEquals("lo", eval("s[-2:]"));
        assertEquals(Boolean.TRUE, eval("s contains 'ell' && s startsWith 'he' && s endsWith 'lo'"));
        assertEquals(Boolean.TRUE, eval("s matches '^h.*o$'"));
        assertEquals(Boolean.TRUE, eval("'b' > 'a'"));
        assertEquals(Boolean.TRUE, eval("'x' not in ['a', 'b']"));
        assertEquals("HELLO", eval("s | upper()"));
        assertEquals(List.of("a", "b", ""), eval("split('a,b,', ',')"));
        assertEquals("a-b", eval("join(['a', 'b'], '-')"));
        assertEquals("xyz", eval("trim('  xyz \\n')"));
        assertEquals("hexxo", eval("replace(s, 'l', 'x')"));
        assertEquals("abab", eval("repeat('ab', 2)"));
        assertEquals(2L, eval("indexOf(s, 'l')"));
    }

    @Test
    void memberAccessAndNil() {
        assertEquals("deep", eval("m.b.c"));
        assertEquals("deep", eval("m['b']['c']"));
        assertNull(eval("m.missing"));
        assertNull(eval("n?.x.y"));
        assertEquals("fallback", eval("n ?? 'fallback'"));
        assertEquals("fallback", eval("m.missing?.x ?? 'fallback'"));
        assertEquals(3L, eval("arr[-1]"));
        assertEquals(List.of(2L, 3L), eval("arr[1:]"));
        ExprException e = error("n.x");
        assertEquals(ExprException.Phase.RUN, e.phase());
        assertEquals("cannot fetch x from <nil>", e.reason());
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertEquals("\n | n.x\n | ..^", e.snippet());
        assertEquals("index out of range: 5 (array length is 3)", error("arr[5]").reason());
    }

    @Test
    void closuresAndPredicates() {
        assertEquals(List.of(2L, 4L, 6L), eval("map(arr, # * 2)"));
        assertEquals(List.of(2L, 3L), eval("filter(arr, # > 1)"));
        assertEquals(Boolean.TRUE, eval("all(arr, # > 0) && any(arr, # == 2) && none(arr, # > 5) && one(arr, # == 1)"));
        assertEquals(2L, eval("count(arr, # >= 2)"));
        assertEquals(6L, eval("sum(arr)"));
        assertEquals(6L, eval("reduce(arr, #acc + #)"));
        assertEquals(16L, eval("reduce(arr, #acc + #, 10)"));
        assertEquals(List.of(0L, 1L, 2L), eval("map(arr, #index)"));
        assertEquals("bob", eval("find(users, .age < 30).name"));
        assertEquals(1L, eval("findIndex(users, .name == 'bob')"));
        assertNull(eval("findIndex(users, .name == 'carol')"));
        assertEquals(List.of("bob", "alice"), eval("sortBy(users, .age) | map(.name)"));
        assertEquals(List.of(3L, 2L, 1L), eval("sort(arr, 'desc')"));
        assertEquals(List.of(1L, 2L, 3L), eval("1..3"));
        assertEquals("[]int", ExprLang.goType(eval("1..3")));
    }

    @Test
    void letIfAndTernary() {
        assertEquals(7L, eval("let x = 3; let y = 4; x + y"));
        assertEquals("big", eval("if i > 2 { 'big' } else { 'small' }"));
        assertEquals("small", eval("if i > 5 { 'big' } else if i > 4 { 'mid' } else { 'small' }"));
        assertEquals("yes", eval("i == 3 ? 'yes' : 'no'"));
        assertEquals(Boolean.TRUE, eval("n == nil ?: false"));
        assertEquals("cannot redeclare builtin len", error("let len = 1; len").reason());
    }

    @Test
    void jsonIsByteIdenticalToGo() {
        assertEquals("{\n  \"a\": [\n    1,\n    2.5,\n    \"\\u003cb\\u003e \\u0026\"\n  ],\n  \"b\": null\n}",
                eval("toJSON({b: nil, a: [1, 2.5, '<b> &']})"));
        assertEquals("1e+21", eval("toJSON(1e21)"));
        assertEquals("0.000001", eval("toJSON(0.000001)"));
        assertEquals("1e-7", eval("toJSON(0.0000001)"));
        assertEquals(Map.of("a", 1.0, "b", List.of(true)), eval("fromJSON('{\"a\": 1, \"b\": [true]}')"));
        assertEquals("invalid character 'x' looking for beginning of value", error("fromJSON('x')").reason());
        assertEquals("aGk=", eval("toBase64('hi')"));
    }

    @Test
    void datesUseTheInjectedClock() {
        assertEquals(ZonedDateTime.parse("2024-05-06T07:08:09Z"), eval("now()"));
        assertEquals(ZonedDateTime.of(2023, 8, 14, 0, 0, 0, 0, ZoneOffset.UTC), eval("date('2023-08-14')"));
        assertEquals("14.08.2023", eval("date('2023-08-14').Format('02.01.2006')"));
        assertEquals(Duration.ofMinutes(90), eval("duration('1h30m')"));
        assertEquals("1h30m0s", eval("string(duration('90m'))"));
        assertEquals(Boolean.TRUE, eval("now() - date('2024-05-06') < duration('24h')"));
        assertEquals(ZonedDateTime.of(2023, 8, 14, 10, 0, 0, 0, ZoneId.of("Europe/Zurich")),
                eval("date('2023-08-14 10:00', '2006-01-02 15:04', 'Europe/Zurich')"));
        assertEquals(java.time.Month.AUGUST, eval("date('2023-08-14').Month()"));
        assertEquals("August", eval("string(date('2023-08-14').Month())"));
        assertEquals(8L, eval("int(date('2023-08-14').Month())"));
        assertEquals("invalid operation: == (mismatched types time.Month and int)",
                error("date('2023-08-14').Month() == 8").reason());
        assertEquals("time: unknown unit \"x\" in duration \"1x\"", error("duration('1x')").reason());
        ExprLang zurich = LANG.toBuilder().zone(ZoneId.of("Europe/Zurich")).build();
        assertEquals(ZonedDateTime.parse("2024-05-06T09:08:09+02:00[Europe/Zurich]"), zurich.eval("now()", Map.of()));
    }

    @Test
    void customFunctionsAndEnvironmentValues() {
        ExprLang lang = LANG.toBuilder().function("quote", args -> "\"" + args.get(0) + "\"").build();
        assertEquals("\"x\"", lang.eval("quote('x')", Map.of()));
        assertEquals(6L, lang.eval("twice(3)", Map.of("twice", (ExprFunction) a -> (Long) a.get(0) * 2)));
        assertEquals("bad input", assertThrows(ExprException.class, () -> lang.eval("fail()",
                Map.of("fail", (ExprFunction) a -> {
                    throw new IllegalArgumentException("bad input");
                }))).reason());
        assertEquals("call of broken failed", assertThrows(ExprException.class, () -> LANG.toBuilder()
                .function("broken", a -> {
                    throw new IllegalStateException("token=s3cr3t");
                }).build().eval("broken()", Map.of())).reason());
        assertEquals(Long.class, eval("i").getClass());
        assertEquals(Double.class, eval("f").getClass());
        assertEquals("invalid operation: cannot call nil", error("nothing()").reason());
    }

    @Test
    void functionsWithGoSignaturesAreCheckedAtCompileTime() {
        ExprLang lang = LANG.toBuilder()
                .function("quote", args -> "\"" + args.get(0) + "\"", "func(any) string")
                .function("commitFrom", args -> Map.of("id", "abc"), "func(repoURL string, origin kargoapi.FreightOrigin) "
                        + "kargoapi.GitCommit", "func(repoURL string) kargoapi.GitCommit")
                .build();
        assertEquals("\"1\"", lang.eval("quote(1)", Map.of()));
        assertEquals("abc", lang.eval("commitFrom('https://git').id", Map.of()));
        assertEquals("abc", lang.eval("commitFrom('https://git', origin).id", Map.of("origin", Map.of())));
        assertEquals("not enough arguments to call quote",
                assertThrows(ExprException.class, () -> lang.compile("quote()")).reason());
        assertEquals("too many arguments to call quote",
                assertThrows(ExprException.class, () -> lang.compile("quote(1, 2)")).reason());
        ExprException e = assertThrows(ExprException.class, () -> lang.compile("commitFrom(1)"));
        assertEquals("cannot use int as argument (type string) to call commitFrom ", e.reason());
        assertEquals(12, e.column());
        assertThrows(IllegalArgumentException.class, () -> ExprLang.builder().function("f", a -> 1, "string"));
    }

    @Test
    void compileErrorsAreExprLangs() {
        ExprException e = error("1 +");
        assertEquals(ExprException.Phase.COMPILE, e.phase());
        assertEquals("unexpected token EOF", e.reason());
        assertEquals("unexpected token EOF (1:3)\n | 1 +\n | ..^", e.getMessage());
        assertEquals("invalid operation: + (mismatched types string and int)", error("'a' + 1").reason());
        assertEquals("not enough arguments to call upper", error("upper()").reason());
        assertEquals("cannot use int as argument (type string) to call upper ", error("upper(1)").reason());
        assertEquals("unknown pointer #acc", error("map(arr, #acc)").reason());
        assertEquals("literal not terminated", error("'abc").reason());
        ExprException multi = error("1 +\n  )");
        assertEquals(2, multi.line());
        assertEquals(3, multi.column());
        assertEquals("unexpected token Bracket(\")\") (2:3)\n |   )\n | ..^", multi.getMessage());
    }

    @Test
    void programsAreReusable() {
        Program p = LANG.compile("x * 2");
        assertEquals(4L, p.run(Map.of("x", 2)));
        assertEquals(5.0, p.run(Map.of("x", 2.5)));
        assertNull(LANG.eval("x", null));
        assertEquals("x * 2", p.source());
    }
}
