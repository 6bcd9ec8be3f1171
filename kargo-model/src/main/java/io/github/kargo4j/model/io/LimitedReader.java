package io.github.kargo4j.model.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Enforces size limits while characters stream in, before any parser buffers them: characters per YAML document
 * (counted from the last line that starts with {@code ---}) and characters per line. Parsers only see a value once
 * it has been read whole, so a 50 MB scalar must be stopped here.
 */
final class LimitedReader extends FilterReader {

    /** Thrown (unchecked) when a limit is exceeded. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean line;
        final int lineNumber;

        LimitExceeded(boolean line, int lineNumber) {
            super(null, null, false, false);
            this.line = line;
            this.lineNumber = lineNumber;
        }
    }

    private final long maxDocumentChars;
    private final long maxLineChars;
    private long documentChars;
    private long lineChars;
    private int lineNumber = 1;
    private int dashes;
    private boolean lineStart = true;

    LimitedReader(Reader in, long maxDocumentChars, long maxLineChars) {
        super(in);
        this.maxDocumentChars = maxDocumentChars;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        int end = off + n;
        int i = off;
        // fast path: finish the current line, then jump from newline to newline
        while (i < end) {
            if (lineStart) {
                count(buf[i++]);
                continue;
            }
            int nl = i;
            while (nl < end && buf[nl] != '\n') {
                nl++;
            }
            int run = nl - i;
            lineChars += run;
            documentChars += run;
            if (lineChars > maxLineChars) {
                throw new LimitExceeded(true, lineNumber);
            }
            if (documentChars > maxDocumentChars) {
                throw new LimitExceeded(false, lineNumber);
            }
            i = nl;
            if (i < end) {
                count(buf[i++]);
            }
        }
        return n;
    }

    private void count(char c) {
        if (c == '\n') {
            lineNumber++;
            lineChars = 0;
            lineStart = true;
            dashes = 0;
        } else {
            if (lineStart) {
                if (c == '-') {
                    dashes++;
                    if (dashes == 3) {
                        documentChars = 0;
                        lineStart = false;
                    }
                } else {
                    lineStart = false;
                }
            }
            if (++lineChars > maxLineChars) {
                throw new LimitExceeded(true, lineNumber);
            }
        }
        if (++documentChars > maxDocumentChars) {
            throw new LimitExceeded(false, lineNumber);
        }
    }
}
