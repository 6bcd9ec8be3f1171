package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Freight selected together for deployment to a Stage, one piece per requested origin, with the verifications
 * run against that selection. An entry of {@code Stage.status.freightHistory} and of
 * {@code Promotion.status.freightCollection}.
 */
@Value.Immutable
@PropertyOrder({"id", "items", "verificationHistory"})
public abstract class AbstractFreightCollection {

    /** @return the identifier, calculated deterministically from the items */
    public abstract String id();

    /** @return the Freight by origin, keyed {@code Warehouse/<name>} */
    public abstract Map<String, @Valid FreightReference> items();

    /** @return the recent verifications of this collection, newest first (Kargo keeps ten) */
    public abstract List<@Valid VerificationInfo> verificationHistory();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param originKey an origin in its string form, such as {@code Warehouse/my-warehouse}
     * @return the Freight of that origin in this collection
     */
    public Optional<FreightReference> item(String originKey) {
        return Optional.ofNullable(items().get(originKey));
    }

    /** @return the most recent verification of this collection */
    public Optional<VerificationInfo> latestVerification() {
        return verificationHistory().isEmpty() ? Optional.empty() : Optional.of(verificationHistory().get(0));
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param verification a verification record
         * @return this builder
         */
        public abstract FreightCollection.Builder addVerificationHistory(VerificationInfo verification);

        /**
         * @param verification configures a verification record
         * @return this builder
         */
        public FreightCollection.Builder addVerificationHistory(Consumer<VerificationInfo.Builder> verification) {
            VerificationInfo.Builder b = VerificationInfo.builder();
            verification.accept(b);
            return addVerificationHistory(b.build());
        }
    }
}
