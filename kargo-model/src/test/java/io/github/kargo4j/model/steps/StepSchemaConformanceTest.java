package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the typed step builders to Kargo's JSON schemas of the built-in steps, in both directions: every schema has
 * a typed builder that can set every property at every depth, what the builders write validates against the
 * schema, required properties and non-string properties behave as the schema and Kargo's expression evaluation
 * demand.
 */
class StepSchemaConformanceTest {

    private static StepSchemas schemas;
    private static Map<String, List<StepConfig>> samples;

    @BeforeAll
    static void load() {
        schemas = StepSchemas.load();
        samples = StepSamples.all();
    }

    static String pascal(String step) {
        StringBuilder sb = new StringBuilder();
        for (String w : step.split("-")) {
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    static String camel(String step) {
        String p = pascal(step);
        return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    // ------------------------------------------------------------------------------------ one builder per schema

    @Test
    void everySchemaHasATypedBuilderAndEveryBuilderASchema() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> names = schemas.stepNames();
        assertEquals(34, names.size(), "Kargo v1.11 has 34 built-in steps with a schema");
        for (String step : names) {
            Class<? extends StepConfig> type = Steps.builtIn().get(step);
            if (type == null) {
                problems.add(step + ": no typed builder (Steps.builtIn() has no entry for " + step + "-config.json)");
                continue;
            }
            if (!type.getSimpleName().equals(pascal(step) + "Config")) {
                problems.add(step + ": config type is " + type.getSimpleName() + ", expected " + pascal(step) + "Config");
            }
            if (!step.equals(type.getField("STEP").get(null))) {
                problems.add(step + ": " + type.getSimpleName() + ".STEP is " + type.getField("STEP").get(null));
            }
            Method byConsumer = Steps.class.getMethod(camel(step), Consumer.class);
            Method byConfig = Steps.class.getMethod(camel(step), type);
            Method view = type.getMethod("from", PromotionStep.class);
            for (Method m : List.of(byConsumer, byConfig)) {
                if (m.getReturnType() != PromotionStep.class || !Modifier.isStatic(m.getModifiers())) {
                    problems.add(step + ": " + m + " must be static and return PromotionStep");
                }
            }
            if (view.getReturnType() != Optional.class || !Modifier.isStatic(view.getModifiers())) {
                problems.add(step + ": " + view + " must be static and return Optional");
            }
        }
        Set<String> withoutSchema = new TreeSet<>(Steps.builtIn().keySet());
        names.forEach(withoutSchema::remove);
        if (!withoutSchema.isEmpty()) {
            problems.add("typed builders without a schema: " + withoutSchema);
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------------ every schema property is settable

    @Test
    void everySchemaPropertyAtAnyDepthHasAnAttributeAndASetter() {
        List<String> missing = new ArrayList<>();
        int[] checked = {0};
        for (String step : schemas.stepNames()) {
            Class<? extends StepConfig> type = Steps.builtIn().get(step);
            if (type == null) {
                missing.add(step + ": no typed builder");
                continue;
            }
            walkShape(schemas.root(step), type, step, missing, checked);
        }
        assertEquals(List.of(), missing);
        assertTrue(checked[0] >= 200, "walked only " + checked[0] + " schema properties");
    }

    private static void walkShape(StepSchemas.Node schema, Class<?> type, String path, List<String> missing,
                                  int[] checked) {
        Map<String, StepSchemas.Node> props = schema.properties();
        Optional<Shape> shape = Shape.of(type);
        if (shape.isEmpty()) {
            if (!props.isEmpty()) {
                missing.add(path + ": " + type.getSimpleName() + " is not a model type, but the schema has properties "
                        + props.keySet());
            }
            return;
        }
        for (Map.Entry<String, StepSchemas.Node> e : props.entrySet()) {
            String name = e.getKey();
            String at = path + "." + name;
            checked[0]++;
            Optional<Shape.Property> p = shape.get().property(name);
            if (p.isEmpty()) {
                missing.add(at + ": no attribute in " + type.getSimpleName());
                continue;
            }
            if (!hasSetter(type, p.get())) {
                missing.add(at + ": no builder setter " + p.get().javaName() + "(...) in " + type.getSimpleName());
            }
            StepSchemas.Node value = p.get().cardinality() == Shape.Cardinality.LIST ? e.getValue().items() : e.getValue();
            if (value != null && !value.properties().isEmpty() && !p.get().freeForm()) {
                walkShape(value, p.get().valueType(), at, missing, checked);
            }
        }
    }

    private static boolean hasSetter(Class<?> type, Shape.Property p) {
        try {
            Class<?> builder = type.getMethod("builder").getReturnType();
            for (Method m : builder.getMethods()) {
                if (!m.getName().equals(p.javaName()) || m.getParameterCount() != 1) {
                    continue;
                }
                Class<?> param = m.getParameterTypes()[0];
                switch (p.cardinality()) {
                    case LIST -> {
                        if (param == Iterable.class) {
                            return true;
                        }
                    }
                    case MAP -> {
                        if (param == Map.class) {
                            return true;
                        }
                    }
                    default -> {
                        if (param == p.valueType()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // ----------------------------------------------------------------------------------------- samples

    @Test
    void samplesSetEveryPropertyOfTheSchema() {
        List<String> unset = new ArrayList<>();
        for (String step : schemas.stepNames()) {
            List<StepConfig> configs = samples.get(step);
            if (configs == null) {
                unset.add(step + ": no sample");
                continue;
            }
            List<JsonValue> trees = configs.stream().map(c -> (JsonValue) c.toConfig()).toList();
            cover(schemas.root(step), trees, step, unset);
        }
        assertEquals(List.of(), unset, "properties no sample sets");
    }

    private static void cover(StepSchemas.Node schema, List<JsonValue> instances, String path, List<String> unset) {
        for (Map.Entry<String, StepSchemas.Node> e : schema.properties().entrySet()) {
            List<JsonValue> values = new ArrayList<>();
            for (JsonValue v : instances) {
                if (v instanceof JsonObject o) {
                    o.get(e.getKey()).ifPresent(values::add);
                }
            }
            if (values.isEmpty()) {
                unset.add(path + "." + e.getKey());
            } else {
                cover(e.getValue(), values, path + "." + e.getKey(), unset);
            }
        }
        StepSchemas.Node items = schema.items();
        if (items != null) {
            List<JsonValue> elements = new ArrayList<>();
            for (JsonValue v : instances) {
                if (v instanceof JsonArray a) {
                    elements.addAll(a.items());
                }
            }
            cover(items, elements, path + "[]", unset);
        }
    }

    @Test
    void everyTypedBuilderWritesAConfigThatIsValidAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        int validated = 0;
        for (String step : schemas.stepNames()) {
            List<StepConfig> configs = samples.getOrDefault(step, List.of());
            for (int i = 0; i < configs.size(); i++) {
                List<String> errors = schemas.validate(step, configs.get(i).toConfig());
                validated++;
                if (!errors.isEmpty()) {
                    invalid.add(step + " sample " + i + ": " + errors);
                }
            }
        }
        assertEquals(List.of(), invalid);
        assertTrue(validated >= 34, "validated " + validated + " samples");
    }

    @Test
    void theSchemaValidatorRejectsInvalidConfigs() {
        assertFalse(schemas.validate("git-clone", JsonObject.EMPTY).isEmpty(), "missing repoURL and checkout");
        JsonObject config = GitCloneConfig.builder().repoURL(StepSamples.REPO)
                .addCheckout(c -> c.path("./out")).build().toConfig();
        assertEquals(List.of(), schemas.validate("git-clone", config));
        assertFalse(schemas.validate("git-clone", config.with("blobless", JsonString.of("yes"))).isEmpty());
        assertFalse(schemas.validate("git-clone", config.with("unknown", JsonString.of("x"))).isEmpty());
        JsonObject bothCheckouts = config.with("checkout", JsonArray.of(JsonObject.builder()
                .put("path", "./out").put("branch", "main").put("tag", "v1").build()));
        assertFalse(schemas.validate("git-clone", bothCheckouts).isEmpty());
    }

    @Test
    void typedViewsReadBackExactlyWhatTheBuildersWrote() throws Exception {
        for (Map.Entry<String, List<StepConfig>> e : samples.entrySet()) {
            String step = e.getKey();
            for (StepConfig config : e.getValue()) {
                Method factory = Steps.class.getMethod(camel(step), config.getClass());
                PromotionStep promotionStep = (PromotionStep) factory.invoke(null, config);
                assertEquals(Optional.of(step), promotionStep.uses());
                assertEquals(Optional.of(config.toConfig()), promotionStep.config());

                Optional<?> view = (Optional<?>) config.getClass().getMethod("from", PromotionStep.class)
                        .invoke(null, promotionStep);
                assertEquals(Optional.of(config), view, step);
                assertEquals(promotionStep.config().get(), KargoCodec.toTree(view.get()), step);
                assertEquals(config, KargoCodec.bind(config.getClass(), promotionStep.config().get()), step);
                assertEquals(Optional.of(config), Steps.view(promotionStep), step);

                String yaml = KargoCodec.create().treeToYaml(promotionStep.config().get());
                assertFalse(yaml.isBlank(), step);
            }
        }
    }

    // ------------------------------------------------------------------------------------- required properties

    /** One step into a configuration: a property, and an item index for lists (-1 otherwise). */
    record Seg(String name, int index) {
    }

    record Case(String step, StepConfig root, List<Seg> segs, String path) {
    }

    @Test
    void everyRequiredPropertyOfEverySchemaIsReportedWithTheStepAndThePropertyName() throws Throwable {
        List<Case> cases = new ArrayList<>();
        Set<String> steps = new TreeSet<>();
        for (String step : schemas.stepNames()) {
            for (StepConfig config : samples.getOrDefault(step, List.of())) {
                requiredCases(step, config, schemas.root(step), config, "", List.of(), cases);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            steps.add(c.step());
            String expected = c.step() + ": required property \"" + c.path() + "\" is not set";
            try {
                rebuild(c.root(), c.segs(), StepSchemaConformanceTest::unset);
                wrong.add(c.path() + " of " + c.step() + ": accepted when unset");
            } catch (IllegalArgumentException e) {
                if (!expected.equals(e.getMessage())) {
                    wrong.add("expected <" + expected + "> but was <" + e.getMessage() + ">");
                }
            }
        }
        assertEquals(List.of(), wrong);
        // every step but fail, delete and compose-output (no required properties) has at least one case
        assertEquals(31, steps.size(), "steps with required properties: " + steps);
        assertTrue(cases.size() > 100, cases.size() + " cases");
    }

    private static void requiredCases(String step, StepConfig root, StepSchemas.Node schema, Object obj, String path,
                                      List<Seg> segs, List<Case> out) throws Exception {
        if (!obj.getClass().getPackageName().equals(Steps.class.getPackageName())) {
            return; // a kargo-model type (LabelSelector), which checks its own required fields
        }
        Optional<Shape> shape = Shape.of(obj.getClass());
        if (shape.isEmpty()) {
            return;
        }
        for (String name : schema.required()) {
            out.add(new Case(step, root, append(segs, new Seg(name, -1)), at(path, name)));
        }
        for (Map.Entry<String, StepSchemas.Node> e : schema.properties().entrySet()) {
            Shape.Property p = shape.get().property(e.getKey()).orElseThrow();
            Object value = obj.getClass().getMethod(p.javaName()).invoke(obj);
            switch (p.cardinality()) {
                case LIST -> {
                    StepSchemas.Node items = e.getValue().items();
                    List<?> list = (List<?>) value;
                    for (int i = 0; i < list.size(); i++) {
                        requiredCases(step, root, items, list.get(i), item(path, e.getKey(), i),
                                append(segs, new Seg(e.getKey(), i)), out);
                    }
                }
                case OPTIONAL -> {
                    if (((Optional<?>) value).isPresent()) {
                        requiredCases(step, root, e.getValue(), ((Optional<?>) value).get(), at(path, e.getKey()),
                                append(segs, new Seg(e.getKey(), -1)), out);
                    }
                }
                case REQUIRED -> requiredCases(step, root, e.getValue(), value, at(path, e.getKey()),
                        append(segs, new Seg(e.getKey(), -1)), out);
                default -> {
                }
            }
        }
    }

    private static List<Seg> append(List<Seg> segs, Seg seg) {
        List<Seg> out = new ArrayList<>(segs);
        out.add(seg);
        return out;
    }

    /** The action applied to the builder of the object that holds the last segment's property. */
    interface Leaf {
        void apply(Object builder, Shape.Property property) throws Throwable;
    }

    private static void unset(Object builder, Shape.Property p) throws Throwable {
        switch (p.cardinality()) {
            case LIST -> invoke(builder, p.javaName(), Iterable.class, List.of());
            case MAP -> invoke(builder, p.javaName(), Map.class, Map.of());
            case OPTIONAL -> invoke(builder, p.javaName(), Optional.class, Optional.empty());
            default -> invoke(builder, p.javaName(), p.valueType(), null);
        }
    }

    private static Object invoke(Object target, String name, Class<?> param, Object arg) throws Throwable {
        try {
            return target.getClass().getMethod(name, param).invoke(target, arg);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Copies {@code obj} with the property at {@code segs} changed by {@code leaf}, rebuilding every level. */
    static Object rebuild(Object obj, List<Seg> segs, Leaf leaf) throws Throwable {
        Class<?> type = obj.getClass();
        Seg seg = segs.get(0);
        Shape.Property p = Shape.of(type).orElseThrow().property(seg.name()).orElseThrow();
        Object b = type.getMethod("builder").invoke(null);
        invoke(b, "from", type.getSuperclass(), obj);
        if (segs.size() == 1) {
            leaf.apply(b, p);
        } else {
            Object current = type.getMethod(p.javaName()).invoke(obj);
            List<Seg> rest = segs.subList(1, segs.size());
            switch (p.cardinality()) {
                case LIST -> {
                    List<Object> list = new ArrayList<>((List<?>) current);
                    list.set(seg.index(), rebuild(list.get(seg.index()), rest, leaf));
                    invoke(b, p.javaName(), Iterable.class, list);
                }
                case OPTIONAL -> invoke(b, p.javaName(), p.valueType(),
                        rebuild(((Optional<?>) current).orElseThrow(), rest, leaf));
                default -> invoke(b, p.javaName(), p.valueType(), rebuild(current, rest, leaf));
            }
        }
        try {
            return b.getClass().getMethod("build").invoke(b);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---------------------------------------------------------------------------------- expressions

    @Test
    void everyNonStringPropertyAcceptsAnExpressionAndRejectsAPlainString() throws Throwable {
        Set<String> expected = new TreeSet<>();
        for (String step : schemas.stepNames()) {
            nonStringProperties(schemas.root(step), step, expected);
        }
        Set<String> tested = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String step : schemas.stepNames()) {
            for (StepConfig config : samples.getOrDefault(step, List.of())) {
                expressionCases(step, config, schemas.root(step), config, step, List.of(), tested, wrong);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(expected, tested, "boolean and integer properties reached by the test");
        assertTrue(expected.size() >= 35, expected.size() + " non-string properties");
    }

    private static void nonStringProperties(StepSchemas.Node schema, String path, Set<String> out) {
        for (Map.Entry<String, StepSchemas.Node> e : schema.properties().entrySet()) {
            String type = e.getValue().type();
            String at = path + "." + e.getKey();
            if (type.equals("boolean") || type.equals("integer")) {
                out.add(at);
            }
            nonStringProperties(e.getValue(), at, out);
            StepSchemas.Node items = e.getValue().items();
            if (items != null) {
                nonStringProperties(items, at + "[]", out);
            }
        }
    }

    private static void expressionCases(String step, StepConfig root, StepSchemas.Node schema, Object obj,
                                        String path, List<Seg> segs, Set<String> tested, List<String> wrong)
            throws Throwable {
        Optional<Shape> shape = Shape.of(obj.getClass());
        if (shape.isEmpty() || !obj.getClass().getPackageName().equals(Steps.class.getPackageName())) {
            return;
        }
        for (Map.Entry<String, StepSchemas.Node> e : schema.properties().entrySet()) {
            String name = e.getKey();
            Shape.Property p = shape.get().property(name).orElseThrow();
            String type = e.getValue().type();
            String at = path + "." + name;
            if ((type.equals("boolean") || type.equals("integer")) && tested.add(at)) {
                checkExpression(step, root, append(segs, new Seg(name, -1)), p, type, wrong);
            }
            Object value = obj.getClass().getMethod(p.javaName()).invoke(obj);
            if (p.cardinality() == Shape.Cardinality.LIST) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    expressionCases(step, root, e.getValue().items(), list.get(i), at + "[]",
                            append(segs, new Seg(name, i)), tested, wrong);
                }
            } else if (value instanceof Optional<?> o && o.isPresent()) {
                expressionCases(step, root, e.getValue(), o.get(), at, append(segs, new Seg(name, -1)), tested, wrong);
            }
        }
    }

    private static void checkExpression(String step, StepConfig root, List<Seg> segs, Shape.Property p, String type,
                                        List<String> wrong) throws Throwable {
        String where = step + " " + segs;
        String expression = "${{ vars." + p.javaName() + " }}";
        // the typed builder accepts an expression ...
        StepConfig changed = (StepConfig) rebuild(root, segs, (b, prop) -> invoke(b, prop.javaName(), String.class,
                expression));
        JsonValue written = at(changed.toConfig(), segs);
        if (!JsonString.of(expression).equals(written)) {
            wrong.add(where + ": expression written as " + written);
        }
        // ... which the typed view reads back
        StepConfig view = Steps.view(changed.toStep()).orElseThrow();
        if (!changed.equals(view)) {
            wrong.add(where + ": expression not read back");
        }
        // ... and rejects a plain string, naming the step and the property
        try {
            rebuild(root, segs, (b, prop) -> invoke(b, prop.javaName(), String.class, "yes"));
            wrong.add(where + ": plain string \"yes\" accepted");
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String kind = type.equals("boolean") ? "must be true, false or a ${{ }} expression"
                    : "must be a whole number or a ${{ }} expression";
            if (!m.startsWith(step + ": property \"") || !m.contains(p.jsonName() + "\" " + kind)
                    || !m.endsWith("found \"yes\"")) {
                wrong.add(where + ": unclear message <" + m + ">");
            }
        }
        // a configuration read from YAML with a plain string there is rejected too
        JsonObject bad = (JsonObject) replace(root.toConfig(), segs, JsonString.of("yes"));
        try {
            KargoCodec.bind(root.getClass(), bad);
            wrong.add(where + ": binding accepted a plain string");
        } catch (ManifestException e) {
            if (!e.getMessage().contains("expression")) {
                wrong.add(where + ": unclear binding message <" + e.getMessage() + ">");
            }
        }
    }

    private static JsonValue at(JsonValue tree, List<Seg> segs) {
        JsonValue v = tree;
        for (Seg s : segs) {
            v = ((JsonObject) v).get(s.name()).orElse(null);
            if (s.index() >= 0) {
                v = ((JsonArray) v).get(s.index());
            }
        }
        return v;
    }

    private static JsonValue replace(JsonValue tree, List<Seg> segs, JsonValue value) {
        if (segs.isEmpty()) {
            return value;
        }
        JsonObject o = (JsonObject) tree;
        Seg s = segs.get(0);
        List<Seg> rest = segs.subList(1, segs.size());
        if (s.index() < 0) {
            return o.with(s.name(), replace(o.get(s.name()).orElse(JsonObject.EMPTY), rest, value));
        }
        List<JsonValue> items = new ArrayList<>(((JsonArray) o.get(s.name()).orElseThrow()).items());
        items.set(s.index(), replace(items.get(s.index()), rest, value));
        return o.with(s.name(), JsonArray.of(items));
    }

    private static String at(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static String item(String at, String name, int index) {
        return at(at, name) + "[" + index + "]";
    }
}
