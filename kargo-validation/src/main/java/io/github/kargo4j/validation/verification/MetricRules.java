package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.DryRun;
import io.github.kargo4j.model.rollouts.MeasurementRetention;
import io.github.kargo4j.model.rollouts.Metric;
import io.github.kargo4j.model.rollouts.MetricProvider;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code KV003}: what Argo Rollouts checks of the metrics before it measures anything ({@code ValidateMetrics},
 * "Analysis spec invalid"), and what Kargo checks when it combines the templates of a Stage into one AnalysisRun. A
 * value with a {@code {{args.x}}} placeholder is decided when the analysis runs: the checks it takes part in are
 * skipped.
 */
final class MetricRules {

    /** The providers Argo Rollouts and Kargo's copy of its types know, in Argo Rollouts' order. */
    private static final List<String> PROVIDERS = List.of("prometheus", "kayenta", "web", "datadog", "wavefront",
            "newRelic", "job", "cloudWatch", "graphite", "influxdb", "skywalking", "plugin");

    private MetricRules() {
    }

    static void check(Template t) {
        AnalysisTemplateSpec spec = t.spec();
        if (spec.metrics().isEmpty()) {
            TemplateUses.Lacking lacking = t.uses().lacking(t.resource(), s -> !s.metrics().isEmpty());
            if (lacking.lacks()) {
                t.report(AnalysisRules.METRIC, JsonPath.ROOT.key("spec"),
                        t.who() + " has no metrics" + lacking.stage().map(s -> ", and Stage " + Template.q(s.name())
                                + " names no other template with metrics").orElse("")
                                + "; Argo Rollouts ends an AnalysisRun without metrics in phase Error: \"no metrics"
                                + " specified\"",
                        "add at least one metric to spec.metrics");
            }
        }
        Map<String, Integer> names = new HashMap<>();
        for (int m = 0; m < spec.metrics().size(); m++) {
            Metric metric = t.metricAt(m);
            Integer first = names.putIfAbsent(metric.name(), m);
            if (first != null) {
                t.report(AnalysisRules.METRIC, Template.metric(m).key("name"),
                        t.who() + " has two metrics named " + Template.q(metric.name()) + " (spec.metrics[" + first
                                + "] and spec.metrics[" + m + "]); Kargo cannot build the AnalysisRun: \"duplicate"
                                + " metric name: \\\"" + metric.name() + "\\\"\"",
                        "give each metric its own name");
            }
            providers(t, m, metric.provider());
            limits(t, m, metric);
        }
        List<String> dryRun = new ArrayList<>(spec.dryRun().size());
        for (DryRun d : spec.dryRun()) {
            dryRun.add(d.metricName());
        }
        rules(t, "dryRun", dryRun, "dry-run");
        List<String> retention = new ArrayList<>(spec.measurementRetention().size());
        for (MeasurementRetention r : spec.measurementRetention()) {
            retention.add(r.metricName());
        }
        rules(t, "measurementRetention", retention, "measurement retention");
    }

    // ------------------------------------------------------------------------------------------------ providers

    private static void providers(Template t, int m, MetricProvider p) {
        List<String> set = new ArrayList<>();
        int count = 0;
        for (String name : p.providerNames()) {
            if (!PROVIDERS.contains(name)) {
                continue;
            }
            if (name.equals("plugin")) {
                int plugins = p.plugin().isPresent() ? p.plugin().get().size() : 0;
                if (plugins == 0) {
                    continue;
                }
                count += plugins;
            } else {
                count++;
            }
            set.add(name);
        }
        List<String> unknown = p.unknownFields().keys();
        if (count == 0) {
            t.report(AnalysisRules.METRIC, Template.provider(m),
                    t.who(m) + " has no provider" + (unknown.isEmpty() ? "" : " (" + String.join(", ", unknown)
                            + (unknown.size() == 1 ? " is not a provider" : " are not providers") + " Kargo and Argo"
                            + " Rollouts know; Kargo drops " + (unknown.size() == 1 ? "it" : "them") + " when it"
                            + " builds the AnalysisRun)")
                            + "; Argo Rollouts ends every AnalysisRun of the template in phase Error: \"no provider"
                            + " specified\"",
                    "set exactly one provider, such as web: {url: ...}, prometheus: {address: ..., query: ...} or"
                            + " job: {spec: ...}");
        } else if (count > 1) {
            t.report(AnalysisRules.METRIC, Template.provider(m),
                    t.who(m) + " has " + count + " providers (" + String.join(", ", set) + (set.contains("plugin")
                            ? "; each plugin counts" : "") + "); Argo Rollouts ends every AnalysisRun of the template"
                            + " in phase Error: \"multiple providers specified\"",
                    "keep one provider per metric; measure the others in metrics of their own");
        }
    }

