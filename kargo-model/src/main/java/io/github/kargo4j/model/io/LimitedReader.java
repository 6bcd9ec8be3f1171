package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Looks at every character once, as it streams in and before any parser buffers it: it counts lines and columns,
 * enforces the size limits (characters per YAML document, counted from the last line that starts with {@code ---},
 * and characters per file), refuses characters YAML and JSON do not allow (a NUL byte first of all, the mark of a
 * binary file) at their exact position, and notices whether the text looks like a Helm or Go template, so that an
 * error can say so without reading the input a second time.
 */
final class LimitedReader extends FilterReader {

    /** What stopped the reading. */
    enum Reason {
        /** A document is longer than {@link ReadLimits#maxDocumentChars()}. */
        DOCUMENT_SIZE,
        /** The file is longer than {@link ReadLimits#maxFileChars()}. */
        FILE_SIZE,
        /** The bytes are not text in a supported encoding. */
        ENCODING,
        /** A NUL character, the mark of a binary file. */
        NUL,
        /** A control character YAML does not allow unescaped. */
        CHARACTER
    }

    /** Thrown (unchecked, through the parser) when the input cannot be read further. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Reason reason;
        final int line;
        final int column;
        final String problem;

        Stop(Reason reason, int line, int column, String problem) {
            super(problem, null, false, false);
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.problem = problem;
        }

        /** @return whether the input could not be read at all (as opposed to a document being too large) */
        boolean unreadable() {
            return reason != Reason.DOCUMENT_SIZE;
        }

        /** @return the kind of problem */
        ManifestException.Category category() {
            return switch (reason) {
                case DOCUMENT_SIZE, FILE_SIZE -> ManifestException.Category.LIMIT;
                case ENCODING, NUL -> ManifestException.Category.ENCODING;
                case CHARACTER -> ManifestException.Category.SYNTAX;
            };
        }

