package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.rollouts.Metric;
import io.github.kargo4j.model.rollouts.MetricProvider;
import io.github.kargo4j.model.rollouts.PrometheusMetric;
import io.github.kargo4j.model.rollouts.PrometheusRangeQuery;

import java.util.Optional;

/**
 * {@code KV001}: the durations of an analysis template, which Argo Rollouts reads with Go's
 * {@code time.ParseDuration}. A metric's {@code interval} and {@code initialDelay} are checked before anything is
 * measured ("Analysis spec invalid: ... invalid interval string"); a prometheus {@code rangeQuery.step} and the
 * {@code interval} of the datadog, cloudWatch and skywalking providers when the provider runs, so every measurement
 * errors. A value with a {@code {{args.x}}} placeholder is left alone: Argo Rollouts substitutes the arguments into
 * the metric before it parses any duration, so the value is decided by the argument.
 */
final class DurationRules {

    private static final String FORMAT = "durations are numbers with the units ns, us, ms, s, m or h, such as 30s, 5m,"
            + " 1h or 1h30m (no d, no spaces)";

    private DurationRules() {
    }

    static void check(Template t) {
        for (int m = 0; m < t.spec().metrics().size(); m++) {
            Metric metric = t.metricAt(m);
            int index = m;
            // Argo Rollouts treats an empty interval or initialDelay as not set
            String interval = metric.interval().orElse("");
            if (!interval.isEmpty()) {
                metricLevel(t, index, "interval", interval, "invalid interval string");
            }
            String initialDelay = metric.initialDelay().orElse("");
            if (!initialDelay.isEmpty()) {
                metricLevel(t, index, "initialDelay", initialDelay, "invalid startDelay string");
            }
            MetricProvider p = metric.provider();
            Optional<PrometheusMetric> prometheus = p.prometheus();
            if (prometheus.isPresent() && prometheus.get().rangeQuery().isPresent()) {
                step(t, index, prometheus.get().rangeQuery().get());
            }
            if (p.datadog().isPresent()) {
                providerInterval(t, index, "datadog", p.datadog().get(), false);
            }
            if (p.cloudWatch().isPresent()) {
                providerInterval(t, index, "cloudWatch", p.cloudWatch().get(), false);
            }
            if (p.skywalking().isPresent()) {
                providerInterval(t, index, "skywalking", p.skywalking().get(), true);
            }
        }
    }

    private static void metricLevel(Template t, int m, String field, String value, String argoText) {
        if (Placeholders.has(value)) {
            return;
        }
        Optional<String> err = GoDuration.error(value);
        if (err.isPresent()) {
            t.report(AnalysisRules.DURATION, Template.metric(m).key(field),
                    t.who(m) + ": " + field + " " + Template.quoted(value) + " is not a Go duration (" + err.get()
                            + "); Argo Rollouts ends every AnalysisRun of the template in phase Error: \"Analysis"
                            + " spec invalid: ... " + argoText + "\"",
                    hint(value));
        }
    }

    private static void step(Template t, int m, PrometheusRangeQuery rq) {
        JsonPath path = Template.provider(m).key("prometheus").key("rangeQuery").key("step");
        Optional<String> step = rq.step();
        if (step.isEmpty() || step.get().isEmpty()) {
            t.report(AnalysisRules.DURATION, step.isEmpty() ? path.parent().orElseThrow() : path,
                    t.who(m) + ": the prometheus rangeQuery has no step; Argo Rollouts parses it for every"
                            + " measurement, which errors: \"failed to parse rangeQuery.step as duration: time:"
                            + " invalid duration \\\"\\\"\"",
                    "set rangeQuery.step to the resolution of the range, such as 1m");
            return;
        }
        String value = step.get();
        if (Placeholders.has(value)) {
            return;
        }
        Optional<String> err = GoDuration.error(value);
        if (err.isPresent()) {
            t.report(AnalysisRules.DURATION, path,
                    t.who(m) + ": prometheus rangeQuery.step " + Template.quoted(value) + " is not a Go duration ("
                            + err.get() + "); every measurement errors: \"failed to parse rangeQuery.step as"
                            + " duration\"",
                    hint(value));
        }
    }

    private static void providerInterval(Template t, int m, String provider, JsonObject config, boolean required) {
        JsonPath path = Template.provider(m).key(provider).key("interval");
        JsonValue v = config.getOrNull("interval");
        if (v == null) {
            if (required) {
                t.report(AnalysisRules.DURATION, path.parent().orElseThrow(),
                        t.who(m) + ": the " + provider + " provider has no interval; Argo Rollouts parses it for every"
                                + " measurement, which errors: \"time: invalid duration \\\"\\\"\"",
                        "set " + provider + ".interval to the time window to query, such as 5m");
            }
            return;
        }
        if (!(v instanceof JsonString s)) {
            return;
        }
        String value = s.value();
        // cloudWatch treats an empty interval as its default (5m); the others parse it
        if (value.isEmpty() && provider.equals("cloudWatch") || Placeholders.has(value)) {
            return;
        }
        Optional<String> err = GoDuration.error(value);
        if (err.isPresent()) {
            t.report(AnalysisRules.DURATION, path,
                    t.who(m) + ": " + provider + ".interval " + Template.quoted(value) + " is not a Go duration ("
                            + err.get() + "); every measurement errors", hint(value));
        }
    }

    private static String hint(String value) {
        Optional<String> guess = GoDuration.suggestion(value);
        if (guess.isPresent()) {
            return "write " + guess.get() + "; " + FORMAT;
        }
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && allDigits(trimmed) && !trimmed.equals("0")) {
            return "add a unit, such as " + trimmed + "s or " + trimmed + "m; " + FORMAT;
        }
        return FORMAT;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
