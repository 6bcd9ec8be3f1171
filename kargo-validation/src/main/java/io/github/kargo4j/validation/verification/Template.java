package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.rollouts.Metric;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

/**
 * One analysis template under check, with what every finding about it needs.
 *
 * @param context  where to report
 * @param entry    the template's entry
 * @param resource the AnalysisTemplate or ClusterAnalysisTemplate
 * @param spec     its spec
 * @param uses     the Stages that use it
 */
record Template(ValidationContext context, Entry entry, KargoResource resource, AnalysisTemplateSpec spec,
                TemplateUses uses) {

    /** {@code spec.metrics}. */
    static final JsonPath METRICS = JsonPath.ROOT.key("spec").key("metrics");

    /** @return {@code AnalysisTemplate smoke} or {@code ClusterAnalysisTemplate smoke} */
    String who() {
        return (resource instanceof ClusterAnalysisTemplate ? "ClusterAnalysisTemplate " : "AnalysisTemplate ")
                + q(resource.name());
    }

    /**
     * @param m a metric index
     * @return {@code AnalysisTemplate smoke, metric error-rate}
     */
    String who(int m) {
        return who() + ", metric " + q(spec.metrics().get(m).name());
    }

    /**
     * @param m a metric index
     * @return {@code spec.metrics[m]}
     */
    static JsonPath metric(int m) {
        return METRICS.index(m);
    }

    /**
     * @param m a metric index
     * @return {@code spec.metrics[m].provider}
     */
    static JsonPath provider(int m) {
        return METRICS.index(m).key("provider");
    }

    /**
     * @param m a metric index
     * @return the metric
     */
    Metric metricAt(int m) {
        return spec.metrics().get(m);
    }

    void report(Rule rule, JsonPath path, String message, String hint) {
        context.report(rule, entry, path, message, hint);
    }

    /**
     * @param name a name
     * @return the name, or {@code ""} (two quotes) when it is empty so that the message still reads
     */
    static String q(String name) {
        return name.isEmpty() ? "\"\"" : name;
    }

    /**
     * @param value a value as written
     * @return the value in double quotes, shortened when long
     */
    static String quoted(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