    // ------------------------------------------------------------------------------------------------ limits

    /**
     * A count or limit as Argo Rollouts reads it ({@code IntOrString.IntValue()}): the number, or the decimal value of
     * a string, or 0 for a string that is not one.
     *
     * @param present   whether the field is set
     * @param known     whether the value is known before the analysis runs (no placeholder)
     * @param value     the value Argo Rollouts uses (0 when absent)
     * @param notNumber the string as written, when it is not a whole number (Argo Rollouts reads 0)
     */
    private record Num(boolean present, boolean known, long value, Optional<String> notNumber) {

        static Num of(Optional<IntOrString> v) {
            if (v.isEmpty()) {
                return new Num(false, true, 0, Optional.empty());
            }
            IntOrString x = v.get();
            if (x.isInt()) {
                return new Num(true, true, x.intValue(), Optional.empty());
            }
            String s = x.stringValue();
            if (Placeholders.has(s)) {
                return new Num(true, false, 0, Optional.empty());
            }
            Optional<Long> n = atoi(s);
            return new Num(true, true, n.orElse(0L), n.isPresent() ? Optional.empty() : Optional.of(s));
        }
    }

    /** Go's {@code strconv.Atoi}: an optional sign and decimal digits; out of range, the nearest bound. */
    static Optional<Long> atoi(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (i == s.length()) {
            return Optional.empty();
        }
        for (int k = i; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return Optional.empty();
            }
        }
        BigInteger b = new BigInteger(s.charAt(0) == '+' ? s.substring(1) : s);
        return Optional.of(b.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE))
                .longValue());
    }

    private static void limits(Template t, int m, Metric metric) {
        Num count = Num.of(metric.count());
        Num failure = Num.of(metric.failureLimit());
        Num inconclusive = Num.of(metric.inconclusiveLimit());
        Num consecutiveError = Num.of(metric.consecutiveErrorLimit());
        Num consecutiveSuccess = Num.of(metric.consecutiveSuccessLimit());
        notNumber(t, m, "count", count);
        notNumber(t, m, "failureLimit", failure);
        notNumber(t, m, "inconclusiveLimit", inconclusive);
        notNumber(t, m, "consecutiveErrorLimit", consecutiveError);
        notNumber(t, m, "consecutiveSuccessLimit", consecutiveSuccess);

        if (consecutiveSuccess.known() && consecutiveSuccess.value() < 0) {
            invalid(t, m, "consecutiveSuccessLimit", "consecutiveSuccessLimit must be >= 0",
                    "use 0 (off) or a positive number of successful measurements in a row");
        }
        if (failure.known() && failure.value() < -1) {
            invalid(t, m, "failureLimit", "failureLimit must be >= 0, or -1 to be disabled",
                    "use the number of failed measurements to tolerate, or -1 to rely on consecutiveSuccessLimit"
                            + " alone");
        }
        if (consecutiveSuccess.known() && consecutiveSuccess.value() == 0 && failure.known()
                && failure.value() == -1) {
            invalid(t, m, "failureLimit", "failureLimit and consecutiveSuccessLimit cannot both be disabled",
                    "set consecutiveSuccessLimit to the number of successful measurements in a row that make the"
                            + " metric successful, or give failureLimit a value of 0 or more");
        }
        if (inconclusive.known() && inconclusive.value() < 0) {
            invalid(t, m, "inconclusiveLimit", "inconclusiveLimit must be >= 0",
                    "use 0 or the number of inconclusive measurements to tolerate");
        }
        if (consecutiveError.present() && consecutiveError.known() && consecutiveError.value() < 0) {
            invalid(t, m, "consecutiveErrorLimit", "consecutiveErrorLimit must be >= 0",
                    "use 0 or the number of measurement errors in a row to tolerate (default 4)");
        }
        if (!count.known()) {
            return;
        }
        long c = count.value();
        if (c > 0) {
            long fl = failure.value();
            long csl = consecutiveSuccess.value();
            if (failure.known() && consecutiveSuccess.known()) {
                if (csl >= 0 && fl >= 0) {
                    if (c < fl + csl) {
                        invalid(t, m, "count", "count (" + c + ") must be >= failureLimit + consecutiveSuccessLimit ("
                                        + fl + " + " + csl + ") if both >= 0",
                                "measure at least " + (fl + csl) + " times, or lower the limits");
                    }
                } else if (csl >= 0 && c < csl) {
                    invalid(t, m, "count", "count must be >= consecutiveSuccessLimit",
                            "measure at least " + csl + " times, or lower consecutiveSuccessLimit");
                }
            }
            if (inconclusive.known() && c < inconclusive.value()) {
                invalid(t, m, "count", "count must be >= inconclusiveLimit",
                        "measure at least " + inconclusive.value() + " times, or lower inconclusiveLimit");
            }
        }
        if (c > 1 && metric.interval().orElse("").isEmpty()) {
            invalid(t, m, "count", "interval must be specified when count > 1",
                    "set interval to the time between measurements, such as 1m");
        }
    }

    private static void notNumber(Template t, int m, String field, Num n) {
        Optional<String> s = n.notNumber();
        if (s.isPresent()) {
            t.report(AnalysisRules.METRIC, Template.metric(m).key(field),
                    t.who(m) + ": " + field + " " + Template.quoted(s.get()) + " is not a whole number; Argo Rollouts"
                            + " reads it as 0",
                    "write a whole number such as 3, or an argument placeholder such as \"{{args." + field + "}}\"");
        }
    }

    private static void invalid(Template t, int m, String field, String argoText, String hint) {
        t.report(AnalysisRules.METRIC, Template.metric(m).key(field),
                t.who(m) + ": " + argoText + "; Argo Rollouts ends every AnalysisRun of the template in phase Error"
                        + " (\"Analysis spec invalid\")", hint);
    }

    // ------------------------------------------------------------------------------------------------ dryRun etc.

    private static void rules(Template t, String list, List<String> metricNames, String noun) {
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < metricNames.size(); k++) {
            String name = metricNames.get(k);
            JsonPath path = JsonPath.ROOT.key("spec").key(list).index(k).key("metricName");
            Integer first = seen.putIfAbsent(name, k);
            if (first != null) {
                t.report(AnalysisRules.METRIC, path, t.who() + " lists metricName " + Template.quoted(name)
                                + " twice in spec." + list + "; Kargo cannot build the AnalysisRun: \"duplicate " + noun
                                + " metric name: \\\"" + name + "\\\"\"",
                        "remove spec." + list + "[" + k + "]");
                continue;
            }
            Pattern regex;
            try {
                regex = Pattern.compile(name);
            } catch (PatternSyntaxException e) {
                continue;
            }
            Function<AnalysisTemplateSpec, Boolean> matches = s -> s.metrics().stream()
                    .anyMatch(x -> Placeholders.has(x.name()) || regex.matcher(x.name()).find());
            if (matches.apply(t.spec())) {
                continue;
            }
            TemplateUses.Lacking lacking = t.uses().lacking(t.resource(), matches::apply);
            if (!lacking.lacks()) {
                continue;
            }
            List<String> own = t.spec().metrics().stream().map(Metric::name).toList();
            t.report(AnalysisRules.METRIC, path,
                    t.who() + ": spec." + list + "[" + k + "].metricName " + Template.quoted(name) + " matches no"
                            + " metric" + (own.isEmpty() ? "" : " (" + String.join(", ", own) + ")")
                            + lacking.stage().map(s -> " of the templates Stage " + Template.q(s.name()) + " names")
                            .orElse("") + "; Argo Rollouts ends the AnalysisRun in phase Error: \"" + list
                            + "[" + k + "]: Rule didn't match any metric name(s)\"",
                    "metricName is a regular expression matched against metric names, such as "
                            + (own.isEmpty() ? "error-rate" : own.get(0)) + " or .* for all");
        }
    }
}
