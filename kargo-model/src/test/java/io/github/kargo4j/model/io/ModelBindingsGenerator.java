package io.github.kargo4j.model.io;

import io.github.kargo4j.model.testing.GeneratedSources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.github.kargo4j.model.testing.GeneratedSources.literal;
/**
 * Writes {@code ModelBindings.java}: for every type of the model (an {@code Abstract*} class and the immutable class
 * Immutables makes of it), the binding the binder finds by reflection, as plain Java: its properties in writing order,
 * and a class whose methods call the builder's factory, setters and {@code build} and the accessors directly. The
 * binder uses it instead of reflection, so that a command reading a few documents pays no reflection, method handle
 * or class definition at start-up. {@link ModelBindingsGeneratorTest} fails when the committed file is not what the
 * model makes now, and rewrites it with {@code -Dkargo4j.regenerate=true}.
 */
public final class ModelBindingsGenerator {

    static final Path TABLE = Path.of("src/main/java/io/github/kargo4j/model/io/ModelBindings.java");

    static final String REGENERATE = "./mvnw -B -o -q -pl kargo-model test -Dtest=ModelBindingsGeneratorTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dkargo4j.regenerate=true";

    /** What to write instead when the committed table no longer compiles after a change to the model. */
    static final String EMPTY_TABLE = "final class ModelBindings { static Object lookup(String className) { return null; } }";

    private final Map<Class<?>, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private ModelBindingsGenerator() {
    }

    /**
     * Writes the table.
     *
     * @param args the file to write (default: the committed table, relative to kargo-model)
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : TABLE;
        Files.writeString(out, source(), StandardCharsets.UTF_8);
    }

    /** @return the source of {@code ModelBindings.java} for every model type compiled beside the binder */
    static String source() {
        return source(modelTypes());
    }

