package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A condition on newly discovered artifacts that must hold for a Warehouse to create Freight automatically
 * ({@code spec.freightCreationCriteria}).
 */
@Value.Immutable
@PropertyOrder({"expression"})
public abstract class AbstractFreightCreationCriteria {

    /**
     * @return an expr-lang expression evaluating to a boolean, written <em>without</em> {@code ${{ }}}, such as
     *     {@code imageFrom('ghcr.io/example/app').Tag == commitFrom('https://github.com/example/app').Tag}; it may
     *     call {@code commitFrom(repoURL)}, {@code imageFrom(repoURL)}, {@code chartFrom(repoURL[, name])} and
     *     {@code artifactFrom(name)}
     */
    public abstract Optional<String> expression();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param expression an expr-lang expression
     * @return criteria with that expression
     */
    public static FreightCreationCriteria of(String expression) {
        return FreightCreationCriteria.builder().expression(expression).build();
    }
}
