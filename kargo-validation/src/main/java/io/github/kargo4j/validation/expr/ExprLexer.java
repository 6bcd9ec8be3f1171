package io.github.kargo4j.validation.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tokenizer for expr-lang (v1.17) expressions, close enough to the real lexer to find identifiers, calls, member
 * accesses and string literals, and to tell unterminated strings and unbalanced brackets. It does not parse: an
 * expression it accepts may still be wrong. Never throws; linear in the length of the text.
 */
final class ExprLexer {

    private ExprLexer() {
    }

    enum Type { IDENT, STRING, NUMBER, POINTER, PUNCT, OPERATOR }

    /**
     * @param type  the kind of token
     * @param text  identifiers, punctuation and operators as written; strings unquoted and unescaped
     * @param start the offset of the token in the expression
     */
    record Token(Type type, String text, int start) {
        boolean is(String punct) {
            return (type == Type.PUNCT || type == Type.OPERATOR) && text.equals(punct);
        }
    }

    /**
     * @param tokens  the tokens read (up to a problem, if any)
     * @param problem what makes the expression malformed, if anything
     */
    record Result(List<Token> tokens, Optional<String> problem) {
    }

    private static final Set<String> TWO_CHAR_OPERATORS = Set.of("?.", "??", "..", "==", "!=", "<=", ">=", "&&",
            "||", "**");

    static Result lex(String s) {
        List<Token> out = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    return new Result(out, Optional.of("a /* comment is not closed"));
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        sb.append(unescape(s.charAt(j + 1)));
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        closed = true;
                        break;
                    }
                    sb.append(d);
                    j++;
                }
                if (!closed) {
                    return new Result(out, Optional.of("the string starting with " + c + " at offset " + i
                            + " is not terminated"));
                }
                out.add(new Token(Type.STRING, sb.toString(), i));
                i = j + 1;
            } else if (c == '`') {
                int end = s.indexOf('`', i + 1);
                if (end < 0) {
                    return new Result(out, Optional.of("the raw string starting with ` at offset " + i
                            + " is not terminated"));
                }
                out.add(new Token(Type.STRING, s.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || (s.charAt(j) == '.' && j + 1 < n && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(Type.NUMBER, s.substring(i, j), i));
                i = j;
            } else if (isAlpha(c)) {
                int j = i + 1;
                while (j < n && isAlphaNumeric(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Type.IDENT, s.substring(i, j), i));
                i = j;
            } else if (c == '#') {
                int j = i + 1;
                while (j < n && isAlphaNumeric(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(Type.POINTER, s.substring(i, j), i));
                i = j;
            } else if (c == '(' || c == '[' || c == '{') {
                Token t = new Token(Type.PUNCT, String.valueOf(c), i);
                out.add(t);
                open.push(t);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (open.isEmpty()) {
                    return new Result(out, Optional.of("'" + c + "' at offset " + i + " closes nothing"));
                }
                Token o = open.pop();
                if (o.text().charAt(0) != expected) {
                    return new Result(out, Optional.of("'" + c + "' at offset " + i + " does not match '"
                            + o.text() + "' at offset " + o.start()));
                }
                out.add(new Token(Type.PUNCT, String.valueOf(c), i));
                i++;
            } else if (c == ',' || c == ':' || c == ';') {
                out.add(new Token(Type.PUNCT, String.valueOf(c), i));
                i++;
            } else {
                String two = i + 1 < n ? s.substring(i, i + 2) : "";
                if (TWO_CHAR_OPERATORS.contains(two)) {
                    out.add(new Token(two.equals("?.") ? Type.PUNCT : Type.OPERATOR, two, i));
                    i += 2;
                } else {
                    out.add(new Token(c == '.' ? Type.PUNCT : Type.OPERATOR, String.valueOf(c), i));
                    i++;
                }
            }
        }
        if (!open.isEmpty()) {
            Token o = open.peek();
            return new Result(out, Optional.of("'" + o.text() + "' at offset " + o.start() + " is not closed"));
        }
        return new Result(out, Optional.empty());
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    static boolean isAlpha(char c) {
        return c == '_' || c == '$' || Character.isLetter(c);
    }

    static boolean isAlphaNumeric(char c) {
        return isAlpha(c) || Character.isDigit(c);
    }
}
