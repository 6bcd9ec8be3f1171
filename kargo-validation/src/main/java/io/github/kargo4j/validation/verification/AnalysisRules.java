package io.github.kargo4j.validation.verification;

import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;

import java.util.List;

/**
 * The rules Argo Rollouts applies to an AnalysisTemplate or ClusterAnalysisTemplate when a Stage's verification runs
 * it, codes {@code KV001} and up. The API server accepts templates that break them; the AnalysisRun built from them
 * ends in phase Error (or every measurement errors), so Freight is never verified. Single-field rules (an empty web
 * {@code url}, a negative prometheus {@code timeout}, an empty Secret reference or header name) are Bean Validation
 * constraints of the model, reported as {@code KF001}.
 */
public final class AnalysisRules {

    private AnalysisRules() {
    }

    private static Rule rule(String code, String name, Severity severity, String summary) {
        return Rule.of(code, name, Category.VERIFICATION, severity, summary);
    }

    /** A duration Go's time.ParseDuration rejects. */
    public static final Rule DURATION = rule("KV001", "analysis-duration", Severity.ERROR,
            "An analysis template duration (interval, initialDelay, a range query step, a provider interval) that is"
                    + " not a Go duration such as 30s, 5m or 1h30m");
    /** A placeholder that Argo Rollouts cannot resolve. */
    public static final Rule PLACEHOLDER = rule("KV002", "analysis-placeholder", Severity.ERROR,
            "A {{ }} placeholder in an analysis metric that Argo Rollouts cannot resolve: an argument the template"
                    + " does not declare, or anything but args.<name>");
    /** A metric Argo Rollouts rejects before measuring. */
    public static final Rule METRIC = rule("KV003", "analysis-metric", Severity.ERROR,
            "An analysis metric Argo Rollouts rejects before measuring: not exactly one provider, a limit out of"
                    + " range, a count its limits contradict, a duplicate name, a dry-run or retention rule that"
                    + " matches no metric");
    /** A provider whose configuration fails every measurement. */
    public static final Rule PROVIDER = rule("KV004", "analysis-provider", Severity.ERROR,
            "A web, prometheus or job metric provider configured so that every measurement fails (no query, a body"
                    + " with GET, OAuth2 without client credentials, a Job pod that restarts Always...)");
    /** A web method Argo Rollouts does not document. */
    public static final Rule WEB_METHOD = rule("KV005", "analysis-web-method", Severity.WARNING,
            "A web metric method other than GET, POST or PUT, which Argo Rollouts sends as written");

    /** @return every rule of this family, in code order */
    public static List<Rule> all() {
        return List.of(DURATION, PLACEHOLDER, METRIC, PROVIDER, WEB_METHOD);
    }
}
