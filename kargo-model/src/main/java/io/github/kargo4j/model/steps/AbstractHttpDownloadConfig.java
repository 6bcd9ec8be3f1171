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
 * Configuration of the {@code http-download} step: downloads a file.
 */
@Value.Immutable
@PropertyOrder({"url", "outPath", "allowOverwrite", "headers", "queryParams", "insecureSkipTLSVerify", "timeout"})
public abstract class AbstractHttpDownloadConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "http-download";

    /** @return the URL to download (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String url();

    /** @return where to save the file (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /** @return whether an existing file may be replaced; {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> allowOverwrite();

    /** @return request headers */
    public abstract List<HttpHeader> headers();

    /** @return query parameters */
    public abstract List<HttpQueryParam> queryParams();

    /** @return whether to skip TLS verification (not recommended); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

    /** @return the download timeout, a Go duration such as {@code 30s} (default 5m) */
    @Pattern(value = "(?:\\d+(ns|us|\u00b5s|ms|s|m|h))+", description = "a duration such as 30s, 5m or 1h30m")
    public abstract Optional<String> timeout();

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
     * @return its configuration, or empty when the step does not use {@code http-download}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<HttpDownloadConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, HttpDownloadConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code url} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param url the value
         * @return this builder
         */
        public final HttpDownloadConfig.Builder url(CharSequence url) {
            return url(TextValues.text(url));
        }

        /**
         * @param url the value
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder url(String url);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final HttpDownloadConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder outPath(String outPath);

        /**
         * Sets {@code timeout} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param timeout the value
         * @return this builder
         */
        public final HttpDownloadConfig.Builder timeout(CharSequence timeout) {
            return timeout(TextValues.text(timeout));
        }

        /**
         * @param allowOverwrite whether an existing file may be replaced
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder allowOverwrite(BooleanOrExpression allowOverwrite);

        /**
         * @param allowOverwrite whether an existing file may be replaced
         * @return this builder
         */
        public HttpDownloadConfig.Builder allowOverwrite(boolean allowOverwrite) {
            return allowOverwrite(BooleanOrExpression.of(allowOverwrite));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether an existing file may be
         *     replaced
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HttpDownloadConfig.Builder allowOverwrite(String expression) {
            return allowOverwrite(StepValues.bool(STEP, "allowOverwrite", expression));
        }

        /**
         * @param header one of request headers
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder addHeader(HttpHeader header);

        /**
         * @param header configures one of request headers
         * @return this builder
         */
        public HttpDownloadConfig.Builder addHeader(Consumer<HttpHeader.Builder> header) {
            HttpHeader.Builder b = HttpHeader.builder();
            header.accept(b);
            return addHeader(b.build());
        }

        /**
         * @param queryParam one of query parameters
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder addQueryParam(HttpQueryParam queryParam);

        /**
         * @param queryParam configures one of query parameters
         * @return this builder
         */
        public HttpDownloadConfig.Builder addQueryParam(Consumer<HttpQueryParam.Builder> queryParam) {
            HttpQueryParam.Builder b = HttpQueryParam.builder();
            queryParam.accept(b);
            return addQueryParam(b.build());
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (not recommended)
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (not recommended)
         * @return this builder
         */
        public HttpDownloadConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (not recommended)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HttpDownloadConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }

        /**
         * @param timeout the download timeout, a Go duration such as {@code 30s} (default 5m)
         * @return this builder
         */
        public abstract HttpDownloadConfig.Builder timeout(String timeout);

        /**
         * @param timeout the download timeout, a Go duration such as {@code 30s} (default 5m), written as a Go duration
         *     such as {@code 1m30s}
         * @return this builder
         */
        public HttpDownloadConfig.Builder timeout(Duration timeout) {
            return timeout(StepValues.goDuration(STEP, "timeout", timeout));
        }

        /**
         * @param name  the header name
         * @param value the header value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public HttpDownloadConfig.Builder addHeader(String name, CharSequence value) {
            return addHeader(HttpHeader.of(name, TextValues.text(value)));
        }

        /**
         * @param name  the parameter name
         * @param value the parameter value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public HttpDownloadConfig.Builder addQueryParam(String name, CharSequence value) {
            return addQueryParam(HttpQueryParam.of(name, TextValues.text(value)));
        }
    }
}
