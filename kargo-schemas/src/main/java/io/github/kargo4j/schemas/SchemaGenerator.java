package io.github.kargo4j.schemas;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.io.ModelKinds;
import io.github.kargo4j.model.io.Shape;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.BooleanOrExpression;
import io.github.kargo4j.model.steps.ComposeOutputConfig;
import io.github.kargo4j.model.steps.Constraints;
import io.github.kargo4j.model.steps.IntegerOrExpression;
import io.github.kargo4j.model.steps.StepConfig;
import io.github.kargo4j.model.steps.Steps;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the model's types and writes a JSON Schema (draft-07) for every kind the model knows, each file
 * self-contained (its object types under {@code definitions}), and an index that picks the kind's schema by
 * {@code apiVersion} and {@code kind}. Everything comes from the model: its shapes (properties, cardinality, value
 * types), the step rules of {@link Constraints}, the Jakarta constraints, the open enumerations and the Javadoc
 * descriptions read at build time.
 */
public final class SchemaGenerator {

    /** The JSON Schema dialect of every generated file. */
    public static final String DIALECT = "http://json-schema.org/draft-07/schema#";

    /** The file name of the index that selects a kind's schema by apiVersion and kind. */
    public static final String INDEX = "kargo.json";

    /** What a {@code ${{ }}} (or {@code ${% %}}) expression looks like: a string Kargo evaluates. */
    static final String EXPRESSION_PATTERN = "\\$\\{\\{[\\s\\S]*\\}\\}|\\$\\{%[\\s\\S]*%\\}";

    private static final String EXPRESSION_DEF = "expression";
    private static final String STEP_DEF_PREFIX = "step-";

    private final Map<String, String> docs;

    /** @param docs descriptions by class name and {@code ClassName#accessor}, as {@link JavadocReader} reads them */
    public SchemaGenerator(Map<String, String> docs) {
        this.docs = Map.copyOf(docs);
    }

    /**
     * @param apiVersion an apiVersion such as {@code kargo.akuity.io/v1alpha1}
     * @param kind       a kind such as {@code Stage}
     * @return the kubeconform file name: {@code {kind}-{group}-{version}.json} lowercased, with the first label of
     *     the group ({@code stage-kargo-v1alpha1.json}), or {@code {kind}-{version}.json} for the core group
     */
    public static String fileName(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        String suffix;
        if (slash < 0) {
            suffix = apiVersion;
        } else {
            String group = apiVersion.substring(0, slash);
            int dot = group.indexOf('.');
            suffix = (dot < 0 ? group : group.substring(0, dot)) + "-" + apiVersion.substring(slash + 1);
        }
        return (kind + "-" + suffix).toLowerCase(Locale.ROOT) + ".json";
    }

    /** @return every schema file by file name: one per kind, then {@value #INDEX} */
    public Map<String, JsonObject> generate() {
        Map<String, JsonObject> files = new LinkedHashMap<>();
        JsonArray.Builder selectors = JsonArray.builder();
        for (Map.Entry<String, Class<? extends KargoResource>> e : ModelKinds.all().entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            String file = fileName(key[0], key[1]);
            files.put(file, new KindSchema(key[0], key[1], e.getValue()).build());
            selectors.add(JsonObject.builder()
                    .put("if", JsonObject.builder()
                            .put("properties", JsonObject.builder()
                                    .put("apiVersion", JsonObject.of("const", key[0]))
                                    .put("kind", JsonObject.of("const", key[1])).build())
                            .put("required", strings(List.of("apiVersion", "kind"))).build())
                    .put("then", JsonObject.of("$ref", file))
                    .build());
        }
        files.put(INDEX, JsonObject.builder()
                .put("$schema", DIALECT)
                .put("title", "Kargo resources")
                .put("description", "Picks the schema of a Kargo resource by its apiVersion and kind (generated by"
                        + " kargo4j from its model); other resources are not checked.")
                .put("type", "object")
                .put("allOf", selectors.build())
                .build());
        return files;
    }

    /** One self-contained schema file: the kind's root and the definitions of every object type it reaches. */
    private final class KindSchema {
        private final String apiVersion;
        private final String kind;
        private final Class<?> root;
        private final Map<String, JsonObject> definitions = new LinkedHashMap<>();
        private final Map<Class<?>, String> names = new LinkedHashMap<>();
        private final Deque<Class<?>> pending = new ArrayDeque<>();

