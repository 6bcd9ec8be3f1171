package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LabelSelectorRequirement;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Selects the Stages a promotion policy applies to ({@code stageSelector}): a name (exact or pattern) and an
 * inlined Kubernetes label selector ({@code matchLabels}, {@code matchExpressions}). When both are given a Stage
 * must match both; an empty selector matches every Stage.
 *
 * <p>Exact names are the safest choice: anyone allowed to create Stages can name or label a Stage so that a
 * pattern or label selector picks it up and auto-promotes it.
 */
@Value.Immutable
@PropertyOrder({"name", "matchLabels", "matchExpressions"})
public abstract class AbstractPromotionPolicySelector {

    /**
     * @return the Stage name: an exact name, {@code regex:<re>} / {@code regexp:<re>} (an unanchored regular
     *     expression) or {@code glob:<pattern>}; see {@link StageNamePattern}. Absent (or empty) matches any name
     */
    public abstract Optional<String> name();

    /** @return labels a Stage must carry with exactly these values */
    public abstract Map<String, String> matchLabels();

    /** @return set-based label requirements ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}) */
    public abstract List<@Valid LabelSelectorRequirement> matchExpressions();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @return the parsed {@link #name()}, or empty when no name is set
     * @throws IllegalArgumentException if the name has an unknown prefix or a pattern that does not compile
     */
    public Optional<StageNamePattern> namePattern() {
        Optional<String> name = name();
        return name.isPresent() && !name.get().isEmpty() ? Optional.of(StageNamePattern.parse(name.get()))
                : Optional.empty();
    }

    /**
     * Whether a Stage is selected, evaluated as Kargo does: the name pattern (if any) AND every label requirement
     * ({@code matchLabels} entries and {@code matchExpressions}; {@code In} needs the label with one of the values,
     * {@code NotIn} accepts a missing label, {@code Exists} / {@code DoesNotExist} test only the key).
     *
     * @param stageName   the Stage name
     * @param stageLabels the Stage's labels
     * @return whether the Stage is selected
     * @throws IllegalArgumentException if the name pattern does not parse, or a requirement has an unknown operator
     *                                  or values that do not fit it (as Kubernetes rejects such selectors)
     */
    public boolean matches(String stageName, Map<String, String> stageLabels) {
        Objects.requireNonNull(stageName, "stageName");
        Objects.requireNonNull(stageLabels, "stageLabels");
        Optional<StageNamePattern> pattern = namePattern();
        if (pattern.isPresent() && !pattern.get().matches(stageName)) {
            return false;
        }
        return LabelRequirements.matches(matchLabels(), matchExpressions(), stageLabels);
    }

    /**
     * @param name an exact Stage name or a {@code regex:}/{@code regexp:}/{@code glob:} pattern
     * @return a selector by that name only
     */
    public static PromotionPolicySelector byName(String name) {
        return PromotionPolicySelector.builder().name(name).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param element a label requirement to append
         * @return this builder
         */
        public abstract PromotionPolicySelector.Builder addMatchExpression(LabelSelectorRequirement element);

        /**
         * @param element configures a label requirement to append
         * @return this builder
         */
        public PromotionPolicySelector.Builder addMatchExpression(Consumer<LabelSelectorRequirement.Builder> element) {
            LabelSelectorRequirement.Builder b = LabelSelectorRequirement.builder();
            element.accept(b);
            return addMatchExpression(b.build());
        }
    }
}
