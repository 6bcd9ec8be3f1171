package io.github.kargo4j.builders.rollouts;

import io.github.kargo4j.builders.Durations;
import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.rollouts.Authentication;
import io.github.kargo4j.model.rollouts.JobMetric;
import io.github.kargo4j.model.rollouts.JobMetricMetadata;
import io.github.kargo4j.model.rollouts.Metric;
import io.github.kargo4j.model.rollouts.MetricProvider;
import io.github.kargo4j.model.rollouts.PrometheusMetric;
import io.github.kargo4j.model.rollouts.PrometheusRangeQuery;
import io.github.kargo4j.model.rollouts.WebMetric;
import io.github.kargo4j.model.rollouts.WebMetricHeader;
import io.github.kargo4j.model.rollouts.WebMetricMethod;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Metrics of an analysis template for the providers Kargo verifications use most: {@link #web(String, String)
 * web}, {@link #prometheus(String, String, String) prometheus} and {@link #job(String) job}.
 *
 * <p>Each factory returns an immutable definition; every method returns a changed copy. Timings take a
 * {@link Duration} (written like {@code 5m}) or text (a Go duration or an argument placeholder); counts and limits
 * take a number or text such as {@code {{args.count}}}. A definition is a {@code Consumer<Metric.Builder>}, so it
 * goes straight into {@code AnalysisTemplateSpec.Builder.addMetric(...)}; {@link Definition#build()} gives the
 * {@link Metric}. Only what is set is written.
 *
 * <pre>{@code
 * Metrics.web("pulumi-update-succeeded", "https://api.pulumi.com/api/stacks/org/app/dev/updates/latest")
 *     .header("Authorization", "token " + Args.placeholder("pulumi-token"))
 *     .timeout(Duration.ofSeconds(20))
 *     .jsonPath("{$.info}")
 *     .successCondition("result.status == \"succeeded\"")
 *     .initialDelay(Duration.ofMinutes(5)).interval(Duration.ofMinutes(1)).count(5).failureLimit(2)
 * }</pre>
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * An HTTP request whose JSON response (narrowed by {@link Web#jsonPath(String)}) is the {@code result}; a non-2xx
     * response is a measurement error.
     *
     * @param name the metric name, unique across the templates a Stage uses
     * @param url  the URL; may hold argument placeholders
     * @return the definition
     */
    public static Web web(String name, String url) {
        return new Web(base(name).provider(p -> p.web(w -> w.url(requireText(url, "url")))).build());
    }

    /**
     * A PromQL query; an instant vector is an array, so conditions read {@code result[0]}.
     *
     * @param name    the metric name
     * @param address the Prometheus server, such as {@code http://prometheus.monitoring:9090}
     * @param query   the PromQL query; may hold argument placeholders
     * @return the definition
     */
    public static Prometheus prometheus(String name, String address, String query) {
        return new Prometheus(base(name).provider(p -> p.prometheus(q -> q.address(requireText(address, "address"))
                .query(requireText(query, "query")))).build());
    }

    /**
     * A Kubernetes Job, run in the Project namespace, whose success or failure is the measurement; add its
     * container with {@link Job#container(String, String, String...)} or give the whole JobSpec with
     * {@link Job#spec(JsonObject)}.
     *
     * @param name the metric name
     * @return the definition
     */
    public static Job job(String name) {
        return new Job(base(name).provider(p -> p.job(j -> j.spec(JsonObject.EMPTY))).build());
    }

    private static Metric.Builder base(String name) {
        return Metric.builder().name(requireText(name, "name"));
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    private static long wholeSeconds(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero() || d.getNano() != 0) {
            throw new IllegalArgumentException(what + " is a whole, positive number of seconds, got " + d);
        }
        return d.getSeconds();
    }

    /**
     * What every metric has: timings, conditions and limits.
     *
     * @param <S> the concrete definition type
     */
    public abstract static sealed class Definition<S extends Definition<S>> implements Consumer<Metric.Builder>
            permits Web, Prometheus, Job {

        final Metric metric;

        Definition(Metric metric) {
            this.metric = metric;
        }

        abstract S with(Metric changed);

        /** @return the metric name */
        public final String name() {
            return metric.name();
        }

        /**
         * @param interval the time between measurements
         * @return the changed definition
         */
        public final S interval(Duration interval) {
            return with(metric.withInterval(Durations.format(interval)));
        }

        /**
         * @param interval a Go duration such as {@code 30s}, or an argument placeholder
         * @return the changed definition
         */
        public final S interval(String interval) {
            return with(metric.withInterval(requireText(interval, "interval")));
        }

        /**
         * @param delay how long to wait before the first measurement
         * @return the changed definition
         */
        public final S initialDelay(Duration delay) {
            return with(metric.withInitialDelay(Durations.format(delay)));
        }

        /**
         * @param delay a Go duration such as {@code 5m}, or an argument placeholder
         * @return the changed definition
         */
        public final S initialDelay(String delay) {
            return with(metric.withInitialDelay(requireText(delay, "initialDelay")));
        }

        /**
         * @param count how many measurements to take; above 1 an {@code interval} is needed
         * @return the changed definition
         */
        public final S count(int count) {
            return with(metric.withCount(IntOrString.of(count)));
        }

        /**
         * @param count an argument placeholder such as {@code {{args.count}}}
         * @return the changed definition
         */
        public final S count(String count) {
            return with(metric.withCount(IntOrString.of(requireText(count, "count"))));
        }

        /**
         * @param condition an expression over {@code result} that marks a measurement successful, such as
         *                  {@code result == true} or {@code result[0] >= 0.95}
         * @return the changed definition
         */
        public final S successCondition(String condition) {
            return with(metric.withSuccessCondition(requireText(condition, "successCondition")));
        }

        /**
         * @param condition an expression over {@code result} that marks a measurement failed
         * @return the changed definition
         */
        public final S failureCondition(String condition) {
            return with(metric.withFailureCondition(requireText(condition, "failureCondition")));
        }

        /**
         * @param limit how many failed measurements to tolerate ({@code -1}: no limit; default 0)
         * @return the changed definition
         */
        public final S failureLimit(int limit) {
            return with(metric.withFailureLimit(IntOrString.of(limit)));
        }

        /**
         * @param limit an argument placeholder
         * @return the changed definition
         */
        public final S failureLimit(String limit) {
            return with(metric.withFailureLimit(IntOrString.of(requireText(limit, "failureLimit"))));
        }

        /**
         * @param limit how many inconclusive measurements to tolerate (default 0)
         * @return the changed definition
         */
        public final S inconclusiveLimit(int limit) {
            return with(metric.withInconclusiveLimit(IntOrString.of(limit)));
        }

        /**
         * @param limit how many measurement errors in a row to tolerate (default 4)
         * @return the changed definition
         */
        public final S consecutiveErrorLimit(int limit) {
            return with(metric.withConsecutiveErrorLimit(IntOrString.of(limit)));
        }

        /**
         * @param limit how many successful measurements in a row make the metric succeed (default 0: off)
         * @return the changed definition
         */
        public final S consecutiveSuccessLimit(int limit) {
            return with(metric.withConsecutiveSuccessLimit(IntOrString.of(limit)));
        }

        /**
         * @return the metric
         * @throws IllegalStateException if the provider is incomplete or contradictory (see each provider)
         */
        public final Metric build() {
            check();
            return metric;
        }

        /**
         * Sets every field of a metric being built ({@code AnalysisTemplateSpec.Builder.addMetric(definition)}).
         *
         * @param builder the builder to fill
         */
        @Override
        public final void accept(Metric.Builder builder) {
            builder.from(build());
        }

        void check() {
        }

        @Override
        public final String toString() {
            return metric.toString();
        }
    }

    /** The {@code web} provider: an HTTP request. */
    public static final class Web extends Definition<Web> {

        Web(Metric metric) {
            super(metric);
        }

        private WebMetric web() {
            return metric.provider().web().orElseThrow();
        }

        private Web withWeb(WebMetric web) {
            return new Web(metric.withProvider(MetricProvider.builder().web(web).build()));
        }

        @Override
        Web with(Metric changed) {
            return new Web(changed);
        }

        /**
         * @param method the HTTP method (default {@code GET})
         * @return the changed definition
         */
        public Web method(WebMetricMethod method) {
            Objects.requireNonNull(method, "method");
            if (method == WebMetricMethod.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN is not an HTTP method");
            }
            return withWeb(web().withMethodAsString(method.value()));
        }

        /**
         * @param body a text body, sent with {@code POST}
         * @return the changed definition
         */
        public Web post(String body) {
            return method(WebMetricMethod.POST).body(body);
        }

        /**
         * @param jsonBody a JSON body, sent with {@code POST}
         * @return the changed definition
         */
        public Web post(JsonObject jsonBody) {
            return method(WebMetricMethod.POST).jsonBody(jsonBody);
        }

        /**
         * @param body a text body, sent with {@code PUT}
         * @return the changed definition
         */
        public Web put(String body) {
            return method(WebMetricMethod.PUT).body(body);
        }

        /**
         * @param body a text body; only with {@code POST} or {@code PUT}, not with a JSON body
         * @return the changed definition
         */
        public Web body(String body) {
            return withWeb(web().withBody(Objects.requireNonNull(body, "body")));
        }

        /**
         * @param jsonBody a JSON body; only with {@code POST} or {@code PUT}, not with a text body
         * @return the changed definition
         */
        public Web jsonBody(JsonObject jsonBody) {
            return withWeb(web().withJsonBody(Objects.requireNonNull(jsonBody, "jsonBody")));
        }

        /**
         * Adds a request header (headers keep their order; a name may repeat).
         *
         * @param key   the header name
         * @param value the value; may hold argument placeholders such as {@code token {{args.api-token}}}
         * @return the changed definition
         */
        public Web header(String key, String value) {
            List<WebMetricHeader> headers = new ArrayList<>(web().headers());
            headers.add(WebMetricHeader.of(requireText(key, "key"), Objects.requireNonNull(value, "value")));
            return withWeb(web().withHeaders(headers));
        }

        /**
         * @param timeout the request timeout, whole seconds (default 10 s)
         * @return the changed definition
         */
        public Web timeout(Duration timeout) {
            return withWeb(web().withTimeoutSeconds(wholeSeconds(timeout, "timeout")));
        }

        /**
         * @param jsonPath a JSONPath in Kubernetes syntax, such as <code>{$.status}</code>, that selects the result
         *                 (default: the whole response)
         * @return the changed definition
         */
        public Web jsonPath(String jsonPath) {
            return withWeb(web().withJsonPath(requireText(jsonPath, "jsonPath")));
        }

        /** @return the changed definition, which skips TLS certificate verification */
        public Web insecure() {
            return withWeb(web().withInsecure(true));
        }

        /**
         * @param authentication OAuth2 or AWS SigV4 authentication
         * @return the changed definition
         */
        public Web authentication(Authentication authentication) {
            return withWeb(web().withAuthentication(Objects.requireNonNull(authentication, "authentication")));
        }

        /**
         * @throws IllegalStateException when both a text and a JSON body are set, or a body is set without
         *                               {@code POST} or {@code PUT}
         */
        @Override
        void check() {
            WebMetric w = web();
            if (w.body().isPresent() && w.jsonBody().isPresent()) {
                throw new IllegalStateException("web metric \"" + name() + "\" has both a body and a jsonBody; "
                        + "Argo Rollouts accepts one of them");
            }
            boolean hasBody = w.body().isPresent() || w.jsonBody().isPresent();
            String method = w.methodAsString().orElse("GET");
            if (hasBody && !method.equals("POST") && !method.equals("PUT")) {
                throw new IllegalStateException("web metric \"" + name() + "\" sends a body with " + method
                        + "; Argo Rollouts sends a body only with POST or PUT (use post(...) or put(...))");
            }
        }
    }

    /** The {@code prometheus} provider: a PromQL query. */
    public static final class Prometheus extends Definition<Prometheus> {

        Prometheus(Metric metric) {
            super(metric);
        }

        private PrometheusMetric prometheus() {
            return metric.provider().prometheus().orElseThrow();
        }

        private Prometheus withPrometheus(PrometheusMetric p) {
            return new Prometheus(metric.withProvider(MetricProvider.builder().prometheus(p).build()));
        }

        @Override
        Prometheus with(Metric changed) {
            return new Prometheus(changed);
        }

        /**
         * @param timeout the query timeout, whole seconds
         * @return the changed definition
         */
        public Prometheus timeout(Duration timeout) {
            return withPrometheus(prometheus().withTimeout(wholeSeconds(timeout, "timeout")));
        }

        /** @return the changed definition, which skips TLS certificate verification */
        public Prometheus insecure() {
            return withPrometheus(prometheus().withInsecure(true));
        }

        /**
         * @param key   the header name
         * @param value the value; may hold argument placeholders
         * @return the changed definition
         */
        public Prometheus header(String key, String value) {
            List<WebMetricHeader> headers = new ArrayList<>(prometheus().headers());
            headers.add(WebMetricHeader.of(requireText(key, "key"), Objects.requireNonNull(value, "value")));
            return withPrometheus(prometheus().withHeaders(headers));
        }

        /**
         * Runs a range query instead of an instant query.
         *
         * @param start the start, an expression such as {@code now() - duration("5m")}
         * @param end   the end, such as {@code now()}
         * @param step  the resolution, such as {@code 1m}
         * @return the changed definition
         */
        public Prometheus rangeQuery(String start, String end, String step) {
            return withPrometheus(prometheus().withRangeQuery(PrometheusRangeQuery.builder()
                    .start(requireText(start, "start")).end(requireText(end, "end")).step(requireText(step, "step"))
                    .build()));
        }

        /**
         * @param authentication OAuth2 or AWS SigV4 authentication
         * @return the changed definition
         */
        public Prometheus authentication(Authentication authentication) {
            return withPrometheus(prometheus().withAuthentication(
                    Objects.requireNonNull(authentication, "authentication")));
        }
    }

    /**
     * The {@code job} provider: a Kubernetes Job. {@link #container(String, String, String...)} writes a minimal
     * JobSpec, <code>template: {spec: {containers: [...], restartPolicy: Never}}</code>; further containers may be
     * added, and {@link #spec(JsonObject)} replaces the whole JobSpec.
     */
    public static final class Job extends Definition<Job> {

        Job(Metric metric) {
            super(metric);
        }

        private JobMetric job() {
            return metric.provider().job().orElseThrow();
        }

        private Job withJob(JobMetric job) {
            return new Job(metric.withProvider(MetricProvider.builder().job(job).build()));
        }

        @Override
        Job with(Metric changed) {
            return new Job(changed);
        }

        /**
         * Adds a container to the Job's pod; the first one also sets {@code restartPolicy: Never} unless the spec
         * already has a restart policy.
         *
         * @param name    the container name
         * @param image   the image
         * @param command the command and its arguments; none runs the image's entry point
         * @return the changed definition
         */
        public Job container(String name, String image, String... command) {
            JsonObject.Builder c = JsonObject.builder().put("name", requireText(name, "name"))
                    .put("image", requireText(image, "image"));
            if (command.length > 0) {
                JsonArray.Builder cmd = JsonArray.builder();
                for (String part : command) {
                    cmd.add(JsonString.of(Objects.requireNonNull(part, "command")));
                }
                c.put("command", cmd.build());
            }
            JsonObject spec = job().spec();
            JsonObject template = object(spec, "template");
            JsonObject podSpec = object(template, "spec");
            JsonArray.Builder containers = JsonArray.builder();
            podSpec.get("containers").filter(JsonArray.class::isInstance).map(JsonArray.class::cast)
                    .ifPresent(a -> a.items().forEach(containers::add));
            containers.add(c.build());
            podSpec = podSpec.with("containers", containers.build());
            if (!podSpec.containsKey("restartPolicy")) {
                podSpec = podSpec.with("restartPolicy", JsonString.of("Never"));
            }
            return withJob(job().withSpec(spec.with("template", template.with("spec", podSpec))));
        }

        /**
         * @param spec the whole {@code batch/v1} JobSpec, replacing what was set
         * @return the changed definition
         */
        public Job spec(JsonObject spec) {
            return withJob(job().withSpec(Objects.requireNonNull(spec, "spec")));
        }

        /**
         * @param retries how many times to retry a failed pod ({@code backoffLimit}; Kubernetes' default is 6)
         * @return the changed definition
         */
        public Job backoffLimit(int retries) {
            return withJob(job().withSpec(job().spec().with("backoffLimit", JsonValue.of(retries))));
        }

        /**
         * @param deadline how long the Job may run ({@code activeDeadlineSeconds}), whole seconds
         * @return the changed definition
         */
        public Job activeDeadline(Duration deadline) {
            return withJob(job().withSpec(job().spec().with("activeDeadlineSeconds",
                    JsonValue.of(wholeSeconds(deadline, "deadline")))));
        }

        /**
         * @param key   a label key for the Job
         * @param value its value
         * @return the changed definition
         */
        public Job label(String key, String value) {
            JobMetricMetadata m = job().metadata().orElse(JobMetricMetadata.builder().build());
            return withJob(job().withMetadata(JobMetricMetadata.builder().from(m)
                    .putLabel(requireText(key, "key"), Objects.requireNonNull(value, "value")).build()));
        }

        /**
         * @param key   an annotation key for the Job
         * @param value its value
         * @return the changed definition
         */
        public Job annotation(String key, String value) {
            JobMetricMetadata m = job().metadata().orElse(JobMetricMetadata.builder().build());
            return withJob(job().withMetadata(JobMetricMetadata.builder().from(m)
                    .putAnnotation(requireText(key, "key"), Objects.requireNonNull(value, "value")).build()));
        }

        /** @throws IllegalStateException when the JobSpec has no container */
        @Override
        void check() {
            boolean hasContainer = job().spec().get("template")
                    .flatMap(t -> t instanceof JsonObject o ? o.get("spec") : java.util.Optional.empty())
                    .flatMap(s -> s instanceof JsonObject o ? o.get("containers") : java.util.Optional.empty())
                    .map(c -> c instanceof JsonArray a && !a.isEmpty())
                    .orElse(false);
            if (!hasContainer) {
                throw new IllegalStateException("job metric \"" + name() + "\" has no container: call "
                        + "container(name, image, command...) or spec(jobSpec) with template.spec.containers");
            }
        }

        private static JsonObject object(JsonObject parent, String key) {
            return parent.get(key).filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                    .orElse(JsonObject.EMPTY);
        }
    }
}
