package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * How auto-promotion picks Freight for one request (Kargo v1.8 and later). Has no effect unless a ProjectConfig
 * promotion policy enables auto-promotion for the Stage.
 */
@Value.Immutable
@PropertyOrder({"selectionPolicy"})
public abstract class AbstractAutoPromotionOptions {

    /** @return the selection policy as written; absent means {@code NewestFreight}; see {@link #selectionPolicy()} */
    @JsonName("selectionPolicy")
    public abstract Optional<@Pattern(regexp = "^(NewestFreight|MatchUpstream)$") String> selectionPolicyAsString();

    /** @return the selection policy, or {@link SelectionPolicy#UNKNOWN} for a value this version does not know */
    public Optional<SelectionPolicy> selectionPolicy() {
        return selectionPolicyAsString().map(v -> OpenEnum.parse(SelectionPolicy.class, v));
    }

    /** @return the selection policy, with Kargo's default {@link SelectionPolicy#NEWEST_FREIGHT} when absent */
    public SelectionPolicy effectiveSelectionPolicy() {
        return selectionPolicy().orElse(SelectionPolicy.NEWEST_FREIGHT);
    }

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param policy a selection policy
     * @return options with that policy
     */
    public static AutoPromotionOptions of(SelectionPolicy policy) {
        return AutoPromotionOptions.builder().selectionPolicy(policy).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param policy the raw selection policy
         * @return this builder
         */
        public abstract AutoPromotionOptions.Builder selectionPolicyAsString(String policy);

        /**
         * @param policy the selection policy; not {@link SelectionPolicy#UNKNOWN}
         * @return this builder
         */
        public AutoPromotionOptions.Builder selectionPolicy(SelectionPolicy policy) {
            return selectionPolicyAsString(Enums.valueOf(policy));
        }
    }
}
