package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** `matches` follows Go's RE2 where java.util.regex differs. */
class GoRegexTest {

    private static Object eval(String source, Object s) {
        return ExprLang.standard().eval(source, Map.of("s", s));
    }

    private static String error(String pattern) {
        return assertThrows(ExprException.class,
                () -> ExprLang.standard().eval("s matches p", Map.of("s", "x", "p", pattern))).reason();
    }

    @Test
    void semanticsAreRe2s() {
        assertEquals(Boolean.TRUE, eval("s matches '.'", "\r"));
        assertEquals(Boolean.FALSE, eval("s matches 'a$'", "a\n"));
        assertEquals(Boolean.TRUE, eval("s matches '(?m)a$'", "a\nb"));
        assertEquals(Boolean.FALSE, eval("s matches '\\\\s'", "\u000b"));
        assertEquals(Boolean.FALSE, eval("s matches '\\\\bé'", "é"));
        assertEquals(Boolean.TRUE, eval("s matches '(?i)k'", "\u212a"));
        assertEquals(Boolean.TRUE, eval("s matches 'a{,2}'", "a{,2}"));
        assertEquals(Boolean.TRUE, eval("s matches '\\\\170'", "x"));
        assertEquals(Boolean.TRUE, eval("s matches '\\\\p{Greek}'", "α"));
        assertEquals(Boolean.TRUE, eval("s matches '[[:alpha:]&]'", "&"));
        assertEquals(Boolean.TRUE, eval("s matches '(?P<x_y>a)b'", "ab"));
    }

    @Test
    void errorsAreRe2s() {
        assertEquals("error parsing regexp: invalid escape sequence: `\\1`", error("(a)\\1"));
        assertEquals("error parsing regexp: invalid or unsupported Perl syntax: `(?=`", error("a(?=b)"));
        assertEquals("error parsing regexp: invalid nested repetition operator: `*+`", error("a*+"));
        assertEquals("error parsing regexp: invalid repeat count: `{1001}`", error("a{1001}"));
        assertEquals("error parsing regexp: missing closing ]: `[a`", error("[a"));
        assertEquals("error parsing regexp: missing closing ): `(a`", error("(a"));
        assertEquals("error parsing regexp: missing argument to repetition operator: `*`", error("*a"));
        assertEquals("error parsing regexp: invalid escape sequence: `\\h`", error("\\h"));
    }
}
