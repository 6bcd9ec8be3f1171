package io.github.kargo4j.model.generic;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import org.immutables.value.Value;

/**
 * A Kubernetes object whose kind the model does not type: another API group ({@code ee.kargo.akuity.io},
 * {@code apps/v1}), a kind Kargo removed ({@code Environment}, {@code PromotionPolicy}), or a newer kind. The whole
 * document is kept as written and round-trips unchanged.
 */
@Value.Immutable
public abstract class AbstractGenericResource implements KargoResource {

    /** @return the whole document */
    public abstract JsonObject content();

    @Override
    public String apiVersion() {
        return content().getString("apiVersion").orElse("");
    }

    @Override
    public String kind() {
        return content().getString("kind").orElse("");
    }

    /** @return the typed metadata (empty metadata if the document has none) */
    @Override
    @Value.Lazy
    public ObjectMeta metadata() {
        JsonValue m = content().getOrNull("metadata");
        return m == null || m instanceof io.github.kargo4j.model.json.JsonNull ? ObjectMeta.builder().build()
                : MetadataReader.read(m);
    }

    /** @return every field except {@code apiVersion}, {@code kind} and {@code metadata} */
    @Override
    public JsonObject unknownFields() {
        return content().without("apiVersion").without("kind").without("metadata");
    }

    /**
     * @param json a JSON object with {@code apiVersion} and {@code kind}
     * @return the generic resource
     * @throws IllegalArgumentException if it is not an object
     */
    public static GenericResource fromJson(JsonValue json) {
        if (!(json instanceof JsonObject o)) {
            throw new IllegalArgumentException("expected an object, found " + json.describeType());
        }
        return GenericResource.builder().content(o).build();
    }

    /**
     * @param content the whole document
     * @return the generic resource
     */
    public static GenericResource of(JsonObject content) {
        return fromJson(content);
    }

    /** @return the whole document */
    public JsonValue toJson() {
        return content();
    }

    @Override
    public String toString() {
        return "GenericResource{" + ref() + "}";
    }
}
