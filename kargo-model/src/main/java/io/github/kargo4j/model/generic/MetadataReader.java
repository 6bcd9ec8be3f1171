package io.github.kargo4j.model.generic;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonValue;

/** Binds a generic resource's {@code metadata} with the model's binder. */
final class MetadataReader {

    private MetadataReader() {
    }

    static ObjectMeta read(JsonValue metadata) {
        return KargoCodec.bind(ObjectMeta.class, metadata);
    }
}
