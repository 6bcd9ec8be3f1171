package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.steps.ConfigProblem.Kind;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.AtLeastOne;
import io.github.kargo4j.model.steps.Constraints.AtMostOne;
import io.github.kargo4j.model.steps.Constraints.ExactlyOne;
import io.github.kargo4j.model.steps.Constraints.Format;
import io.github.kargo4j.model.steps.Constraints.Maximum;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.MinProperties;
import io.github.kargo4j.model.steps.Constraints.Minimum;
import io.github.kargo4j.model.steps.Constraints.Pattern;
import io.github.kargo4j.model.steps.Constraints.Presence;
import io.github.kargo4j.model.steps.Constraints.Required;
import io.github.kargo4j.model.steps.Constraints.Requires;
import io.github.kargo4j.model.steps.Constraints.UniqueBy;
import io.github.kargo4j.model.steps.Constraints.UniqueItems;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of one step's {@code config}, read from the {@link Constraints} on its typed configuration class, and the
 * check that applies them to a configuration, as a JSON tree. The built-in steps' rules are read from their classes
 * at build time ({@code StepConfigRulesTable}, generated): a command pays no annotation parsing for them.
 *
 * <p>Kargo checks a step's configuration against the step's JSON Schema only when a promotion runs, after it has
 * evaluated the {@code ${{ }}} expressions in it. This check runs on the configuration as written: a value that holds
 * an expression is left alone (it may become any JSON value), and a combination rule is reported only when it fails
 * whatever the expressions yield. Building a typed configuration in Java runs the same check
 * ({@link #requireValid(StepConfig)}).
 *
 * <pre>{@code
 * StepConfigRules rules = StepConfigRules.builtIn("git-clone").orElseThrow();
 * for (ConfigProblem p : rules.check(step.config().orElse(JsonObject.EMPTY))) {
 *     System.out.println(p.path() + ": " + p.message());   // checkout[0].path: required property ... is not set
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StepConfigRules {

    private static final Map<Class<?>, ObjectRules> TYPES = new ConcurrentHashMap<>();
    private static final Map<String, StepConfigRules> BUILT_IN = new ConcurrentHashMap<>();

    private final String step;
    private final ObjectRules root;

    private StepConfigRules(String step, ObjectRules root) {
        this.step = step;
        this.root = root;
    }

    /**
     * @param step a step name, the value of {@code uses}
     * @return the rules of that built-in step of Kargo v1.11, or empty for any other name
     */
    public static Optional<StepConfigRules> builtIn(String step) {
        Class<? extends StepConfig> type = Steps.builtIn().get(step);
        if (type == null) {
            return Optional.empty();
        }
        StepConfigRules known = BUILT_IN.get(step);
        if (known == null) {
            // no computeIfAbsent lambda: a call site linked on the first run costs start-up time
            StepConfigRules made = of(step, type);
            known = BUILT_IN.putIfAbsent(step, made);
            known = known != null ? known : made;
        }
        return Optional.of(known);
    }

    /**
     * @param step       the step name, used in messages
     * @param configType a typed configuration class with {@link Constraints} (an Immutables type of the model's style,
     *                   or a free-form class whose class-level constraints apply to the whole configuration)
     * @return the rules of that step
     */
    public static StepConfigRules of(String step, Class<?> configType) {
        Objects.requireNonNull(step, "step");
        return new StepConfigRules(step, rulesOf(Objects.requireNonNull(configType, "configType")));
    }

    /** @return the step name */
    public String step() {
        return step;
    }

    /**
     * Checks a configuration.
     *
     * @param config the step's {@code config} (a missing one is checked as an empty object)
     * @return the problems found, in document order; empty when the configuration follows every rule that can be
     *     decided before the promotion runs
     */
    public List<ConfigProblem> check(JsonValue config) {
        return new ConfigCheck(step).check(root, config == null ? JsonObject.EMPTY : config);
    }

    /**
     * Checks a configuration built in Java: the same rules, with the same messages, as {@link #check(JsonValue)}.
     * Unknown fields are kept and not reported (they may be meant for a newer Kargo).
     *
     * @param config a typed configuration
     * @throws IllegalArgumentException naming the step and the property of the first problem
     */
    public static void requireValid(StepConfig config) {
        StepConfigRules rules = BUILT_IN.computeIfAbsent(config.stepName(), s -> of(s, config.getClass()));
        for (ConfigProblem p : rules.check(config.toConfig())) {
            if (p.kind() != Kind.UNKNOWN_PROPERTY) {
                throw new IllegalArgumentException(config.stepName() + ": " + p.message());
            }
        }
    }

    // ------------------------------------------------------------------------------------------ the rules

    /** The JSON type a property's values have. */
    enum ValueType {
        STRING("string"), BOOLEAN("boolean"), INTEGER("integer"), OBJECT("object"), ANY("any");

        final String json;

        ValueType(String json) {
            this.json = json;
        }
    }

    /** How a property holds its values. */
    enum Container { SINGLE, LIST, MAP }

    /** One property and its rules. */
    static final class PropertyRules {
        final String name;
        final Container container;
        final ValueType type;
        ObjectRules nested;
        boolean required;
        int minLength = -1;
        int minItems = -1;
        int minProperties = -1;
        Long minimum;
        Long maximum;
        List<String> allowed;
        java.util.regex.Pattern pattern;
        String patternText;
        String patternDescription;
        String format;
        boolean uniqueItems;

        PropertyRules(String name, Container container, ValueType type) {
            this.name = name;
            this.container = container;
            this.type = type;
        }
    }

    /** One object type and its rules. */
    static final class ObjectRules {
        final Class<?> type;
        final Map<String, PropertyRules> properties = new LinkedHashMap<>();
        /** {@link Constraints.OpenObject}: properties it does not describe are accepted. */
        boolean open;
        boolean closed;
        int minProperties = -1;
        String minPropertiesNoun = "entry";
        final List<Alternatives> exactlyOne = new ArrayList<>();
        final List<Alternatives> atMostOne = new ArrayList<>();
        final List<Alternatives> atLeastOne = new ArrayList<>();
        final List<Requirement> requires = new ArrayList<>();
        final List<Uniqueness> uniqueBy = new ArrayList<>();

        ObjectRules(Class<?> type) {
            this.type = type;
        }
    }

    /**
     * An {@link ExactlyOne}, {@link AtMostOne} or {@link AtLeastOne} rule, read from its annotation once (an
     * annotation's members are calls through a proxy, and an array member is copied on each call).
     *
     * @param value the properties
     * @param when  what counts as set
     */
    record Alternatives(String[] value, Presence when) {
    }

    /**
     * A {@link Requires} rule, read from its annotation once.
     *
     * @param property the property that needs the other
     * @param requires the property it needs
     */
    record Requirement(String property, String requires) {
    }

    /**
     * A {@link UniqueBy} rule, read from its annotation once.
     *
     * @param list the list property
     * @param key  the key of its items that must be unique
     * @param noun what the key is, in messages
     */
    record Uniqueness(String list, String key, String noun) {
    }

    static ObjectRules rulesOf(Class<?> type) {
        ObjectRules known = TYPES.get(type);
        if (known != null) {
            return known;
        }
        ObjectRules built = StepConfigRulesTable.rules(type);
        if (built == null) {
            built = build(type, new HashMap<>());
        }
        ObjectRules raced = TYPES.putIfAbsent(type, built);
        return raced != null ? raced : built;
    }

    /**
     * Reads the rules of a type from its annotations (what {@link StepConfigRulesTable} holds, generated, for the
     * built-in steps' types).
     */
    static ObjectRules build(Class<?> type, Map<Class<?>, ObjectRules> building) {
        ObjectRules inProgress = building.get(type);
        if (inProgress != null) {
            return inProgress;
        }
        ObjectRules r = new ObjectRules(type);
        building.put(type, r);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (ExactlyOne a : c.getDeclaredAnnotationsByType(ExactlyOne.class)) {
                r.exactlyOne.add(new Alternatives(a.value(), a.when()));
            }
            for (AtMostOne a : c.getDeclaredAnnotationsByType(AtMostOne.class)) {
                r.atMostOne.add(new Alternatives(a.value(), a.when()));
            }
            for (AtLeastOne a : c.getDeclaredAnnotationsByType(AtLeastOne.class)) {
                r.atLeastOne.add(new Alternatives(a.value(), a.when()));
            }
            for (Requires a : c.getDeclaredAnnotationsByType(Requires.class)) {
                r.requires.add(new Requirement(a.property(), a.requires()));
            }
            for (UniqueBy a : c.getDeclaredAnnotationsByType(UniqueBy.class)) {
                r.uniqueBy.add(new Uniqueness(a.list(), a.key(), a.noun()));
            }
            MinProperties mp = c.getDeclaredAnnotation(MinProperties.class);
            if (mp != null && r.minProperties < 0) {
                r.minProperties = mp.value();
                r.minPropertiesNoun = mp.noun();
            }
        }
        r.open = annotatedOpen(type);
        Optional<Shape> shape = Shape.of(type);
        if (shape.isEmpty()) {
            return r;   // a free-form configuration: only the class-level rules apply
        }
        r.closed = !r.open;
        for (Shape.Property p : shape.get().properties()) {
            if (p.jsonName().equals("unknownFields")) {
                continue;
            }
            Container container = switch (p.cardinality()) {
                case LIST -> Container.LIST;
                case MAP -> Container.MAP;
                default -> Container.SINGLE;
            };
            ValueType vt = valueType(p);
            PropertyRules pr = new PropertyRules(p.jsonName(), container, vt);
            if (vt == ValueType.OBJECT) {
                pr.nested = build(p.valueType(), building);
            }
            Method m = accessor(type, p.javaName());
            if (m != null) {
                readPropertyAnnotations(m, pr);
            }
            r.properties.put(p.jsonName(), pr);
        }
        for (String name : names(r)) {
            if (!r.properties.containsKey(name)) {
                throw new IllegalStateException(type.getName() + ": a combination rule names unknown property "
                        + name);
            }
        }
        return r;
    }

    /**
     * @param type a configuration type or item type
     * @return whether it accepts properties it does not describe ({@link Constraints.OpenObject})
     */
    public static boolean isOpen(Class<?> type) {
        return rulesOf(type).open;
    }

    private static boolean annotatedOpen(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Constraints.OpenObject.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(ObjectRules r) {
        List<String> out = new ArrayList<>();
        r.exactlyOne.forEach(a -> out.addAll(List.of(a.value())));
        r.atMostOne.forEach(a -> out.addAll(List.of(a.value())));
        r.atLeastOne.forEach(a -> out.addAll(List.of(a.value())));
        r.requires.forEach(a -> out.addAll(List.of(a.property(), a.requires())));
        r.uniqueBy.forEach(a -> out.add(a.list()));
        return out;
    }

    private static ValueType valueType(Shape.Property p) {
        Class<?> t = p.valueType();
        if (p.freeForm() || JsonValue.class.isAssignableFrom(t)) {
            return ValueType.ANY;
        }
        if (t == String.class || t.isEnum()) {
            return ValueType.STRING;
        }
        if (t == BooleanOrExpression.class || t == Boolean.class || t == boolean.class) {
            return ValueType.BOOLEAN;
        }
        if (t == IntegerOrExpression.class || t == Integer.class || t == Long.class || t == int.class
                || t == long.class) {
            return ValueType.INTEGER;
        }
        return Shape.of(t).isPresent() ? ValueType.OBJECT : ValueType.ANY;
    }

    private static Method accessor(Class<?> type, String javaName) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(javaName);
                if (m.getAnnotations().length > 0 || java.lang.reflect.Modifier.isAbstract(m.getModifiers())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return null;
    }

    private static void readPropertyAnnotations(Method m, PropertyRules pr) {
        pr.required = m.isAnnotationPresent(Required.class);
        MinLength ml = m.getAnnotation(MinLength.class);
        if (ml != null) {
            pr.minLength = ml.value();
        }
        MinItems mi = m.getAnnotation(MinItems.class);
        if (mi != null) {
            pr.minItems = mi.value();
        }
        MinProperties mp = m.getAnnotation(MinProperties.class);
        if (mp != null) {
            pr.minProperties = mp.value();
        }
        Minimum min = m.getAnnotation(Minimum.class);
        if (min != null) {
            pr.minimum = min.value();
        }
        Maximum max = m.getAnnotation(Maximum.class);
        if (max != null) {
            pr.maximum = max.value();
        }
        AllowedValues av = m.getAnnotation(AllowedValues.class);
        if (av != null) {
            pr.allowed = List.of(av.value());
        }
        Pattern pt = m.getAnnotation(Pattern.class);
        if (pt != null) {
            pr.pattern = java.util.regex.Pattern.compile(ConfigCheck.goAnchors(pt.value()));
            pr.patternText = pt.value();
            pr.patternDescription = pt.description();
        }
        Format f = m.getAnnotation(Format.class);
        if (f != null) {
            if (!f.value().equals("email") && !f.value().equals("uri")) {
                throw new IllegalStateException(m + ": unknown format " + f.value());
            }
            pr.format = f.value();
        }
        pr.uniqueItems = m.isAnnotationPresent(UniqueItems.class);
    }
}
