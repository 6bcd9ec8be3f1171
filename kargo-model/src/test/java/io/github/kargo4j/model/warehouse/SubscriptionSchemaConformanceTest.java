package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.SharedData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares the typed subscriptions with the JSON Schemas Kargo uses for them ({@code ../shared/kargo-schemas/
 * subscriptions}): every schema property must have a counterpart (and every typed property a schema property), with
 * the same required-ness, type, list-ness, enum values, pattern, bounds and length limits. Lists every difference.
 */
class SubscriptionSchemaConformanceTest {

    /**
     * Deliberate differences from the published schemas: Kargo's webhook, not the schema, decides what is accepted.
     */
    private static final Map<String, String> DEVIATIONS = Map.of(
            "image.platform pattern",
            "the webhook accepts <os>/<arch>/<variant> (such as linux/arm64/v8); the schema omits the variant");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everySchemaPropertyHasATypedCounterpart() {
        Path dir = SharedData.sharedDir().resolve("kargo-schemas").resolve("subscriptions");
        return Stream.of(
                        Map.entry("git", GitSubscription.class),
                        Map.entry("image", ImageSubscription.class),
                        Map.entry("chart", ChartSubscription.class))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Path file = dir.resolve(e.getKey() + ".json");
                    assertTrue(Files.isRegularFile(file), "missing " + file);
                    check(e.getKey(), readSchema(file), e.getValue());
                }));
    }

    private static JsonObject readSchema(Path file) throws Exception {
        Map<?, ?> raw = MAPPER.readValue(Files.readString(file), Map.class);
        return JsonValue.of(raw).asObject();
    }

    private static void check(String name, JsonObject schema, Class<?> type) throws Exception {
        Shape shape = Shape.of(type).orElseThrow();
        Class<?> abstractType = type.getSuperclass();
        JsonObject props = schema.get("properties").orElseThrow().asObject();
        Set<String> required = schema.get("required").map(v -> v.asArray().items().stream()
                .map(x -> x.asText().orElseThrow()).collect(Collectors.toSet())).orElse(Set.of());
        List<String> problems = new ArrayList<>();

        for (String prop : props.keys()) {
            String path = name + "." + prop;
            JsonObject p = props.get(prop).orElseThrow().asObject();
            Optional<Shape.Property> modelProp = shape.property(prop);
            if (modelProp.isEmpty()) {
                problems.add(path + ": no counterpart in " + type.getSimpleName());
                continue;
            }
            Shape.Property mp = modelProp.get();
            Method accessor = abstractType.getMethod(mp.javaName());
            boolean isRequired = mp.cardinality() == Shape.Cardinality.REQUIRED;
            if (isRequired != required.contains(prop)) {
                problems.add(path + ": required in schema=" + required.contains(prop) + ", in model=" + isRequired);
            }
            String jsonType = p.getString("type").orElse("");
            boolean isList = mp.cardinality() == Shape.Cardinality.LIST;
            if (jsonType.equals("array") != isList) {
                problems.add(path + ": schema type " + jsonType + ", model " + mp.cardinality());
            }
            Class<?> expectedJava = switch (jsonType) {
                case "string" -> String.class;
                case "boolean" -> Boolean.class;
                case "integer" -> Integer.class;
                case "array" -> String.class;
                default -> null;
            };
            if (expectedJava != null && mp.valueType() != expectedJava) {
                problems.add(path + ": schema " + jsonType + ", model " + mp.valueType().getSimpleName());
            }
            if (p.containsKey("enum")) {
                checkEnum(path, p.get("enum").orElseThrow().asArray(), accessor, abstractType, problems);
            } else {
                checkPattern(path, p.getString("pattern"), accessor, problems);
            }
            checkBound(path + " minimum", p.get("minimum"), annotation(accessor, Min.class).map(Min::value),
                    problems);
            checkBound(path + " maximum", p.get("maximum"), annotation(accessor, Max.class).map(Max::value),
                    problems);
            Optional<Size> size = annotation(accessor, Size.class);
            boolean notBlank = annotation(accessor, NotBlank.class).isPresent();
            Optional<Long> minLength = size.filter(z -> z.min() > 0).map(z -> (long) z.min())
                    .or(() -> notBlank ? Optional.of(1L) : Optional.empty());
            checkBound(path + " minLength", p.get("minLength"), minLength, problems);
            checkBound(path + " maxLength", p.get("maxLength"),
                    size.filter(z -> z.max() != Integer.MAX_VALUE).map(z -> (long) z.max()), problems);
        }
        for (Shape.Property mp : shape.properties()) {
            if (!props.containsKey(mp.jsonName())) {
                problems.add(name + "." + mp.jsonName() + ": typed in the model but not in the schema");
            }
        }
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " differences from the schema:\n  "
                + String.join("\n  ", problems));
    }

    private static void checkPattern(String path, Optional<String> pattern, Method accessor, List<String> problems) {
        Optional<String> annotated = annotation(accessor, Pattern.class).map(Pattern::regexp);
        String patternKey = path + " pattern";
        if (DEVIATIONS.containsKey(patternKey)) {
            if (annotated.isEmpty() || annotated.equals(pattern)) {
                problems.add(patternKey + ": listed as a deviation but the model now follows the schema");
            }
        } else if (!pattern.equals(annotated)) {
            problems.add(patternKey + ": schema " + pattern.orElse("<none>") + ", model "
                    + annotated.orElse("<none>"));
        }
    }

    private static void checkEnum(String path, JsonArray values, Method rawAccessor, Class<?> abstractType,
                                  List<String> problems) throws Exception {
        Set<String> schemaValues = values.items().stream().map(v -> v.asText().orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
        String typedName = rawAccessor.getName().replaceFirst("AsString$", "");
        if (typedName.equals(rawAccessor.getName())) {
            problems.add(path + ": an enum in the schema, but the model has no open enum (no *AsString accessor)");
            return;
        }
        Method typed = abstractType.getMethod(typedName);
        Class<?> enumType = (Class<?>) ((ParameterizedType) typed.getGenericReturnType()).getActualTypeArguments()[0];
        Set<String> modelValues = new TreeSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            String v = ((OpenEnum) constant).value();
            if (!v.isEmpty()) {
                modelValues.add(v);
            }
        }
        if (!schemaValues.equals(modelValues)) {
            problems.add(path + ": enum " + schemaValues + " in the schema, " + modelValues + " in "
                    + enumType.getSimpleName());
        }
        Optional<Pattern> pattern = annotation(rawAccessor, Pattern.class);
        Set<String> patternValues = pattern.map(p -> new HashSet<>(Arrays.asList(
                p.regexp().replaceAll("^\\^\\(|\\)\\$$", "").split("\\|")))).orElse(new HashSet<>());
        if (!patternValues.equals(schemaValues)) {
            problems.add(path + ": @Pattern " + pattern.map(Pattern::regexp).orElse("<none>")
                    + " does not list exactly " + schemaValues);
        }
    }

    private static void checkBound(String what, Optional<JsonValue> schema, Optional<Long> model,
                                   List<String> problems) {
        Optional<Long> expected = schema.map(v -> ((JsonNumber) v).toBigDecimal().longValueExact());
        if (!expected.equals(model)) {
            problems.add(what + ": schema " + expected.map(String::valueOf).orElse("<none>") + ", model "
                    + model.map(String::valueOf).orElse("<none>"));
        }
    }

    /** Finds a constraint on the accessor, on its return type, or on its Optional/List element type. */
    private static <A extends Annotation> Optional<A> annotation(Method accessor, Class<A> type) {
        A direct = accessor.getAnnotation(type);
        if (direct != null) {
            return Optional.of(direct);
        }
        AnnotatedType returned = accessor.getAnnotatedReturnType();
        if (returned.getAnnotation(type) != null) {
            return Optional.of(returned.getAnnotation(type));
        }
        if (returned instanceof AnnotatedParameterizedType pt) {
            for (AnnotatedType arg : pt.getAnnotatedActualTypeArguments()) {
                if (arg.getAnnotation(type) != null) {
                    return Optional.of(arg.getAnnotation(type));
                }
            }
        }
        return Optional.empty();
    }
}
