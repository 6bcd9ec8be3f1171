package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/** How a {@code web} or {@code prometheus} metric authenticates its requests: OAuth2 or AWS Signature Version 4. */
@Value.Immutable
@PropertyOrder({"oauth2", "sigv4"})
public abstract class AbstractAuthentication {

    /** @return OAuth2 client-credentials authentication */
    public abstract Optional<@Valid OAuth2Config> oauth2();

    /** @return AWS SigV4 request signing (for example for Amazon Managed Prometheus) */
    public abstract Optional<@Valid Sigv4Config> sigv4();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param oauth2 the OAuth2 settings
         * @return this builder
         */
        public abstract Authentication.Builder oauth2(OAuth2Config oauth2);

        /**
         * @param oauth2 configures the OAuth2 settings
         * @return this builder
         */
        public Authentication.Builder oauth2(Consumer<OAuth2Config.Builder> oauth2) {
            OAuth2Config.Builder b = OAuth2Config.builder();
            oauth2.accept(b);
            return oauth2(b.build());
        }

        /**
         * @param sigv4 the SigV4 settings
         * @return this builder
         */
        public abstract Authentication.Builder sigv4(Sigv4Config sigv4);

        /**
         * @param sigv4 configures the SigV4 settings
         * @return this builder
         */
        public Authentication.Builder sigv4(Consumer<Sigv4Config.Builder> sigv4) {
            Sigv4Config.Builder b = Sigv4Config.builder();
            sigv4.accept(b);
            return sigv4(b.build());
        }
    }
}