        KindSchema(String apiVersion, String kind, Class<?> root) {
            this.apiVersion = apiVersion;
            this.kind = kind;
            this.root = root;
        }

        JsonObject build() {
            Shape shape = Shape.of(root).orElseThrow();
            JsonObject.Builder props = JsonObject.builder()
                    .put("apiVersion", JsonObject.builder().put("description", "The API version of the kind.")
                            .put("const", apiVersion).build())
                    .put("kind", JsonObject.builder().put("description", "The kind.").put("const", kind).build());
            List<String> required = new ArrayList<>(List.of("apiVersion", "kind"));
            objectProperties(shape, props, required);
            // the model refuses a resource without metadata.name
            JsonObject properties = props.build();
            JsonObject metadata = (JsonObject) properties.get("metadata").orElseThrow();
            properties = properties.with("metadata", JsonObject.builder()
                    .put("description", metadata.getString("description").orElse("Standard object metadata."))
                    .put("allOf", JsonArray.of(List.of(withoutDescription(metadata))))
                    .put("required", strings(List.of("name")))
                    .build());
            drain();
            JsonObject.Builder schema = JsonObject.builder()
                    .put("$schema", DIALECT)
                    .put("title", kind + " (" + apiVersion + ")");
            description(shape.type()).ifPresent(d -> schema.put("description", d));
            schema.put("type", "object")
                    .put("required", strings(required))
                    .put("properties", properties)
                    .put("additionalProperties", false);
            JsonObject.Builder defs = JsonObject.builder();
            definitions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(d -> defs.put(d.getKey(), d.getValue()));
            defs.put(EXPRESSION_DEF, JsonObject.builder()
                    .put("description", "A ${{ }} expression that Kargo evaluates when the promotion runs.")
                    .put("type", "string").put("pattern", EXPRESSION_PATTERN).build());
            schema.put("definitions", defs.build());
            return schema.build();
        }

        private void drain() {
            while (!pending.isEmpty()) {
                Class<?> type = pending.pop();
                String name = names.get(type);
                if (definitions.containsKey(name)) {
                    continue;
                }
                definitions.put(name, JsonObject.EMPTY); // reserves the name while the type is written
                definitions.put(name, objectSchema(type));
            }
        }

        private JsonObject objectSchema(Class<?> type) {
            if (type == ComposeOutputConfig.class) {
                JsonObject.Builder b = JsonObject.builder();
                description(type).ifPresent(d -> b.put("description", d));
                return b.put("type", "object").put("minProperties", minProperties(type)).build();
            }
            Shape shape = Shape.of(type).orElseThrow();
            JsonObject.Builder props = JsonObject.builder();
            List<String> required = new ArrayList<>();
            objectProperties(shape, props, required);
            JsonObject.Builder b = JsonObject.builder();
            description(shape.type()).ifPresent(d -> b.put("description", d));
            b.put("type", "object");
            if (!required.isEmpty()) {
                b.put("required", strings(required));
            }
            b.put("properties", props.build());
            Class<?> abstractType = abstractType(shape.type());
            if (abstractType.getAnnotation(Constraints.MinProperties.class) != null) {
                b.put("minProperties", minProperties(abstractType));
            }
            if (closed(abstractType)) {
                b.put("additionalProperties", false);
            }
            JsonArray exactlyOne = keyPresenceAlternatives(abstractType);
            if (!exactlyOne.isEmpty()) {
                b.put("oneOf", exactlyOne);
            }
            if (PromotionStep.class.isAssignableFrom(shape.type())) {
                b.put("allOf", stepSelectors());
            }
            return b.build();
        }

        private int minProperties(Class<?> type) {
            Constraints.MinProperties min = type.getAnnotation(Constraints.MinProperties.class);
            return min == null ? 0 : min.value();
        }

        /** {@code config} follows the schema of the step {@code uses} names; other steps keep a free-form config. */
        private JsonArray stepSelectors() {
            JsonArray.Builder all = JsonArray.builder();
            for (Map.Entry<String, Class<? extends StepConfig>> step : Steps.builtIn().entrySet()) {
                String def = STEP_DEF_PREFIX + step.getKey();
                names.put(step.getValue(), def);
                pending.push(step.getValue());
                all.add(JsonObject.builder()
                        .put("if", JsonObject.builder()
                                .put("properties", JsonObject.of("uses", JsonObject.of("const", step.getKey())))
                                .put("required", strings(List.of("uses"))).build())
                        .put("then", JsonObject.of("properties",
                                JsonObject.of("config", JsonObject.of("$ref", "#/definitions/" + def))))
                        .build());
            }
            return all.build();
        }

