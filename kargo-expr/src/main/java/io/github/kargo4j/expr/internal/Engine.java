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
     * @param signatures the Go signatures of the functions that have them, in the form of {@link #parseSignature}
     * @param maxNodes expr-lang's node limit
     * @param maxDepth the nesting limit
     * @return the compiled expression
     * @throws ExprException with phase COMPILE
     */
    public static Engine compile(String source, Map<String, ExprFunction> functions,
            Map<String, java.util.List<String>> signatures, int maxNodes, int maxDepth) {
        if (source.length() <= INLINE_SOURCE_LENGTH) {
            try {
                return compileHere(source, functions, signatures, maxNodes, maxDepth);
            } catch (StackOverflowError e) {
                // a caller's stack smaller than any sensible one: compile where the stack is known
            }
        }
        try {
            return Deep.call(() -> compileHere(source, functions, signatures, maxNodes, maxDepth));
        } catch (Deep.Overflow e) {
            throw new ExprException(ExprException.Phase.COMPILE, e.getMessage(), 0, 0, "");
        }
    }

    /**
     * Turns a Go function type ({@code func(name string, n int) string}) into the checker's form.
     *
     * @param goFunctionType the Go function type
     * @return the internal form
     * @throws IllegalArgumentException when it is not a function type
     */
    public static String parseSignature(String goFunctionType) {
        String parsed = SIGNATURES.get(goFunctionType);
        if (parsed == null) {
            parsed = parseSignatureOnce(goFunctionType);
            if (SIGNATURES.size() < 1024) {
                SIGNATURES.put(goFunctionType, parsed);
            }
        }
        return parsed;
    }

    /** Parsed signatures: the same few Go types are declared by every language built. */
    private static final Map<String, String> SIGNATURES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.regex.Pattern FUNC_TYPE = java.util.regex.Pattern.compile(
            "func\\s*\\((.*)\\)\\s*(.*)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A result list, {@code (T, error)} or {@code (T)}: its first type. */
    private static final java.util.regex.Pattern RESULTS = java.util.regex.Pattern.compile("^\\((.*?)(,.*)?\\)$");

    private static String parseSignatureOnce(String goFunctionType) {
        String s = goFunctionType.trim();
        java.util.regex.Matcher m = FUNC_TYPE.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Go function type: " + goFunctionType);
        }
        StringBuilder b = new StringBuilder();
        String params = m.group(1).trim();
        if (!params.isEmpty()) {
            String[] items = params.split(",");
            boolean named = false;
            for (String p : items) {
                named |= SPACES.split(p.trim()).length > 1;
            }
            // Go groups named parameters: in func(a, b string) both are strings; unnamed ones are types
            String[] types = new String[items.length];
            String next = null;
            for (int i = items.length - 1; i >= 0; i--) {
                String[] words = SPACES.split(items[i].trim());
                if (!named || words.length > 1) {
                    next = words[words.length - 1];
                } else if (next == null) {
                    throw new IllegalArgumentException("not a Go function type: " + goFunctionType);
                }
                types[i] = next;
            }
            for (String t : types) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(normalizeType(t));
            }
        }
        String result = m.group(2).trim();
        if (result.isEmpty()) {
            throw new IllegalArgumentException("a function for expressions returns a value: " + goFunctionType);
        }
        return b.append('>').append(normalizeType(RESULTS.matcher(result).replaceAll("$1").trim()))
                .toString();
    }

    private static String normalizeType(String t) {
        return switch (t) {
            case "interface{}", "interface {}" -> "any";
            case "[]interface{}", "[]interface {}" -> "[]any";
            default -> t;
        };
    }

    /**
     * Sources up to this length nest at most this deep (one level takes at least one character), shallow enough for
     * any thread's stack; longer ones are compiled on a helper thread.
     */
    static final int INLINE_SOURCE_LENGTH = 256;

    /** Trees up to this height are evaluated on the caller's thread. */
    static final int INLINE_DEPTH = 64;

    private static Engine compileHere(String source, Map<String, ExprFunction> functions,
            Map<String, java.util.List<String>> signatures, int maxNodes, int maxDepth) {
        try {
            Node root = Parser.parse(source, functions.keySet(), maxNodes, maxDepth);
            Checker.check(root, functions.keySet(), signatures);
            root = Folder.fold(root);
            return new Engine(source, root);
        } catch (ParseError e) {
            throw e.bind(source, ExprException.Phase.COMPILE);
        } catch (EvalError e) {
            throw new ExprException(ExprException.Phase.COMPILE, e.getMessage(), 0, 0, "");
        }
    }

    /** @return the names of the built-in functions */
    public static java.util.Set<String> builtinNames() {
        return Builtins.NAMES;
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
    public Object run(Map<String, ?> env, Map<String, ExprFunction> functions, Clock clock, ZoneId zone) {
        return run(prepare(env), functions(functions), clock, zone);
    }

    /** An environment copied into the value model once, with its nesting depth, to run many programs against. */
    public static final class Prepared {
        final Map<String, Object> values;
        final int depth;

        Prepared(Map<String, Object> values, int depth) {
            this.values = values;
            this.depth = depth;
        }

        /** @return the names of the variables */
        public java.util.Set<String> names() {
            return java.util.Collections.unmodifiableSet(values.keySet());
        }

        @Override
        public String toString() {
            return "Environment[" + values.size() + " names]";
        }
    }

    /**
     * Copies an environment into the value model.
     *
     * @param env the environment ({@code null} is empty)
     * @return it prepared
     * @throws ExprException with phase RUN when it cannot be copied (a cycle, too large)
     */
    @SuppressWarnings("unchecked")
    public static Prepared prepare(Map<String, ?> env) {
        try {
            Map<String, Object> normalized = env == null ? Map.of()
                    : (Map<String, Object>) Values.normalize(env, true);
            return new Prepared(normalized, Values.depth(normalized));
        } catch (IllegalArgumentException e) {
            throw new ExprException(ExprException.Phase.RUN, e.getMessage(), 0, 0, "");
        }
    }

    /** Registered functions in the interpreter's form, made once per language. */
    public static final class Functions {
        final Map<String, Callable> callables;

        Functions(Map<String, Callable> callables) {
            this.callables = callables;
        }
    }

    /**
     * @param functions registered functions
     * @return them in the interpreter's form
     */
    public static Functions functions(Map<String, ExprFunction> functions) {
        Map<String, Callable> fns = new java.util.HashMap<>();
        for (Map.Entry<String, ExprFunction> e : functions.entrySet()) {
            fns.put(e.getKey(), new Callable(e.getKey(), e.getValue()));
        }
        return new Functions(Map.copyOf(fns));
    }

    /**
     * Evaluates the program against a prepared environment.
     *
     * @param env the environment
     * @param functions registered functions
     * @param clock the clock of now()
     * @param zone the zone of now()
     * @return the result in the value model
     * @throws ExprException with phase RUN
     */
    public Object run(Prepared env, Functions functions, Clock clock, ZoneId zone) {
        Map<String, Object> normalized = env.values;
        Map<String, Callable> fns = functions.callables;
        Interpreter in = new Interpreter(normalized, fns, clock, zone);
        try {
            // values nested deeply are walked recursively too (equality, toJSON, string())
            if (root.depth <= INLINE_DEPTH && env.depth <= INLINE_DEPTH) {
                try {
                    return in.run(root);
                } catch (StackOverflowError e) {
                    // as in compile: the caller's stack is unusually small; evaluate again where it is known
                    in = new Interpreter(normalized, fns, clock, zone);
                }
            }
            Interpreter deep = in;
            return Deep.call(() -> deep.run(root));
        } catch (Interpreter.Positioned e) {
            throw ParseError.bind(e.getMessage(), e.pos, source, ExprException.Phase.RUN);
        } catch (Deep.Overflow | StackOverflowError e) {
            throw new ExprException(ExprException.Phase.RUN, "expression is nested too deeply", 0, 0, "");
        }
    }
}
