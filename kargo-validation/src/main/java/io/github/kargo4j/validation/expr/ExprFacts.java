package io.github.kargo4j.validation.expr;

import io.github.kargo4j.validation.expr.ExprLexer.Token;
import io.github.kargo4j.validation.expr.ExprLexer.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one expression refers to, read from its tokens: the functions it calls, the {@code vars} and step
 * {@code outputs} it reads by a literal name, and the arguments of calls that are literal enough to judge.
 *
 * <p>Filled by {@link #of} and only read afterwards: {@link ExprMemo} shares one between the threads of a run.
 */
final class ExprFacts {

    /**
     * One argument of a call, as far as it is literal.
     *
     * @param literal   the string, when the argument is a single string literal
     * @param var       the variable name, when the argument is exactly {@code vars.x} or {@code vars["x"]}
     * @param warehouse the Warehouse name, when the argument is exactly {@code warehouse("w")}
     */
    record Arg(Optional<String> literal, Optional<String> var, Optional<String> warehouse) {
        static final Arg OTHER = new Arg(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A call of a function by name (not a method call such as {@code .Major()}).
     *
     * @param name the function name
     * @param args its arguments
     */
    record Call(String name, List<Arg> args) {
    }

    /** Words expr-lang reads as operators or literals, never as names. */
    private static final Set<String> KEYWORDS = Set.of("in", "or", "and", "not", "matches", "contains",
            "startsWith", "endsWith", "let", "if", "else", "nil", "true", "false");

    /** Binary operators written as words, which people often call like functions: {@code contains(a, b)}. */
    static final Set<String> OPERATOR_WORDS = Set.of("in", "matches", "contains", "startsWith", "endsWith");

    final List<Call> calls = new ArrayList<>();
    final Set<String> vars = new LinkedHashSet<>();
    final Set<String> outputs = new LinkedHashSet<>();
    final Set<String> taskOutputs = new LinkedHashSet<>();
    final Set<String> locals = new LinkedHashSet<>();
    /** Names read as variables (not called, not members, not keywords, not {@code let} locals). */
    final Set<String> names = new LinkedHashSet<>();

    private ExprFacts() {
    }

    static ExprFacts of(List<Token> t) {
        ExprFacts f = new ExprFacts();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).type() == Type.IDENT && t.get(i).text().equals("let")
                    && t.get(i + 1).type() == Type.IDENT) {
                f.locals.add(t.get(i + 1).text());
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.type() != Type.IDENT || isMember(t, i) || f.locals.contains(tok.text())) {
                continue;
            }
            if (KEYWORDS.contains(tok.text())) {
                if (OPERATOR_WORDS.contains(tok.text()) && i + 1 < t.size() && t.get(i + 1).is("(")
                        && (i == 0 || !endsOperand(t.get(i - 1)))) {
                    f.calls.add(new Call(tok.text(), args(t, i + 1)));
                }
                continue;
            }
            String name = tok.text();
            if (i + 1 < t.size() && t.get(i + 1).is("(")) {
                f.calls.add(new Call(name, args(t, i + 1)));
                continue;
            }
            f.names.add(name);
            switch (name) {
                case "vars" -> addMember(t, i + 1, f.vars);
                case "outputs" -> addMember(t, i + 1, f.outputs);
                case "task" -> {
                    int j = i + 1;
                    if (j + 1 < t.size() && (t.get(j).is(".") || t.get(j).is("?."))
                            && t.get(j + 1).type() == Type.IDENT && t.get(j + 1).text().equals("outputs")) {
                        addMember(t, j + 2, f.taskOutputs);
                    }
                }
                default -> {
                }
            }
        }
        return f;
    }

    /** @return whether a token can end an operand (so that a following word is a binary operator) */
    private static boolean endsOperand(Token t) {
        return switch (t.type()) {
            case IDENT -> !KEYWORDS.contains(t.text()) || t.text().equals("nil") || t.text().equals("true")
                    || t.text().equals("false");
            case STRING, NUMBER, POINTER -> true;
            default -> t.is(")") || t.is("]") || t.is("}");
        };
    }

    /** @return whether the token at {@code i} follows a {@code .} or {@code ?.} (a field or method, not a name) */
    private static boolean isMember(List<Token> t, int i) {
        return i > 0 && (t.get(i - 1).is(".") || t.get(i - 1).is("?."));
    }

    /**
     * @param at the token after a name
     * @return the literal member read there: {@code .x}, {@code ?.x}, {@code ["x"]} or {@code ?.["x"]}
     */
    private static void addMember(List<Token> t, int at, Set<String> to) {
        Optional<String> m = member(t, at);
        if (m.isPresent()) {
            to.add(m.get());
        }
    }

    private static Optional<String> member(List<Token> t, int at) {
        if (at + 1 < t.size() && (t.get(at).is(".") || t.get(at).is("?."))
                && t.get(at + 1).type() == Type.IDENT) {
            return Optional.of(t.get(at + 1).text());
        }
        int j = at < t.size() && t.get(at).is("?.") ? at + 1 : at;
        if (j + 2 < t.size() && t.get(j).is("[") && t.get(j + 1).type() == Type.STRING && t.get(j + 2).is("]")) {
            return Optional.of(t.get(j + 1).text());
        }
        return Optional.empty();
    }

    /** @param open the index of the call's {@code (} */
    private static List<Arg> args(List<Token> t, int open) {
        List<Arg> out = new ArrayList<>();
        int depth = 0;
        int argStart = open + 1;
        for (int i = open; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.is("(") || tok.is("[") || tok.is("{")) {
                depth++;
            } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
                depth--;
                if (depth == 0) {
                    if (i > argStart) {
                        out.add(arg(t.subList(argStart, i)));
                    }
                    return out;
                }
            } else if (depth == 1 && tok.is(",")) {
                out.add(arg(t.subList(argStart, i)));
                argStart = i + 1;
            }
        }
        return out;
    }

    private static Arg arg(List<Token> a) {
        if (a.size() == 1 && a.get(0).type() == Type.STRING) {
            return new Arg(Optional.of(a.get(0).text()), Optional.empty(), Optional.empty());
        }
        if (!a.isEmpty() && a.get(0).type() == Type.IDENT && a.get(0).text().equals("vars")) {
            Optional<String> name = member(a, 1);
            int len = name.isEmpty() ? 0 : a.get(1).is("[") ? 4
                    : a.get(1).is("?.") && a.size() > 2 && a.get(2).is("[") ? 5 : 3;
            if (name.isPresent() && a.size() == len) {
                return new Arg(Optional.empty(), name, Optional.empty());
            }
        }
        if (a.size() == 4 && a.get(0).type() == Type.IDENT && a.get(0).text().equals("warehouse")
                && a.get(1).is("(") && a.get(2).type() == Type.STRING && a.get(3).is(")")) {
            return new Arg(Optional.empty(), Optional.empty(), Optional.of(a.get(2).text()));
        }
        return Arg.OTHER;
    }
}
