package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The spec of a {@link Warehouse}: the sources of artifacts and how often and when Freight is created from them. */
@Value.Immutable
@PropertyOrder({"subscriptions", "interval", "freightCreationPolicy", "freightCreationCriteria", "shard"})
public abstract class AbstractWarehouseSpec {

    /**
     * The rule for Kargo durations such as {@code interval}: one or more number-and-unit pairs with the units
     * {@code s}, {@code m} or {@code h} ({@code 90s}, {@code 1h30m}, {@code 5m0s}); no {@code ms}, no {@code d}.
     */
    public static final String DURATION = "^([0-9]+(\\.[0-9]+)?(s|m|h))+$";

    /**
     * @return the sources of artifacts to include in Freight (at least one); each is a {@link Subscription} to a
     *     Git, image or chart repository
     */
    public abstract @Size(min = 1) List<@Valid Subscription> subscriptions();

    /**
     * @return how often the Warehouse discovers new artifacts, such as {@code 5m} or {@code 1h}; absent means
     *     Kargo's default {@code 5m0s}. The API server stores the default when the field is absent, and an
     *     operator-configured minimum interval always wins over a shorter value.
     */
    public abstract Optional<@Pattern(regexp = DURATION) String> interval();

    /** @return the Freight creation policy as written; see {@link #freightCreationPolicy()} */
    @JsonName("freightCreationPolicy")
    public abstract Optional<@Pattern(regexp = "^(Automatic|Manual)$") String> freightCreationPolicyAsString();

    /**
     * @return how Freight is created: {@code Automatic} (when absent) creates it whenever new artifacts are
     *     discovered, {@code Manual} never creates it automatically; {@link FreightCreationPolicy#UNKNOWN} for a
     *     value this version does not know
     */
    public Optional<FreightCreationPolicy> freightCreationPolicy() {
        return freightCreationPolicyAsString().map(v -> OpenEnum.parse(FreightCreationPolicy.class, v));
    }

    /**
     * @return a condition that newly discovered artifacts must meet for Freight to be created automatically;
     *     ignored when the policy is {@code Manual}
     */
    public abstract Optional<@Valid FreightCreationCriteria> freightCreationCriteria();

    /**
     * @return the shard (controller) this Warehouse belongs to; absent means the default shard. Kargo keeps it in
     *     sync with the {@code kargo.akuity.io/shard} label.
     */
    public abstract Optional<String> shard();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param subscription a subscription to append
         * @return this builder
         */
        public abstract WarehouseSpec.Builder addSubscription(Subscription subscription);

        /**
         * @param subscription configures a subscription to append
         * @return this builder
         */
        public WarehouseSpec.Builder addSubscription(Consumer<Subscription.Builder> subscription) {
            Subscription.Builder b = Subscription.builder();
            subscription.accept(b);
            return addSubscription(b.build());
        }

        /**
         * @param freightCreationPolicy the raw policy text
         * @return this builder
         */
        public abstract WarehouseSpec.Builder freightCreationPolicyAsString(String freightCreationPolicy);

        /**
         * @param freightCreationPolicy the policy
         * @return this builder
         * @throws IllegalArgumentException for {@link FreightCreationPolicy#UNKNOWN}
         */
        public WarehouseSpec.Builder freightCreationPolicy(FreightCreationPolicy freightCreationPolicy) {
            if (freightCreationPolicy == FreightCreationPolicy.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN has no JSON value; use freightCreationPolicyAsString");
            }
            return freightCreationPolicyAsString(freightCreationPolicy.value());
        }

        /**
         * @param freightCreationCriteria the criteria
         * @return this builder
         */
        public abstract WarehouseSpec.Builder freightCreationCriteria(FreightCreationCriteria freightCreationCriteria);

        /**
         * @param freightCreationCriteria configures the criteria
         * @return this builder
         */
        public WarehouseSpec.Builder freightCreationCriteria(
                Consumer<FreightCreationCriteria.Builder> freightCreationCriteria) {
            FreightCreationCriteria.Builder b = FreightCreationCriteria.builder();
            freightCreationCriteria.accept(b);
            return freightCreationCriteria(b.build());
        }
    }
}
