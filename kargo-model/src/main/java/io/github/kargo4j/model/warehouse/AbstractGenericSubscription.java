package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * The value of a generic subscription: a {@link Subscription} item whose single key is a type other than git, image
 * or chart ({@code {<type>: {name, config, discoveryLimit}}}), served by a subscriber registered for that type.
 * Kargo v1.11 (open source) registers none, so its webhook rejects such items. Read one with
 * {@link Subscription#other()}; write one with {@link Subscription#generic(String, GenericSubscription)}.
 */
@Value.Immutable
@PropertyOrder({"name", "config", "discoveryLimit"})
public abstract class AbstractGenericSubscription {

    /** @return the subscription name, unique (ignoring case) within the Warehouse; names discovered artifacts */
    public abstract @NotBlank String name();

    /** @return the subscriber-specific configuration, free-form */
    public abstract Optional<JsonObject> config();

    /** @return how many artifact versions discovery keeps, 1 to 100; absent means 20 */
    public abstract Optional<@Min(1) @Max(100) Integer> discoveryLimit();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
