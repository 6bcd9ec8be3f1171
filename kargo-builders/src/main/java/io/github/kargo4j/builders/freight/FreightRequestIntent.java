package io.github.kargo4j.builders.freight;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;

import java.util.function.Consumer;

/**
 * A complete Freight request built by {@link FreightRequests}: an immutable value that fills a
 * {@code FreightRequest.Builder} (pass it to {@code StageSpec.Builder.addRequestedFreight}) or builds the
 * {@link FreightRequest} itself.
 */
public abstract sealed class FreightRequestIntent implements Consumer<FreightRequest.Builder>
        permits DirectRequest, UpstreamRequest {

    private final String warehouse;

    FreightRequestIntent(String warehouse) {
        this.warehouse = warehouse;
    }

    /** @return the origin Warehouse's name */
    public final String warehouse() {
        return warehouse;
    }

    /** @return the {@code sources} of the request */
    public abstract FreightSources sources();

    /** @return the request */
    public final FreightRequest build() {
        return FreightRequest.of(FreightOrigin.warehouse(warehouse), sources());
    }

    /**
     * Sets the origin and sources of a request being built.
     *
     * @param builder the builder to fill
     */
    @Override
    public final void accept(FreightRequest.Builder builder) {
        builder.origin(FreightOrigin.warehouse(warehouse)).sources(sources());
    }
}
