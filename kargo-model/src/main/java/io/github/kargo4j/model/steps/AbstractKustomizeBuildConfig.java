package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code kustomize-build} step: renders a kustomization to manifests.
 */
@Value.Immutable
@PropertyOrder({"path", "outPath", "outputFormat", "plugin"})
public abstract class AbstractKustomizeBuildConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "kustomize-build";

    /** @return the directory of the kustomization (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return where to write the manifests: a {@code .yaml} or {@code .yml} file, or a directory (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /** @return the file naming in a directory output: {@code kargo} (default) or {@code kustomize} */
    @AllowedValues({"kargo", "kustomize"})
    public abstract Optional<String> outputFormat();

    /** @return settings of Kustomize's built-in plugins */
    public abstract Optional<KustomizePlugin> plugin();

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
     * @return its configuration, or empty when the step does not use {@code kustomize-build}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<KustomizeBuildConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, KustomizeBuildConfig.class);
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
        public final KustomizeBuildConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract KustomizeBuildConfig.Builder path(String path);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final KustomizeBuildConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract KustomizeBuildConfig.Builder outPath(String outPath);

        /**
         * Sets {@code outputFormat} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outputFormat the value
         * @return this builder
         */
        public final KustomizeBuildConfig.Builder outputFormat(CharSequence outputFormat) {
            return outputFormat(TextValues.text(outputFormat));
        }

        /**
         * @param outputFormat the value
         * @return this builder
         */
        public abstract KustomizeBuildConfig.Builder outputFormat(String outputFormat);

        /**
         * @param plugin settings of Kustomize's built-in plugins
         * @return this builder
         */
        public abstract KustomizeBuildConfig.Builder plugin(KustomizePlugin plugin);

        /**
         * @param plugin configures settings of Kustomize's built-in plugins
         * @return this builder
         */
        public KustomizeBuildConfig.Builder plugin(Consumer<KustomizePlugin.Builder> plugin) {
            KustomizePlugin.Builder b = KustomizePlugin.builder();
            plugin.accept(b);
            return plugin(b.build());
        }
    }
}
