package io.github.kargo4j.validation.expr;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The functions an expression may call, per place where Kargo v1.11 evaluates it. Sources: expr-lang v1.17.8
 * {@code builtin.Builtins} and Kargo v1.11.2 {@code pkg/expressions} (kargo-api.md §14.3, §14.4).
 */
enum Functions {

    /** Step {@code config} and step {@code if}: everything, including the step-status functions. */
    STEP("a step's config or `if`"),
    /** Stage, template, task, Promotion and step {@code vars}: no step-status functions. */
    VARS("vars"),
    /** Stage {@code verification.args}: as vars (data, Freight and utility functions). */
    VERIFICATION("verification args"),
    /** A Warehouse's {@code freightCreationCriteria.expression}: built-ins and the discovered-artifact functions. */
    CRITERIA("a Warehouse's freightCreationCriteria.expression"),
    /**
     * Bare expr-lang evaluated by a component (http success/failure/error expressions, {@code fromExpression},
     * git {@code expressionFilter}, generic webhook {@code whenExpression}): built-ins only.
     */
    BARE("a bare expr-lang field");

    /** The function lists (a nested class, so that they exist before the constants are built). */
    static final class Names {
        private Names() {
        }

        /** expr-lang v1.17 built-in functions ({@code builtin.Builtins}, including the bit functions). */
        static final Set<String> BUILT_INS = Set.of(
                "all", "none", "any", "one", "filter", "map", "find", "findIndex", "findLast", "findLastIndex", "count",
                "sum", "groupBy", "sortBy", "reduce", "len", "type", "abs", "ceil", "floor", "round", "int", "float",
                "string", "trim", "trimPrefix", "trimSuffix", "upper", "lower", "split", "splitAfter", "replace",
                "repeat", "join", "indexOf", "lastIndexOf", "hasPrefix", "hasSuffix", "max", "min", "mean", "median",
                "toJSON", "fromJSON", "toBase64", "fromBase64", "now", "duration", "date", "timezone", "first", "last",
                "get", "take", "keys", "values", "toPairs", "fromPairs", "reverse", "uniq", "concat", "flatten", "sort",
                "bitand", "bitor", "bitxor", "bitnand", "bitnot", "bitshl", "bitshr", "bitushr");

        /** Added to every template ({@code ${{ }}}) evaluation. */
        static final Set<String> TEMPLATE = Set.of("quote", "unsafeQuote", "asYAML", "asJSON");
        /** Freight functions of a promotion (and verification). */
        static final Set<String> FREIGHT = Set.of("warehouse", "commitFrom", "imageFrom", "chartFrom", "artifactFrom",
                "freightMetadata");
        /** Data functions. */
        static final Set<String> DATA = Set.of("configMap", "sharedConfigMap", "secret", "sharedSecret",
                "freightMetadata", "stageMetadata");
        /** Utility functions. */
        static final Set<String> UTILITY = Set.of("semverDiff", "semverParse");
        /** Step-status functions, only in a step's {@code if} and {@code config}. */
        static final Set<String> STATUS = Set.of("always", "failure", "success", "status");
        /** Functions of {@code freightCreationCriteria.expression}. */
        static final Set<String> DISCOVERED = Set.of("commitFrom", "imageFrom", "chartFrom", "artifactFrom");
    }

    private final String place;
    private final Set<String> names;

    Functions(String place) {
        this.place = place;
        this.names = compute(this);
    }

    private static Set<String> compute(Functions f) {
        Set<String> s = new LinkedHashSet<>();
        switch (f.name()) {
            case "STEP" -> {
                s.addAll(Names.TEMPLATE);
                s.addAll(Names.FREIGHT);
                s.addAll(Names.DATA);
                s.addAll(Names.UTILITY);
                s.addAll(Names.STATUS);
            }
            case "VARS", "VERIFICATION" -> {
                s.addAll(Names.TEMPLATE);
                s.addAll(Names.FREIGHT);
                s.addAll(Names.DATA);
                s.addAll(Names.UTILITY);
            }
            case "CRITERIA" -> s.addAll(Names.DISCOVERED);
            default -> {
            }
        }
        return Set.copyOf(s);
    }

    /** @return where these functions apply, for messages */
    String place() {
        return place;
    }

    /**
     * @param name a function name
     * @return whether it may be called here
     */
    boolean has(String name) {
        return Names.BUILT_INS.contains(name) || names.contains(name);
    }

    /**
     * @param name a function name
     * @return whether Kargo has such a function somewhere (but maybe not here)
     */
    static boolean existsAnywhere(String name) {
        return STEP.has(name) || CRITERIA.has(name);
    }

    /** @return every function name that exists anywhere, for suggestions */
    static Set<String> all() {
        Set<String> s = new LinkedHashSet<>(Names.BUILT_INS);
        s.addAll(STEP.names);
        s.addAll(CRITERIA.names);
        return s;
    }
}
