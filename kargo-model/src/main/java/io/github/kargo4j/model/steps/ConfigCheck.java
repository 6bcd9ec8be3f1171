package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.steps.ConfigProblem.Kind;
import io.github.kargo4j.model.steps.Constraints.Presence;
import io.github.kargo4j.model.steps.StepConfigRules.Alternatives;
import io.github.kargo4j.model.steps.StepConfigRules.Container;
import io.github.kargo4j.model.steps.StepConfigRules.ObjectRules;
import io.github.kargo4j.model.steps.StepConfigRules.PropertyRules;
import io.github.kargo4j.model.steps.StepConfigRules.Requirement;
import io.github.kargo4j.model.steps.StepConfigRules.Uniqueness;
import io.github.kargo4j.model.steps.StepConfigRules.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check that applies the {@link StepConfigRules rules} of one step to a configuration as written: types, required
 * properties, patterns, bounds, combinations, with Kargo's (gojsonschema's) wording. A value that holds an expression
 * is left alone; a combination rule is reported only when it fails whatever the expressions yield.
 */
final class ConfigCheck {

    private final String step;

    ConfigCheck(String step) {
        this.step = step;
    }

    /** @return the problems of a configuration, in document order */
    List<ConfigProblem> check(ObjectRules root, JsonValue config) {
        List<ConfigProblem> out = new ArrayList<>();
        checkObject(root, config, JsonPath.ROOT, out);
        return out;
    }


    private void checkObject(ObjectRules r, JsonValue v, JsonPath at, List<ConfigProblem> out) {
        if (isExpression(v)) {
            return;
        }
        if (!(v instanceof JsonObject o)) {
            out.add(type(at, "object", v));
            return;
        }
        if (r.minProperties > 0 && o.size() < r.minProperties) {
            out.add(new ConfigProblem(at, Kind.TOO_SHORT,
                    where(at) + "set at least " + count(r.minProperties, r.minPropertiesNoun),
                    kargo(at, "Must have at least " + r.minProperties + " properties"),
                    "Add " + (r.minProperties == 1 ? "an " + r.minPropertiesNoun : count(r.minProperties,
                            r.minPropertiesNoun)) + (at.isRoot() ? " to the config." : " under `" + at + "`.")));
        }
        for (PropertyRules p : r.properties.values()) {
            if (p.required && !o.containsKey(p.name)) {
                out.add(new ConfigProblem(at.key(p.name), Kind.REQUIRED,
                        "required property \"" + display(at.key(p.name)) + "\" is not set",
                        kargo(at, p.name + " is required"),
                        "Add `" + p.name + "`" + (at.isRoot() ? " to the config." : " under `" + at + "`.")));
            }
        }
        for (int i = 0; i < o.size(); i++) {
            String key = o.keyAt(i);
            JsonValue value = o.valueAt(i);
            PropertyRules p = r.properties.get(key);
            if (p == null) {
                if (r.closed) {
                    out.add(new ConfigProblem(at.key(key), Kind.UNKNOWN_PROPERTY,
                            "property \"" + display(at.key(key)) + "\" is not a property of " + step,
                            kargo(at, "Additional property " + key + " is not allowed"),
                            "Remove `" + key + "` or correct its name."));
                }
                continue;
            }
            checkProperty(p, value, at.key(key), out);
        }
        checkCombinations(r, o, at, out);
    }

    private void checkProperty(PropertyRules p, JsonValue v, JsonPath at, List<ConfigProblem> out) {
        if (isExpression(v)) {
            return;
        }
        switch (p.container) {
            case LIST -> {
                if (!(v instanceof JsonArray a)) {
                    out.add(type(at, "array", v));
                    return;
                }
                if (p.minItems > 0 && a.size() < p.minItems) {
                    out.add(new ConfigProblem(at, Kind.TOO_SHORT,
                            (p.required && a.size() == 0 ? "required " : "") + "property \"" + display(at)
                                    + "\" must have at least " + count(p.minItems, "item"),
                            kargo(at, "Array must have at least " + p.minItems + " items"),
                            "Add at least " + count(p.minItems, "item") + " to `" + at + "`, or remove it."));
                }
                if (p.uniqueItems) {
                    uniqueItems(a, at, out);
                }
                for (int i = 0; i < a.size(); i++) {
                    checkValue(p, a.get(i), at.index(i), out);
                }
            }
            case MAP -> {
                if (!(v instanceof JsonObject o)) {
                    out.add(type(at, "object", v));
                    return;
                }
                if (p.minProperties > 0 && o.size() < p.minProperties) {
                    out.add(new ConfigProblem(at, Kind.TOO_SHORT,
                            "property \"" + display(at) + "\" must have at least " + count(p.minProperties, "entry"),
                            kargo(at, "Must have at least " + p.minProperties + " properties"),
                            "Add at least " + count(p.minProperties, "entry") + " to `" + at + "`, or remove it."));
                }
                for (int i = 0; i < o.size(); i++) {
                    checkValue(p, o.valueAt(i), at.key(o.keyAt(i)), out);
                }
            }
            default -> checkValue(p, v, at, out);
        }
    }