        private void objectProperties(Shape shape, JsonObject.Builder props, List<String> required) {
            Class<?> abstractType = abstractType(shape.type());
            boolean stepContext = isStepType(abstractType);
            for (Shape.Property p : shape.properties()) {
                Method accessor = accessor(abstractType, p.javaName());
                AnnotatedType returned = accessor == null ? null : accessor.getAnnotatedReturnType();
                AnnotatedType valueAnnotated = returned;
                if (p.cardinality() != Shape.Cardinality.REQUIRED && returned instanceof AnnotatedParameterizedType pt) {
                    AnnotatedType[] args = pt.getAnnotatedActualTypeArguments();
                    valueAnnotated = args[args.length - 1];
                }
                JsonObject.Builder value = JsonObject.builder();
                valueSchema(p, accessor, abstractType, valueAnnotated, stepContext, value);
                if (p.jsonName().equals("uses") && PromotionStep.class.isAssignableFrom(shape.type())) {
                    value.put("anyOf", JsonArray.of(List.of(
                            JsonObject.of("enum", strings(new ArrayList<>(Steps.builtIn().keySet()))),
                            JsonObject.of("type", "string"))));
                }
                JsonObject.Builder prop;
                if (p.cardinality() == Shape.Cardinality.LIST) {
                    prop = JsonObject.builder().put("type", "array").put("items", value.build());
                    containerRules(returned, accessor, prop, "minItems", "maxItems");
                    if (accessor != null && accessor.isAnnotationPresent(Constraints.UniqueItems.class)) {
                        prop.put("uniqueItems", true);
                    }
                } else if (p.cardinality() == Shape.Cardinality.MAP) {
                    prop = JsonObject.builder().put("type", "object").put("additionalProperties", value.build());
                    containerRules(returned, accessor, prop, "minProperties", "maxProperties");
                } else {
                    prop = value;
                }
                JsonObject built = prop.build();
                Optional<String> doc = accessor == null ? Optional.empty()
                        : Optional.ofNullable(docs.get(accessor.getDeclaringClass().getName() + "#" + p.javaName()));
                JsonObject.Builder withDoc = JsonObject.builder();
                doc.ifPresent(d -> withDoc.put("description", d));
                built.entries().forEach(en -> withDoc.put(en.getKey(), en.getValue()));
                props.put(p.jsonName(), withDoc.build());
                if (p.cardinality() == Shape.Cardinality.REQUIRED
                        || accessor != null && accessor.isAnnotationPresent(Constraints.Required.class)) {
                    required.add(p.jsonName());
                }
            }
        }

        private void containerRules(AnnotatedType returned, Method accessor, JsonObject.Builder prop,
                                    String min, String max) {
            if (returned != null) {
                Size size = returned.getAnnotation(Size.class);
                if (size != null) {
                    if (size.min() > 0) {
                        prop.put(min, size.min());
                    }
                    if (size.max() < Integer.MAX_VALUE) {
                        prop.put(max, size.max());
                    }
                }
                if (returned.isAnnotationPresent(NotEmpty.class)) {
                    prop.put(min, 1);
                }
            }
            if (accessor != null) {
                Constraints.MinItems items = accessor.getAnnotation(Constraints.MinItems.class);
                if (items != null && min.equals("minItems")) {
                    prop.put(min, items.value());
                }
                Constraints.MinProperties entries = accessor.getAnnotation(Constraints.MinProperties.class);
                if (entries != null && min.equals("minProperties")) {
                    prop.put(min, entries.value());
                }
            }
        }

