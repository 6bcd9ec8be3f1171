package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a document came from.
 *
 * @param source        the file path or another name ({@code <string>}) as shown in messages
 * @param file          the file, if the document was read from one
 * @param documentIndex the 0-based index of the document in its file or stream
 * @param position      the line and column where the document starts
 */
public record SourceLocation(String source, Optional<Path> file, int documentIndex, SourcePosition position) {

    @Override
    public String toString() {
        return source + ":" + position.line() + ":" + position.column();
    }
}
