package io.github.kargo4j.expr.internal;

import java.util.LinkedHashMap;

/** A map with keys of any type (Go's {@code map[interface {}]...}), made by groupBy and fromPairs. */
final class GoMap extends LinkedHashMap<Object, Object> {

    private static final long serialVersionUID = 1L;

    final String goType;

    GoMap(String goType) {
        this.goType = goType;
    }

    static final String GROUPS = "map[interface {}][]interface {}";
    static final String PAIRS = "map[interface {}]interface {}";
}
