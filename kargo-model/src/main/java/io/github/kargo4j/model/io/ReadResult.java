package io.github.kargo4j.model.io;

import java.util.List;

/**
 * What reading files or directories produced: every document that could be read, and one error for each file or
 * document that could not. A broken file never stops the others from loading.
 *
 * @param manifests the documents read, in file order
 * @param errors    the problems, in file order
 * @param skipped   what was left out because it is not a Kubernetes manifest (a Helm chart, a Kustomize file, a
 *                  document without apiVersion, kind and metadata), in file order
 */
public record ReadResult(List<Manifest> manifests, List<ManifestException> errors, List<SkippedInput> skipped) {

    /** Copies the lists. */
    public ReadResult {
        manifests = List.copyOf(manifests);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /**
     * A result that skipped nothing.
     *
     * @param manifests the documents read
     * @param errors    the problems
     */
    public ReadResult(List<Manifest> manifests, List<ManifestException> errors) {
        this(manifests, errors, List.of());
    }

    /** @return whether everything was read without error */
    public boolean isClean() {
        return errors.isEmpty();
    }

    /**
     * How many documents were read and the errors, whose messages quote nothing of the documents; never the
     * documents' content.
     *
     * @return for example {@code ReadResult{3 manifests, 1 error: [a.yaml:4:7: spec: expected an object, found a
     *     list (in Stage)]}}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ReadResult{").append(manifests.size())
                .append(manifests.size() == 1 ? " manifest, " : " manifests, ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        if (!skipped.isEmpty()) {
            sb.append(", ").append(skipped.size()).append(" skipped");
        }
        if (!errors.isEmpty()) {
            sb.append(": [");
            for (int i = 0; i < errors.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(errors.get(i).getMessage());
            }
            sb.append(']');
        }
        return sb.append('}').toString();
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
