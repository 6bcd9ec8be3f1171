package io.github.kargo4j.model.io;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.DocumentStartToken;
import org.snakeyaml.engine.v2.tokens.Token;

import java.util.Optional;

/**
 * Where reading goes on after a YAML document that cannot be read: at the next document marker line.
 *
 * <p>By the YAML spec a line that starts with {@code ---} or {@code ...} followed by a space, a tab, a line break or
 * the end of the input is a document marker wherever it is: it ends a plain, quoted or block scalar and a flow
 * collection (snakeyaml-engine's scanner takes it as a marker at column 0 whatever it is in, or fails on it without
 * consuming it). So after an error, the rest of the broken document is skipped up to the next marker line, and a new
 * parser starts there on the same {@link StreamReader}: nothing is read twice, the characters the scanner had read
 * ahead are not lost, and the line and column of everything after the marker are the real ones in the file.
 *
 * <p>The scanner may already have taken the marker (a parser error at a {@code ---} that ends an unclosed flow
 * collection, or an error on the last value of a document: the scanner looks one token ahead). The reader then
 * stands just after the three characters; the new parser is handed a document start token in their place, and
 * {@link AfterDocumentStart} refuses what snakeyaml refuses on a {@code ---} line (a block mapping or list starting
 * on it), so a resumed document means what it would mean in a file of its own.
 */
final class DocumentResync {

    /** The marker reading resumes after. */
    enum Marker {
        /** {@code ---}: a document starts. */
        START,
        /** {@code ...}: a document ended; directives or {@code ---} come next. */
        END
    }

    private DocumentResync() {
    }

    /**
     * Moves the reader just past the next marker line after an error: at or after {@code minLine}, other than
     * {@code skipLine} (the broken document's own {@code ---}), and after {@code afterIndex} (the marker the current
     * parser started at, so that every resumption moves forward).
     *
     * @param r          the reader the failed parser read from
     * @param minLine    the 0-based line of the error
     * @param skipLine   the 0-based line of the broken document's {@code ---}, or -1
     * @param afterIndex the character index of the last resumption, or -1
     * @return the marker passed, or {@code null} at the end of the input
     */
    static Marker seek(StreamReader r, int minLine, int skipLine, int afterIndex) {
        if (r.getColumn() == 3 && r.getIndex() > afterIndex && r.getLine() >= minLine && r.getLine() != skipLine) {
            Marker taken = taken(r);
            if (taken != null) {
                return taken;
            }
        }
        while (true) {
            if (r.getColumn() == 0) {
                if (r.peek() == 0) {
                    return null;
                }
                int line = r.getLine();
                if (line >= minLine && line != skipLine && r.getIndex() > afterIndex) {
                    Marker m = at(r);
                    if (m != null) {
                        r.forward(3);
                        return m;
                    }
                }
            }
            int line = r.getLine();
            while (r.getLine() == line) {
                if (r.peek() == 0) {
                    return null;
                }
                r.forward();
            }
        }
    }

    /** @return the marker the reader stands at (at column 0), or {@code null} */
    private static Marker at(StreamReader r) {
        int c = r.peek();
        if ((c == '-' || c == '.') && r.peek(1) == c && r.peek(2) == c && endsMarker(r.peek(3))) {
            return c == '-' ? Marker.START : Marker.END;
        }
        return null;
    }

    /** @return the marker whose three characters the scanner has just consumed, or {@code null} */
    private static Marker taken(StreamReader r) {
        Mark mark = r.getMark().orElse(null);
        if (mark == null || mark.getPointer() < 3 || !endsMarker(r.peek())) {
            return null;
        }
        int[] b = mark.getBuffer();
        int p = mark.getPointer();
        int c = b[p - 3];
        if ((c == '-' || c == '.') && b[p - 2] == c && b[p - 1] == c) {
            return c == '-' ? Marker.START : Marker.END;
        }
        return null;
    }

    /** A space, a tab, a line break or the end of the input (0) after three dashes or dots makes a marker. */
    private static boolean endsMarker(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0;
    }

    /**
     * @param marker   the marker the reader has just passed
     * @param settings the settings of the first parser
     * @param r        the reader
     * @return a parser of the rest of the input, starting with the document the marker begins or precedes
     */
    static Parser parserAfter(Marker marker, LoadSettings settings, StreamReader r) {
        ScannerImpl scanner = new ScannerImpl(settings, r);
        if (marker == Marker.END) {
            return new ParserImpl(settings, scanner);
        }
        return new ParserImpl(settings, new AfterDocumentStart(scanner, r.getMark(), r.getLine()));
    }

    /**
     * A scanner that stands just after a {@code ---}: it hands out the stream start, then a document start token in
     * place of the marker, then the tokens of the scanner, refusing a block mapping or list that starts on the
     * marker's line as snakeyaml does after a {@code ---} (it allows no simple key there).
     */
    static final class AfterDocumentStart implements Scanner {
        private final Scanner scanner;
        private Token streamStart;
        private Token documentStart;
        private int markerLine;

        AfterDocumentStart(Scanner scanner, Optional<Mark> mark, int markerLine) {
            this.scanner = scanner;
            this.streamStart = scanner.peekToken();
            scanner.next();
            this.documentStart = new DocumentStartToken(mark, mark);
            this.markerLine = markerLine;
        }

        private Token head() {
            if (streamStart != null) {
                return streamStart;
            }
            if (documentStart != null) {
                return documentStart;
            }
            Token t = scanner.peekToken();
            if (markerLine >= 0) {
                int line = t.getStartMark().map(Mark::getLine).orElse(markerLine + 1);
                if (line != markerLine) {
                    markerLine = -1;
                } else if (t.getTokenId() == Token.ID.BlockMappingStart) {
                    throw new ScannerException(null, Optional.empty(), "mapping values are not allowed here",
                            t.getStartMark());
                } else if (t.getTokenId() == Token.ID.BlockSequenceStart) {
                    throw new ScannerException(null, Optional.empty(), "sequence entries are not allowed here",
                            t.getStartMark());
                }
            }
            return t;
        }

        @Override
        public boolean checkToken(Token.ID... choices) {
            if (streamStart == null && documentStart == null && !scanner.checkToken(new Token.ID[0])) {
                return false;
            }
            Token t = head();
            if (choices.length == 0) {
                return true;
            }
            for (Token.ID c : choices) {
                if (t.getTokenId() == c) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean checkToken(Token.ID choice) {
            return checkToken(new Token.ID[] {choice});
        }

        @Override
        public Token peekToken() {
            return head();
        }

        @Override
        public boolean hasNext() {
            return checkToken(new Token.ID[0]);
        }

        @Override
        public Token next() {
            Token t = head();
            if (t == streamStart) {
                streamStart = null;
            } else if (t == documentStart) {
                documentStart = null;
            } else {
                scanner.next();
            }
            return t;
        }

        @Override
        public void resetDocumentIndex() {
            scanner.resetDocumentIndex();
        }
    }
}
