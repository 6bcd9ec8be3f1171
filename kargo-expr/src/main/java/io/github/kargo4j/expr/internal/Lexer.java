package io.github.kargo4j.expr.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens with expr-lang's rules and error messages; positions are rune offsets. */
final class Lexer {

    private static final int EOF = -1;

    private final int[] src;
    private int start;
    private int end;
    private boolean eof;
    private final List<Token> tokens = new ArrayList<>();
    private ParseError err;

    private Lexer(String text) {
        this.src = codePoints(text);
    }

    /** {@code text.codePoints().toArray()} without a stream (its classes and lambdas are a start-up cost). */
    static int[] codePoints(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        for (int i = 0, k = 0; i < text.length(); k++) {
            int c = text.codePointAt(i);
            out[k] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    /** The tokens of {@code text} up to EOF or the first lexing error. */
    static Lexer lex(String text) {
        Lexer l = new Lexer(text);
        l.run();
        return l;
    }

    /** The tokens read; ends with EOF unless {@link #error()} is set. */
    List<Token> tokens() {
        return tokens;
    }

    /** The first lexing error, reported when the parser reaches it, or {@code null}. */
    ParseError error() {
        return err;
    }

    private int next() {
        if (end >= src.length) {
            eof = true;
            return EOF;
        }
        return src[end++];
    }

    private int peek() {
        return end < src.length ? src[end] : EOF;
    }

    private void backup() {
        if (eof) {
            eof = false;
        } else if (end > 0) {
            end--;
        }
    }

    private String word() {
        return new String(src, start, end - start);
    }

    private void emit(Token.Kind kind) {
        emit(kind, word());
    }

    private void emit(Token.Kind kind, String value) {
        tokens.add(new Token(kind, value, start, end));
        start = end;
    }

    private boolean accept(String valid) {
        int p = peek();
        if (p != EOF && valid.indexOf(p) >= 0) {
            next();
            return true;
        }
        return false;
    }

    private void acceptRun(String valid) {
        while (accept(valid)) {
            // absorb
        }
    }

    private void error(String message) {
        if (err == null) {
            int e = end;
            if (eof) {
                e++;
            }
            err = new ParseError(message, e - 1);
        }
    }

    static boolean isAlphabetic(int r) {
        return r == '_' || r == '$' || Character.isLetter(r);
    }

    static boolean isAlphaNumeric(int r) {
        return r != EOF && (isAlphabetic(r) || Character.isDigit(r));
    }

    static boolean isSpace(int r) {
        // Go's unicode.IsSpace
        return r == ' ' || r == '\t' || r == '\n' || r == 0x0B || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0
                || (r > 0xFF && Character.isSpaceChar(r) && r != 0x200B)
                || r == 0x1680;
    }

    private void run() {
        while (err == null) {
            int r = next();
            if (r == EOF) {
                int from = Math.max(end - 1, 0);
                tokens.add(new Token(Token.Kind.EOF, "", from, end));
                return;
            }
            if (isSpace(r)) {
                start = end;
            } else if (r == '\'' || r == '"') {
                scanString(r);
                if (err != null) {
                    return;
                }
                try {
                    emit(Token.Kind.STRING, Unescape.unescape(word(), false));
                } catch (IllegalArgumentException e) {
                    error(e.getMessage());
                }
            } else if (r == '`') {
                scanRawString();
            } else if ((r == 'b' || r == 'B') && (peek() == '\'' || peek() == '"')) {
                int q = next();
                scanString(q);
                if (err != null) {
                    return;
                }
                try {
                    emit(Token.Kind.BYTES, Unescape.unescape(word().substring(1), true));
                } catch (IllegalArgumentException e) {
                    error(e.getMessage());
                }
            } else if (r >= '0' && r <= '9') {
                backup();
                number();
            } else if (r == '?') {
                accept(".?");
                emit(Token.Kind.OPERATOR);
            } else if (r == '/') {
                if (accept("/")) {
                    while (true) {
                        int c = next();
                        if (c == EOF || c == '\n') {
                            break;
                        }
                    }
                    start = end;
                } else if (accept("*")) {
                    boolean closed = false;
                    while (true) {
                        int c = next();
                        if (c == EOF) {
                            break;
                        }
                        if (c == '*' && accept("/")) {
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) {
                        error("unclosed comment");
                        return;
                    }
                    start = end;
                } else {
                    emit(Token.Kind.OPERATOR);
                }
            } else if (r == '#') {
                accept("#");
                emit(Token.Kind.OPERATOR);
                while (true) {
                    int c = next();
                    if (!isAlphaNumeric(c)) {
                        backup();
                        if (end > start) {
                            emit(Token.Kind.IDENTIFIER);
                        }
                        break;
                    }
                }
            } else if (r == '|') {
                accept("|");
                emit(Token.Kind.OPERATOR);
            } else if (r == ':') {
                accept(":");
                emit(Token.Kind.OPERATOR);
            } else if ("([{)]}".indexOf(r) >= 0) {
                emit(Token.Kind.BRACKET);
            } else if (",;%+-^".indexOf(r) >= 0) {
                emit(Token.Kind.OPERATOR);
            } else if ("&!=*<>".indexOf(r) >= 0) {
                accept("&=*");
                emit(Token.Kind.OPERATOR);
            } else if (r == '.') {
                backup();
                dot();
            } else if (isAlphaNumeric(r)) {
                backup();
                identifier();
            } else {
                error("unrecognized character: " + GoFmt.unicodeHash(r));
                return;
            }
        }
    }

    private void number() {
        if (!scanNumber()) {
            error("bad number syntax: " + GoFmt.quote(word()));
            return;
        }
        emit(Token.Kind.NUMBER);
    }

    private boolean scanNumber() {
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        int savedEnd = end;
        boolean savedEof = eof;
        if (accept(".")) {
            if (peek() == '.') {
                end = savedEnd;
                eof = savedEof;
                return true;
            }
            acceptRun(digits);
        }
        if (accept("eE")) {
            accept("+-");
            acceptRun(digits);
        }
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    }

    private void dot() {
        next();
        if (accept("0123456789")) {
            backup();
            number();
            return;
        }
        accept(".");
        emit(Token.Kind.OPERATOR);
    }

    private void identifier() {
        while (true) {
            int r = next();
            if (!isAlphaNumeric(r)) {
                backup();
                break;
            }
        }
        String w = word();
        switch (w) {
            case "not" -> not();
            case "in", "or", "and", "matches", "contains", "startsWith", "endsWith", "let", "if", "else" ->
                    emit(Token.Kind.OPERATOR);
            default -> emit(Token.Kind.IDENTIFIER);
        }
    }

    private void not() {
        emit(Token.Kind.OPERATOR);
        acceptRun(" ");
        start = end;
        int saved = end;
        while (true) {
            int r = next();
            if (!isAlphaNumeric(r)) {
                backup();
                break;
            }
        }
        switch (word()) {
            case "in", "matches", "contains", "startsWith", "endsWith" -> emit(Token.Kind.OPERATOR);
            default -> end = saved;
        }
    }

    private int scanDigits(int ch, int base, int n) {
        while (n > 0 && digitVal(ch) < base) {
            ch = next();
            n--;
        }
        if (n > 0) {
            error("invalid char escape");
        }
        return ch;
    }

    private static int digitVal(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        int l = ch | 0x20;
        if (l >= 'a' && l <= 'f') {
            return l - 'a' + 10;
        }
        return 16;
    }

    private int scanEscape(int quote) {
        int ch = next();
        switch (ch) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> ch = next();
            case '0', '1', '2', '3', '4', '5', '6', '7' -> ch = scanDigits(ch, 8, 3);
            case 'x' -> ch = scanDigits(next(), 16, 2);
            case 'u' -> {
                if (peek() == '{') {
                    next();
                    int digits = 0;
                    while (peek() != '}') {
                        if (digitVal(peek()) >= 16 || digits >= 6) {
                            error("invalid char escape");
                            return EOF;
                        }
                        next();
                        digits++;
                    }
                    if (digits == 0) {
                        error("invalid char escape");
                        return EOF;
                    }
                    next();
                    ch = next();
                } else {
                    ch = scanDigits(next(), 16, 4);
                }
            }
            case 'U' -> ch = scanDigits(next(), 16, 8);
            default -> {
                if (ch == quote) {
                    ch = next();
                } else {
                    error("invalid char escape");
                }
            }
        }
        return ch;
    }

    private void scanString(int quote) {
        int ch = next();
        while (ch != quote) {
            if (ch == '\n' || ch == EOF) {
                error("literal not terminated");
                return;
            }
            if (err != null) {
                return;
            }
            if (ch == '\\') {
                ch = scanEscape(quote);
            } else {
                ch = next();
            }
        }
    }

    private void scanRawString() {
        StringBuilder b = new StringBuilder();
        while (true) {
            int ch = next();
            while (ch == '`' && peek() == '`') {
                next();
                b.append('`');
                ch = next();
            }
            if (ch == '`') {
                break;
            }
            if (ch == EOF) {
                error("literal not terminated");
                return;
            }
            b.appendCodePoint(ch);
        }
        emit(Token.Kind.STRING, b.toString());
    }
}
