package io.github.kargo4j.expr;

import io.github.kargo4j.expr.internal.Engine;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable configuration of the expr-lang language: the clock and zone of {@code now()}, extra functions and the
 * size limits. {@link #standard()} is the language as Kargo compiles it (no environment type, expr-lang's defaults);
 * {@link #builder()} adds functions or a fixed clock.
 *
 * <pre>{@code
 * ExprLang lang = ExprLang.builder().clock(Clock.fixed(instant, ZoneOffset.UTC)).build();
 * Program p = lang.compile("ctx.stage + '-' + upper(vars.env)");
 * Object s = p.run(Map.of("ctx", Map.of("stage", "dev"), "vars", Map.of("env", "prod")));
 * }</pre>
 *
 * <p>Thread-safe; a {@link Program} may be run by many threads at once.
 */
public final class ExprLang {

    /** expr-lang's default node limit ({@code conf.DefaultMaxNodes}). */
    public static final int DEFAULT_MAX_NODES = 10_000;

    /**
     * The default nesting limit: how deeply parentheses, operators and operands may nest. expr-lang has none (Go
     * stacks grow, and its node limit bounds the tree's height); this one bounds the recursion of the parser, checker
     * and evaluator. Expressions nested deeper than a few dozen levels are processed on a helper thread whose stack is
     * sized for this limit, so the caller's stack size does not matter.
     */
    public static final int DEFAULT_MAX_DEPTH = 10_000;

    private static final ExprLang STANDARD = builder().build();

    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, ExprFunction> functions;
    private final Map<String, List<String>> signatures;
    private final int maxNodes;
    private final int maxDepth;
    private final Engine.Functions callables;

    private ExprLang(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.functions = Map.copyOf(b.functions);
        this.signatures = Map.copyOf(b.signatures);
        this.maxNodes = b.maxNodes;
        this.maxDepth = b.maxDepth;
        this.callables = Engine.functions(functions);
    }

    /** @return the language as Kargo uses it, with the system clock in UTC */
    public static ExprLang standard() {
        return STANDARD;
    }

    /** @return a builder starting from the standard configuration */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with this configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = clock;
        b.zone = zone;
        b.functions.putAll(functions);
        b.signatures.putAll(signatures);
        b.maxNodes = maxNodes;
        b.maxDepth = maxDepth;
        return b;
    }

    /**
     * Parses and checks an expression.
     *
     * @param source the expression text, without Kargo's {@code ${{ }}} delimiters
     * @return the compiled program
     * @throws ExprException with {@link ExprException.Phase#COMPILE} when expr-lang would not compile it
     */
    public Program compile(String source) {
        Objects.requireNonNull(source, "source");
        return new Program(this, source, Engine.compile(source, functions, signatures, maxNodes, maxDepth));
    }

    /**
     * Compiles and runs an expression once.
     *
     * @param source the expression text
     * @param env the variables, by name; values in the model of the package documentation
     * @return the result
     * @throws ExprException when it does not compile or fails while running
     */
    public Object eval(String source, Map<String, ?> env) {
        return compile(source).run(env);
    }

    /**
     * The Go type expr-lang gives a value, as Go's {@code %T} prints it: {@code int}, {@code float64},
     * {@code string}, {@code []interface {}}, {@code []string} (split), {@code []int} (ranges),
     * {@code map[string]interface {}}, {@code time.Duration}, ...; {@code <nil>} for null.
     *
     * @param value a value of the value model
     * @return its Go type name
     */
    public static String goType(Object value) {
        return Engine.goType(value);
    }

    /**
     * The names of expr-lang's built-in functions ({@code builtin.Builtins} of v1.17.8, bit functions included), which
     * every expression may call. {@code in}, {@code contains}, {@code startsWith}, {@code endsWith} and
     * {@code matches} are operators, not functions.
     *
     * @return the names, unmodifiable
     */
    public static java.util.Set<String> builtinFunctions() {
        return Engine.builtinNames();
    }

    Object run(Engine engine, Map<String, ?> env) {
        return engine.run(Engine.prepare(env), callables, clock, zone);
    }

    Object run(Engine engine, Environment env) {
        return engine.run(env.prepared(), callables, clock, zone);
    }

    /** Builds an {@link ExprLang}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneOffset.UTC;
        private final Map<String, ExprFunction> functions = new LinkedHashMap<>();
        private final Map<String, List<String>> signatures = new LinkedHashMap<>();
        private int maxNodes = DEFAULT_MAX_NODES;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * The clock of {@code now()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The zone of {@code now()} and of dates parsed without one (Go's {@code time.Local}); UTC by default.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Adds a function, like {@code expr.Function(name, fn)}; a function named like a builtin replaces it.
         *
         * @param name the name expressions call it by
         * @param function the function
         * @return this builder
         */
        public Builder function(String name, ExprFunction function) {
            functions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(function, "function"));
            signatures.remove(name);
            return this;
        }

        /**
         * Adds a function with Go signatures, like {@code expr.Function(name, fn, new(func(string) string))}: calls
         * are then checked at compile time against the overloads, in order, with expr-lang's messages
         * ({@code not enough arguments to call quote}, {@code cannot use int as argument (type string) to call f}).
         * A signature is written as Go writes a function type, parameter names optional:
         * {@code "func(any) string"}, {@code "func(repoURL string, origin kargoapi.FreightOrigin) kargoapi.GitCommit"}.
         * Parameters of types other than {@code any}, {@code string}, {@code int}, {@code float64}, {@code bool},
         * {@code []any} and {@code []string} accept only values whose type is unknown at compile time.
         *
         * @param name the name expressions call it by
         * @param function the function
         * @param signatures one Go function type per overload, at least one
         * @return this builder
         * @throws IllegalArgumentException when a signature is not a Go function type
         */
        public Builder function(String name, ExprFunction function, String... signatures) {
            if (signatures.length == 0) {
                throw new IllegalArgumentException("at least one signature is needed");
            }
            List<String> parsed = new ArrayList<>();
            for (String s : signatures) {
                parsed.add(Engine.parseSignature(s));
            }
            function(name, function);
            this.signatures.put(name, List.copyOf(parsed));
            return this;
        }

        /**
         * The node limit ({@code expr.MaxNodes}); 0 means none.
         *
         * @param maxNodes the limit
         * @return this builder
         */
        public Builder maxNodes(int maxNodes) {
            if (maxNodes < 0) {
                throw new IllegalArgumentException("maxNodes must be >= 0");
            }
            this.maxNodes = maxNodes;
            return this;
        }

        /**
         * The nesting limit (see {@link #DEFAULT_MAX_DEPTH}); at most 10,000.
         *
         * @param maxDepth the limit, at least 1
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > DEFAULT_MAX_DEPTH) {
                throw new IllegalArgumentException("maxDepth must be between 1 and " + DEFAULT_MAX_DEPTH);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /** @return the configuration */
        public ExprLang build() {
            return new ExprLang(this);
        }
    }
}
