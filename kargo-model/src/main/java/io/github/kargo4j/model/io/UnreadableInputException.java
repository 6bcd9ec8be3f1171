package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

/**
 * An input that cannot be read at all, as opposed to one whose content is wrong: a file or directory that cannot be
 * opened or listed, bytes that are not text (a NUL byte, invalid UTF-8, UTF-32), or a file over
 * {@link ReadLimits#maxFileChars()}. The command line exits with status 2 for these, and with 1 for findings.
 */
public class UnreadableInputException extends ManifestException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source   the file or other source name
     * @param position where reading stopped, or {@code null} if it never started
     * @param problem  what is wrong, in plain words
     */
    public UnreadableInputException(String source, SourcePosition position, String problem) {
        super(source, -1, position, null, problem, null);
    }
}
