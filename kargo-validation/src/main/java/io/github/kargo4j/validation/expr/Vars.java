package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.template.ExpressionScanner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Variables in scope: names, and the literal values of those that have one. */
final class Vars {
    private final Map<String, Optional<String>> values = new LinkedHashMap<>();

    Vars add(List<ExpressionVariable> vars) {
        for (ExpressionVariable v : vars) {
            values.put(v.name(), v.value());
        }
        return this;
    }

    /** Adds names only (values unknown, as when they come from elsewhere). */
    Vars names(Vars other) {
        for (String n : other.values.keySet()) {
            values.putIfAbsent(n, Optional.empty());
        }
        return this;
    }

    Vars copy() {
        Vars v = new Vars();
        v.values.putAll(values);
        return v;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Set<String> names() {
        return values.keySet();
    }

    /** @return the value of the variable when it is plain text (no expression) */
    Optional<String> literalValue(String name) {
        Optional<String> v = values.getOrDefault(name, Optional.empty());
        return v.isPresent() && ExpressionScanner.hasExpression(v.get()) ? Optional.empty() : v;
    }
}
