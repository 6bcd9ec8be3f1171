package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a metric's measurements come from. Exactly one provider must be set ("no provider specified" /
 * "multiple providers specified" at run time; see {@link #providerNames()}). The providers most used with Kargo,
 * {@link #web()}, {@link #prometheus()} and {@link #job()}, are typed; every other provider is kept as a free-form
 * JSON tree, written back exactly as read. A provider this version does not know lands in
 * {@link #unknownFields()}.
 */
@Value.Immutable
@PropertyOrder({"prometheus", "kayenta", "web", "datadog", "wavefront", "newRelic", "job", "cloudWatch", "graphite",
    "influxdb", "skywalking", "plugin"})
public abstract class AbstractMetricProvider {

    /** @return a Prometheus query */
    public abstract Optional<@Valid PrometheusMetric> prometheus();

    /**
     * @return a Kayenta canary judgement, free-form: {@code address}, {@code application},
     *     {@code canaryConfigName}, {@code metricsAccountName}, {@code configurationAccountName},
     *     {@code storageAccountName}, {@code threshold {pass, marginal}} and {@code scopes[]} are required
     */
    public abstract Optional<JsonObject> kayenta();

    /** @return an HTTP request whose JSON response is the result */
    public abstract Optional<@Valid WebMetric> web();

    /**
     * @return a Datadog query, free-form: {@code query} or {@code queries} with {@code formula}, {@code interval}
     *     (default {@code 5m}), {@code apiVersion} ({@code v1} default, or {@code v2}), {@code aggregator},
     *     {@code secretRef}
     */
    public abstract Optional<JsonObject> datadog();

    /** @return a Wavefront query, free-form: {@code address}, {@code query} */
    public abstract Optional<JsonObject> wavefront();

    /** @return a New Relic NRQL query, free-form: {@code query} (required), {@code profile}, {@code timeout} */
    public abstract Optional<JsonObject> newRelic();

    /** @return a Kubernetes Job whose success or failure is the result */
    public abstract Optional<@Valid JobMetric> job();

    /**
     * @return an AWS CloudWatch query, free-form: {@code metricDataQueries[]} (required), {@code interval}
     */
    public abstract Optional<JsonObject> cloudWatch();

    /** @return a Graphite query, free-form: {@code address}, {@code query} */
    public abstract Optional<JsonObject> graphite();

    /** @return an InfluxDB query, free-form: {@code profile}, {@code query} */
    public abstract Optional<JsonObject> influxdb();

    /** @return an Apache SkyWalking query, free-form: {@code address}, {@code query}, {@code interval} */
    public abstract Optional<JsonObject> skywalking();

    /**
     * @return metric plugins by plugin name, each with its own free-form configuration (at most one plugin per
     *     metric)
     */
    public abstract Optional<JsonObject> plugin();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * The JSON names of the providers that are set, in writing order, followed by the names of unknown fields
     * (providers a newer Argo Rollouts may know). A valid metric has exactly one; each entry of {@code plugin}
     * counts as a provider of its own at run time.
     *
     * @return the names of the providers that are set, such as {@code [web]}
     */
    public List<String> providerNames() {
        List<String> names = new ArrayList<>();
        add(names, "prometheus", prometheus());
        add(names, "kayenta", kayenta());
        add(names, "web", web());
        add(names, "datadog", datadog());
        add(names, "wavefront", wavefront());
        add(names, "newRelic", newRelic());
        add(names, "job", job());
        add(names, "cloudWatch", cloudWatch());
        add(names, "graphite", graphite());
        add(names, "influxdb", influxdb());
        add(names, "skywalking", skywalking());
        add(names, "plugin", plugin());
        names.addAll(unknownFields().keys());
        return Collections.unmodifiableList(names);
    }

    private static void add(List<String> names, String name, Optional<?> provider) {
        if (provider.isPresent()) {
            names.add(name);
        }
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param prometheus the Prometheus query
         * @return this builder
         */
        public abstract MetricProvider.Builder prometheus(PrometheusMetric prometheus);

        /**
         * @param prometheus configures the Prometheus query
         * @return this builder
         */
        public MetricProvider.Builder prometheus(Consumer<PrometheusMetric.Builder> prometheus) {
            PrometheusMetric.Builder b = PrometheusMetric.builder();
            prometheus.accept(b);
            return prometheus(b.build());
        }

        /**
         * @param web the HTTP request
         * @return this builder
         */
        public abstract MetricProvider.Builder web(WebMetric web);

        /**
         * @param web configures the HTTP request
         * @return this builder
         */
        public MetricProvider.Builder web(Consumer<WebMetric.Builder> web) {
            WebMetric.Builder b = WebMetric.builder();
            web.accept(b);
            return web(b.build());
        }

        /**
         * @param job the Job
         * @return this builder
         */
        public abstract MetricProvider.Builder job(JobMetric job);

        /**
         * @param job configures the Job
         * @return this builder
         */
        public MetricProvider.Builder job(Consumer<JobMetric.Builder> job) {
            JobMetric.Builder b = JobMetric.builder();
            job.accept(b);
            return job(b.build());
        }
    }
}
