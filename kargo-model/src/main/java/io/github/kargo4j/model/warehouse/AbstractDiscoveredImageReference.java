package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Map;
import java.util.Optional;

/** An image discovered for an {@link ImageSubscription}: a tag and the digest it resolved to. */
@Value.Immutable
@PropertyOrder({"tag", "digest", "annotations", "createdAt"})
public abstract class AbstractDiscoveredImageReference {

    /** @return the tag, 1 to 128 word characters, dots and dashes */
    public abstract @NotBlank @Size(max = 128) @Pattern(regexp = "^[\\w.\\-\\_]+$") String tag();

    /** @return the digest, such as {@code sha256:4f9a...} */
    public abstract @NotBlank @Pattern(regexp = "^[a-z0-9]+:[a-f0-9]+$") String digest();

    /** @return the image's OCI annotations, such as {@code org.opencontainers.image.source} */
    public abstract Map<String, String> annotations();

    /** @return when the image was created (RFC 3339); not reported by every strategy */
    public abstract Optional<String> createdAt();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
