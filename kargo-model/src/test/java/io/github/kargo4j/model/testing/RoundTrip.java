package io.github.kargo4j.model.testing;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions for the codec's round trip: read, write, read again. */
public final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * Reads {@code yaml}, writes it as YAML and as JSON, reads both back, and asserts that the trees and the typed
     * resources are equal, and that writing is idempotent.
     *
     * @param yaml one or more documents
     * @return the manifests of the first read
     */
    public static List<Manifest> assertLossless(String yaml) {
        KargoCodec codec = KargoCodec.create();
        List<Manifest> first = codec.parse(yaml);
        List<KargoResource> resources = first.stream().map(Manifest::resource).toList();
        String written = codec.toYaml(resources);
        List<Manifest> second = codec.parse(written, "<written>");
        assertEquals(first.size(), second.size(), "document count after writing:\n" + written);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(normalize(first.get(i).tree()), normalize(second.get(i).tree()),
                    "tree of document " + i + " changed; written as:\n" + written);
            assertEquals(first.get(i).resource(), second.get(i).resource(), "resource " + i + " changed");
            KargoResource fromJson = codec.parse(codec.toJson(resources.get(i)), "<json>").get(0).resource();
            assertEquals(resources.get(i), fromJson, "resource " + i + " changed through JSON");
        }
        assertEquals(written, codec.toYaml(second.stream().map(Manifest::resource).toList()),
                "writing is not idempotent");
        return first;
    }

    /**
     * The documented normalisation of the codec: an explicit {@code null} and an empty list of a typed field are
     * written as absent, as the API server treats them.
     *
     * @param v a tree
     * @return the tree without null values and empty lists
     */
    public static JsonValue normalize(JsonValue v) {
        if (v instanceof JsonObject o) {
            JsonObject.Builder b = JsonObject.builder();
            for (int i = 0; i < o.size(); i++) {
                JsonValue child = o.valueAt(i);
                if (child instanceof JsonNull || child instanceof JsonArray a && a.isEmpty()) {
                    continue;
                }
                b.put(o.keyAt(i), normalize(child));
            }
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArray.Builder b = JsonArray.builder();
            for (JsonValue item : a.items()) {
                b.add(normalize(item));
            }
            return b.build();
        }
        return v;
    }
}
