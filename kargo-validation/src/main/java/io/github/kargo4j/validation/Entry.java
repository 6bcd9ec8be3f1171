package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.Manifest;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource under validation, with the manifest it was read from when it came from a file (resources built in
 * Java have none).
 *
 * @param resource the resource
 * @param manifest its source document, if any
 */
public record Entry(KargoResource resource, Optional<Manifest> manifest) {

    /** Checks that nothing is null. */
    public Entry {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(manifest, "manifest");
    }

    /**
     * @param m a manifest
     * @return an entry for it
     */
    public static Entry of(Manifest m) {
        return new Entry(m.resource(), Optional.of(m));
    }

    /**
     * @param r a resource built in code
     * @return an entry without a source
     */
    public static Entry of(KargoResource r) {
        return new Entry(r, Optional.empty());
    }
}
