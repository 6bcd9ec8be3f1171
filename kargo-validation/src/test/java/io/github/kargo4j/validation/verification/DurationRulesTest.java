package io.github.kargo4j.validation.verification;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static io.github.kargo4j.validation.verification.Analyses.assertContains;
import static io.github.kargo4j.validation.verification.Analyses.assertNone;
import static io.github.kargo4j.validation.verification.Analyses.check;
import static io.github.kargo4j.validation.verification.Analyses.single;
import static io.github.kargo4j.validation.verification.Analyses.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** KV001: durations as Go's time.ParseDuration reads them. */
class DurationRulesTest {

    private static final String WEB = "provider: {web: {url: https://example.com}}";

    @ParameterizedTest
    @ValueSource(strings = {"30s", "5m", "1h30m", "500ms", "1.5h", ".5s", "1.s", "0", "-0", "+5m", "-1m", "2h45m0.5s",
        "10us", "10µs", "10μs", "3ns", "9223372036s"})
    void goAcceptsThese(String d) {
        assertEquals(Optional.empty(), GoDuration.error(d), d);
    }

    @Test
    void goRejectsTheseWithItsOwnWords() {
        assertEquals(Optional.of("time: unknown unit \"d\" in duration \"1d\""), GoDuration.error("1d"));
        assertEquals(Optional.of("time: unknown unit \" min\" in duration \"5 min\""), GoDuration.error("5 min"));
        assertEquals(Optional.of("time: missing unit in duration \"30\""), GoDuration.error("30"));
        assertEquals(Optional.of("time: invalid duration \"\""), GoDuration.error(""));
        assertEquals(Optional.of("time: invalid duration \"m\""), GoDuration.error("m"));
        assertEquals(Optional.of("time: invalid duration \".\""), GoDuration.error("."));
        assertEquals(Optional.of("time: invalid duration \"-\""), GoDuration.error("-"));
        assertEquals(Optional.of("time: invalid duration \" 5m\""), GoDuration.error(" 5m"));
        assertEquals(Optional.of("time: unknown unit \"M\" in duration \"5M\""), GoDuration.error("5M"));
        assertEquals(Optional.of("time: invalid duration \"9223372037s\""), GoDuration.error("9223372037s"));
        assertEquals(Optional.of("time: invalid duration \"99999999999999999999h\""),
                GoDuration.error("99999999999999999999h"));
    }

    @Test
    void suggestsGoFormsOfWhatPeopleWrite() {
        assertEquals(Optional.of("24h"), GoDuration.suggestion("1d"));
        assertEquals(Optional.of("5m"), GoDuration.suggestion("5 min"));
        assertEquals(Optional.of("1h30m"), GoDuration.suggestion("1 hour 30 minutes"));
        assertEquals(Optional.of("2m30s"), GoDuration.suggestion("2 mins and 30 secs"));
        assertEquals(Optional.of("336h"), GoDuration.suggestion("2w"));
        assertEquals(Optional.empty(), GoDuration.suggestion("30"));
        assertEquals(Optional.empty(), GoDuration.suggestion("soon"));
    }

    @Test
    void badIntervalAndInitialDelayAreReportedWithArgosMessage() {
        List<Finding> findings = check(template(null, """
                - name: error-rate
                  interval: 1d
                  initialDelay: 5 min
                """ + "  " + WEB + "\n"), "KV001");
        assertEquals(2, findings.size(), () -> Analyses.lines(findings));
        Finding interval = findings.get(0);
        assertEquals(Severity.ERROR, interval.severity());
        assertEquals("spec.metrics[0].interval", interval.path().toString());
        assertContains(interval.message(), "AnalysisTemplate smoke, metric error-rate: interval \"1d\" is not a Go"
                + " duration", "(time: unknown unit \"d\" in duration \"1d\")",
                "phase Error: \"Analysis spec invalid: ... invalid interval string\"");
        assertContains(interval.hint(), "write 24h", "no d");
        Finding delay = findings.get(1);
        assertEquals("spec.metrics[0].initialDelay", delay.path().toString());
        assertContains(delay.message(), "invalid startDelay string");
        assertContains(delay.hint(), "write 5m");
    }

