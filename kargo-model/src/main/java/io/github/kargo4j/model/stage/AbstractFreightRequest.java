package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.function.Consumer;

/**
 * A Stage's request for Freight of one origin ({@code spec.requestedFreight[]}): which Warehouse it must come
 * from and where the Stage may obtain it. Each origin may be requested once per Stage; requests for different
 * origins advance independently.
 */
@Value.Immutable
@PropertyOrder({"origin", "sources"})
public abstract class AbstractFreightRequest {

    /** @return the Warehouse the Freight must have originated from (required) */
    public abstract @Valid FreightOrigin origin();

    /** @return where the Freight may be obtained (required; may be empty) */
    public abstract @Valid FreightSources sources();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param origin  the origin
     * @param sources the sources
     * @return the request
     */
    public static FreightRequest of(FreightOrigin origin, FreightSources sources) {
        return FreightRequest.builder().origin(origin).sources(sources).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param origin the origin
         * @return this builder
         */
        public abstract FreightRequest.Builder origin(FreightOrigin origin);

        /**
         * @param origin configures the origin
         * @return this builder
         */
        public FreightRequest.Builder origin(Consumer<FreightOrigin.Builder> origin) {
            FreightOrigin.Builder b = FreightOrigin.builder();
            origin.accept(b);
            return origin(b.build());
        }

        /**
         * @param sources the sources
         * @return this builder
         */
        public abstract FreightRequest.Builder sources(FreightSources sources);

        /**
         * @param sources configures the sources
         * @return this builder
         */
        public FreightRequest.Builder sources(Consumer<FreightSources.Builder> sources) {
            FreightSources.Builder b = FreightSources.builder();
            sources.accept(b);
            return sources(b.build());
        }
    }
}