        /** The schema of one value (one item of a list, one value of a map). */
        private void valueSchema(Shape.Property p, Method accessor, Class<?> owner, AnnotatedType annotated,
                                 boolean stepContext, JsonObject.Builder out) {
            Class<?> t = p.valueType();
            if (t == String.class) {
                JsonObject.Builder rules = JsonObject.builder();
                stringRules(accessor, annotated, rules);
                openEnum(owner, p).ifPresent(values -> out.put("anyOf", JsonArray.of(List.of(
                        JsonObject.of("enum", strings(values)), JsonObject.of("type", "string")))));
                JsonObject r = rules.build();
                if (stepContext && !r.isEmpty()) {
                    // Kargo applies no rule to a value that holds an expression: it is evaluated first
                    JsonObject.Builder constrained = JsonObject.builder().put("type", "string");
                    r.entries().forEach(en -> constrained.put(en.getKey(), en.getValue()));
                    out.put("anyOf", JsonArray.of(List.of(constrained.build(), expressionRef())));
                } else {
                    out.put("type", "string");
                    r.entries().forEach(en -> out.put(en.getKey(), en.getValue()));
                }
            } else if (t == Boolean.class) {
                out.put("type", "boolean");
            } else if (t == Integer.class || t == Long.class) {
                out.put("type", "integer");
                numberRules(accessor, annotated, out);
            } else if (t == Double.class) {
                out.put("type", "number");
                numberRules(accessor, annotated, out);
            } else if (t == BooleanOrExpression.class) {
                out.put("anyOf", JsonArray.of(List.of(JsonObject.of("type", "boolean"), expressionRef())));
            } else if (t == IntegerOrExpression.class) {
                JsonObject.Builder number = JsonObject.builder().put("type", "integer");
                numberRules(accessor, annotated, number);
                out.put("anyOf", JsonArray.of(List.of(number.build(), expressionRef())));
            } else if (t == IntOrString.class) {
                out.put("type", strings(List.of("integer", "string")));
            } else if (t == JsonObject.class) {
                out.put("type", "object");
            } else if (t == JsonArray.class) {
                out.put("type", "array");
            } else if (JsonValue.class.isAssignableFrom(t)) {
                return; // any JSON value
            } else {
                out.put("$ref", "#/definitions/" + reference(t));
            }
        }

        private JsonObject expressionRef() {
            return JsonObject.of("$ref", "#/definitions/" + EXPRESSION_DEF);
        }

        private String reference(Class<?> type) {
            String name = names.get(type);
            if (name == null) {
                name = type.getSimpleName();
                if (names.containsValue(name)) {
                    String pkg = type.getPackageName();
                    name = pkg.substring(pkg.lastIndexOf('.') + 1) + "." + name;
                }
                names.put(type, name);
                pending.push(type);
            }
            return name;
        }

        private void stringRules(Method accessor, AnnotatedType annotated, JsonObject.Builder rules) {
            if (annotated != null) {
                jakarta.validation.constraints.Pattern pattern =
                        annotated.getAnnotation(jakarta.validation.constraints.Pattern.class);
                if (pattern != null) {
                    rules.put("pattern", portable(pattern.regexp()));
                }
                Size size = annotated.getAnnotation(Size.class);
                if (size != null) {
                    if (size.min() > 0) {
                        rules.put("minLength", size.min());
                    }
                    if (size.max() < Integer.MAX_VALUE) {
                        rules.put("maxLength", size.max());
                    }
                }
                if (annotated.isAnnotationPresent(NotBlank.class)) {
                    rules.put("pattern", pattern != null ? portable(pattern.regexp()) : "\\S");
                }
                if (annotated.isAnnotationPresent(NotEmpty.class)) {
                    rules.put("minLength", 1);
                }
            }
            if (accessor != null) {
                Constraints.MinLength min = accessor.getAnnotation(Constraints.MinLength.class);
                if (min != null) {
                    rules.put("minLength", min.value());
                }
                Constraints.Pattern pattern = accessor.getAnnotation(Constraints.Pattern.class);
                if (pattern != null) {
                    rules.put("pattern", portable(pattern.value()));
                }
                Constraints.AllowedValues allowed = accessor.getAnnotation(Constraints.AllowedValues.class);
                if (allowed != null) {
                    rules.put("enum", strings(List.of(allowed.value())));
                }
                Constraints.Format format = accessor.getAnnotation(Constraints.Format.class);
                if (format != null) {
                    rules.put("format", format.value());
                }
            }
        }

        private void numberRules(Method accessor, AnnotatedType annotated, JsonObject.Builder out) {
            if (annotated != null) {
                Min min = annotated.getAnnotation(Min.class);
                if (min != null) {
                    out.put("minimum", min.value());
                }
                Max max = annotated.getAnnotation(Max.class);
                if (max != null) {
                    out.put("maximum", max.value());
                }
            }
            if (accessor != null) {
                Constraints.Minimum min = accessor.getAnnotation(Constraints.Minimum.class);
                if (min != null) {
                    out.put("minimum", min.value());
                }
                Constraints.Maximum max = accessor.getAnnotation(Constraints.Maximum.class);
                if (max != null) {
                    out.put("maximum", max.value());
                }
            }
        }

