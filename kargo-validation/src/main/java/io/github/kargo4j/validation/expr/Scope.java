package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.kargo.EvaluationPlace;

import java.util.Map;

/** Where an expression is evaluated and what it may see. */
final class Scope {
    final EvaluationPlace place;
    String where;
    Vars vars;
    Map<String, String> elsewhere = Map.of();
    Outputs outputs;
    Repos repos;

    Scope(EvaluationPlace place, String where) {
        this.place = place;
        this.where = where;
    }

    private Scope copy() {
        return copy(place);
    }

    private Scope copy(EvaluationPlace p) {
        Scope s = new Scope(p, where);
        s.vars = vars;
        s.elsewhere = elsewhere;
        s.outputs = outputs;
        s.repos = repos;
        return s;
    }

    Scope where(String w) {
        Scope s = copy();
        s.where = w;
        return s;
    }

    Scope place(EvaluationPlace p) {
        return copy(p);
    }

    Scope vars(Vars v) {
        Scope s = copy();
        s.vars = v;
        return s;
    }

    Scope elsewhere(Map<String, String> e) {
        Scope s = copy();
        s.elsewhere = Map.copyOf(e);
        return s;
    }

    Scope noOutputs() {
        return outputs(Outputs.NONE);
    }

    Scope outputs(Outputs o) {
        Scope s = copy();
        s.outputs = o;
        return s;
    }

    Scope repos(Repos r) {
        Scope s = copy();
        s.repos = r;
        return s;
    }
}
