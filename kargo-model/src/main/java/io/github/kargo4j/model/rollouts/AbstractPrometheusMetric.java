package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code prometheus} metric provider: a PromQL query whose value is the {@code result}. An instant vector is
 * an array, so conditions read {@code result[0]}.
 */
@Value.Immutable
@PropertyOrder({"address", "query", "timeout", "insecure", "headers", "authentication", "rangeQuery"})
public abstract class AbstractPrometheusMetric {

    /** @return the address of the Prometheus server, such as {@code http://prometheus.monitoring:9090} */
    public abstract Optional<String> address();

    /** @return the PromQL query; may use argument placeholders */
    public abstract Optional<String> query();

    /**
     * @return the query timeout in seconds (default 30); Argo Rollouts rejects a negative one ("prometheus timeout
     *     should not be negative")
     */
    public abstract Optional<@Min(0) Long> timeout();

    /** @return whether to skip TLS certificate verification */
    public abstract Optional<Boolean> insecure();

    /** @return HTTP headers sent with the query */
    public abstract List<@Valid WebMetricHeader> headers();

    /** @return OAuth2 or AWS SigV4 authentication */
    public abstract Optional<@Valid Authentication> authentication();

    /** @return run a range query instead of an instant query */
    public abstract Optional<@Valid PrometheusRangeQuery> rangeQuery();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param header an HTTP header
         * @return this builder
         */
        public abstract PrometheusMetric.Builder addHeader(WebMetricHeader header);

        /**
         * @param header configures an HTTP header to add
         * @return this builder
         */
        public PrometheusMetric.Builder addHeader(Consumer<WebMetricHeader.Builder> header) {
            WebMetricHeader.Builder b = WebMetricHeader.builder();
            header.accept(b);
            return addHeader(b.build());
        }

        /**
         * @param authentication the authentication
         * @return this builder
         */
        public abstract PrometheusMetric.Builder authentication(Authentication authentication);

        /**
         * @param authentication configures the authentication
         * @return this builder
         */
        public PrometheusMetric.Builder authentication(Consumer<Authentication.Builder> authentication) {
            Authentication.Builder b = Authentication.builder();
            authentication.accept(b);
            return authentication(b.build());
        }

        /**
         * @param rangeQuery the range
         * @return this builder
         */
        public abstract PrometheusMetric.Builder rangeQuery(PrometheusRangeQuery rangeQuery);

        /**
         * @param rangeQuery configures the range
         * @return this builder
         */
        public PrometheusMetric.Builder rangeQuery(Consumer<PrometheusRangeQuery.Builder> rangeQuery) {
            PrometheusRangeQuery.Builder b = PrometheusRangeQuery.builder();
            rangeQuery.accept(b);
            return rangeQuery(b.build());
        }
    }
}
