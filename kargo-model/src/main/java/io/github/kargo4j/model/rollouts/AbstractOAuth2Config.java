package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * OAuth2 client-credentials authentication of a metric request: a token is fetched from {@link #tokenUrl()} and
 * sent as a bearer token. The client secret never appears in {@link #toString()}.
 */
@Value.Immutable
@PropertyOrder({"tokenUrl", "clientId", "clientSecret", "scopes"})
public abstract class AbstractOAuth2Config {

    /** @return the token endpoint */
    public abstract Optional<String> tokenUrl();

    /** @return the client ID */
    public abstract Optional<String> clientId();

    /**
     * @return the client secret, usually an argument placeholder such as {@code {{args.client-secret}}} whose
     *     argument reads a Secret; never shown by {@code toString()}
     */
    @Value.Redacted
    public abstract Optional<String> clientSecret();

    /** @return the scopes to request */
    public abstract List<String> scopes();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
