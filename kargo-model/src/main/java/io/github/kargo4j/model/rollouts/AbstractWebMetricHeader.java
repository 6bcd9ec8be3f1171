package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** An HTTP header of a {@code web} or {@code prometheus} metric request. */
@Value.Immutable
@PropertyOrder({"key", "value"})
public abstract class AbstractWebMetricHeader {

    /**
     * @return the header name (required, not empty: Go's HTTP client refuses the request with "invalid header field
     *     name"), such as {@code Authorization}
     */
    public abstract @NotBlank String key();

    /** @return the header value (required); may use argument placeholders such as {@code {{args.token}}} */
    public abstract String value();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param key   the header name
     * @param value the header value
     * @return the header
     */
    public static WebMetricHeader of(String key, String value) {
        return WebMetricHeader.builder().key(key).value(value).build();
    }
}