        /**
         * @param source the source name
         * @return the problem, an {@link UnreadableInputException} if the input cannot be read further
         */
        ManifestException toException(String source) {
            ManifestException.Builder b = ManifestException.builder(source, category(), problem)
                    .position(new SourcePosition(line, column));
            return (unreadable() ? b.unreadable() : b).build();
        }
    }

    private final long maxDocumentChars;
    private final long maxFileChars;
    private final boolean yaml;
    private long documentChars;
    private long fileChars;
    private int line = 1;
    private int column = 1;
    private int dashes;
    private boolean lineStart = true;
    private boolean highSurrogate;
    // template sniffing: the last eight characters of the reads before, a ring ending at recentIndex
    private final char[] recent = new char[8];
    private int recentIndex;
    private boolean templateOpen;
    private boolean templateHint;
    /** How many characters from here on go through {@link #count}: they may complete a template pattern. */
    private int slowNext;
    private final char[] one = new char[1];
    // a document over the limit: the characters up to the one over it are handed out, then the next read throws
    // this, and the limit is off until the next document starts, so that a reader can skip to it
    private Stop documentTooLong;
    private boolean documentLimitOff;
    private char[] held;
    private int heldStart;
    private int heldEnd;
    /** Hands the characters on unlooked-at ({@link #unchecked}): a text whose checks fall to whoever reads it. */
    private final boolean unchecked;

    /**
     * @param in               the characters
     * @param maxDocumentChars the limit per YAML document (for JSON: per file)
     * @param maxFileChars     the limit per file
     * @param yaml             whether the input is YAML ({@code ---} starts a document; every character YAML does not
     *                         allow is refused here); JSON only has NUL refused here, Jackson reports the others
     */
    LimitedReader(Reader in, long maxDocumentChars, long maxFileChars, boolean yaml) {
        this(in, maxDocumentChars, maxFileChars, yaml, false);
    }

    private LimitedReader(Reader in, long maxDocumentChars, long maxFileChars, boolean yaml, boolean unchecked) {
        super(in);
        this.maxDocumentChars = maxDocumentChars;
        this.maxFileChars = maxFileChars;
        this.yaml = yaml;
        this.unchecked = unchecked;
    }

    /**
     * A reader that hands the characters on without looking at them: no limit, no position, no refused character, no
     * template hint. Only for a text read a second time through a checking reader when anything goes wrong
     * ({@link ManifestReader#parse}): a reading that succeeds without the checks is the reading with them.
     *
     * @param in the characters
     * @return the reader
     */
    static LimitedReader unchecked(Reader in) {
        return new LimitedReader(in, Long.MAX_VALUE, Long.MAX_VALUE, true, true);
    }

    /** @return whether the text read so far looks like a Helm or Go template ({@code {{ .Values.x }}}) */
    boolean looksLikeTemplate() {
        return templateOpen && templateHint;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (unchecked) {
            return super.read(buf, off, len);
        }
        if (documentTooLong != null) {
            Stop stop = documentTooLong;
            documentTooLong = null;
            throw stop;
        }
        int n;
        if (heldEnd > heldStart) {
            n = Math.min(len, heldEnd - heldStart);
            System.arraycopy(held, heldStart, buf, off, n);
            heldStart += n;
        } else {
            try {
                n = super.read(buf, off, len);
            } catch (SourceDecoder.Malformed e) {
                throw new Stop(Reason.ENCODING, line, column, e.problem);
            }
        }
        int end = off + Math.max(n, 0);
        int i = off;
        while (i < end) {
            i = countPrintableAscii(buf, off, i, end);
            if (i == end) {
                break;
            }
            boolean fits = count(buf, off, i);
            i++;
            if (!fits) {
                // hand out the characters up to this one; keep the rest for the reads after the error
                remember(buf, off, i);
                hold(buf, i, end);
                return i - off;
            }
        }
        remember(buf, off, end);
        return n;
    }

    /**
     * The fast path of {@link #count}, for the common case: a run of printable ASCII characters and line breaks that
     * neither start a document marker line nor reach a limit needs only its rare template characters looked at, and
     * the counters moved once. A line break stays on this path when the next line starts with a printable ASCII
     * character other than {@code -} (which may begin a {@code ---} marker); the characters that can complete a
     * template pattern go through {@link #count} after two opening braces or a {@code .V} ({@link #slowNext}).
     *
     * @return the index of the first character from {@code i} on that needs {@link #count}, or {@code end}
     */
    private int countPrintableAscii(char[] buf, int off, int i, int end) {
        if (lineStart || slowNext > 0) {
            return i;
        }
        long room = Math.min(maxFileChars - fileChars, documentLimitOff ? Long.MAX_VALUE
                : maxDocumentChars - documentChars);
        int stop = room >= end - i ? end : i + (int) Math.max(room, 0);
        boolean sniffing = !templateHint || !templateOpen;
        int j = i;
        int lastBreak = -1;
        int lines = 0;
        while (j < stop) {
            char c = buf[j];
            if (c < 0x20 || c >= 0x7F) {
                if (c != '\n' || j + 1 >= stop) {
                    break;
                }
                char next = buf[j + 1];
                if (next < 0x20 || next >= 0x7F || next == '-') {
                    break;
                }
                lines++;
                lastBreak = j;
            } else if (sniffing && FAST_TEMPLATE_CHARS[c]) {
                sniff(buf, off, j, c);
                sniffing = !templateHint || !templateOpen;
                if (slowNext > 0) {
                    j++;
                    break;
                }
            }
            j++;
        }
        int counted = j - i;
        if (counted > 0) {
            fileChars += counted;
            documentChars += counted;
            if (lastBreak >= 0) {
                line += lines;
                column = j - lastBreak;
            } else {
                column += counted;
            }
            highSurrogate = false;
        }
        return j;
    }

    private void hold(char[] buf, int from, int to) {
        int rest = heldEnd - heldStart;
        char[] h = new char[to - from + rest];
        System.arraycopy(buf, from, h, 0, to - from);
        if (rest > 0) {
            System.arraycopy(held, heldStart, h, to - from, rest);
        }
        held = h;
        heldStart = 0;
        heldEnd = h.length;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    /**
     * Counts {@code buf[i]}, a character of the read that started at {@code off}.
     *
     * @return {@code false} if the character takes its document over the limit (the next read throws)
     */
    private boolean count(char[] buf, int off, int i) {
        char c = buf[i];
        if (slowNext > 0) {
            slowNext--;
        }
        if (++fileChars > maxFileChars) {
            throw new Stop(Reason.FILE_SIZE, line, column, "file longer than the limit of " + maxFileChars
                    + " characters; raise ReadLimits.maxFileChars if this is intended");
        }
        if ((!templateHint || !templateOpen) && c < 0x80 && TEMPLATE_CHARS[c]) {
            sniff(buf, off, i, c);
        }
        if (c == '\n') {
            line++;
            column = 1;
            lineStart = true;
            dashes = 0;
        } else {
            if (c < 0x20 || c >= 0x7F) {
                checkCharacter(c);
            }
            if (lineStart) {
                if (c == '-') {
                    if (++dashes == 3 && yaml) {
                        documentChars = 0;
                        documentLimitOff = false;
                        lineStart = false;
                    }
                } else {
                    lineStart = false;
                }
            }
            if (Character.isLowSurrogate(c) && highSurrogate) {
                highSurrogate = false;
            } else {
                highSurrogate = Character.isHighSurrogate(c);
                column++;
            }
        }
        if (++documentChars > maxDocumentChars && !documentLimitOff) {
            documentTooLong = new Stop(Reason.DOCUMENT_SIZE, line, column, documentTooLong(maxDocumentChars));
            documentLimitOff = true;
            return false;
        }
        return true;
    }

    static String documentTooLong(long limit) {
        String problem = "document longer than the limit of " + limit + " characters";
        if (limit >= ReadLimits.API_SERVER_REQUEST_LIMIT) {
            problem += " (the Kubernetes API server refuses requests over 3 MiB, and etcd stores objects of at most"
                    + " about 1.5 MiB: split it)";
        }
        return problem + "; raise ReadLimits.maxDocumentChars if this is intended";
    }

    private void checkCharacter(char c) {
        if (c == 0) {
            throw new Stop(Reason.NUL, line, column, "NUL character (byte 0x00): YAML and JSON do not allow it;"
                    + " is this a binary file" + (line == 1 && column <= 2 ? ", or UTF-16 without a byte order mark"
                    : "") + "?");
        }
        if (!yaml) {
            return;
        }
        boolean allowed = c == '\t' || c == '\r' || c == 0x85 || c >= 0xA0 && c != 0xFFFE && c != 0xFFFF;
        if (!allowed) {
            throw new Stop(Reason.CHARACTER, line, column, String.format("control character U+%04X: YAML does not"
                    + " allow it unescaped; write it as \"\\u%04X\" in a double-quoted string", (int) c, (int) c));
        }
    }

    /** The characters the template patterns end with, and {@code V}, which {@code .Values} holds. */
    private static final boolean[] TEMPLATE_CHARS = new boolean[0x80];
    /**
     * The characters the fast path looks at: an opening brace and {@code V}, after which the next characters go
     * through {@link #count} when they may complete a pattern, and a closing brace. The common {@code - . s} end a
     * pattern only right after one of these.
     */
    private static final boolean[] FAST_TEMPLATE_CHARS = new boolean[0x80];

    static {
        for (char c : new char[] {'{', '-', '}', '.', 's', 'V'}) {
            TEMPLATE_CHARS[c] = true;
        }
        for (char c : new char[] {'{', '}', 'V'}) {
            FAST_TEMPLATE_CHARS[c] = true;
        }
    }

    /** Notices a template pattern ending at {@code buf[i]}, a character of the read that started at {@code off}. */
    private void sniff(char[] buf, int off, int i, char c) {
        switch (c) {
            case '{' -> {
                if (endsWith(buf, off, i, "{{")) {
                    templateOpen = true;
                    slowNext = 2;   // "{{-" and "{{ ." end within the next two characters
                }
            }
            case 'V' -> {
                if (endsWith(buf, off, i, ".V")) {
                    slowNext = 5;   // ".Values" ends five characters on
                }
            }
            case '-' -> templateHint |= endsWith(buf, off, i, "{{-");
            case '}' -> templateHint |= endsWith(buf, off, i, "-}}");
            case '.' -> templateHint |= endsWith(buf, off, i, "{{ .");
            case 's' -> templateHint |= endsWith(buf, off, i, ".Values");
            default -> {
                // nothing to notice
            }
        }
    }

    /** @return whether the text read ends with {@code s} at {@code buf[i]} (earlier reads kept in {@link #recent}) */
    private boolean endsWith(char[] buf, int off, int i, String s) {
        for (int k = 0; k < s.length(); k++) {
            int at = i - k;
            char c = at >= off ? buf[at] : recent[(recentIndex - (off - 1 - at)) & 7];
            if (c != s.charAt(s.length() - 1 - k)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the last characters handed out, {@code buf[off..end)}, for patterns that straddle two reads. */
    private void remember(char[] buf, int off, int end) {
        for (int k = Math.max(off, end - recent.length); k < end; k++) {
            recent[recentIndex = (recentIndex + 1) & 7] = buf[k];
        }
    }
}