    /**
     * @return the {@code Abstract*} classes compiled beside the binder (the model's classes directory or jar), sorted
     *     by name
     */
    static List<Class<?>> modelTypes() {
        Path root;
        try {
            root = Path.of(Binder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the model's classes are not a directory: " + root);
        }
        Set<String> classNames = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(f -> {
                String name = f.getFileName().toString();
                if (name.startsWith("Abstract") && name.endsWith(".class") && !name.contains("$")) {
                    String rel = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                    classNames.add(rel.substring(0, rel.length() - ".class".length()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String n : classNames) {
            try {
                types.add(Class.forName(n, false, Binder.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    /**
     * @param abstractTypes candidate {@code Abstract*} classes; those that are not bindable model types (a custom
     *                      JSON type, an interface) are left out
     * @return the source of {@code ModelBindings.java}
     */
    static String source(List<Class<?>> abstractTypes) {
        ModelBindingsGenerator g = new ModelBindingsGenerator();
        Map<String, Binder.ObjectBinding> bindings = new TreeMap<>();
        Map<String, Class<?>> customs = new TreeMap<>();
        for (Class<?> a : abstractTypes) {
            Class<?>[] pair = Binder.modelPair(a);
            if (pair == null || pair[0] != a) {
                continue;
            }
            Binder.ObjectBinding b = new Binder.ObjectBinding(pair[0], pair[1]);
            bindings.put(pair[1].getName(), b);
            for (Binder.Prop p : b.props) {
                if (Binder.hasCustomJson(p.valueType)) {
                    customs.put(p.valueType.getName(), p.valueType);
                }
            }
        }
        for (Binder.ObjectBinding b : bindings.values()) {
            g.name(b.immutableType, "Binding");
        }
        for (Class<?> c : customs.values()) {
            g.name(c, "Codec");
        }
        return g.write(bindings.values(), customs.values());
    }

    private void name(Class<?> type, String suffix) {
        String name = type.getSimpleName() + suffix;
        if (!taken.add(name)) {
            String pkg = type.getPackageName();
            String last = pkg.substring(pkg.lastIndexOf('.') + 1);
            name = Character.toUpperCase(last.charAt(0)) + last.substring(1) + type.getSimpleName() + suffix;
            if (!taken.add(name)) {
                throw new IllegalStateException("two model types make the class name " + name);
            }
        }
        names.put(type, name);
    }

    // ------------------------------------------------------------------------------------------------ writing

    private String write(Iterable<Binder.ObjectBinding> bindings, Iterable<Class<?>> customs) {
        StringBuilder sb = new StringBuilder();
        sb.append("package io.github.kargo4j.model.io;\n\n")
                .append("import io.github.kargo4j.model.json.JsonObject;\n")
                .append("import io.github.kargo4j.model.json.JsonValue;\n\n")
                .append("/**\n")
                .append(" * The binder's bindings of the model's types as direct calls: for each type its properties in writing order\n")
                .append(" * and its builder's factory, setters and {@code build} and its accessors, called by property index. Generated\n")
                .append(" * by ModelBindingsGenerator (test tree) from what the binder finds by reflection: do not edit; regenerate with\n")
                .append(GeneratedSources.regenerationNote(REGENERATE, EMPTY_TABLE,
                        "the binder then binds every type by reflection"))
                .append(" */\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("final class ModelBindings {\n\n")
                .append("    private ModelBindings() {\n    }\n\n")
                .append("    /**\n")
                .append("     * @param className the name of a class\n")
                .append("     * @return a new {@link Binder.Generated} for a model type (named by its immutable or its abstract class), a\n")
                .append("     *     {@link Binder.GeneratedCustom} for a model type with its own JSON form, or null\n")
                .append("     */\n")
                .append("    static Object lookup(String className) {\n")
                .append("        switch (className) {\n");
        for (Binder.ObjectBinding b : bindings) {
            sb.append("            case \"").append(b.abstractType.getName()).append("\":\n")
                    .append("            case \"").append(b.immutableType.getName()).append("\":\n")
                    .append("                return new ").append(names.get(b.immutableType)).append("();\n");
        }
        for (Class<?> c : customs) {
            sb.append("            case \"").append(c.getName()).append("\":\n")
                    .append("                return new ").append(names.get(c)).append("();\n");
        }
        sb.append("            default:\n                return null;\n        }\n    }\n");
        for (Binder.ObjectBinding b : bindings) {
            binding(b, sb);
        }
        for (Class<?> c : customs) {
            custom(c, sb);
        }
        sb.append("}\n");
        return sb.toString();
    }

    private void binding(Binder.ObjectBinding b, StringBuilder sb) {
        Binder.ReflectiveAccessors r = (Binder.ReflectiveAccessors) b.accessors;
        String imm = b.immutableType.getCanonicalName();
        String builder = r.builderType.getCanonicalName();
        String name = names.get(b.immutableType);
        sb.append("\n    private static final class ").append(name).append(" extends Binder.Generated {\n\n")
                .append("        ").append(name).append("() {\n")
                .append("            super(").append(b.abstractType.getCanonicalName()).append(".class, ").append(imm)
                .append(".class, ").append(b.typedResource).append(", ").append(b.keepsUnknownFields);
        for (Binder.Prop p : b.props) {
            sb.append(",\n                    new Shape.Property(").append(literal(p.shape.jsonName())).append(", ")
                    .append(literal(p.shape.javaName())).append(", Shape.Cardinality.").append(p.cardinality.name())
                    .append(", ").append(p.valueType.getCanonicalName()).append(".class, ").append(p.shape.freeForm())
                    .append(")");
        }
        sb.append(");\n        }\n\n");
        sb.append("        @Override\n        Object newBuilder() {\n            return ").append(imm)
                .append(".").append(r.builderMethod.getName()).append("();\n        }\n\n");
        sb.append("        @Override\n        Object set(Object builder, int index, Object value) {\n");
        if (b.props.length > 0) {
            sb.append("            ").append(builder).append(" b = (").append(builder).append(") builder;\n")
                    .append("            switch (index) {\n");
            for (Binder.Prop p : b.props) {
                Method m = r.setterMethods[p.index];
                String call = "b." + m.getName() + "((" + m.getParameterTypes()[0].getCanonicalName() + ") value)";
                sb.append("                case ").append(p.index).append(":\n");
                if (m.getReturnType() == void.class) {
                    sb.append("                    ").append(call).append(";\n                    return b;\n");
                } else {
                    sb.append("                    return ").append(call).append(";\n");
                }
            }
            sb.append("                default:\n                    throw new IndexOutOfBoundsException(index);\n")
                    .append("            }\n");
        } else {
            sb.append("            throw new IndexOutOfBoundsException(index);\n");
        }
        sb.append("        }\n\n");
        sb.append("        @Override\n        Object build(Object builder) {\n            return ((").append(builder)
                .append(") builder).build();\n        }\n\n");
        sb.append("        @Override\n        Object get(Object model, int index) {\n");
        if (b.props.length > 0) {
            sb.append("            ").append(imm).append(" m = (").append(imm).append(") model;\n")
                    .append("            switch (index) {\n");
            for (Binder.Prop p : b.props) {
                sb.append("                case ").append(p.index).append(":\n                    return m.")
                        .append(r.getterMethods[p.index].getName()).append("();\n");
            }
            sb.append("                default:\n                    throw new IndexOutOfBoundsException(index);\n")
                    .append("            }\n");
        } else {
            sb.append("            throw new IndexOutOfBoundsException(index);\n");
        }
        sb.append("        }\n");
        if (b.keepsUnknownFields) {
            sb.append("\n        @Override\n        JsonObject unknownFields(Object model) {\n            return ((")
                    .append(imm).append(") model).").append(r.unknownGetterMethod.getName()).append("();\n        }\n\n")
                    .append("        @Override\n        Object unknownFields(Object builder, JsonObject unknown) {\n")
                    .append("            return ((").append(builder).append(") builder).")
                    .append(r.unknownSetterMethod.getName()).append("(unknown);\n        }\n");
        }
        sb.append("    }\n");
    }

    private void custom(Class<?> c, StringBuilder sb) {
        String type = c.getCanonicalName();
        String name = names.get(c);
        sb.append("\n    private static final class ").append(name).append(" extends Binder.GeneratedCustom {\n\n")
                .append("        ").append(name).append("() {\n            super(").append(type)
                .append(".class);\n        }\n\n")
                .append("        @Override\n        Object fromJson(JsonValue v) {\n            return ").append(type)
                .append(".fromJson(v);\n        }\n\n")
                .append("        @Override\n        JsonValue toJson(Object value) {\n            return ((").append(type)
                .append(") value).toJson();\n        }\n    }\n");
    }
}
