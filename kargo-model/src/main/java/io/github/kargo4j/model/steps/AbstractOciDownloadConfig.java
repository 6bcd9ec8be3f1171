package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Pattern;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code oci-download} step: pulls one layer of an OCI artifact to a file.
 */
@Value.Immutable
@PropertyOrder({"imageRef", "outPath", "allowOverwrite", "mediaType", "insecureSkipTLSVerify"})
public abstract class AbstractOciDownloadConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "oci-download";

    /**
     * @return the artifact, such as {@code registry/repo:tag}, {@code oci://registry/chart:1.0.0} or
     *     {@code registry/repo@sha256:...} (required)
     */
    @Nullable
    @Required
    @MinLength(1)
    @Pattern(value = "^(oci://)?[a-zA-Z0-9._-]+(:\\d+)?(/[a-zA-Z0-9._-]+)*[@:][a-zA-Z0-9._:-]+$",
            description = "an OCI reference with a tag or a digest, such as registry.example.com/repo:tag, "
                + "oci://registry.example.com/chart:1.0.0 or registry.example.com/repo@sha256:...")
    public abstract String imageRef();

    /** @return where to save the layer (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /**
     * @return whether an existing file may be replaced (default false); {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> allowOverwrite();

    /** @return the media type of the layer to pull (default: the first layer) */
    @MinLength(1)
    public abstract Optional<String> mediaType();

    /** @return whether to skip TLS verification (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> insecureSkipTLSVerify();

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
     * @return its configuration, or empty when the step does not use {@code oci-download}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<OciDownloadConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, OciDownloadConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code imageRef} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param imageRef the value
         * @return this builder
         */
        public final OciDownloadConfig.Builder imageRef(CharSequence imageRef) {
            return imageRef(TextValues.text(imageRef));
        }

        /**
         * @param imageRef the value
         * @return this builder
         */
        public abstract OciDownloadConfig.Builder imageRef(String imageRef);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final OciDownloadConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract OciDownloadConfig.Builder outPath(String outPath);

        /**
         * Sets {@code mediaType} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param mediaType the value
         * @return this builder
         */
        public final OciDownloadConfig.Builder mediaType(CharSequence mediaType) {
            return mediaType(TextValues.text(mediaType));
        }

        /**
         * @param mediaType the value
         * @return this builder
         */
        public abstract OciDownloadConfig.Builder mediaType(String mediaType);

        /**
         * @param allowOverwrite whether an existing file may be replaced
         * @return this builder
         */
        public abstract OciDownloadConfig.Builder allowOverwrite(BooleanOrExpression allowOverwrite);

        /**
         * @param allowOverwrite whether an existing file may be replaced
         * @return this builder
         */
        public OciDownloadConfig.Builder allowOverwrite(boolean allowOverwrite) {
            return allowOverwrite(BooleanOrExpression.of(allowOverwrite));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether an existing file may be
         *     replaced
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public OciDownloadConfig.Builder allowOverwrite(String expression) {
            return allowOverwrite(StepValues.bool(STEP, "allowOverwrite", expression));
        }

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public abstract OciDownloadConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public OciDownloadConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public OciDownloadConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }
    }
}
