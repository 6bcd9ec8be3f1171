package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.json.JsonPath;

import java.util.ArrayList;
import java.util.List;

/**
 * The constraint violations found in one resource, collected by {@link ModelConstraints}: a path is made only for a
 * value that breaks its constraint, so a valid resource costs no allocation here.
 */
final class Violations {

    /**
     * One value that breaks one constraint.
     *
     * @param path       the JSON path of the value (of the element, for a constraint on each element of a list)
     * @param constraint the constraint
     * @param value      the value (unwrapped from its {@code Optional})
     * @param optional   whether the value's property is optional (so removing it is a fix)
     */
    record Violation(JsonPath path, Constraint constraint, Object value, boolean optional) {

        /** @return the path and the constraint, never the value (it may be a Secret's) */
        @Override
        public String toString() {
            return path + " breaks " + constraint;
        }
    }

    private List<Violation> found;

    /**
     * @param c        the constraint
     * @param value    the property's value
     * @param parent   the path of the object that holds the property
     * @param name     the property's JSON name
     * @param optional whether the property is optional
     */
    void check(Constraint c, Object value, JsonPath parent, String name, boolean optional) {
        if (!c.test(value)) {
            add(new Violation(parent.key(name), c, value, optional));
        }
    }

    /**
     * @param c      the constraint on each element
     * @param values the list (null passes)
     * @param parent the path of the object that holds the list
     * @param name   the list's JSON name
     */
    void checkEach(Constraint c, List<?> values, JsonPath parent, String name) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (!c.test(v)) {
                add(new Violation(parent.key(name).index(i), c, v, false));
            }
        }
    }

    private void add(Violation v) {
        if (found == null) {
            found = new ArrayList<>();
        }
        found.add(v);
    }

    /** @return the violations, in the order found */
    List<Violation> list() {
        return found == null ? List.of() : found;
    }
}
