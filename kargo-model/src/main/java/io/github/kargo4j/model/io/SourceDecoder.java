package io.github.kargo4j.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a manifest into characters as kubectl does: UTF-8, with or without a byte order mark, or UTF-16
 * with a byte order mark. UTF-32 is refused (kubectl's YAML reader does not read it either). Bytes are decoded as
 * they stream in, in bounded chunks; nothing is read twice.
 *
 * <p>Invalid bytes are not replaced: the characters before them are delivered, and the next read throws
 * {@link Malformed}, so that {@link LimitedReader}, which has counted every line and column delivered so far, can
 * report the exact position of the first bad byte.
 */
final class SourceDecoder extends Reader {

    /** The input is not text in a supported encoding; thrown by the read after the last good character. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String problem;

        Malformed(String problem) {
            super(problem, null, false, false);
            this.problem = problem;
        }
    }

    /** How many bytes are read at a time from a stream of unknown size, and characters parsed at a time. */
    static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final ByteBuffer bytes;
    private CharsetDecoder decoder;
    private String encoding = "UTF-8";
    private boolean eof;
    private boolean flushed;
    private String pending;

    SourceDecoder(InputStream in) {
        this(in, CHUNK);
    }

    /**
     * @param in       the bytes
     * @param capacity how many bytes to read at a time ({@link #bufferFor})
     */
    SourceDecoder(InputStream in, int capacity) {
        this.in = in;
        this.bytes = ByteBuffer.allocate(capacity);
        bytes.flip();
    }

    /**
     * @param size the input's size in bytes, or -1 when unknown
     * @return a buffer size for it: {@link #CHUNK} for a large or unknown input, else a little more than the input (so
     *     that its end is seen on the first read), and never less than 4 KiB
     */
    static int bufferFor(long size) {
        return size < 0 || size >= CHUNK - 16 ? CHUNK : (int) Math.max(size + 16, 4096);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != null) {
            throw new Malformed(pending);
        }
        if (decoder == null) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (true) {
            CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
            if (r.isError()) {
                pending = describe(r.length());
                int n = out.position() - off;
                if (n > 0) {
                    return n;
                }
                throw new Malformed(pending);
            }
            if (r.isOverflow() || out.position() > off && !eof) {
                return out.position() - off;
            }
            if (eof) {
                if (!flushed) {
                    if (decoder.flush(out).isOverflow()) {
                        return out.position() - off;
                    }
                    flushed = true;
                }
                int n = out.position() - off;
                return n > 0 ? n : -1;
            }
            fill();
        }
    }

    /** Reads more bytes after those not yet decoded; sets {@code eof} at the end of the input. */
    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Picks the encoding from the byte order mark, as libyaml (and so kubectl) does. */
    private void start() throws IOException {
        while (!eof && bytes.remaining() < 4) {
            fill();
        }
        int b0 = byteAt(0);
        int b1 = byteAt(1);
        int b2 = byteAt(2);
        int b3 = byteAt(3);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(bytes.position() + 3);
            use(StandardCharsets.UTF_8.newDecoder(), "UTF-8");
        } else if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0x00
                && b3 == 0x00) {
            use(StandardCharsets.UTF_8.newDecoder(), "UTF-32");
            pending = "the file is UTF-32, which kubectl cannot read; save it as UTF-8";
            throw new Malformed(pending);
        } else if (b0 == 0xFE && b1 == 0xFF) {
            bytes.position(bytes.position() + 2);
            use(StandardCharsets.UTF_16BE.newDecoder(), "UTF-16");
        } else if (b0 == 0xFF && b1 == 0xFE) {
            bytes.position(bytes.position() + 2);
            use(StandardCharsets.UTF_16LE.newDecoder(), "UTF-16");
        } else {
            use(StandardCharsets.UTF_8.newDecoder(), "UTF-8");
        }
    }

    private void use(CharsetDecoder d, String name) {
        decoder = d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        encoding = name;
    }

    private int byteAt(int i) {
        return bytes.remaining() > i ? bytes.get(bytes.position() + i) & 0xFF : -1;
    }

    private String describe(int length) {
        if (!encoding.equals("UTF-8")) {
            return "invalid UTF-16 (an unpaired surrogate or an odd number of bytes); save the file as UTF-8";
        }
        StringBuilder sb = new StringBuilder("invalid UTF-8 (");
        int n = Math.min(length, bytes.remaining());
        sb.append(n == 1 ? "byte" : "bytes");
        for (int i = 0; i < n; i++) {
            sb.append(String.format(" 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        sb.append("); kubectl reads UTF-8, or UTF-16 with a byte order mark: save the file as UTF-8");
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
