package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code helm-update-chart} step: updates the dependencies of an
 * umbrella chart; without {@code charts}, follows the version ranges of {@code Chart.yaml}.
 */
@Value.Immutable
@PropertyOrder({"path", "charts"})
public abstract class AbstractHelmUpdateChartConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "helm-update-chart";

    /** @return the directory of the umbrella chart (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the dependencies to update (when given, at least one) */
    @MinItems(1)
    public abstract List<HelmChartUpdate> charts();

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
     * @return its configuration, or empty when the step does not use {@code helm-update-chart}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<HelmUpdateChartConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, HelmUpdateChartConfig.class);
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
        public final HelmUpdateChartConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract HelmUpdateChartConfig.Builder path(String path);

        /**
         * @param chart one of the dependencies to update
         * @return this builder
         */
        public abstract HelmUpdateChartConfig.Builder addChart(HelmChartUpdate chart);

        /**
         * @param chart configures one of the dependencies to update
         * @return this builder
         */
        public HelmUpdateChartConfig.Builder addChart(Consumer<HelmChartUpdate.Builder> chart) {
            HelmChartUpdate.Builder b = HelmChartUpdate.builder();
            chart.accept(b);
            return addChart(b.build());
        }

        /**
         * @param repository the repository of the dependency, as in {@code Chart.yaml}
         * @param name       the name of the dependency
         * @param version    the version to update to
         * @return this builder
         */
        public HelmUpdateChartConfig.Builder addChart(String repository, String name, String version) {
            return addChart(HelmChartUpdate.of(repository, name, version));
        }
    }
}
