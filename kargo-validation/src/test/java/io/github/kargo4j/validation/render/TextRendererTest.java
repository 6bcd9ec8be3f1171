package io.github.kargo4j.validation.render;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.ResourceRef;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRendererTest {

    static final ResourceRef UAT = new ResourceRef("Stage", "demo", "uat");

    /** Three findings: in a file with a hint, about a resource built in code, and a warning without a hint. */
    static Report sample() {
        return new Report(List.of(
                new Finding("KF001", Severity.ERROR, UAT, JsonPath.parse("spec.requestedFreight[0].sources"
                        + ".requiredSoakTime"), Optional.of("kargo/stages.yaml"), Optional.of(new SourcePosition(14,
                        27)), "spec.requestedFreight[0].sources.requiredSoakTime \"1d\" is not a duration like 5m or"
                        + " 1h30m", "write \"24h\"; Kargo durations are numbers with the unit s, m or h"),
                new Finding("KF001", Severity.ERROR, new ResourceRef("Warehouse", "demo", "app"),
                        JsonPath.parse("spec.interval"), Optional.empty(), Optional.empty(),
                        "spec.interval \"5 minutes\" is not a duration like 5m or 1h30m", "write \"5m\""),
                new Finding("KX001", Severity.WARNING, UAT, JsonPath.ROOT, Optional.of("kargo/stages.yaml"),
                        Optional.of(new SourcePosition(1, 1)), "something to look at", "")), 3);
    }

    @Test
    void findingsAreCompilerStyleLinesWithHintsAndASummary() {
        assertEquals("""
                kargo/stages.yaml:1:1: warning[KX001] something to look at
                kargo/stages.yaml:14:27: error[KF001] spec.requestedFreight[0].sources.requiredSoakTime "1d" is \
                not a duration like 5m or 1h30m
                  = hint: write "24h"; Kargo durations are numbers with the unit s, m or h
                Warehouse demo/app (spec.interval): error[KF001] spec.interval "5 minutes" is not a duration like \
                5m or 1h30m
                  = hint: write "5m"
                2 errors, 1 warning, 0 info in 3 resources
                """, TextRenderer.create().render(sample()));
    }

    @Test
    void anEmptyReportSaysSo() {
        assertEquals("no findings in 1 resource\n", TextRenderer.create().render(new Report(List.of(), 1)));
    }

    @Test
    void coloursAreOffByDefaultAndAnsiWhenAsked() {
        String plain = TextRenderer.create().render(sample());
        assertFalse(plain.contains("\u001b"), plain);
        assertFalse(TextRenderer.create().colour());
        String colour = TextRenderer.withColour(true).render(sample());
        assertTrue(colour.contains("\u001b[1;31merror[KF001]\u001b[0m"), colour);
        assertTrue(colour.contains("\u001b[1;33mwarning[KX001]\u001b[0m"), colour);
        assertTrue(colour.contains("\u001b[1;34m= hint:\u001b[0m"), colour);
        assertEquals(plain, colour.replaceAll("\u001b\\[[0-9;]*m", ""), "colour adds escapes and nothing else");
    }

    @Test
    void messagesCannotBreakLinesOrSendEscapes() {
        Report r = new Report(List.of(new Finding("KF001", Severity.ERROR, UAT, JsonPath.ROOT, Optional.of("f.yaml"),
                Optional.of(new SourcePosition(2, 3)), "line one\nline two \u001b[2J", "")), 1);
        assertEquals("f.yaml:2:3: error[KF001] line one line two ?[2J\n1 error, 0 warnings, 0 info in 1 resource\n",
                TextRenderer.create().render(r));
    }

    @Test
    void reportToStringIsTheTextReportWithoutHintsAndAFindingRendersAlone() {
        Report r = sample();
        assertEquals(TextRenderer.create().render(r).stripTrailing().lines().filter(l -> !l.startsWith("  = hint:"))
                .toList(), r.toString().lines().toList());
        assertTrue(TextRenderer.create().render(r).stripTrailing().endsWith("\n" + r.summary()), r.summary());
        assertEquals("kargo/stages.yaml:1:1: warning[KX001] something to look at",
                TextRenderer.create().render(r.findings().get(0)));
        StringWriter w = new StringWriter();
        TextRenderer.create().render(r, w);
        assertEquals(TextRenderer.create().render(r), w.toString());
    }
}