    private void checkValue(PropertyRules p, JsonValue v, JsonPath at, List<ConfigProblem> out) {
        if (isExpression(v)) {
            return;
        }
        switch (p.type) {
            case STRING -> {
                if (!(v instanceof JsonString js)) {
                    out.add(type(at, "string", v));
                    return;
                }
                checkString(p, js.value(), at, out);
            }
            case BOOLEAN -> {
                if (!(v instanceof JsonBoolean)) {
                    out.add(type(at, "boolean", v));
                }
            }
            case INTEGER -> {
                if (!(v instanceof JsonNumber n) || !isIntegral(n)) {
                    out.add(type(at, "integer", v));
                    return;
                }
                BigDecimal d = n.toBigDecimal();
                if (p.minimum != null && d.compareTo(BigDecimal.valueOf(p.minimum)) < 0) {
                    out.add(new ConfigProblem(at, Kind.OUT_OF_RANGE,
                            "property \"" + display(at) + "\" must be at least " + p.minimum + ", found "
                                    + d.toPlainString(),
                            kargo(at, "Must be greater than or equal to " + p.minimum),
                            "Use a number of at least " + p.minimum + "."));
                }
                if (p.maximum != null && d.compareTo(BigDecimal.valueOf(p.maximum)) > 0) {
                    out.add(new ConfigProblem(at, Kind.OUT_OF_RANGE,
                            "property \"" + display(at) + "\" must be at most " + p.maximum + ", found "
                                    + d.toPlainString(),
                            kargo(at, "Must be less than or equal to " + p.maximum),
                            "Use a number of at most " + p.maximum + "."));
                }
            }
            case OBJECT -> checkObject(p.nested, v, at, out);
            default -> {
                // free-form: anything goes
            }
        }
    }

    private void checkString(PropertyRules p, String s, JsonPath at, List<ConfigProblem> out) {
        if (p.minLength > 0 && s.codePointCount(0, s.length()) < p.minLength) {
            boolean empty = s.isEmpty();
            out.add(new ConfigProblem(at, Kind.TOO_SHORT,
                    (p.required ? "required " : "") + "property \"" + display(at) + "\" must not be empty"
                            + (p.minLength > 1 ? " and must be at least " + count(p.minLength, "character")
                            + " long" : ""),
                    kargo(at, "String length must be greater than or equal to " + p.minLength),
                    empty ? "Give `" + at + "` a value, or remove it." : "Use a longer value."));
        }
        if (p.allowed != null && !p.allowed.contains(s)) {
            out.add(new ConfigProblem(at, Kind.NOT_ALLOWED,
                    "property \"" + display(at) + "\" must be one of " + quotedList(p.allowed, "or"),
                    kargo(at, kargoPath(at) + " must be one of the following: " + quotedList(p.allowed, null)),
                    "Use one of " + quotedList(p.allowed, "or") + "."));
        }
        if (p.pattern != null && !p.pattern.matcher(s).find()) {
            out.add(new ConfigProblem(at, Kind.BAD_FORMAT,
                    "property \"" + display(at) + "\" must be " + p.patternDescription,
                    kargo(at, "Does not match pattern '" + p.patternText + "'"),
                    "Write " + p.patternDescription + "."));
        }
        if (p.format != null && !Formats.matches(p.format, s)) {
            String what = p.format.equals("email") ? "an email address" : "an absolute URI such as https://host/path";
            out.add(new ConfigProblem(at, Kind.BAD_FORMAT,
                    "property \"" + display(at) + "\" must be " + what,
                    kargo(at, "Does not match format '" + p.format + "'"),
                    "Write " + what + "."));
        }
    }

