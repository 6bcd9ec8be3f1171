package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A manifest that cannot be read: malformed YAML or JSON, a value of the wrong type, a duplicate key, a document
 * that is not an object, or input over one of the {@link ReadLimits}.
 *
 * <p>The message reads like a compiler's: {@code file:line:column: path: problem}, for example
 * {@code stages/dev.yaml:14:9: spec.requestedFreight[0].sources.direct: expected a boolean, found a string}.
 *
 * <p>Nothing of the document is ever quoted: not a value, not a token the parser choked on, not an alias or tag
 * name, so nothing secret can leak through a message, a log line or a stack trace. Inside a Secret (and while
 * reading an object whose kind is not known yet) not even the keys are shown: the {@linkplain #path() path} stops
 * at the Secret's field, such as {@code stringData}, and the line and column point at the spot. For the same reason
 * the exceptions of the YAML and JSON parsers, which quote the input, are never attached as the cause: only the
 * position and a plain category of the problem are kept. The only causes kept are I/O errors (which name files, not
 * content) and other {@code ManifestException}s.
 */
public class ManifestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int documentIndex;
    private final transient SourcePosition position;
    private final transient JsonPath path;
    private final String problem;

    /**
     * @param source        the file or other source name ({@code <string>} for text)
     * @param documentIndex the 0-based index of the document in a multi-document stream, or -1 if unknown
     * @param position      the line and column, or {@code null} if unknown
     * @param path          the path in the document, or {@code null} if not inside a document
     * @param problem       what is wrong and what was expected, in plain words
     * @param cause         the underlying exception, or {@code null}; kept only if it is an {@link IOException}, an
     *                      {@link UncheckedIOException} or a {@code ManifestException}, since other exceptions (the
     *                      parsers') quote the input
     */
    public ManifestException(String source, int documentIndex, SourcePosition position, JsonPath path, String problem,
                             Throwable cause) {
        super(format(source, position, path, problem), safeCause(cause));
        this.source = source;
        this.documentIndex = documentIndex;
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    private static Throwable safeCause(Throwable cause) {
        return cause instanceof IOException || cause instanceof UncheckedIOException
                || cause instanceof ManifestException ? cause : null;
    }

    private static String format(String source, SourcePosition position, JsonPath path, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<unknown>" : source);
        if (position != null) {
            sb.append(':').append(position.line()).append(':').append(position.column());
        }
        sb.append(": ");
        if (path != null && !path.isRoot()) {
            sb.append(abbreviate(path)).append(": ");
        }
        return sb.append(problem).toString();
    }

    private static String abbreviate(JsonPath path) {
        if (path.depth() <= 24) {
            return path.toString();
        }
        JsonPath p = path;
        while (p.depth() > 12) {
            p = p.parent().orElseThrow();
        }
        return p + "...(" + (path.depth() - 12) + " levels deeper)";
    }

    /** @return the file or other source name */
    public String source() {
        return source;
    }

    /** @return the 0-based document index in its stream, or -1 if unknown */
    public int documentIndex() {
        return documentIndex;
    }

    /** @return the line and column of the problem */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }

    /** @return the 1-based line, or 0 if unknown */
    public int line() {
        return position == null ? 0 : position.line();
    }

    /** @return the 1-based column, or 0 if unknown */
    public int column() {
        return position == null ? 0 : position.column();
    }

    /** @return the JSON path of the offending node, if the problem is inside a document */
    public Optional<JsonPath> path() {
        return Optional.ofNullable(path);
    }

    /** @return the problem without the location */
    public String problem() {
        return problem;
    }
}
