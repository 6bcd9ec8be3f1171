package io.github.kargo4j.model.io;

import java.util.List;

/**
 * What reading files or directories produced: every document that could be read, and one error for each file or
 * document that could not. A broken file never stops the others from loading.
 *
 * @param manifests the documents read, in file order
 * @param errors    the problems, in file order
 */
public record ReadResult(List<Manifest> manifests, List<ManifestException> errors) {

    /** Copies both lists. */
    public ReadResult {
        manifests = List.copyOf(manifests);
        errors = List.copyOf(errors);
    }

    /** @return whether everything was read without error */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /**
     * @return the manifests
     * @throws ManifestException the first error, if there was any
     */
    public List<Manifest> orThrow() {
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return manifests;
    }
}