        private Optional<String> description(Class<?> type) {
            Class<?> abstractType = abstractType(type);
            return Optional.ofNullable(docs.get(abstractType.getName()));
        }
    }

    /**
     * The known values of an open enumeration held as text ({@code kindAsString} beside {@code kind()}): the
     * constants' JSON texts, without {@code UNKNOWN}.
     */
    private static Optional<List<String>> openEnum(Class<?> owner, Shape.Property p) {
        if (!p.javaName().endsWith("AsString")) {
            return Optional.empty();
        }
        String typed = p.javaName().substring(0, p.javaName().length() - "AsString".length());
        Method m;
        try {
            m = owner.getMethod(typed);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        Class<?> enumType = m.getReturnType();
        if (m.getGenericReturnType() instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            enumType = c;
        }
        if (!enumType.isEnum() || !OpenEnum.class.isAssignableFrom(enumType)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String v = ((OpenEnum) constant).value();
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return Optional.of(values);
    }

    /**
     * The {@link Constraints.ExactlyOne} rules whose sense of "set" is the key's presence ({@code delete}'s
     * {@code path} and {@code paths}), which JSON Schema says exactly: one {@code required} alternative each. The
     * other combination rules count {@code false} or {@code ""} as unset, and are left to kargo4j's validation.
     */
    private static JsonArray keyPresenceAlternatives(Class<?> abstractType) {
        JsonArray.Builder alternatives = JsonArray.builder();
        for (Constraints.ExactlyOne rule : abstractType.getAnnotationsByType(Constraints.ExactlyOne.class)) {
            if (rule.when() != Constraints.Presence.PRESENT) {
                continue;
            }
            if (alternatives.size() > 0) {
                throw new IllegalStateException(abstractType.getName()
                        + ": more than one key-presence ExactlyOne rule; combine them with allOf");
            }
            for (String property : rule.value()) {
                alternatives.add(JsonObject.of("required", strings(List.of(property))));
            }
        }
        return alternatives.build();
    }

    /** The Immutables source class ({@code AbstractStage} for {@code Stage}), where the annotations are. */
    static Class<?> abstractType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
                return c;
            }
        }
        return type;
    }

    private static boolean isStepType(Class<?> type) {
        return type.getPackageName().equals(Steps.class.getPackageName());
    }

    /**
     * Whether unknown keys are a mistake: yes for every model object, except Kubernetes object metadata (the API
     * server adds fields the model does not type) and step configurations that Kargo leaves open.
     */
    private static boolean closed(Class<?> abstractType) {
        if (abstractType.isAnnotationPresent(Constraints.OpenObject.class)) {
            return false;
        }
        return !abstractType.getSimpleName().equals("AbstractObjectMeta");
    }

    /** The declared accessor that carries the annotations: on the abstract class or an interface it implements. */
    private static Method accessor(Class<?> abstractType, String javaName) {
        for (Class<?> c = abstractType; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(javaName);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        try {
            return abstractType.getMethod(javaName);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * A regular expression as ECMAScript reads it in Unicode mode (what yaml-language-server's validator compiles):
     * an escaped character that is not a syntax character there (such as {@code \_}, which Java and RE2 accept)
     * loses its needless backslash; everything else is kept as written.
     *
     * @param regex a pattern of the model
     * @return the same pattern, portable to ECMAScript, Java and RE2
     */
    static String portable(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                boolean keep = Character.isLetterOrDigit(next) || "^$\\.*+?()[]{}|/".indexOf(next) >= 0
                        || next == '-' && inClass;
                if (keep) {
                    out.append(c);
                }
                out.append(next);
                i++;
                continue;
            }
            if (c == '[' && !inClass) {
                inClass = true;
            } else if (c == ']' && inClass) {
                inClass = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static JsonObject withoutDescription(JsonObject o) {
        return o.without("description");
    }

    private static JsonArray strings(List<String> values) {
        JsonArray.Builder b = JsonArray.builder();
        values.forEach(b::add);
        return b.build();
    }

    @SuppressWarnings("unused")
    private static boolean annotated(AnnotatedElement e, Class<? extends Annotation> a) {
        return e != null && e.isAnnotationPresent(a);
    }
}
