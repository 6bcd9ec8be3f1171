package io.github.kargo4j.expr;

import io.github.kargo4j.expr.internal.Engine;
import java.util.Map;
import java.util.Objects;

/** A compiled expression: immutable, reusable and safe to run from many threads. */
public final class Program {

    private final ExprLang lang;
    private final String source;
    private final Engine engine;

    Program(ExprLang lang, String source, Engine engine) {
        this.lang = lang;
        this.source = source;
        this.engine = engine;
    }

    /** @return the expression text */
    public String source() {
        return source;
    }

    /**
     * Evaluates the expression.
     *
     * @param env the variables by name ({@code null} is an empty environment); values are read in the model of the
     *     package documentation and never changed
     * @return the result: {@code null}, Boolean, Long, Double, String, List, Map, Duration or ZonedDateTime
     * @throws ExprException with {@link ExprException.Phase#RUN}
     */
    public Object run(Map<String, ?> env) {
        return lang.run(engine, env);
    }

    /**
     * Evaluates the expression against an environment prepared once, which saves copying it on every run.
     *
     * @param env the environment
     * @return the result
     * @throws ExprException with {@link ExprException.Phase#RUN}
     */
    public Object run(Environment env) {
        return lang.run(engine, Objects.requireNonNull(env, "env"));
    }

    @Override
    public String toString() {
        return "Program[" + source.length() + " chars]";
    }
}
