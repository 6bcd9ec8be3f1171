package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Map;
import java.util.Optional;

/** A specific version of a container image, as found by a Warehouse {@code image} subscription. */
@Value.Immutable
@PropertyOrder({"repoURL", "tag", "digest", "annotations"})
public abstract class AbstractImage {

    /** @return the image repository, without tag or digest */
    public abstract Optional<String> repoURL();

    /** @return the tag */
    public abstract Optional<String> tag();

    /** @return the digest: a more precise identifier than the tag */
    public abstract Optional<String> digest();

    /**
     * @return arbitrary metadata of the image, such as its OCI annotations
     *     ({@code org.opencontainers.image.source} replaces the removed {@code gitRepoURL} field)
     */
    public abstract Map<String, String> annotations();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
