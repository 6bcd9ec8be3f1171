package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.ExprFunction;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The one entry point from the public API into the implementation: compiles a source text into a checked tree and
 * runs it. Not part of the supported API.
 */
public final class Engine {

    private final String source;
    private final Node root;

    private Engine(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses, checks and folds {@code source}.
     *
     * @param source the expression
     * @param functions registered functions by name
     * @param maxNodes expr-lang's node limit
     * @param maxDepth the nesting limit
     * @return the compiled expression
     * @throws ExprException with phase COMPILE
     */
    public static Engine compile(String source, Map<String, ExprFunction> functions, int maxNodes, int maxDepth) {
        if (source.length() <= INLINE_SOURCE_LENGTH) {
            return compileHere(source, functions, maxNodes, maxDepth);
        }
        return Deep.call(() -> compileHere(source, functions, maxNodes, maxDepth));
    }

    /**
     * Sources up to this length nest at most this deep (one level takes at least one character), shallow enough for
     * any thread's stack; longer ones are compiled on a helper thread.
     */
    static final int INLINE_SOURCE_LENGTH = 256;

    /** Trees up to this height are evaluated on the caller's thread. */
    static final int INLINE_DEPTH = 64;

    private static Engine compileHere(String source, Map<String, ExprFunction> functions, int maxNodes,
            int maxDepth) {
        try {
            Node root = Parser.parse(source, functions.keySet(), maxNodes, maxDepth);
            Checker.check(root, functions.keySet());
            root = Folder.fold(root);
            return new Engine(source, root);
        } catch (ParseError e) {
            throw e.bind(source, ExprException.Phase.COMPILE);
        } catch (EvalError e) {
            throw new ExprException(ExprException.Phase.COMPILE, e.getMessage(), 0, 0, "");
        }
    }

    /**
     * Go's {@code %T} of a value.
     *
     * @param value the value
     * @return the type name
     */
    public static String goType(Object value) {
        return GoFmt.typeName(value);
    }

    /**
     * Runs the expression.
     *
     * @param env the environment (normalised here)
     * @param functions registered functions
     * @param clock the clock of now()
     * @param zone the zone of now()
     * @return the result in the value model
     * @throws ExprException with phase RUN
     */
    @SuppressWarnings("unchecked")
    public Object run(Map<String, ?> env, Map<String, ExprFunction> functions, Clock clock, ZoneId zone) {
        Map<String, Object> normalized;
        try {
            normalized = env == null ? Map.of() : (Map<String, Object>) Values.normalize(env);
        } catch (IllegalArgumentException e) {
            throw new ExprException(ExprException.Phase.RUN, e.getMessage(), 0, 0, "");
        }
        Map<String, Callable> fns = new java.util.HashMap<>();
        functions.forEach((k, v) -> fns.put(k, new Callable(k, v)));
        Interpreter in = new Interpreter(normalized, fns, clock, zone);
        try {
            if (root.depth <= INLINE_DEPTH) {
                return in.run(root);
            }
            return Deep.call(() -> in.run(root));
        } catch (Interpreter.Positioned e) {
            throw ParseError.bind(e.getMessage(), e.pos, source, ExprException.Phase.RUN);
        } catch (StackOverflowError e) {
            throw new ExprException(ExprException.Phase.RUN, "expression is nested too deeply for this thread's stack",
                    0, 0, "");
        }
    }
}
