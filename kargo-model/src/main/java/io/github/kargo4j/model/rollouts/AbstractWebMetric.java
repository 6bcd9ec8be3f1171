package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code web} metric provider: an HTTP request whose JSON response, narrowed by {@link #jsonPath()}, is the
 * {@code result} of the success and failure conditions. A non-2xx response is a measurement error. The URL, headers
 * and body may use argument placeholders, for example {@code Authorization: token {{args.api-token}}}.
 */
@Value.Immutable
@PropertyOrder({"url", "method", "headers", "body", "jsonBody", "timeoutSeconds", "jsonPath", "insecure",
    "authentication"})
public abstract class AbstractWebMetric {

    /**
     * @return the URL to request (required, not empty: Argo Rollouts fails every measurement with "unsupported
     *     protocol scheme")
     */
    public abstract @NotBlank String url();

    /**
     * @return the HTTP method as written (default {@code GET}); Argo Rollouts documents {@code GET}, {@code POST}
     *     and {@code PUT}, and the schema does not restrict it
     */
    @JsonName("method")
    public abstract Optional<String> methodAsString();

    /** @return the HTTP method, or {@link WebMetricMethod#UNKNOWN} for a value this version does not know */
    public Optional<WebMetricMethod> method() {
        return methodAsString().map(m -> OpenEnum.parse(WebMetricMethod.class, m));
    }

    /** @return request headers */
    public abstract List<@Valid WebMetricHeader> headers();

    /** @return a text request body; only with {@code POST} or {@code PUT}, and not together with {@code jsonBody} */
    public abstract Optional<String> body();

    /**
     * @return a JSON request body, free-form; only with {@code POST} or {@code PUT}, and not together with
     *     {@code body}
     */
    public abstract Optional<JsonObject> jsonBody();

    /** @return the request timeout in seconds (default 10) */
    public abstract Optional<Long> timeoutSeconds();

    /**
     * @return a JSONPath (Kubernetes syntax, such as {@code {$.status}}) that selects the {@code result} from the
     *     response (default {@code {$}}: the whole response)
     */
    public abstract Optional<String> jsonPath();

    /** @return whether to skip TLS certificate verification */
    public abstract Optional<Boolean> insecure();

    /** @return OAuth2 or AWS SigV4 authentication of the request */
    public abstract Optional<@Valid Authentication> authentication();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param method the HTTP method as written
         * @return this builder
         */
        public abstract WebMetric.Builder methodAsString(String method);

        /**
         * @param method the HTTP method (not {@link WebMetricMethod#UNKNOWN})
         * @return this builder
         */
        public WebMetric.Builder method(WebMetricMethod method) {
            if (method == WebMetricMethod.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN has no text; use methodAsString(String)");
            }
            return methodAsString(method.value());
        }

        /**
         * @param header a request header
         * @return this builder
         */
        public abstract WebMetric.Builder addHeader(WebMetricHeader header);

        /**
         * @param header configures a request header to add
         * @return this builder
         */
        public WebMetric.Builder addHeader(Consumer<WebMetricHeader.Builder> header) {
            WebMetricHeader.Builder b = WebMetricHeader.builder();
            header.accept(b);
            return addHeader(b.build());
        }

        /**
         * @param key   the header name
         * @param value the header value
         * @return this builder
         */
        public WebMetric.Builder addHeader(String key, String value) {
            return addHeader(WebMetricHeader.of(key, value));
        }

        /**
         * @param authentication the authentication
         * @return this builder
         */
        public abstract WebMetric.Builder authentication(Authentication authentication);

        /**
         * @param authentication configures the authentication
         * @return this builder
         */
        public WebMetric.Builder authentication(Consumer<Authentication.Builder> authentication) {
            Authentication.Builder b = Authentication.builder();
            authentication.accept(b);
            return authentication(b.build());
        }
    }
}
