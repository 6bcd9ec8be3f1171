package io.github.kargo4j.expr;

import io.github.kargo4j.expr.internal.Engine;
import java.util.Map;
import java.util.Set;

/**
 * Variables copied once into the value model of the package documentation, for running many programs (or one
 * program many times) without copying them again: {@link Program#run(Environment)}. Immutable and thread-safe; later
 * changes to the caller's maps are not seen. {@link #toString()} never shows the values, which may be secrets.
 */
public final class Environment {

    private static final Environment EMPTY = new Environment(Engine.prepare(Map.of()));

    private final Engine.Prepared prepared;

    private Environment(Engine.Prepared prepared) {
        this.prepared = prepared;
    }

    /**
     * @param variables the variables by name ({@code null} is none)
     * @return them, copied
     * @throws ExprException with {@link ExprException.Phase#RUN} when the values contain a cycle or are too large
     */
    public static Environment of(Map<String, ?> variables) {
        return variables == null || variables.isEmpty() ? EMPTY : new Environment(Engine.prepare(variables));
    }

    /** @return the names of the variables */
    public Set<String> names() {
        return prepared.names();
    }

    Engine.Prepared prepared() {
        return prepared;
    }

    @Override
    public String toString() {
        return prepared.toString();
    }
}
