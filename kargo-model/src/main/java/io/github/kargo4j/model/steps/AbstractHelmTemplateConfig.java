package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code helm-template} step: renders a Helm chart to manifests.
 */
@Value.Immutable
@PropertyOrder({"path", "outPath", "outLayout", "releaseName", "useReleaseName", "namespace", "valuesFiles",
        "ignoreMissingValueFiles", "setValues", "buildDependencies", "includeCRDs", "disableHooks", "skipTests",
        "kubeVersion", "apiVersions"})
public abstract class AbstractHelmTemplateConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "helm-template";

    /** @return the directory of the chart (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return where to write the manifests: a {@code .yaml} or {@code .yml} file, or a directory (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /** @return the layout of a directory output: {@code helm} (default) or {@code flat} */
    @AllowedValues({"helm", "flat"})
    public abstract Optional<String> outLayout();

    /** @return the release name (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String releaseName();

    /**
     * @return whether a directory output is named after the release rather than the chart (default false);
     *     {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> useReleaseName();

    /** @return the namespace of the release */
    public abstract Optional<String> namespace();

    /** @return values files, in order (no empty path) */
    @MinLength(1)
    public abstract List<String> valuesFiles();

    /**
     * @return whether values files that do not exist are skipped (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> ignoreMissingValueFiles();

    /** @return values to set, as {@code --set} does */
    public abstract List<HelmSetValue> setValues();

    /**
     * @return whether to build the chart's dependencies first (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> buildDependencies();

    /** @return whether to include CRDs (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> includeCRDs();

    /** @return whether to leave hooks out (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> disableHooks();

    /** @return whether to leave tests out (default false); {@code true}, {@code false} or an expression */
    public abstract Optional<BooleanOrExpression> skipTests();

    /** @return the Kubernetes version to render for */
    public abstract Optional<String> kubeVersion();

    /** @return the API versions the cluster is assumed to support (no empty item) */
    @MinLength(1)
    public abstract List<String> apiVersions();

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
     * @return its configuration, or empty when the step does not use {@code helm-template}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<HelmTemplateConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, HelmTemplateConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code path} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param path the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder path(String path);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder outPath(String outPath);

        /**
         * Sets {@code outLayout} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outLayout the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder outLayout(CharSequence outLayout) {
            return outLayout(TextValues.text(outLayout));
        }

        /**
         * @param outLayout the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder outLayout(String outLayout);

        /**
         * Sets {@code releaseName} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param releaseName the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder releaseName(CharSequence releaseName) {
            return releaseName(TextValues.text(releaseName));
        }

        /**
         * @param releaseName the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder releaseName(String releaseName);

        /**
         * Sets {@code namespace} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param namespace the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder namespace(CharSequence namespace) {
            return namespace(TextValues.text(namespace));
        }

        /**
         * @param namespace the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder namespace(String namespace);

        /**
         * Sets {@code kubeVersion} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param kubeVersion the value
         * @return this builder
         */
        public final HelmTemplateConfig.Builder kubeVersion(CharSequence kubeVersion) {
            return kubeVersion(TextValues.text(kubeVersion));
        }

        /**
         * @param kubeVersion the value
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder kubeVersion(String kubeVersion);

        /**
         * @param useReleaseName whether a directory output is named after the release rather than the chart (default
         *     false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder useReleaseName(BooleanOrExpression useReleaseName);

        /**
         * @param useReleaseName whether a directory output is named after the release rather than the chart (default
         *     false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder useReleaseName(boolean useReleaseName) {
            return useReleaseName(BooleanOrExpression.of(useReleaseName));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether a directory output is
         *     named after the release rather than the chart (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder useReleaseName(String expression) {
            return useReleaseName(StepValues.bool(STEP, "useReleaseName", expression));
        }

        /**
         * @param ignoreMissingValueFiles whether values files that do not exist are skipped (default false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder ignoreMissingValueFiles(BooleanOrExpression ignoreMissingValueFiles);

        /**
         * @param ignoreMissingValueFiles whether values files that do not exist are skipped (default false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder ignoreMissingValueFiles(boolean ignoreMissingValueFiles) {
            return ignoreMissingValueFiles(BooleanOrExpression.of(ignoreMissingValueFiles));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether values files that do not
         *     exist are skipped (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder ignoreMissingValueFiles(String expression) {
            return ignoreMissingValueFiles(StepValues.bool(STEP, "ignoreMissingValueFiles", expression));
        }

        /**
         * @param setValue one of values to set, as {@code --set} does
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder addSetValue(HelmSetValue setValue);

        /**
         * @param setValue configures one of values to set, as {@code --set} does
         * @return this builder
         */
        public HelmTemplateConfig.Builder addSetValue(Consumer<HelmSetValue.Builder> setValue) {
            HelmSetValue.Builder b = HelmSetValue.builder();
            setValue.accept(b);
            return addSetValue(b.build());
        }

        /**
         * @param buildDependencies whether to build the chart's dependencies first (default false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder buildDependencies(BooleanOrExpression buildDependencies);

        /**
         * @param buildDependencies whether to build the chart's dependencies first (default false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder buildDependencies(boolean buildDependencies) {
            return buildDependencies(BooleanOrExpression.of(buildDependencies));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to build the chart's
         *     dependencies first (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder buildDependencies(String expression) {
            return buildDependencies(StepValues.bool(STEP, "buildDependencies", expression));
        }

        /**
         * @param includeCRDs whether to include CRDs (default false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder includeCRDs(BooleanOrExpression includeCRDs);

        /**
         * @param includeCRDs whether to include CRDs (default false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder includeCRDs(boolean includeCRDs) {
            return includeCRDs(BooleanOrExpression.of(includeCRDs));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to include CRDs (default
         *     false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder includeCRDs(String expression) {
            return includeCRDs(StepValues.bool(STEP, "includeCRDs", expression));
        }

        /**
         * @param disableHooks whether to leave hooks out (default false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder disableHooks(BooleanOrExpression disableHooks);

        /**
         * @param disableHooks whether to leave hooks out (default false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder disableHooks(boolean disableHooks) {
            return disableHooks(BooleanOrExpression.of(disableHooks));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to leave hooks out
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder disableHooks(String expression) {
            return disableHooks(StepValues.bool(STEP, "disableHooks", expression));
        }

        /**
         * @param skipTests whether to leave tests out (default false)
         * @return this builder
         */
        public abstract HelmTemplateConfig.Builder skipTests(BooleanOrExpression skipTests);

        /**
         * @param skipTests whether to leave tests out (default false)
         * @return this builder
         */
        public HelmTemplateConfig.Builder skipTests(boolean skipTests) {
            return skipTests(BooleanOrExpression.of(skipTests));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to leave tests out
         *     (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmTemplateConfig.Builder skipTests(String expression) {
            return skipTests(StepValues.bool(STEP, "skipTests", expression));
        }

        /**
         * @param key   the dotted key to set
         * @param value the value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public HelmTemplateConfig.Builder addSetValue(String key, CharSequence value) {
            return addSetValue(HelmSetValue.of(key, TextValues.text(value)));
        }
    }
}
