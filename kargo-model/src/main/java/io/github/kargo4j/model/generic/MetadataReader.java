package io.github.kargo4j.model.generic;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

/** Binds a generic resource's {@code metadata} with the model's binder. */
final class MetadataReader {

    private MetadataReader() {
    }

    /**
     * @return the typed metadata; metadata that does not fit (the reader reports it) keeps what names the resource,
     *     a string {@code name} and {@code namespace}, so that a resource never fails to say what it is
     */
    static ObjectMeta read(JsonValue metadata) {
        try {
            return KargoCodec.bind(ObjectMeta.class, metadata);
        } catch (ManifestException doesNotFit) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            if (metadata instanceof JsonObject o) {
                o.getString("name").ifPresent(b::name);
                o.getString("namespace").ifPresent(b::namespace);
            }
            return b.build();
        }
    }
}
