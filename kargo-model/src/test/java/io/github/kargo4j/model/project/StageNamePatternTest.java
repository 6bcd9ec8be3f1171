package io.github.kargo4j.model.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageNamePatternTest {

    @Test
    void plainNameIsAnExactMatch() {
        StageNamePattern p = StageNamePattern.parse("dev");
        assertEquals(StageNamePattern.Kind.EXACT, p.kind());
        assertEquals("dev", p.pattern());
        assertFalse(p.isPattern());
        assertTrue(p.matches("dev"));
        assertFalse(p.matches("dev2"));
        assertFalse(p.matches("my-dev"));
    }

    @Test
    void regexIsUnanchored() {
        StageNamePattern p = StageNamePattern.parse("regex:test");
        assertEquals(StageNamePattern.Kind.REGEX, p.kind());
        assertEquals("test", p.pattern());
        assertEquals("regex:test", p.source());
        assertTrue(p.isPattern());
        assertTrue(p.matches("my-test-2"));
        assertTrue(p.matches("test"));
        assertFalse(p.matches("tst"));
    }

    @Test
    void regexpPrefixIsASynonymAndAnchorsWork() {
        StageNamePattern p = StageNamePattern.parse("regexp:^prod-(eu|us)$");
        assertEquals(StageNamePattern.Kind.REGEX, p.kind());
        assertEquals("^prod-(eu|us)$", p.pattern());
        assertTrue(p.matches("prod-eu"));
        assertFalse(p.matches("prod-eu-2"));
        assertFalse(p.matches("pre-prod-us"));
    }

    @Test
    void goNamedGroupsAreAccepted() {
        StageNamePattern p = StageNamePattern.parse("regex:^(?P<env>dev|qa)-\\d+$");
        assertTrue(p.matches("qa-12"));
        assertFalse(p.matches("prod-1"));
    }

    @ParameterizedTest(name = "glob:{0} vs {1} -> {2}")
    @CsvSource({
        "dev-*,          dev-eu,          true",
        "dev-*,          dev-,            true",
        "dev-*,          prod-dev-eu,     false",
        "*-canary,       prod-eu-canary,  true",
        "**,             anything.at-all, true",
        "**-canary,      eu-canary,       true",
        "qa-?,           qa-1,            true",
        "qa-?,           qa-12,           false",
        "qa-[0-9],       qa-7,            true",
        "qa-[0-9],       qa-x,            false",
        "qa-[!0-9],      qa-x,            true",
        "qa-[^0-9],      qa-7,            false",
        "qa-[a-c-],      qa--,            true",
        "'{dev,qa}-*',   qa-eu,           true",
        "'{dev,qa}-*',   prod-eu,         false",
        "'preview-{web,api-{v1,v2}}', preview-api-v2, true",
        "'preview-{web,api-{v1,v2}}', preview-api-v3, false",
        "dev.eu,         dev.eu,          true",
        "dev.eu,         devxeu,          false",
        "'a\\*b',        a*b,             true",
        "'a\\*b',        axb,             false",
        "'**/dev',       dev,             true",
        "'dev/**',       dev,             true",
        "'',             '',              true",
    })
    void globMatchesTheWholeName(String glob, String name, boolean expected) {
        StageNamePattern p = StageNamePattern.parse("glob:" + glob);
        assertEquals(StageNamePattern.Kind.GLOB, p.kind());
        assertEquals(glob, p.pattern());
        assertEquals(expected, p.matches(name), "glob:" + glob + " vs " + name);
    }

    @Test
    void unknownPrefixIsRejectedWithKargosMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StageNamePattern.parse("foo:bar"));
        assertEquals("invalid pattern identifier \"foo\": must be \"regex\", \"regexp\" or \"glob\"", e.getMessage());
        IllegalArgumentException upper = assertThrows(IllegalArgumentException.class,
                () -> StageNamePattern.parse("Regex:dev"));
        assertTrue(upper.getMessage().startsWith("invalid pattern identifier \"Regex\""), upper.getMessage());
    }

    @Test
    void brokenRegexIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StageNamePattern.parse("regex:prod-(eu"));
        assertTrue(e.getMessage().startsWith("invalid regular expression \"prod-(eu\": "), e.getMessage());
    }

    @Test
    void brokenGlobIsRejected() {
        for (String glob : new String[] {"qa-[", "qa-[]", "qa-[!]", "{dev,qa", "dev}", "dev\\", "qa-[0-9"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StageNamePattern.parse("glob:" + glob), glob);
            assertEquals("invalid glob pattern \"" + glob + "\": syntax error in pattern", e.getMessage());
        }
    }

    @Test
    void equalityFollowsTheSourceText() {
        assertEquals(StageNamePattern.parse("glob:dev-*"), StageNamePattern.parse("glob:dev-*"));
        assertEquals(StageNamePattern.parse("glob:dev-*").hashCode(), StageNamePattern.parse("glob:dev-*").hashCode());
        assertNotEquals(StageNamePattern.parse("regex:dev"), StageNamePattern.parse("regexp:dev"));
        assertEquals("regexp:dev", StageNamePattern.parse("regexp:dev").toString());
    }
}