    @Test
    void aNumberWithoutUnitGetsAHintToAddOne() {
        Finding f = single(check(template(null, "- name: m\n  interval: \"30\"\n  " + WEB + "\n"), "KV001"));
        assertContains(f.message(), "time: missing unit in duration \"30\"");
        assertContains(f.hint(), "add a unit, such as 30s or 30m");
    }

    @Test
    void goodDurationsAndEmptyOnesAreFine() {
        assertNone(check(template(null, """
                - name: m
                  interval: 1h30m
                  initialDelay: 500ms
                  count: 3
                """ + "  " + WEB + "\n"), "KV001"));
        // Argo Rollouts treats an empty interval as not set
        assertNone(check(template(null, "- name: m\n  interval: \"\"\n  " + WEB + "\n"), "KV001"));
    }

    @Test
    void aDurationGivenAsAPlaceholderIsDecidedAtRunTime() {
        assertNone(check(template("- name: interval\n  value: 1d\n- name: minutes\n  value: \"5\"", """
                - name: m
                  interval: "{{args.interval}}"
                  initialDelay: "{{ args.minutes }}m"
                """ + "  " + WEB + "\n"), "KV001"));
    }

    @Test
    void prometheusRangeQueryStepIsParsedForEveryMeasurement() {
        String metric = """
                - name: latency
                  provider:
                    prometheus:
                      address: http://prometheus:9090
                      query: up
                      rangeQuery: {start: now() - duration("10m"), end: now()%s}
                """;
        Finding bad = single(check(template(null, metric.formatted(", step: 1 minute")), "KV001"));
        assertEquals("spec.metrics[0].provider.prometheus.rangeQuery.step", bad.path().toString());
        assertContains(bad.message(), "prometheus rangeQuery.step \"1 minute\"",
                "failed to parse rangeQuery.step as duration");
        assertContains(bad.hint(), "write 1m");
        Finding missing = single(check(template(null, metric.formatted("")), "KV001"));
        assertEquals("spec.metrics[0].provider.prometheus.rangeQuery", missing.path().toString());
        assertContains(missing.message(), "has no step");
        assertNone(check(template(null, metric.formatted(", step: 1m")), "KV001"));
        assertNone(check(template("- name: step", metric.formatted(", step: \"{{args.step}}\"")), "KV001"));
    }

    @Test
    void intervalsOfFreeFormProvidersAreChecked() {
        String datadog = "- name: dd\n  provider: {datadog: {query: 'avg:errors{*}', interval: 1 hour}}\n";
        Finding f = single(check(template(null, datadog), "KV001"));
        assertEquals("spec.metrics[0].provider.datadog.interval", f.path().toString());
        assertContains(f.hint(), "write 1h");
        assertNone(check(template(null, "- name: cw\n  provider: {cloudWatch: {interval: \"\","
                + " metricDataQueries: [{id: a, expression: 'x'}]}}\n"), "KV001"));
        Finding sw = single(check(template(null, "- name: sw\n  provider: {skywalking: {address: http://sw:12800,"
                + " query: q}}\n"), "KV001"));
        assertEquals("spec.metrics[0].provider.skywalking", sw.path().toString());
        assertContains(sw.message(), "has no interval");
    }

    @Test
    void clusterTemplatesAreCheckedToo() {
        Finding f = single(check(template("ClusterAnalysisTemplate", "shared", null,
                "- name: m\n  interval: 2 days\n  " + WEB + "\n"), "KV001"));
        assertContains(f.message(), "ClusterAnalysisTemplate shared, metric m: interval \"2 days\"");
        assertContains(f.hint(), "write 48h");
    }
}
