package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Pattern;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code http} step: sends an HTTP request and decides success or failure from
 * the response with expressions (bare expr-lang over {@code response.status}, {@code response.headers},
 * {@code response.body}); outputs the named {@code outputs}.
 */
@Value.Immutable
@PropertyOrder({"method", "url", "headers", "queryParams", "body", "insecureSkipTLSVerify", "proxy", "timeout",
        "pollInterval", "responseContentType", "outputs", "successExpression", "failureExpression", "errorExpression"})
public abstract class AbstractHttpConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "http";

    /**
     * @return the method: {@code GET} (default), {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} or
     *     {@code HEAD}
     */
    @Pattern(value = "^(DELETE|GET|HEAD|PATCH|POST|PUT)$",
            description = "an HTTP method: DELETE, GET, HEAD, PATCH, POST or PUT")
    public abstract Optional<String> method();

    /** @return the URL (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String url();

    /** @return request headers */
    public abstract List<HttpHeader> headers();

    /** @return query parameters */
    public abstract List<HttpQueryParam> queryParams();

    /** @return the request body */
    public abstract Optional<String> body();

    /** @return whether to skip TLS verification (not recommended); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

    /** @return the URL of a proxy ({@code http://} or {@code https://}) */
    @Pattern(value = "^https?://.*$", description = "a URL that starts with http:// or https://")
    public abstract Optional<String> proxy();

    /** @return the request timeout, a Go duration such as {@code 30s} (default 10s) */
    @Pattern(value = "(?:\\d+(ns|us|\u00b5s|ms|s|m|h))+", description = "a duration such as 30s, 5m or 1h30m")
    public abstract Optional<String> timeout();

    /** @return how often to retry while neither criterion is met, a Go duration such as {@code 30s} (default 30s) */
    @Pattern(value = "(?:\\d+(ns|us|\u00b5s|ms|s|m|h))+", description = "a duration such as 30s, 5m or 1h30m")
    public abstract Optional<String> pollInterval();

    /** @return how to parse the response: {@code application/json}, {@code application/yaml} or {@code text/plain} */
    @Pattern(value = "^(application/json|application/yaml|text/plain)$",
            description = "application/json, application/yaml or text/plain")
    public abstract Optional<String> responseContentType();

    /** @return outputs extracted from the response */
    public abstract List<ExpressionOutput> outputs();

    /** @return the expression that decides success */
    public abstract Optional<String> successExpression();

    /** @return the expression that decides failure (it wins over success) */
    public abstract Optional<String> failureExpression();

    /** @return the expression that extracts an error message */
    public abstract Optional<String> errorExpression();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    @Override
    public final String stepName() {
        return STEP;
    }

    /**
     * The typed view of a step's configuration.
     *
     * @param step a promotion step
     * @return its configuration, or empty when the step does not use {@code http}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<HttpConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, HttpConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code method} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param method the value
         * @return this builder
         */
        public final HttpConfig.Builder method(CharSequence method) {
            return method(TextValues.text(method));
        }

        /**
         * @param method the value
         * @return this builder
         */
        public abstract HttpConfig.Builder method(String method);

        /**
         * Sets {@code url} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param url the value
         * @return this builder
         */
        public final HttpConfig.Builder url(CharSequence url) {
            return url(TextValues.text(url));
        }

        /**
         * @param url the value
         * @return this builder
         */
        public abstract HttpConfig.Builder url(String url);

        /**
         * Sets {@code body} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param body the value
         * @return this builder
         */
        public final HttpConfig.Builder body(CharSequence body) {
            return body(TextValues.text(body));
        }

        /**
         * @param body the value
         * @return this builder
         */
        public abstract HttpConfig.Builder body(String body);

        /**
         * Sets {@code proxy} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param proxy the value
         * @return this builder
         */
        public final HttpConfig.Builder proxy(CharSequence proxy) {
            return proxy(TextValues.text(proxy));
        }

        /**
         * @param proxy the value
         * @return this builder
         */
        public abstract HttpConfig.Builder proxy(String proxy);

        /**
         * Sets {@code timeout} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param timeout the value
         * @return this builder
         */
        public final HttpConfig.Builder timeout(CharSequence timeout) {
            return timeout(TextValues.text(timeout));
        }

        /**
         * Sets {@code pollInterval} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param pollInterval the value
         * @return this builder
         */
        public final HttpConfig.Builder pollInterval(CharSequence pollInterval) {
            return pollInterval(TextValues.text(pollInterval));
        }

        /**
         * Sets {@code responseContentType} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param responseContentType the value
         * @return this builder
         */
        public final HttpConfig.Builder responseContentType(CharSequence responseContentType) {
            return responseContentType(TextValues.text(responseContentType));
        }

        /**
         * @param responseContentType the value
         * @return this builder
         */
        public abstract HttpConfig.Builder responseContentType(String responseContentType);

        /**
         * @param header one of request headers
         * @return this builder
         */
        public abstract HttpConfig.Builder addHeader(HttpHeader header);

        /**
         * @param header configures one of request headers
         * @return this builder
         */
        public HttpConfig.Builder addHeader(Consumer<HttpHeader.Builder> header) {
            HttpHeader.Builder b = HttpHeader.builder();
            header.accept(b);
            return addHeader(b.build());
        }

        /**
         * @param queryParam one of query parameters
         * @return this builder
         */
        public abstract HttpConfig.Builder addQueryParam(HttpQueryParam queryParam);

        /**
         * @param queryParam configures one of query parameters
         * @return this builder
         */
        public HttpConfig.Builder addQueryParam(Consumer<HttpQueryParam.Builder> queryParam) {
            HttpQueryParam.Builder b = HttpQueryParam.builder();
            queryParam.accept(b);
            return addQueryParam(b.build());
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (not recommended)
         * @return this builder
         */
        public abstract HttpConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (not recommended)
         * @return this builder
         */
        public HttpConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (not recommended)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HttpConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }

        /**
         * @param timeout the request timeout, a Go duration such as {@code 30s} (default 10s)
         * @return this builder
         */
        public abstract HttpConfig.Builder timeout(String timeout);

        /**
         * @param timeout the request timeout, a Go duration such as {@code 30s} (default 10s), written as a Go duration
         *     such as {@code 1m30s}
         * @return this builder
         */
        public HttpConfig.Builder timeout(Duration timeout) {
            return timeout(StepValues.goDuration(STEP, "timeout", timeout));
        }

        /**
         * @param pollInterval how often to retry while neither criterion is met, a Go duration such as {@code 30s}
         *     (default 30s)
         * @return this builder
         */
        public abstract HttpConfig.Builder pollInterval(String pollInterval);

        /**
         * @param pollInterval how often to retry while neither criterion is met, a Go duration such as {@code 30s}
         *     (default 30s), written as a Go duration such as {@code 1m30s}
         * @return this builder
         */
        public HttpConfig.Builder pollInterval(Duration pollInterval) {
            return pollInterval(StepValues.goDuration(STEP, "pollInterval", pollInterval));
        }

        /**
         * @param output one of outputs extracted from the response
         * @return this builder
         */
        public abstract HttpConfig.Builder addOutput(ExpressionOutput output);

        /**
         * @param output configures one of outputs extracted from the response
         * @return this builder
         */
        public HttpConfig.Builder addOutput(Consumer<ExpressionOutput.Builder> output) {
            ExpressionOutput.Builder b = ExpressionOutput.builder();
            output.accept(b);
            return addOutput(b.build());
        }

        /**
         * @param name  the header name
         * @param value the header value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public HttpConfig.Builder addHeader(String name, CharSequence value) {
            return addHeader(HttpHeader.of(name, TextValues.text(value)));
        }

        /**
         * @param name  the parameter name
         * @param value the parameter value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public HttpConfig.Builder addQueryParam(String name, CharSequence value) {
            return addQueryParam(HttpQueryParam.of(name, TextValues.text(value)));
        }

        /**
         * @param name           the name of the output
         * @param fromExpression the expression (bare expr-lang, no {@code ${{ }}}) whose value becomes the output
         * @return this builder
         */
        public HttpConfig.Builder addOutput(String name, String fromExpression) {
            return addOutput(ExpressionOutput.of(name, fromExpression));
        }
    }
}
