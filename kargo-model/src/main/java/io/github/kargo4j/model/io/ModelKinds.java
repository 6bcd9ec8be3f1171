package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;

import java.util.Map;
import java.util.TreeMap;

/** The kinds the model types, for tools that walk all of them (such as the JSON Schema generator). */
public final class ModelKinds {

    private ModelKinds() {
    }

    /** @return the model type of every kind the codec reads by default, by {@code apiVersion|kind}, sorted */
    public static Map<String, Class<? extends KargoResource>> all() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(KnownKinds.ALL));
    }
}
