package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Pattern;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the {@code oci-push} step: copies an OCI artifact to a new reference (or
 * re-tags it); outputs {@code image}, {@code digest} and {@code tag}.
 */
@Value.Immutable
@PropertyOrder({"srcRef", "destRef", "annotations", "insecureSkipTLSVerify"})
public abstract class AbstractOciPushConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "oci-push";

    /**
     * @return the source artifact, with a tag or digest, such as {@code registry/repo:tag} or
     *     {@code registry/repo@sha256:...}; {@code oci://} for Helm charts (required)
     */
    @Nullable
    @Required
    @MinLength(1)
    @Pattern(value = "^(oci://)?[a-zA-Z0-9._-]+(:\\d+)?(/[a-zA-Z0-9._-]+)*[@:][a-zA-Z0-9._:-]+$",
            description = "an OCI reference with a tag or a digest, such as registry.example.com/repo:tag, "
                + "oci://registry.example.com/chart:1.0.0 or registry.example.com/repo@sha256:...")
    public abstract String srcRef();

    /** @return the destination, with a tag (not a digest), such as {@code registry/repo:tag} (required) */
    @Nullable
    @Required
    @MinLength(1)
    @Pattern(value = "^(oci://)?[a-zA-Z0-9._-]+(:\\d+)?(/[a-zA-Z0-9._-]+)*[:][a-zA-Z0-9._-]+$",
            description = "an OCI reference with a tag, such as registry.example.com/repo:tag or "
                + "oci://registry.example.com/chart:1.0.0")
    public abstract String destRef();

    /** @return annotations to set on the destination ({@code index:} or {@code manifest:} prefixes scope them) */
    public abstract Map<String, String> annotations();

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
     * @return its configuration, or empty when the step does not use {@code oci-push}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<OciPushConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, OciPushConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code srcRef} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param srcRef the value
         * @return this builder
         */
        public final OciPushConfig.Builder srcRef(CharSequence srcRef) {
            return srcRef(TextValues.text(srcRef));
        }

        /**
         * @param srcRef the value
         * @return this builder
         */
        public abstract OciPushConfig.Builder srcRef(String srcRef);

        /**
         * Sets {@code destRef} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param destRef the value
         * @return this builder
         */
        public final OciPushConfig.Builder destRef(CharSequence destRef) {
            return destRef(TextValues.text(destRef));
        }

        /**
         * @param destRef the value
         * @return this builder
         */
        public abstract OciPushConfig.Builder destRef(String destRef);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public abstract OciPushConfig.Builder insecureSkipTLSVerify(BooleanOrExpression insecureSkipTLSVerify);

        /**
         * @param insecureSkipTLSVerify whether to skip TLS verification (default false)
         * @return this builder
         */
        public OciPushConfig.Builder insecureSkipTLSVerify(boolean insecureSkipTLSVerify) {
            return insecureSkipTLSVerify(BooleanOrExpression.of(insecureSkipTLSVerify));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to skip TLS verification
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public OciPushConfig.Builder insecureSkipTLSVerify(String expression) {
            return insecureSkipTLSVerify(StepValues.bool(STEP, "insecureSkipTLSVerify", expression));
        }
    }
}