    private void uniqueItems(JsonArray a, JsonPath at, List<ConfigProblem> out) {
        for (int j = 1; j < a.size(); j++) {
            if (isExpression(a.get(j))) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (!isExpression(a.get(i)) && a.get(i).equals(a.get(j))) {
                    out.add(new ConfigProblem(at.index(j), Kind.DUPLICATE,
                            "property \"" + display(at) + "\" must not repeat an item: item " + j
                                    + " repeats item " + i,
                            kargo(at, "array items[" + i + "," + j + "] must be unique"),
                            "Remove the repeated item."));
                    return;
                }
            }
        }
    }

    private void checkCombinations(ObjectRules r, JsonObject o, JsonPath at, List<ConfigProblem> out) {
        for (Alternatives rule : r.exactlyOne) {
            List<String> set = new ArrayList<>();
            int maybe = count(r, o, rule.value(), rule.when(), set);
            if (set.size() > 1) {
                String names = labels(r, rule.value(), "or");
                out.add(new ConfigProblem(at, Kind.CONFLICT,
                        where(at) + "set exactly one of " + names + "; found " + quotedList(set, "and"),
                        kargo(at, "Must validate one and only one schema (oneOf)"),
                        "Keep one of " + names + " and remove the others."));
            } else if (set.isEmpty() && maybe == 0) {
                String names = labels(r, rule.value(), "or");
                out.add(new ConfigProblem(at, Kind.MISSING_ALTERNATIVE,
                        where(at) + "set exactly one of " + names + "; found none",
                        kargo(at, "Must validate one and only one schema (oneOf)"),
                        "Add one of " + names + (at.isRoot() ? "." : " under `" + at + "`.")));
            }
        }
        for (Alternatives rule : r.atMostOne) {
            List<String> set = new ArrayList<>();
            count(r, o, rule.value(), rule.when(), set);
            if (set.size() > 1) {
                String names = labels(r, rule.value(), "or");
                out.add(new ConfigProblem(at, Kind.CONFLICT,
                        where(at) + "set at most one of " + names + "; found " + quotedList(set, "and"),
                        kargo(at, "Must validate one and only one schema (oneOf)"),
                        "Keep one of " + names + " and remove the others."));
            }
        }
        for (Alternatives rule : r.atLeastOne) {
            List<String> set = new ArrayList<>();
            int maybe = count(r, o, rule.value(), rule.when(), set);
            if (set.isEmpty() && maybe == 0) {
                String names = labels(r, rule.value(), "or");
                out.add(new ConfigProblem(at, Kind.MISSING_ALTERNATIVE,
                        where(at) + "set at least one of " + names,
                        kargo(at, "Must validate at least one schema (anyOf)"),
                        "Add " + names + (at.isRoot() ? "." : " under `" + at + "`.")));
                emptyAlternatives(o, rule.value(), at, out);
            }
        }
        for (Requirement rule : r.requires) {
            if (presence(o, rule.property(), Presence.VALUE) == Tri.YES
                    && presence(o, rule.requires(), Presence.VALUE) == Tri.NO) {
                out.add(new ConfigProblem(at.key(rule.requires()), Kind.MISSING_ALTERNATIVE,
                        where(at) + "\"" + label(r, rule.property()) + "\" requires \"" + rule.requires() + "\"",
                        kargo(at, "Must validate one and only one schema (oneOf)"),
                        "Add `" + rule.requires() + "`, or remove `" + rule.property() + "`."));
            }
        }
        for (Uniqueness rule : r.uniqueBy) {
            JsonValue list = o.getOrNull(rule.list());
            if (!(list instanceof JsonArray a)) {
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof JsonObject item && item.getOrNull(rule.key()) instanceof JsonString s
                        && !s.value().isEmpty() && !isExpression(s)) {
                    Integer first = seen.putIfAbsent(s.value(), i);
                    if (first != null) {
                        JsonPath itemPath = at.key(rule.list()).index(i);
                        out.add(new ConfigProblem(itemPath.key(rule.key()), Kind.DUPLICATE,
                                "property \"" + display(itemPath.key(rule.key())) + "\": the " + rule.noun()
                                        + " is already used by " + display(at.key(rule.list()).index(first)),
                                "duplicate " + rule.noun() + " \"" + s.value() + "\" at " + rule.list() + "[" + i
                                        + "]",
                                "Give each item of `" + at.key(rule.list()) + "` its own `" + rule.key() + "`."));
                    }
                }
            }
        }
    }

    /**
     * An alternative given empty, when none is set: Kargo's validator reports it beside the failed any-of (it adds the
     * problems of the closest alternative), so the user sees which one to fill.
     */
    private void emptyAlternatives(JsonObject o, String[] names, JsonPath at, List<ConfigProblem> out) {
        for (String n : names) {
            JsonValue v = o.getOrNull(n);
            JsonPath p = at.key(n);
            if (v instanceof JsonArray a && a.size() == 0) {
                out.add(new ConfigProblem(p, Kind.TOO_SHORT,
                        "property \"" + display(p) + "\" must have at least one item",
                        kargo(p, "Array must have at least 1 items"), "Add an item to `" + p + "`, or remove it."));
            } else if (v instanceof JsonObject m && m.isEmpty()) {
                out.add(new ConfigProblem(p, Kind.TOO_SHORT,
                        "property \"" + display(p) + "\" must have at least one entry",
                        kargo(p, "Must have at least 1 properties"), "Add an entry to `" + p + "`, or remove it."));
            }
        }
    }

    /** Three-valued presence: an expression may or may not yield a value. */
    enum Tri { YES, NO, MAYBE }

    private static int count(ObjectRules r, JsonObject o, String[] names, Presence when, List<String> set) {
        int maybe = 0;
        for (String n : names) {
            Tri t = presence(o, n, when);
            if (t == Tri.YES) {
                set.add(label(r, n));
            } else if (t == Tri.MAYBE) {
                maybe++;
            }
        }
        return maybe;
    }

    static Tri presence(JsonObject o, String name, Presence when) {
        if (!o.containsKey(name)) {
            return Tri.NO;
        }
        if (when == Presence.PRESENT) {
            return Tri.YES;
        }
        JsonValue v = o.getOrNull(name);
        if (isExpression(v)) {
            return Tri.MAYBE;
        }
        if (v == null || v instanceof JsonNull
                || v instanceof JsonString s && s.value().isEmpty()
                || v instanceof JsonBoolean b && !b.value()) {
            return Tri.NO;
        }
        if (when == Presence.NON_EMPTY && (v instanceof JsonArray a && a.size() == 0
                || v instanceof JsonObject m && m.isEmpty())) {
            return Tri.NO;
        }
        return Tri.YES;
    }

    private static String label(ObjectRules r, String name) {
        PropertyRules p = r.properties.get(name);
        return p != null && p.type == ValueType.BOOLEAN && p.container == Container.SINGLE ? name + ": true" : name;
    }

    private static String labels(ObjectRules r, String[] names, String last) {
        List<String> l = new ArrayList<>();
        for (String n : names) {
            l.add(label(r, n));
        }
        return quotedList(l, last);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** @return whether Kargo evaluates the value before it checks it: a string holding an expression */
    static boolean isExpression(JsonValue v) {
        return v instanceof JsonString s && StepValues.isExpression(s.value());
    }

    private static boolean isIntegral(JsonNumber n) {
        if (n.isLong()) {
            return true;
        }
        BigDecimal d = n.toBigDecimal();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private ConfigProblem type(JsonPath at, String expected, JsonValue found) {
        String given = given(found);
        return new ConfigProblem(at, Kind.TYPE,
                "property \"" + display(at) + "\" must be " + article(expected) + ", found " + article(given),
                kargo(at, "Invalid type. Expected: " + expected + ", given: " + given),
                "Write " + article(expected) + " here" + (expected.equals("boolean") || expected.equals("integer")
                        ? " without quotes, or a ${{ }} expression." : "."));
    }

    private static String given(JsonValue v) {
        if (v == null || v instanceof JsonNull) {
            return "null";
        }
        if (v instanceof JsonString) {
            return "string";
        }
        if (v instanceof JsonBoolean) {
            return "boolean";
        }
        if (v instanceof JsonNumber n) {
            return isIntegral(n) ? "integer" : "number";
        }
        if (v instanceof JsonArray) {
            return "array";
        }
        return "object";
    }

    private static String article(String type) {
        return switch (type) {
            case "null" -> "null";
            case "integer" -> "a whole number";
            case "array" -> "a list";
            case "object" -> "an object";
            default -> "a " + type;
        };
    }

    private static String where(JsonPath at) {
        return at.isRoot() ? "" : display(at) + ": ";
    }

    /** @return the path as the builders print it: {@code checkout[0].path}, the root as {@code config} */
    static String display(JsonPath at) {
        return at.isRoot() ? "config" : at.toString();
    }

    /** @return Kargo's (gojsonschema's) wording: {@code context: description} */
    private static String kargo(JsonPath context, String description) {
        return kargoPath(context) + ": " + description;
    }

    private static String kargoPath(JsonPath p) {
        if (p.isRoot()) {
            return "(root)";
        }
        StringBuilder sb = new StringBuilder();
        for (Object seg : p.segments()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(seg);
        }
        return sb.toString();
    }

    /**
     * @return the pattern with each {@code $} outside a character class as {@code \z}: in Go's regular expressions
     *     (RE2, as Kargo uses) {@code $} matches only at the very end, in Java also before a final line break
     */
    static String goAnchors(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                sb.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '$' && !inClass) {
                sb.append("\\z");
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return "one " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String quotedList(List<String> items, String last) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(last != null && i == items.size() - 1 ? " " + last + " " : ", ");
            }
            sb.append('"').append(items.get(i)).append('"');
        }
        return sb.toString();
    }
}
