package io.github.kargo4j.model.json;

/**
 * A 1-based line and column in a source document.
 *
 * @param line   line number, starting at 1
 * @param column column number, starting at 1
 */
public record SourcePosition(int line, int column) {

    /** Validates that both numbers are positive. */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    long pack() {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static SourcePosition unpack(long packed) {
        return packed < 0 ? null : new SourcePosition((int) (packed >>> 32), (int) packed);
    }

    static long pack(int line, int column) {
        return line < 1 || column < 1 ? -1L : ((long) line << 32) | (column & 0xffffffffL);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
