package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

/**
 * A dependency of an umbrella chart to update ({@code charts[]} of {@code helm-update-chart}).
 */
@Value.Immutable
@PropertyOrder({"repository", "name", "version"})
public abstract class AbstractHelmChartUpdate {

    /** @return the repository of the dependency, as in {@code Chart.yaml} ({@code oci://} too) (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String repository();

    /** @return the name of the dependency, as in {@code Chart.yaml} (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the version to update to (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String version();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param repository the repository of the dependency, as in {@code Chart.yaml}
     * @param name       the name of the dependency
     * @param version    the version to update to
     * @return the update
     */
    public static HelmChartUpdate of(String repository, String name, String version) {
        return HelmChartUpdate.builder().repository(repository).name(name).version(version).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code repository} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param repository the value
         * @return this builder
         */
        public final HelmChartUpdate.Builder repository(CharSequence repository) {
            return repository(TextValues.text(repository));
        }

        /**
         * @param repository the value
         * @return this builder
         */
        public abstract HelmChartUpdate.Builder repository(String repository);

        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final HelmChartUpdate.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract HelmChartUpdate.Builder name(String name);

        /**
         * Sets {@code version} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param version the value
         * @return this builder
         */
        public final HelmChartUpdate.Builder version(CharSequence version) {
            return version(TextValues.text(version));
        }

        /**
         * @param version the value
         * @return this builder
         */
        public abstract HelmChartUpdate.Builder version(String version);

    }
}
