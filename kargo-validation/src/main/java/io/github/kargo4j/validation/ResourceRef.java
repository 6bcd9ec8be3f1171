package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;

/**
 * Which resource a finding is about.
 *
 * @param kind      the kind, such as {@code Stage}
 * @param namespace the namespace (empty for cluster-scoped kinds)
 * @param name      the name
 */
public record ResourceRef(String kind, String namespace, String name) {

    /**
     * @param r a resource
     * @return its reference
     */
    public static ResourceRef of(KargoResource r) {
        return new ResourceRef(r.kind(), r.namespace(), r.name());
    }

    @Override
    public String toString() {
        return kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
