package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

import java.util.Objects;
import java.util.Optional;

/**
 * A file, directory or document that a read of directories left out because it is not a Kubernetes manifest: a Helm
 * chart, a Kustomize file, a document with no {@code apiVersion}, {@code kind} or {@code metadata}. Never an error,
 * never silent: tools show each one as an info line. The reason never quotes the content (which could be a
 * secret).
 *
 * @param source   the file or directory
 * @param position where in the file, for a document
 * @param reason   why it was left out and what to do instead, in plain words
 */
public record SkippedInput(String source, Optional<SourcePosition> position, String reason) {

    /** Checks that nothing is null. */
    public SkippedInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return {@code source[:line:column]: skipped: reason} */
    @Override
    public String toString() {
        return source + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": skipped: " + reason;
    }
}
