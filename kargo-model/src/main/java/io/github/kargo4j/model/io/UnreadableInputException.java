package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

/**
 * An input that cannot be read at all, as opposed to one whose content is wrong: a file or directory that cannot be
 * opened or listed, bytes that are not text (a NUL byte, invalid UTF-8, UTF-32), or a file over
 * {@link ReadLimits#maxFileChars()}. The command line exits with status 2 for these, and with 1 for findings.
 * {@link ManifestException.Builder#unreadable()} makes one.
 */
public class UnreadableInputException extends ManifestException {

    private static final long serialVersionUID = 2L;

    /**
     * @param source   the file or other source name
     * @param position where reading stopped, or {@code null} if it never started
     * @param problem  what is wrong, in plain words
     * @deprecated since 0.2.0, for removal: use {@code ManifestException.builder(source, category, problem)
     *     .unreadable()}, which says the {@linkplain #category() category} and takes no null for an unknown position
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public UnreadableInputException(String source, SourcePosition position, String problem) {
        super(legacy(source, position, problem));
    }

    private static Builder legacy(String source, SourcePosition position, String problem) {
        Builder b = ManifestException.builder(source == null ? "<unknown>" : source, Category.OTHER,
                String.valueOf(problem));
        if (position != null) {
            b.position(position);
        }
        return b;
    }

    /**
     * @param b what the exception says
     */
    UnreadableInputException(Builder b) {
        super(b);
    }
}
