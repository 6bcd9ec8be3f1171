package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.rollouts.Authentication;
import io.github.kargo4j.model.rollouts.JobMetric;
import io.github.kargo4j.model.rollouts.OAuth2Config;
import io.github.kargo4j.model.rollouts.PrometheusMetric;
import io.github.kargo4j.model.rollouts.PrometheusRangeQuery;
import io.github.kargo4j.model.rollouts.WebMetric;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code KV004} and {@code KV005}: the {@code web}, {@code prometheus} and {@code job} providers as Argo Rollouts uses
 * them when it measures. A provider that Argo Rollouts cannot set up, or whose request or Job is refused, makes
 * every measurement an error; after {@code consecutiveErrorLimit} errors in a row (default 4) the metric, and the
 * AnalysisRun, end in phase Error. A value with a {@code {{args.x}}} placeholder is decided when the analysis runs
 * and is left alone.
 */
final class ProviderRules {

    /** Upper-case HTTP methods that servers know; Argo Rollouts documents GET, POST and PUT. */
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "CONNECT", "OPTIONS", "TRACE");
    /** Characters of an HTTP token (RFC 9110), which Go requires of a method. */
    private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

    private ProviderRules() {
    }

    static void check(Template t) {
        for (int m = 0; m < t.spec().metrics().size(); m++) {
            var p = t.metricAt(m).provider();
            int index = m;
            if (p.web().isPresent()) {
                web(t, index, p.web().get());
            }
            if (p.prometheus().isPresent()) {
                prometheus(t, index, p.prometheus().get());
            }
            if (p.job().isPresent()) {
                job(t, index, p.job().get());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ web

    private static void web(Template t, int m, WebMetric w) {
        JsonPath at = Template.provider(m).key("web");
        String url = w.url();
        if (!url.isBlank()) {
            Optional<String> scheme = scheme(url);
            if (scheme.isPresent() && !scheme.get().equals("http") && !scheme.get().equals("https")) {
                t.report(AnalysisRules.PROVIDER, at.key("url"),
                        t.who(m) + ": web.url " + Template.quoted(url) + " does not start with http:// or https://;"
                                + " every measurement errors: \"unsupported protocol scheme \\\"" + scheme.get()
                                + "\\\"\"",
                        scheme.get().isEmpty() ? "write the full URL, such as https://" + url
                                : "write an http:// or https:// URL");
            }
        }
        String method = w.methodAsString().orElse("");
        boolean methodKnown = !Placeholders.has(method);
        if (methodKnown && !method.isEmpty()) {
            if (!isToken(method)) {
                t.report(AnalysisRules.PROVIDER, at.key("method"),
                        t.who(m) + ": web.method " + Template.quoted(method) + " is not an HTTP method; every"
                                + " measurement errors: \"net/http: invalid method " + GoDuration.quote(method) + "\"",
                        "use GET, POST or PUT");
            } else if (!HTTP_METHODS.contains(method)) {
                String upper = method.toUpperCase(Locale.ROOT);
                t.report(AnalysisRules.WEB_METHOD, at.key("method"),
                        t.who(m) + ": web.method " + Template.quoted(method) + " is not one of the methods Argo"
                                + " Rollouts documents (GET, POST, PUT); Argo Rollouts sends it as written, and"
                                + " HTTP methods are case-sensitive",
                        HTTP_METHODS.contains(upper) ? "write " + upper : "use GET, POST or PUT");
            }
        }
        boolean body = !w.body().orElse("").isEmpty();
        boolean jsonBody = w.jsonBody().isPresent();
        if (body && jsonBody) {
            t.report(AnalysisRules.PROVIDER, at.key("jsonBody"),
                    t.who(m) + ": the web provider sets both body and jsonBody; every measurement errors: \"use either"
                            + " Body or JSONBody; both cannot exists for WebMetric payload\"",
                    "keep one of body (text) and jsonBody (an object)");
        } else if ((body || jsonBody) && methodKnown && (method.isEmpty() || method.equals("GET"))) {
            t.report(AnalysisRules.PROVIDER, at.key(body ? "body" : "jsonBody"),
                    t.who(m) + ": the web provider sends a " + (body ? "body" : "jsonBody") + " with "
                            + (method.isEmpty() ? "the default method GET" : "method GET") + "; every measurement"
                            + " errors: \"Body/JSONBody can only be used with POST or PUT WebMetric Method types\"",
                    "set method: POST (or PUT), or remove the " + (body ? "body" : "jsonBody"));
        }
        if (w.jsonPath().isPresent()) {
            jsonPath(t, m, at.key("jsonPath"), w.jsonPath().get());
        }
        if (w.authentication().isPresent()) {
            oauth2(t, m, at, "web", w.authentication().get());
        }
    }

    /**
     * @return the scheme of a URL as Go reads it (lower case), empty text for none; empty when a placeholder decides
     */
    private static Optional<String> scheme(String url) {
        int placeholder = url.indexOf("{{");
        String known = placeholder < 0 ? url : url.substring(0, placeholder);
        int sep = known.indexOf("://");
        if (sep < 0) {
            if (placeholder >= 0) {
                return Optional.empty();
            }
            int colon = url.indexOf(':');
            String s = colon > 0 ? url.substring(0, colon) : "";
            return Optional.of(s.matches("[A-Za-z][A-Za-z0-9+.-]*") ? s.toLowerCase(Locale.ROOT) : "");
        }
        return Optional.of(known.substring(0, sep).toLowerCase(Locale.ROOT));
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || TOKEN_PUNCTUATION.indexOf(c) >= 0);
            if (!ok) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static void jsonPath(Template t, int m, JsonPath path, String jp) {
        if (jp.isEmpty() || Placeholders.has(jp)) {
            return;
        }
        int open = jp.indexOf('{');
        if (open < 0) {
            t.report(AnalysisRules.PROVIDER, path,
                    t.who(m) + ": web.jsonPath " + Template.quoted(jp) + " has no {...}; Argo Rollouts reads it as a"
                            + " Kubernetes JSONPath template, in which text outside braces is literal, so the result"
                            + " is always the text " + Template.quoted(jp) + " and never the response's value",
                    "wrap the path in braces: " + Template.quoted("{" + jp + "}"));
            return;
        }
        while (open >= 0) {
            int close = jp.indexOf('}', open);
            if (close < 0) {
                t.report(AnalysisRules.PROVIDER, path,
                        t.who(m) + ": web.jsonPath " + Template.quoted(jp) + " opens { without closing it; every"
                                + " measurement errors (\"unclosed action\")",
                        "close the braces, such as {$.data.value}");
                return;
            }
            open = jp.indexOf('{', close);
        }
    }

    private static void oauth2(Template t, int m, JsonPath provider, String name, Authentication a) {
        Optional<OAuth2Config> o = a.oauth2();
        if (o.isEmpty() || o.get().tokenUrl().orElse("").isEmpty()) {
            return;
        }
        boolean id = !o.get().clientId().orElse("").isEmpty();
        boolean secret = !o.get().clientSecret().orElse("").isEmpty();
        if (id && secret) {
            return;
        }
        String missing = !id && !secret ? "clientId and clientSecret" : !id ? "clientId" : "clientSecret";
        t.report(AnalysisRules.PROVIDER, provider.key("authentication").key("oauth2"),
                t.who(m) + ": the " + name + " provider's OAuth2 authentication has a tokenUrl but no " + missing
                        + "; every measurement errors: \"missing mandatory parameter in metric for OAuth2 setup\"",
                "set " + missing + "; read the secret from an argument whose valueFrom is a Secret key, such as"
                        + " clientSecret: \"{{args.client-secret}}\"");
    }

    // ------------------------------------------------------------------------------------------------ prometheus

    private static void prometheus(Template t, int m, PrometheusMetric p) {
        JsonPath at = Template.provider(m).key("prometheus");
        if (p.query().orElse("").isBlank()) {
            t.report(AnalysisRules.PROVIDER, p.query().isPresent() ? at.key("query") : at,
                    t.who(m) + ": the prometheus provider has no query; Prometheus rejects the empty query, so every"
                            + " measurement errors",
                    "set query to the PromQL to measure, such as sum(rate(http_requests_total{code=~\"5..\"}[5m]))");
        }
        String a = p.address().orElse("");
        if (!a.isEmpty() && !Placeholders.has(a) && !isUrl(a)) {
            t.report(AnalysisRules.PROVIDER, at.key("address"),
                    t.who(m) + ": prometheus.address " + Template.quoted(a) + " is not a URL with a scheme and a"
                            + " host; every measurement errors: \"prometheus address is not is url format\"",
                    a.contains("://") ? "write the server's URL, such as http://prometheus.monitoring:9090"
                            : "write the full URL, such as http://" + a);
        }
        if (p.rangeQuery().isPresent()) {
            rangeQuery(t, m, at.key("rangeQuery"), p.rangeQuery().get());
        }
        if (p.authentication().isPresent()) {
            oauth2(t, m, at, "prometheus", p.authentication().get());
        }
    }

    /** Go's {@code url.Parse} gives a scheme and a host. */
    private static boolean isUrl(String s) {
        int sep = s.indexOf("://");
        if (sep <= 0 || !s.substring(0, sep).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return false;
        }
        String rest = s.substring(sep + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        return !authority.substring(at + 1).isEmpty();
    }

    private static void rangeQuery(Template t, int m, JsonPath at, PrometheusRangeQuery rq) {
        for (String field : List.of("start", "end")) {
            Optional<String> v = field.equals("start") ? rq.start() : rq.end();
            if (v.orElse("").isBlank()) {
                t.report(AnalysisRules.PROVIDER, v.isPresent() ? at.key(field) : at,
                        t.who(m) + ": the prometheus rangeQuery has no " + field + "; Argo Rollouts evaluates it as an"
                                + " expression for every measurement, which errors: \"failed to parse rangeQuery."
                                + field + " as time\"",
                        "set rangeQuery." + field + (field.equals("start") ? ", such as now() - duration(\"10m\")"
                                : ", such as now()"));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ job

    private static void job(Template t, int m, JobMetric j) {
        JsonPath spec = Template.provider(m).key("job").key("spec");
        JsonObject template = object(j.spec().getOrNull("template"));
        if (template == null) {
            t.report(AnalysisRules.PROVIDER, spec,
                    t.who(m) + ": the job provider's spec has no template; the API server rejects the template:"
                            + " \"spec.metrics[" + m + "].provider.job.spec.template: Required value\"",
                    "describe the Job's pod under spec.template, with spec.containers and restartPolicy: Never");
            return;
        }
        JsonPath podPath = spec.key("template").key("spec");
        JsonObject pod = object(template.getOrNull("spec"));
        JsonArray containers = pod == null ? null : pod.getOrNull("containers") instanceof JsonArray a ? a : null;
        if (containers == null || containers.isEmpty()) {
            t.report(AnalysisRules.PROVIDER, pod == null ? spec.key("template") : podPath,
                    t.who(m) + ": the Job's pod has no containers; Kubernetes refuses to create the Job, so every"
                            + " measurement errors: \"spec.template.spec.containers: Required value\"",
                    "add a container with a name, an image and a command under spec.template.spec.containers");
        } else {
            for (int c = 0; c < containers.size(); c++) {
                JsonObject container = object(containers.get(c));
                if (container == null) {
                    continue;
                }
                JsonPath cp = podPath.key("containers").index(c);
                for (String field : List.of("name", "image")) {
                    JsonValue v = container.getOrNull(field);
                    if (v == null || v instanceof JsonString s && s.value().isEmpty()) {
                        t.report(AnalysisRules.PROVIDER, v == null ? cp : cp.key(field),
                                t.who(m) + ": container " + c + " of the Job's pod has no " + field
                                        + (field.equals("name") ? "; the API server rejects the template"
                                        : "; Kubernetes refuses to create the Job, so every measurement errors")
                                        + ": \"spec.template.spec.containers[" + c + "]." + field
                                        + ": Required value\"",
                                field.equals("name") ? "name the container, such as check"
                                        : "set the image to run, such as curlimages/curl:8.8.0");
                    }
                }
            }
        }
        if (pod == null) {
            return;
        }
        JsonValue rp = pod.getOrNull("restartPolicy");
        String policy = rp instanceof JsonString s ? s.value() : rp == null ? "" : null;
        if (policy == null || Placeholders.has(policy) || policy.equals("Never") || policy.equals("OnFailure")) {
            return;
        }
        String shown = policy.isEmpty() ? "Always" : policy;
        t.report(AnalysisRules.PROVIDER, policy.isEmpty() ? podPath : podPath.key("restartPolicy"),
                t.who(m) + ": the Job's pod " + (policy.isEmpty() ? "has no restartPolicy, which defaults to Always"
                        : "has restartPolicy " + Template.quoted(policy)) + "; Kubernetes refuses to create the Job,"
                        + " so every measurement errors: \"spec.template.spec.restartPolicy: Unsupported value: \\\""
                        + shown + "\\\": supported values: \\\"OnFailure\\\", \\\"Never\\\"\"",
                "set restartPolicy: Never (the measurement fails when the pod fails) or OnFailure");
    }

    private static JsonObject object(JsonValue v) {
        return v instanceof JsonObject o ? o : null;
    }
}
