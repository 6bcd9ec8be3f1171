package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A manifest that cannot be read: malformed YAML or JSON, a value of the wrong type, a duplicate key, a document
 * that is not an object, or input over one of the {@link ReadLimits}. {@link #category()} says which, for code that
 * reacts to the kind of problem; the message says it for people.
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
 *
 * <pre>{@code
 * throw ManifestException.builder("stages/dev.yaml", Category.DUPLICATE_KEY, "duplicate key: ...")
 *         .documentIndex(0).position(new SourcePosition(4, 3)).path(JsonPath.parse("spec.shard"))
 *         .build();
 * }</pre>
 */
public class ManifestException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /** What kind of problem a {@link ManifestException} is: what the reader found, not how it is worded. */
    public enum Category {
        /** Not well-formed YAML or JSON: a parser error, an alias to no anchor, a character YAML does not allow. */
        SYNTAX,
        /** A key given twice in one object. */
        DUPLICATE_KEY,
        /**
         * Well-formed YAML that Kubernetes refuses: a key that is an object, a list or null, a number that is
         * infinite, NaN or out of range, a merge key ({@code <<}) of something other than objects, a value that does
         * not match its tag.
         */
        UNSUPPORTED_VALUE,
        /** A document that is not a Kubernetes object: not a mapping, or without a string apiVersion or kind. */
        NOT_AN_OBJECT,
        /** A value that does not fit the model's type for it (a string where a number belongs). */
        SCHEMA_MISMATCH,
        /** Not the document asked for: no document, several, or one of another kind. */
        UNEXPECTED_DOCUMENT,
        /** Input over one of the {@link ReadLimits}: too long, too deep, too many values or aliases. */
        LIMIT,
        /** Bytes that are not text in a supported encoding: a NUL byte, invalid UTF-8 or UTF-16, UTF-32. */
        ENCODING,
        /** A file or directory that cannot be opened, listed or read further. */
        IO,
        /** A Helm or Go template rather than YAML: it needs rendering first. */
        TEMPLATE,
        /** Made by the deprecated constructor, which does not say. */
        OTHER
    }

    private final String source;
    private final int documentIndex;
    private final transient SourcePosition position;
    private final transient JsonPath path;
    private final String problem;
    private final Category category;

    /**
     * @param source        the file or other source name ({@code <string>} for text)
     * @param documentIndex the 0-based index of the document in a multi-document stream, or -1 if unknown
     * @param position      the line and column, or {@code null} if unknown
     * @param path          the path in the document, or {@code null} if not inside a document
     * @param problem       what is wrong and what was expected, in plain words
     * @param cause         the underlying exception, or {@code null}; kept only if it is an {@link IOException}, an
     *                      {@link UncheckedIOException} or a {@code ManifestException}, since other exceptions (the
     *                      parsers') quote the input
     * @deprecated since 0.2.0, for removal: use {@link #builder(String, Category, String)}, which says the
     *     {@linkplain #category() category} and takes no nulls or -1 for what is unknown
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public ManifestException(String source, int documentIndex, SourcePosition position, JsonPath path, String problem,
                             Throwable cause) {
        this(legacy(source, documentIndex, position, path, problem, cause));
    }

    private static Builder legacy(String source, int documentIndex, SourcePosition position, JsonPath path,
                                  String problem, Throwable cause) {
        Builder b = new Builder(source == null ? "<unknown>" : source, Category.OTHER, String.valueOf(problem));
        b.documentIndex = documentIndex < 0 ? -1 : documentIndex;
        b.position = position;
        b.path = path;
        b.cause = cause;
        return b;
    }

    /**
     * For subclasses.
     *
     * @param b what the exception says
     */
    protected ManifestException(Builder b) {
        super(format(b.source, b.position, b.path, b.problem), safeCause(b.cause));
        this.source = b.source;
        this.documentIndex = b.documentIndex;
        this.position = b.position;
        this.path = b.path;
        this.problem = b.problem;
        this.category = b.category;
    }

    /**
     * @param source   the file or other source name ({@code <string>} for text)
     * @param category what kind of problem it is
     * @param problem  what is wrong and what was expected, in plain words, quoting nothing of the document
     * @return a builder for the rest, all of it optional
     */
    public static Builder builder(String source, Category category, String problem) {
        return new Builder(source, category, problem);
    }

    /** @return a builder holding everything this exception says, to change a part of it */
    public Builder toBuilder() {
        Builder b = new Builder(source, category, problem);
        b.documentIndex = documentIndex;
        b.position = position;
        b.path = path;
        b.cause = getCause();
        b.unreadable = this instanceof UnreadableInputException;
        return b;
    }

    private static Throwable safeCause(Throwable cause) {
        return cause instanceof IOException || cause instanceof UncheckedIOException
                || cause instanceof ManifestException ? cause : null;
    }

    private static String format(String source, SourcePosition position, JsonPath path, String problem) {
        StringBuilder sb = new StringBuilder(source);
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

    /** @return what kind of problem this is */
    public Category category() {
        return category;
    }

    /** @return the 0-based index of the document in its stream, if known */
    public OptionalInt documentIndex() {
        return documentIndex < 0 ? OptionalInt.empty() : OptionalInt.of(documentIndex);
    }

    /** @return the line and column of the problem, if known */
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(position);
    }

    /**
     * @return the 1-based line, or 0 if unknown
     * @deprecated since 0.2.0, for removal: use {@link #position()}, which says when the line is unknown
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public int line() {
        return position == null ? 0 : position.line();
    }

    /**
     * @return the 1-based column, or 0 if unknown
     * @deprecated since 0.2.0, for removal: use {@link #position()}, which says when the column is unknown
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
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

    /** Says what a {@link ManifestException} says; everything but the source, category and problem is optional. */
    public static final class Builder {
        private final String source;
        private Category category;
        private String problem;
        private int documentIndex = -1;
        private SourcePosition position;
        private JsonPath path;
        private Throwable cause;
        private boolean unreadable;

        private Builder(String source, Category category, String problem) {
            this.source = Objects.requireNonNull(source, "source");
            this.category = Objects.requireNonNull(category, "category");
            this.problem = Objects.requireNonNull(problem, "problem");
        }

        /**
         * @param category what kind of problem it is
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * @param problem what is wrong and what was expected, in plain words, quoting nothing of the document
         * @return this builder
         */
        public Builder problem(String problem) {
            this.problem = Objects.requireNonNull(problem, "problem");
            return this;
        }

        /**
         * @param index the 0-based index of the document in its stream
         * @return this builder
         */
        public Builder documentIndex(int index) {
            if (index < 0) {
                throw new IllegalArgumentException("a document index is 0 or more, got " + index);
            }
            this.documentIndex = index;
            return this;
        }

        /**
         * @param position the line and column of the problem
         * @return this builder
         */
        public Builder position(SourcePosition position) {
            this.position = Objects.requireNonNull(position, "position");
            return this;
        }

        /**
         * @param position the line and column of the problem, if known
         * @return this builder
         */
        public Builder position(Optional<SourcePosition> position) {
            this.position = position.orElse(null);
            return this;
        }

        /**
         * @param path the path of the offending node in the document
         * @return this builder
         */
        public Builder path(JsonPath path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * @param path the path of the offending node, if the problem is inside a document
         * @return this builder
         */
        public Builder path(Optional<JsonPath> path) {
            this.path = path.orElse(null);
            return this;
        }

        /**
         * @param cause the underlying exception; kept only if it is an {@link IOException}, an
         *              {@link UncheckedIOException} or a {@code ManifestException}, since other exceptions (the
         *              parsers') quote the input
         * @return this builder
         */
        public Builder cause(Throwable cause) {
            this.cause = Objects.requireNonNull(cause, "cause");
            return this;
        }

        /**
         * Makes the exception an {@link UnreadableInputException}: the input cannot be read at all, or no further.
         *
         * @return this builder
         */
        public Builder unreadable() {
            this.unreadable = true;
            return this;
        }

        /** @return the exception ({@link UnreadableInputException} if {@link #unreadable()} was called) */
        public ManifestException build() {
            return unreadable ? new UnreadableInputException(this) : new ManifestException(this);
        }
    }
}
