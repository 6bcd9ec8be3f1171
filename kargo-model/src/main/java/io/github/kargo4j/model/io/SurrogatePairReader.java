package io.github.kargo4j.model.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Hands snakeyaml-engine at most one character less than it asks for, around a bug in its {@code StreamReader}
 * (seen in snakeyaml-engine 3.0.1, the version this project uses): it reads into a buffer of
 * {@code bufferSize + 1} characters, and when the read fills the whole buffer and ends with the first half of a
 * surrogate pair it reads the second half into the slot after the end of the buffer, which fails with an
 * {@link IndexOutOfBoundsException}. A character outside the Basic Multilingual Plane (an emoji) that straddles the
 * reader's 64 KiB buffer would otherwise fail the whole file. A read one short never fills the buffer, so the slot
 * for the second half is always there. {@code SurrogatePairReaderTest} shows the bug on the bare library: when it
 * no longer fails there, this class can go.
 */
final class SurrogatePairReader extends FilterReader {

    SurrogatePairReader(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        return super.read(buf, off, len > 1 ? len - 1 : len);
    }
}
