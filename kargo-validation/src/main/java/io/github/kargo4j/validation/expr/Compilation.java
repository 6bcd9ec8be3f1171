package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.kargo.KargoFunction;
import io.github.kargo4j.expr.kargo.KargoFunctions;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.expr.ExprFacts.Call;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one expression with the language of the place where Kargo evaluates it (expr-lang with that place's
 * Kargo functions and their Go signatures, from {@link io.github.kargo4j.expr.kargo.EvaluationPlace}), reporting
 * what expr-lang refuses (KE009), and evaluates the expressions whose value is known without a cluster: those that
 * read no variable and call no Kargo function (KE010).
 */
final class Compilation {

    /** What the value of an expression must be, when it is the whole text of its field. */
    enum Fit {
        /** Anything. */
        ANY,
        /** A boolean; Kargo makes one of a template's string result that reads as one, so strings are not judged. */
        BOOLEAN,
        /** A boolean, exactly (bare expr-lang: freight creation criteria). */
        BOOLEAN_EXACT,
        /** A string; numbers, booleans, nil, lists and maps are not (strings themselves are not judged). */
        STRING
    }

    private static final Pattern CALL_PROBLEM = Pattern.compile(
            "(?:not enough arguments to call|too many arguments to call|cannot use .* to call) (\\w+)\\s*");

    private Compilation() {
    }

    /**
     * @param operatorCalled whether KE006 already reported an operator called like a function, which is why
     *                       the expression does not compile
     * @param at             where the expression sits in its field's text, for positions
     */
    static void check(CheckContext c, JsonPath path, String body, ExprFacts facts, Scope s, Fit fit,
                      boolean operatorCalled, ExprPosition at) {
        if (!isConstant(facts) && c.memo.compilesAsShape(s.place, body)) {
            return;   // it compiles, as every text of its shape does, and its value is not known offline
        }
        ExprMemo.Compiled compiled = c.memo.compile(s.place, body);
        try {
            compiled.program();
        } catch (ExprException e) {
            // freightMetadata(name, key), removed in Kargo v1.10, is KL033, which comes with a fix
            boolean legacy = e.reason().startsWith("too many arguments to call freightMetadata");
            if (!operatorCalled && !legacy) {
                c.reportOnce(ExpressionCheck.DOES_NOT_COMPILE, path, body, what(body, s) + " does not compile: "
                                + e.reason().trim() + " (" + at.describe(e, c, path) + "); Kargo fails with the same"
                                + " error when it evaluates it",
                        hint(e, s, body));
            }
            return;
        }
        if (!isConstant(facts)) {
            return;
        }
        Object value;
        try {
            value = compiled.runConstant();
        } catch (ExprException e) {
            c.reportOnce(ExpressionCheck.CONSTANT_FAILS, path, body, what(body, s) + " reads no variable and calls"
                            + " no Kargo function, so its value is known now, and evaluating it fails: "
                            + e.reason().trim() + " (" + at.describe(e, c, path) + "); Kargo fails the same way",
                    "correct the expression: it fails wherever it is evaluated");
            return;
        }
        String nonFinite = s.place.template() ? nonFinite(value) : null;
        if (nonFinite != null) {
            c.reportOnce(ExpressionCheck.CONSTANT_FAILS, path, body, what(body, s) + " is constant and its value"
                            + " holds the float " + nonFinite + ", which Kargo cannot write into the template as JSON;"
                            + " it fails with \"json: unsupported value: " + nonFinite + "\"",
                    "avoid dividing by zero (`/` always gives a float in expr-lang)");
            return;
        }
        String misfit = misfit(value, fit);
        if (misfit != null) {
            c.reportOnce(ExpressionCheck.CONSTANT_FAILS, path, body, what(body, s) + " is constant and evaluates to"
                            + " a " + ExprLang.goType(value) + ", but " + misfit,
                    fit == Fit.STRING ? "make the value a string, for example with string(...) or quote(...)"
                            : "write a condition that evaluates to true or false");
        }
    }

    private static String what(String body, Scope s) {
        return "the expression `" + ExpressionCheck.snippet(body.trim()) + "` in " + s.where;
    }

    /** @return whether the expression reads no variable and calls only deterministic expr-lang built-ins */
    static boolean isConstant(ExprFacts facts) {
        if (!facts.names.isEmpty()) {
            return false;
        }
        for (Call call : facts.calls) {
            String n = call.name();
            if (n.equals("now") || !KargoFunctions.builtins().contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code +Inf}, {@code -Inf} or {@code NaN} as Go prints them, when the value holds one */
    static String nonFinite(Object value) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(value == null ? NIL : value);
        while (!stack.isEmpty()) {
            Object v = stack.pop();
            if (v instanceof Double d && !Double.isFinite(d)) {
                return d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf";
            } else if (v instanceof Map<?, ?> m) {
                m.values().forEach(x -> stack.push(x == null ? NIL : x));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> stack.push(x == null ? NIL : x));
            }
        }
        return null;
    }

    private static final Object NIL = new Object();

    private static String misfit(Object value, Fit fit) {
        return switch (fit) {
            case ANY -> null;
            case BOOLEAN -> value instanceof Boolean || value instanceof String ? null
                    : "Kargo needs a boolean here and fails (\"expression must evaluate to a boolean\")";
            case BOOLEAN_EXACT -> value instanceof Boolean ? null
                    : "Kargo needs a boolean here and does not create Freight (\"expression must evaluate to a"
                    + " boolean\")";
            case STRING -> value instanceof String ? null
                    : "Kargo needs a string for a verification arg and fails to start the AnalysisRun (\"evaluated"
                    + " argument value is not a string\")";
        };
    }

    private static String hint(ExprException e, Scope s, String body) {
        String reason = e.reason();
        if (!s.place.template() && (body.contains("${{") || body.contains("${%"))) {
            return "this field is bare expr-lang, which Kargo compiles as written: remove the ${{ }} delimiters";
        }
        Matcher m = CALL_PROBLEM.matcher(reason);
        if (m.matches()) {
            String fn = m.group(1);
            Optional<KargoFunction> kf = s.place.function(fn);
            if (kf.isPresent()) {
                return "call " + fn + " as Kargo declares it: " + String.join(" or ", kf.get().signatures());
            }
            return "check the arguments of expr-lang's built-in `" + fn + "`";
        }
        if (reason.startsWith("invalid operation:") && reason.contains("mismatched type")) {
            return "make both operands the same type, for example with string(), int() or float()";
        }
        if (reason.startsWith("non-bool expression")) {
            return "use a boolean condition";
        }
        if (reason.startsWith("unexpected token") || reason.startsWith("unexpected")) {
            return "correct the syntax at " + (e.line() > 1 ? "line " + e.line() + ", " : "") + "column " + e.column()
                    + " of the expression";
        }
        return "correct the expression; Kargo compiles it with expr-lang v1.17.8";
    }
}
