package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.Program;
import io.github.kargo4j.expr.kargo.EvaluationPlace;

import java.util.Map;
import java.util.Objects;
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

    /** A map key; equality written out, as a record's generated equality is linked on first use (a start-up cost). */
    private record Key(EvaluationPlace place, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && place == k.place && Objects.equals(text, k.text);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(place) + Objects.hashCode(text);
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
