package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.Program;
import io.github.kargo4j.expr.kargo.EvaluationPlace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-text work of one {@link ExpressionCheck} run, done once per distinct text: lexing an expression (with what it
 * refers to), compiling it with the language of a place, and evaluating it when it is constant. Real repositories
 * repeat the same templates across Stages, tasks and services, and the outcome depends on nothing but the text and the
 * place (expr-lang's checker and evaluator are pure, and constant expressions read no variable and call no clock).
 *
 * <p>Thread-safe: the check runs on several threads, which may work out the same text at the same time; both get
 * equal outcomes and one is kept. Bounded: at most {@link #MAX_ENTRIES} texts of at most {@link #MAX_TEXT} characters
 * per map (a longer text is worked out each time, as without the memo); a full map is emptied and fills again, so
 * that the texts kept are the recent ones (a service's Stages repeat its templates near each other) and a run over
 * 100,000 documents of distinct texts holds no more than a small run does. The memo lives as long as the run.
 */
final class ExprMemo {

    /** The most texts kept per map (8,192 held about 30 MB of 100,000 documents' expressions to the end of a run). */
    static final int MAX_ENTRIES = 2048;
    /** The longest text kept. */
    static final int MAX_TEXT = 4096;

    /**
     * An expression's tokens and what it refers to.
     *
     * @param lexed the tokens, and what makes the expression malformed if anything
     * @param facts what it refers to; null when it is malformed
     */
    record Lexed(ExprLexer.Result lexed, ExprFacts facts) {
    }

    /** An expression compiled with the language of a place: its program, or why expr-lang refuses it. */
    static final class Compiled {
        private final Program program;
        private final ExprException error;
        /** The value when run without variables, or why running fails: worked out on first demand. */
        private volatile Object[] evaluated;

        private Compiled(Program program, ExprException error) {
            this.program = program;
            this.error = error;
        }

        /** @return the program; throws what expr-lang's compiler threw */
        Program program() {
            if (error != null) {
                throw error;
            }
            return program;
        }

        /**
         * Runs the program without variables (for constant expressions only); the outcome is kept.
         *
         * @return the value
         * @throws ExprException what running it throws
         */
        Object runConstant() {
            Object[] e = evaluated;
            if (e == null) {
                try {
                    e = new Object[] {program().run(Map.of()), null};
                } catch (ExprException x) {
                    e = new Object[] {null, x};
                }
                evaluated = e;
            }
            if (e[1] != null) {
                throw (ExprException) e[1];
            }
            return e[0];
        }
    }

    /** A place and a text; equals and hashCode written out (a record's go through method handles). */
    private static final class Key {
        private final EvaluationPlace place;
        private final String text;

        Key(EvaluationPlace place, String text) {
            this.place = place;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.place == place && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return 31 * place.ordinal() + text.hashCode();
        }
    }

    private final ConcurrentHashMap<String, Lexed> lexed = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * @param body an expression's text
     * @return its tokens and facts
     */
    Lexed lex(String body) {
        Lexed l = lexed.get(body);
        if (l == null) {
            ExprLexer.Result r = ExprLexer.lex(body);
            l = new Lexed(r, r.problem().isPresent() ? null : ExprFacts.of(r.tokens()));
            keep(lexed, body, l, body);
        }
        return l;
    }

    /**
     * @param place where Kargo evaluates the expression
     * @param body  its text
     * @return it compiled with the checking language of the place
     */
    Compiled compile(EvaluationPlace place, String body) {
        Key k = new Key(place, body);
        Compiled c = compiled.get(k);
        if (c == null) {
            try {
                c = new Compiled(place.checkingLang().compile(body), null);
            } catch (ExprException e) {
                c = new Compiled(null, e);
            }
            keep(compiled, k, c, body);
        }
        return c;
    }

    /**
     * Whether a text compiles, known from the text of its shape ({@link #shape}) when it has one: texts that differ
     * only in the repository URLs written as literals in commitFrom, imageFrom or chartFrom (a fleet's
     * {@code imageFrom("registry/svc-0001").Tag}, {@code imageFrom("registry/svc-0002").Tag} ...) compile alike, since
     * expr-lang's checker gives such a literal the type string whatever it holds, and nothing else reads it. Only a
     * success is taken from the shape; whether the text fails, and where, is worked out on the text itself.
     *
     * @param place where Kargo evaluates the expression
     * @param body  its text
     * @return true when the text's shape compiles with the checking language of the place (so the text does); false
     *     when the text has no shape or its shape does not compile
     */
    boolean compilesAsShape(EvaluationPlace place, String body) {
        String shape = shape(body);
        return shape != null && compile(place, shape).error == null;
    }

    /** The literal a shape writes in place of each repository URL. */
    static final String SHAPE_URL = "\"u\"";

    /**
     * @param body an expression's text
     * @return the text with each double-quoted literal that is the whole first argument of commitFrom, imageFrom or
     *     chartFrom, and holds only letters, digits and {@code . _ / : @ -}, written as {@link #SHAPE_URL}; null when
     *     it holds no such literal, or anything this scan does not read exactly as expr-lang's lexer does (a single
     *     quote, a backquote, a backslash, a comment, an unterminated literal)
     */
    static String shape(String body) {
        if (body.indexOf('\\') >= 0) {
            return null;   // an escape: the literal's end is not the next quote
        }
        StringBuilder out = null;
        int copied = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '`'
                    || c == '/' && i + 1 < n && (body.charAt(i + 1) == '/' || body.charAt(i + 1) == '*')) {
                return null;
            }
            if (c != '"') {
                continue;
            }
            int end = body.indexOf('"', i + 1);
            if (end < 0) {
                return null;
            }
            if (isUrl(body, i + 1, end) && isRepositoryArgument(body, i, end)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(body, copied, i).append(SHAPE_URL);
                copied = end + 1;
            }
            i = end;
        }
        return out == null ? null : out.append(body, copied, n).toString();
    }

    private static boolean isUrl(String body, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = body.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '/' || c == ':' || c == '@' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether the literal between the quotes at {@code open} and {@code close} is the whole first argument of
     *     commitFrom, imageFrom or chartFrom called as a function
     */
    private static boolean isRepositoryArgument(String body, int open, int close) {
        int after = close + 1;
        while (after < body.length() && Character.isWhitespace(body.charAt(after))) {
            after++;
        }
        if (after == body.length() || body.charAt(after) != ')' && body.charAt(after) != ',') {
            return false;
        }
        int j = open - 1;
        while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
            j--;
        }
        if (j < 0 || body.charAt(j) != '(') {
            return false;
        }
        j--;
        while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
            j--;
        }
        int nameEnd = j + 1;
        while (j >= 0 && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_'
                || body.charAt(j) == '$')) {
            j--;
        }
        if (!Repositories.FUNCTIONS.contains(body.substring(j + 1, nameEnd))) {
            return false;
        }
        // a function, not a method of some value (x.imageFrom(...))
        while (j >= 0 && Character.isWhitespace(body.charAt(j))) {
            j--;
        }
        return j < 0 || body.charAt(j) != '.';
    }

    /** @return how many lexed and compiled texts are kept */
    int size() {
        return lexed.size() + compiled.size();
    }

    private static <K, V> void keep(ConcurrentHashMap<K, V> map, K key, V value, String text) {
        if (text.length() > MAX_TEXT) {
            return;
        }
        // the size check races with other threads, which may add one text each past the bound: still bounded
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        map.putIfAbsent(key, value);
    }
}
