package io.github.kargo4j.expr.kargo;

import io.github.kargo4j.expr.ExprFunction;
import io.github.kargo4j.expr.ExprLang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue of Kargo's expression functions: look-ups by name across {@link KargoFunction},
 * {@link FunctionSet} and {@link EvaluationPlace}, and the names of expr-lang's built-ins.
 */
public final class KargoFunctions {

    private static final Set<String> NAMES;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (KargoFunction f : KargoFunction.values()) {
            names.add(f.functionName());
        }
        NAMES = Set.copyOf(names);
    }

    private KargoFunctions() {
    }

    /** @return the names of every Kargo function, wherever it is available */
    public static Set<String> names() {
        return NAMES;
    }

    /** @return the names of expr-lang's built-in functions, available in every place */
    public static Set<String> builtins() {
        return ExprLang.builtinFunctions();
    }

    /**
     * @param name a function name
     * @return the Kargo functions of that name (two for commitFrom, imageFrom, chartFrom and artifactFrom), or none
     */
    public static List<KargoFunction> named(String name) {
        List<KargoFunction> out = new ArrayList<>();
        for (KargoFunction f : KargoFunction.values()) {
            if (f.functionName().equals(name)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * @param name a function name
     * @return the places whose expressions may call a Kargo function of that name, in declaration order
     */
    public static List<EvaluationPlace> placesProviding(String name) {
        Set<EvaluationPlace> out = new LinkedHashSet<>();
        for (KargoFunction f : named(name)) {
            out.addAll(EvaluationPlace.providing(f));
        }
        return List.copyOf(out);
    }

    /**
     * A stand-in for a function whose value only a running Kargo knows: it fails when called, saying so.
     *
     * @param f the function
     * @param place where it is called
     * @return the stand-in
     */
    static ExprFunction needsKargo(KargoFunction f, EvaluationPlace place) {
        String message = f.functionName() + "() needs a running Kargo: it is evaluated in " + place.description()
                + " against the cluster's state, which is not available here";
        return new NeedsKargo(message);
    }

    /** The stand-in of a function that needs a running Kargo (a class: a lambda is linked on first call). */
    private static final class NeedsKargo implements ExprFunction {
        private final String message;

        NeedsKargo(String message) {
            this.message = message;
        }

        @Override
        public Object call(List<Object> args) {
            throw new IllegalArgumentException(message);
        }
    }
}
