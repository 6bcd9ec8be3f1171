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
 * Configuration of the {@code file-write} step: writes a file.
 */
@Value.Immutable
@PropertyOrder({"path", "contents", "permissions", "overwrite"})
public abstract class AbstractFileWriteConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "file-write";

    /** @return the file to write (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the contents to write (may be empty) (required) */
    @Nullable
    @Required
    public abstract String contents();

    /**
     * @return the octal file mode, such as {@code 0644} (default {@code 0600}); Kargo refuses a mode with an executable
     *     bit or a world-writable one when the step runs
     */
    @Pattern(value = "^0[0-7]{3}$", description = "an octal file mode such as 0644")
    public abstract Optional<String> permissions();

    /**
     * @return whether an existing file may be replaced (default false); {@code true}, {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> overwrite();

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
     * @return its configuration, or empty when the step does not use {@code file-write}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<FileWriteConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, FileWriteConfig.class);
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
        public final FileWriteConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract FileWriteConfig.Builder path(String path);

        /**
         * Sets {@code contents} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param contents the value
         * @return this builder
         */
        public final FileWriteConfig.Builder contents(CharSequence contents) {
            return contents(TextValues.text(contents));
        }

        /**
         * @param contents the value
         * @return this builder
         */
        public abstract FileWriteConfig.Builder contents(String contents);

        /**
         * Sets {@code permissions} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param permissions the value
         * @return this builder
         */
        public final FileWriteConfig.Builder permissions(CharSequence permissions) {
            return permissions(TextValues.text(permissions));
        }

        /**
         * @param permissions the value
         * @return this builder
         */
        public abstract FileWriteConfig.Builder permissions(String permissions);

        /**
         * @param overwrite whether an existing file may be replaced (default false)
         * @return this builder
         */
        public abstract FileWriteConfig.Builder overwrite(BooleanOrExpression overwrite);

        /**
         * @param overwrite whether an existing file may be replaced (default false)
         * @return this builder
         */
        public FileWriteConfig.Builder overwrite(boolean overwrite) {
            return overwrite(BooleanOrExpression.of(overwrite));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether an existing file may be
         *     replaced (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public FileWriteConfig.Builder overwrite(String expression) {
            return overwrite(StepValues.bool(STEP, "overwrite", expression));
        }
    }
}
