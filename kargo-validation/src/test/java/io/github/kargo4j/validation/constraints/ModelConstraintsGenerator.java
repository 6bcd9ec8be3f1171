package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.io.ModelKinds;
import io.github.kargo4j.model.io.Shape;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code ModelConstraints.java}, the constraint table of {@link FieldConstraintsCheck}, from the Bean Validation
 * annotations of the model: for every kind the codec knows and every type reachable from it through {@code @Valid},
 * a method that calls each constrained accessor directly and hands the value to the constraint its annotation
 * describes. The annotations stay the one place the constraints are written; {@code ModelConstraintsGeneratorTest}
 * fails when the committed table differs from what this makes now.
 *
 * <p>It reads the model as Hibernate Validator read it with {@link ModelValidation}'s settings: the properties are the
 * record-style accessors except {@link ModelValidation#NOT_PROPERTIES}; a constraint on the accessor applies to the
 * value, one on a type argument to each element of a list or to the value of an {@code Optional}; {@code @Valid}
 * cascades into a model object, each element of a list, each value of a map, or the value of an {@code Optional}.
 * Anything else (another constraint, a constraint group, a class-level constraint, a constraint on a map, an
 * {@code Optional} or a nested type argument, a type the constraint does not apply to) stops it with a
 * {@link ModelConstraintsGenerator.Unsupported} naming the accessor, so that no constraint is ever dropped.
 *
 * <p>Regenerate: {@code ./mvnw -B -o -q -pl kargo-validation -am test -Dtest=ModelConstraintsGeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkargo4j.regenerate=true}
 */
final class ModelConstraintsGenerator {

    /** The committed table, relative to the kargo-validation module. */
    static final Path TABLE = Path.of("src/main/java/io/github/kargo4j/validation/constraints/ModelConstraints.java");

    /** What regenerates the table. */
    static final String REGENERATE = "./mvnw -B -o -q -pl kargo-validation -am test -Dtest=ModelConstraintsGeneratorTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dkargo4j.regenerate=true";

    /** The model uses an annotation, or puts one somewhere, that the table cannot express. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    private static final Set<Class<? extends Annotation>> SUPPORTED = Set.of(NotBlank.class, Pattern.class,
            Size.class, Min.class, Max.class, Email.class, Valid.class);

    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Map<Class<?>, String> methods = new TreeMap<>(Comparator.comparing(Class::getName));
    private final Map<Class<?>, String> bodies = new TreeMap<>(Comparator.comparing(Class::getName));

    private ModelConstraintsGenerator() {
    }

    /**
     * @param args the file to write (default: {@link #TABLE})
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : TABLE;
        Files.writeString(out, source(), StandardCharsets.UTF_8);
    }

    /** @return the source of {@code ModelConstraints.java} for the model's kinds */
    static String source() {
        return source(new ArrayList<>(ModelKinds.all().values()));
    }

    /**
     * @param roots the resource types
     * @return the source of {@code ModelConstraints.java}
     * @throws Unsupported if the model uses a constraint or position the table cannot express
     */
    static String source(List<Class<?>> roots) {
        ModelConstraintsGenerator g = new ModelConstraintsGenerator();
        Set<Class<?>> sortedRoots = new TreeSet<>(Comparator.comparing(Class::getName));
        sortedRoots.addAll(roots);
        Deque<Class<?>> work = new ArrayDeque<>(sortedRoots);
        while (!work.isEmpty()) {
            Class<?> t = work.poll();
            if (!g.bodies.containsKey(t)) {
                g.type(t, work);
            }
        }
        return g.write(sortedRoots);
    }

    // ------------------------------------------------------------------------------------------------ reading

    private String methodName(Class<?> type) {
        return methods.computeIfAbsent(type, t -> {
            String simple = t.getSimpleName();
            String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            boolean taken = methods.values().contains(name);
            if (taken) {
                String pkg = t.getPackageName();
                name = pkg.substring(pkg.lastIndexOf('.') + 1) + simple;
            }
            return name;
        });
    }

    private void type(Class<?> type, Deque<Class<?>> work) {
        String where = type.getName();
        Shape shape = Shape.of(type).orElseThrow(() -> new Unsupported(where + " is not a model object type"));
        if (!Modifier.isFinal(type.getModifiers())) {
            throw new Unsupported(where + " is not final: the table would need the runtime type");
        }
        methodName(type);
        Map<String, Method> accessors = new TreeMap<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        collect(type, hierarchy);
        for (Class<?> c : hierarchy) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                requireNoConstraint(a, c.getName() + " (a class-level constraint)");
            }
            for (Field f : c.getDeclaredFields()) {
                for (Annotation a : f.getDeclaredAnnotations()) {
                    requireNoConstraint(a, c.getName() + "." + f.getName() + " (a field)");
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.isBridge() || m.isSynthetic() || !hasValidationAnnotation(m)) {
                    continue;
                }
                String name = c.getName() + "." + m.getName();
                if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
                        || m.getReturnType() == void.class) {
                    throw new Unsupported(name + ": constraints on a method that is not an accessor");
                }
                if (ModelValidation.NOT_PROPERTIES.contains(m.getName())) {
                    continue;
                }
                Method before = accessors.putIfAbsent(m.getName(), m);
                if (before != null && !before.equals(m)) {
                    throw new Unsupported(name + ": constraints on an accessor and on the one it overrides ("
                            + before.getDeclaringClass().getName() + ")");
                }
            }
        }
        StringBuilder body = new StringBuilder();
        List<Method> ordered = new ArrayList<>(accessors.values());
        List<String> order = shape.properties().stream().map(Shape.Property::javaName).toList();
        ordered.sort(Comparator.comparing((Method m) -> order.contains(m.getName()) ? order.indexOf(m.getName())
                : Integer.MAX_VALUE).thenComparing(Method::getName));
        for (Method m : ordered) {
            property(shape, m, body, work);
        }
        bodies.put(type, body.toString());
    }

    private static void collect(Class<?> c, List<Class<?>> out) {
        if (c == null || c == Object.class || out.contains(c)) {
            return;
        }
        out.add(c);
        collect(c.getSuperclass(), out);
        for (Class<?> i : c.getInterfaces()) {
            collect(i, out);
        }
    }

    private static boolean isValidation(Annotation a) {
        Class<? extends Annotation> t = a.annotationType();
        return t.getName().startsWith("jakarta.validation.")
                || t.isAnnotationPresent(jakarta.validation.Constraint.class);
    }

    private static void requireNoConstraint(Annotation a, String where) {
        if (isValidation(a)) {
            throw new Unsupported(where + ": @" + a.annotationType().getName() + " is not supported here");
        }
    }

    private static boolean hasValidationAnnotation(Method m) {
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (isValidation(a)) {
                return true;
            }
        }
        return hasValidationAnnotation(m.getAnnotatedReturnType());
    }

    private static boolean hasValidationAnnotation(AnnotatedType t) {
        for (Annotation a : t.getDeclaredAnnotations()) {
            if (isValidation(a)) {
                return true;
            }
        }
        if (t instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                if (hasValidationAnnotation(arg)) {
                    return true;
                }
            }
        }
        return t instanceof AnnotatedArrayType a && hasValidationAnnotation(a.getAnnotatedGenericComponentType());
    }

    /** @return the supported validation annotations, failing on any other */
    private static List<Annotation> validationAnnotations(Annotation[] annotations, String where) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (isValidation(a)) {
                requireSupported(a, where);
                out.add(a);
            }
        }
        return out;
    }

    private static void requireSupported(Annotation a, String where) {
        if (!SUPPORTED.contains(a.annotationType())) {
            throw new Unsupported(where + ": @" + a.annotationType().getName()
                    + " is not supported by the constraint table; teach ModelConstraintsGenerator and Constraint"
                    + " its meaning first");
        }
    }

    private void property(Shape shape, Method m, StringBuilder body, Deque<Class<?>> work) {
        String where = m.getDeclaringClass().getName() + "." + m.getName() + "()";
        Optional<Shape.Property> property = shape.properties().stream()
                .filter(p -> p.javaName().equals(m.getName())).findFirst();
        String json = property.map(Shape.Property::jsonName).orElse(m.getName());
        boolean optionalProperty = property.map(p -> p.cardinality() == Shape.Cardinality.OPTIONAL).orElse(false);
        List<Annotation> onMethod = validationAnnotations(m.getDeclaredAnnotations(), where);
        AnnotatedType returned = m.getAnnotatedReturnType();
        Class<?> raw = m.getReturnType();
        String get = "v." + m.getName() + "()";
        String jsonLiteral = literal(json);
        boolean cascade = false;
        for (Annotation a : onMethod) {
            if (a instanceof Valid) {
                cascade = true;
                continue;
            }
            requireApplicable(a, raw, where);
            body.append("        out.check(").append(constant(a, where)).append(", ").append(get).append(", p, ")
                    .append(jsonLiteral).append(", ").append(optionalProperty).append(");\n");
        }
        if (returned instanceof AnnotatedParameterizedType p) {
            // the annotations javac copies onto the return type itself are the accessor's own, read above
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            for (AnnotatedType arg : args) {
                if (arg instanceof AnnotatedParameterizedType nested) {
                    for (AnnotatedType inner : nested.getAnnotatedActualTypeArguments()) {
                        if (hasValidationAnnotation(inner)) {
                            throw new Unsupported(where + ": constraints in a nested type argument");
                        }
                    }
                }
            }
            if (raw == Optional.class || raw == List.class) {
                if (cascade || onMethod.stream().anyMatch(a -> raw == Optional.class)) {
                    throw new Unsupported(where + ": a constraint or @Valid on the " + raw.getSimpleName()
                            + " itself rather than on its element");
                }
                element(args[0], raw, get, jsonLiteral, optionalProperty, property.isPresent(), where, body, work);
            } else if (raw == Map.class) {
                if (cascade) {
                    throw new Unsupported(where + ": @Valid on the Map itself rather than on its values");
                }
                if (validationAnnotations(args[0].getDeclaredAnnotations(), where).size() > 0) {
                    throw new Unsupported(where + ": constraints on map keys");
                }
                List<Annotation> onValues = validationAnnotations(args[1].getDeclaredAnnotations(), where);
                for (Annotation a : onValues) {
                    if (!(a instanceof Valid)) {
                        throw new Unsupported(where + ": constraints on map values");
                    }
                    requireModelProperty(property, where);
                    Class<?> target = (Class<?>) args[1].getType();
                    work.add(target);
                    body.append("        for (Map.Entry<String, ").append(target.getCanonicalName())
                            .append("> e : ").append(get).append(".entrySet()) {\n")
                            .append("            ").append(methodName(target)).append("(e.getValue(), p.key(")
                            .append(jsonLiteral).append(").key(e.getKey()), out);\n")
                            .append("        }\n");
                }
            } else if (hasValidationAnnotation(returned)) {
                throw new Unsupported(where + ": constraints on the type arguments of " + raw.getName());
            }
        } else if (cascade) {
            requireModelProperty(property, where);
            work.add(raw);
            body.append("        ").append(methodName(raw)).append('(').append(get).append(", p.key(")
                    .append(jsonLiteral).append("), out);\n");
        } else if (returned instanceof AnnotatedArrayType) {
            throw new Unsupported(where + ": constraints on an array");
        }
    }

    private void element(AnnotatedType arg, Class<?> raw, String get, String jsonLiteral, boolean optionalProperty,
                         boolean known, String where, StringBuilder body, Deque<Class<?>> work) {
        List<Annotation> onElement = validationAnnotations(arg.getDeclaredAnnotations(), where);
        if (!(arg.getType() instanceof Class<?> element)) {
            if (!onElement.isEmpty()) {
                throw new Unsupported(where + ": constraints on a generic element type " + arg.getType());
            }
            return;
        }
        for (Annotation a : onElement) {
            if (a instanceof Valid) {
                if (!known) {
                    throw new Unsupported(where + ": @Valid on an accessor that is not a property of the shape");
                }
                work.add(element);
                if (raw == Optional.class) {
                    // no lambda (Optional.ifPresent): each lambda is linked on its first call, a start-up cost
                    body.append("        {\n")
                            .append("            Optional<").append(element.getCanonicalName()).append("> o = ")
                            .append(get).append(";\n")
                            .append("            if (o.isPresent()) {\n")
                            .append("                ").append(methodName(element)).append("(o.get(), p.key(")
                            .append(jsonLiteral).append("), out);\n")
                            .append("            }\n")
                            .append("        }\n");
                } else {
                    body.append("        {\n")
                            .append("            List<").append(element.getCanonicalName()).append("> list = ")
                            .append(get).append(";\n")
                            .append("            for (int i = 0; i < list.size(); i++) {\n")
                            .append("                ").append(methodName(element)).append("(list.get(i), p.key(")
                            .append(jsonLiteral).append(").index(i), out);\n")
                            .append("            }\n")
                            .append("        }\n");
                }
                continue;
            }
            requireApplicable(a, element, where);
            if (raw == Optional.class) {
                body.append("        out.check(").append(constant(a, where)).append(", ").append(get)
                        .append(".orElse(null), p, ").append(jsonLiteral).append(", ").append(optionalProperty)
                        .append(");\n");
            } else {
                body.append("        out.checkEach(").append(constant(a, where)).append(", ").append(get)
                        .append(", p, ").append(jsonLiteral).append(");\n");
            }
        }
    }

    private static void requireModelProperty(Optional<Shape.Property> property, String where) {
        if (property.isEmpty()) {
            throw new Unsupported(where + ": @Valid on an accessor that is not a property of the shape");
        }
    }

    /** Fails where Hibernate Validator would find no validator for the annotated type. */
    private static void requireApplicable(Annotation a, Class<?> type, String where) {
        boolean ok;
        if (a instanceof NotBlank || a instanceof Pattern || a instanceof Email) {
            ok = CharSequence.class.isAssignableFrom(type);
        } else if (a instanceof Size) {
            ok = CharSequence.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type);
        } else {
            ok = type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
        }
        if (!ok) {
            throw new Unsupported(where + ": @" + a.annotationType().getSimpleName() + " on a " + type.getName()
                    + " is not supported by the constraint table");
        }
    }

    /** @return the Java expression of the constraint an annotation describes, as a shared constant */
    static String expression(Annotation a, String where) {
        requireSupported(a, where);
        if (a instanceof NotBlank n) {
            requireDefaultGroups(n.groups(), n.payload(), where);
            return "new Constraint.NotBlank()";
        }
        if (a instanceof Pattern p) {
            requireDefaultGroups(p.groups(), p.payload(), where);
            return "new Constraint.Pattern(" + literal(p.regexp()) + ", " + flags(p.flags()) + ")";
        }
        if (a instanceof Size s) {
            requireDefaultGroups(s.groups(), s.payload(), where);
            return "new Constraint.Size(" + s.min() + ", " + s.max() + ")";
        }
        if (a instanceof Min min) {
            requireDefaultGroups(min.groups(), min.payload(), where);
            return "new Constraint.Min(" + min.value() + "L)";
        }
        if (a instanceof Max max) {
            requireDefaultGroups(max.groups(), max.payload(), where);
            return "new Constraint.Max(" + max.value() + "L)";
        }
        Email e = (Email) a;
        requireDefaultGroups(e.groups(), e.payload(), where);
        return "new Constraint.Email(" + literal(e.regexp()) + ", " + flags(e.flags()) + ")";
    }

    private String constant(Annotation a, String where) {
        String expression = expression(a, where);
        return constants.computeIfAbsent(expression,
                x -> a.annotationType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(
                        java.util.Locale.ROOT) + "_" + constants.size());
    }

    private static void requireDefaultGroups(Class<?>[] groups, Class<?>[] payload, String where) {
        if (groups.length > 0 || payload.length > 0) {
            throw new Unsupported(where + ": constraint groups and payloads are not supported by the constraint table");
        }
    }

    private static String flags(Pattern.Flag[] flags) {
        int value = 0;
        for (Pattern.Flag f : flags) {
            value |= f.getValue();
        }
        return Integer.toString(value);
    }

    /** @return a Java string literal, with everything outside printable ASCII escaped */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\%03o", (int) c));   // a unicode escape of a line break ends the line
            } else if (c > 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------------------------------------ writing

    private String write(Set<Class<?>> roots) {
        StringBuilder sb = new StringBuilder();
        sb.append("package io.github.kargo4j.validation.constraints;\n\n")
                .append("import io.github.kargo4j.model.KargoResource;\n")
                .append("import io.github.kargo4j.model.json.JsonPath;\n\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n")
                .append("import java.util.Optional;\n\n")
                .append("/**\n")
                .append(" * The Bean Validation constraints of the model as a table of direct accessor calls, one method per model\n")
                .append(" * type. Generated by ModelConstraintsGenerator (test tree) from the model's annotations: do not edit;\n")
                .append(" * regenerate with\n * {@code ").append(REGENERATE.replace(" -Dsurefire", "\n * -Dsurefire"))
                .append("}.\n")
                .append(" */\n")
                .append("@SuppressWarnings(\"deprecation\")\n")
                .append("final class ModelConstraints {\n\n");
        for (Map.Entry<String, String> c : constants.entrySet()) {
            sb.append("    private static final Constraint ").append(c.getValue()).append(" =\n            ")
                    .append(c.getKey()).append(";\n");
        }
        sb.append("\n    private ModelConstraints() {\n    }\n\n")
                .append("    /**\n")
                .append("     * @param resource a resource\n")
                .append("     * @param out      where violations go\n")
                .append("     * @return whether the resource's type is one of the model's kinds (others are not checked)\n")
                .append("     */\n")
                .append("    static boolean validate(KargoResource resource, Violations out) {\n");
        for (Class<?> r : roots) {
            sb.append("        if (resource instanceof ").append(r.getCanonicalName()).append(" x) {\n")
                    .append("            ").append(methodName(r)).append("(x, JsonPath.ROOT, out);\n")
                    .append("            return true;\n")
                    .append("        }\n");
        }
        sb.append("        return false;\n    }\n");
        for (Map.Entry<Class<?>, String> b : bodies.entrySet()) {
            String body = b.getValue();
            sb.append("\n    private static void ").append(methodName(b.getKey())).append('(')
                    .append(b.getKey().getCanonicalName()).append(" v, JsonPath p, Violations out) {\n");
            if (!body.isEmpty()) {
                sb.append(body);
            }
            sb.append("    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }
}
