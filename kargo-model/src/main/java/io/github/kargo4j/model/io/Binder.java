package io.github.kargo4j.model.io;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds JSON trees to the immutable model and back, driven by the model classes themselves: every public abstract
 * accessor of an {@code Abstract*} class is a property, named by its accessor or {@link JsonName}, written in
 * {@link PropertyOrder}; {@code unknownFields()} collects what the model does not know. For the model's own types the
 * bindings are generated at build time ({@code ModelBindings}: direct calls, no reflection at run time); any other type
 * of the same pattern is bound by reflection, once per type, with method handles. No reflection runs per document.
 */
final class Binder {

    private Binder() {
    }

    /** Converts between one Java type and JSON. */
    interface Codec {
        Object decode(JsonValue v, JsonPath path);

        JsonValue encode(Object value);
    }

    private static final Object NOT_AN_OBJECT = new Object();

    private static final ClassValue<Object> BINDINGS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            Object generated = ModelBindings.lookup(type.getName());
            if (generated instanceof Generated g) {
                if (g.immutableType == type) {
                    return new ObjectBinding(g);
                }
                if (g.abstractType == type) {
                    return binding(g.immutableType);
                }
            } else if (generated instanceof GeneratedCustom c && c.type == type) {
                return NOT_AN_OBJECT;
            }
            Class<?>[] pair = modelPair(type);
            if (pair == null) {
                return NOT_AN_OBJECT;
            }
            if (pair[1] != type) {
                return binding(pair[1]);
            }
            return new ObjectBinding(pair[0], pair[1]);
        }
    };

    /**
     * @return {abstract class, immutable class} if the type is (or generates) an Immutables model type, else null
     */
    static Class<?>[] modelPair(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.getName().startsWith("java.")) {
            return null;
        }
        if (hasCustomJson(type)) {
            return null;
        }
        String simple = type.getSimpleName();
        if (Modifier.isAbstract(type.getModifiers()) && simple.startsWith("Abstract")) {
            String immutableName = type.getName().substring(0, type.getName().length() - simple.length())
                    + simple.substring("Abstract".length());
            try {
                Class<?> imm = Class.forName(immutableName, true, type.getClassLoader());
                if (type.isAssignableFrom(imm)) {
                    return new Class<?>[] {type, imm};
                }
            } catch (ClassNotFoundException e) {
                return null;
            }
            return null;
        }
        Class<?> sup = type.getSuperclass();
        if (sup != null && sup.getSimpleName().equals("Abstract" + simple)
                && Modifier.isAbstract(sup.getModifiers())) {
            return new Class<?>[] {sup, type};
        }
        return null;
    }

    static boolean hasCustomJson(Class<?> type) {
        try {
            return Modifier.isStatic(type.getMethod("fromJson", JsonValue.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static ObjectBinding binding(Class<?> type) {
        Object b = BINDINGS.get(type);
        if (b == NOT_AN_OBJECT) {
            throw new IllegalArgumentException(type.getName() + " is not a model object type");
        }
        return (ObjectBinding) b;
    }

    static Optional<Shape> shapeOf(Class<?> type) {
        Object b = BINDINGS.get(type);
        return b == NOT_AN_OBJECT ? Optional.empty() : Optional.of((Shape) b);
    }

    /**
     * @param type a model type
     * @param json its JSON form
     * @param <T>  the type
     * @return the bound object
     * @throws BindException if the JSON does not fit
     */
    static <T> T decode(Class<T> type, JsonValue json) {
        return type.cast(codecFor(type).decode(json, JsonPath.ROOT));
    }

    /**
     * @param model a model object
     * @return its JSON form
     */
    static JsonValue encode(Object model) {
        return codecFor(model.getClass()).encode(model);
    }

    // ------------------------------------------------------------------------------------------------ codecs

    private static String found(JsonValue v) {
        return "found " + v.describeType();
    }

    static final Codec STRING = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonString s) {
                return s.value();
            }
            String hint = v instanceof JsonNumber || v instanceof JsonBoolean
                    ? " (quote it, for example \"1.10\" or \"true\", to keep it a string)" : "";
            throw new BindException(path, v, "expected a string, " + found(v) + hint);
        }

        @Override
        public JsonValue encode(Object value) {
            return JsonString.of((String) value);
        }
    };

    static final Codec BOOLEAN = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonBoolean b) {
                return b.value();
            }
            throw new BindException(path, v, "expected a boolean (true or false), " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return JsonBoolean.of((Boolean) value);
        }
    };

    static final Codec INTEGER = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonNumber n && n.isInt()) {
                return n.intValueExact();
            }
            throw new BindException(path, v, "expected a whole number (32-bit), " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return JsonNumber.of((Integer) value);
        }
    };

    static final Codec LONG = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonNumber n && n.isLong()) {
                return n.longValueExact();
            }
            throw new BindException(path, v, "expected a whole number, " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return JsonNumber.of((Long) value);
        }
    };

    static final Codec DOUBLE = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonNumber n) {
                return n.value().doubleValue();
            }
            throw new BindException(path, v, "expected a number, " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return JsonNumber.of((Double) value);
        }
    };

    static final Codec ANY = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            return v;
        }

        @Override
        public JsonValue encode(Object value) {
            return (JsonValue) value;
        }
    };

    static final Codec TREE_OBJECT = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonObject) {
                return v;
            }
            throw new BindException(path, v, "expected an object, " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return (JsonValue) value;
        }
    };

    static final Codec TREE_ARRAY = new Codec() {
        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (v instanceof JsonArray) {
                return v;
            }
            throw new BindException(path, v, "expected a list, " + found(v));
        }

        @Override
        public JsonValue encode(Object value) {
            return (JsonValue) value;
        }
    };

    /**
     * A {@link GeneratedCustom} found by reflection (a type outside the model's table), its methods called through
     * method handles. The message of the exception {@code fromJson} throws names what was expected and the JSON type
     * found, never the value.
     */
    static final class CustomCodec extends GeneratedCustom {
        private final MethodHandle fromJson;
        private final MethodHandle toJson;

        CustomCodec(Class<?> type, MethodHandle fromJson, MethodHandle toJson) {
            super(type);
            this.fromJson = fromJson;
            this.toJson = toJson;
        }

        @Override
        Object fromJson(JsonValue v) {
            try {
                return fromJson.invokeExact(v);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new java.lang.reflect.UndeclaredThrowableException(t);
            }
        }

        @Override
        JsonValue toJson(Object value) {
            try {
                return (JsonValue) toJson.invokeExact(value);
            } catch (Throwable t) {
                throw sneaky(t);
            }
        }
    }

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * How many calls an accessor is called through its method handle before it gets a class of its own. Making that
     * class ({@link LambdaMetafactory}) is what lets the JIT inline the call in a long run, but it costs a class
     * definition per accessor, which a short command (a few documents, hundreds of accessors, each called a few
     * times) pays at start-up without gaining anything, and which no class-data archive holds; below this count the
     * call goes through the method handle, which needs no class of its own.
     */
    static final int SPIN_AFTER = 256;

    /** A getter or one-argument function: through its method handle first, then as a class the JIT can inline. */
    static Function<Object, Object> function(Method m) throws IllegalAccessException {
        return new LazyFunction(LOOKUP.unreflect(m));
    }

    /** A builder setter: through its method handle first, then as a class the JIT can inline. */
    static BiFunction<Object, Object, Object> biFunction(Method m) throws IllegalAccessException {
        return new LazyBiFunction(LOOKUP.unreflect(m));
    }

    /** A static factory: through its method handle first, then as a class the JIT can inline. */
    static Supplier<Object> supplier(Method m) throws IllegalAccessException {
        return new LazySupplier(LOOKUP.unreflect(m));
    }

    /*
     * The three below count their calls without synchronization: threads reading at once may count a few calls twice
     * or not at all, which only moves the moment the class is made; the class made is stateless, so a thread that sees
     * it set sees it whole.
     */

    private static final class LazyFunction implements Function<Object, Object> {
        private final MethodHandle handle;
        private final MethodHandle generic;
        private Function<Object, Object> spun;
        private int calls;

        LazyFunction(MethodHandle handle) {
            this.handle = handle;
            this.generic = handle.asType(MethodType.methodType(Object.class, Object.class));
        }

        @Override
        public Object apply(Object x) {
            Function<Object, Object> f = spun;
            if (f != null) {
                return f.apply(x);
            }
            if (++calls > SPIN_AFTER) {
                spun = spinFunction(handle, generic);
            }
            try {
                return generic.invokeExact(x);
            } catch (Throwable e) {
                throw sneaky(e);
            }
        }
    }

    private static final class LazyBiFunction implements BiFunction<Object, Object, Object> {
        private final MethodHandle handle;
        private final MethodHandle generic;
        private BiFunction<Object, Object, Object> spun;
        private int calls;

        LazyBiFunction(MethodHandle handle) {
            this.handle = handle;
            this.generic = handle.asType(MethodType.methodType(Object.class, Object.class, Object.class));
        }

        @Override
        public Object apply(Object a, Object b) {
            BiFunction<Object, Object, Object> f = spun;
            if (f != null) {
                return f.apply(a, b);
            }
            if (++calls > SPIN_AFTER) {
                spun = spinBiFunction(handle, generic);
            }
            try {
                return generic.invokeExact(a, b);
            } catch (Throwable e) {
                throw sneaky(e);
            }
        }
    }

    private static final class LazySupplier implements Supplier<Object> {
        private final MethodHandle handle;
        private final MethodHandle generic;
        private Supplier<Object> spun;
        private int calls;

        LazySupplier(MethodHandle handle) {
            this.handle = handle;
            this.generic = handle.asType(MethodType.methodType(Object.class));
        }

        @Override
        public Object get() {
            Supplier<Object> f = spun;
            if (f != null) {
                return f.get();
            }
            if (++calls > SPIN_AFTER) {
                spun = spinSupplier(handle, generic);
            }
            try {
                return generic.invokeExact();
            } catch (Throwable e) {
                throw sneaky(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> spinFunction(MethodHandle h, MethodHandle generic) {
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), h, h.type().wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable t) {
            return x -> {
                try {
                    return generic.invokeExact(x);
                } catch (Throwable e) {
                    throw sneaky(e);
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<Object, Object, Object> spinBiFunction(MethodHandle h, MethodHandle generic) {
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(BiFunction.class),
                    MethodType.methodType(Object.class, Object.class, Object.class), h, h.type().wrap());
            return (BiFunction<Object, Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable t) {
            return (a, b) -> {
                try {
                    return generic.invokeExact(a, b);
                } catch (Throwable e) {
                    throw sneaky(e);
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Object> spinSupplier(MethodHandle h, MethodHandle generic) {
        try {
            CallSite site = LambdaMetafactory.metafactory(LOOKUP, "get", MethodType.methodType(Supplier.class),
                    MethodType.methodType(Object.class), h, h.type().wrap());
            return (Supplier<Object>) site.getTarget().invokeExact();
        } catch (Throwable t) {
            return () -> {
                try {
                    return generic.invokeExact();
                } catch (Throwable e) {
                    throw sneaky(e);
                }
            };
        }
    }

    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private static final ClassValue<Codec> CODECS = new ClassValue<>() {
        @Override
        protected Codec computeValue(Class<?> c) {
            if (c == String.class) {
                return STRING;
            }
            if (c == Boolean.class) {
                return BOOLEAN;
            }
            if (c == Integer.class) {
                return INTEGER;
            }
            if (c == Long.class) {
                return LONG;
            }
            if (c == Double.class) {
                return DOUBLE;
            }
            if (c == JsonValue.class) {
                return ANY;
            }
            if (c == JsonObject.class) {
                return TREE_OBJECT;
            }
            if (c == JsonArray.class) {
                return TREE_ARRAY;
            }
            Object generated = ModelBindings.lookup(c.getName());
            if (generated instanceof GeneratedCustom custom && custom.type == c) {
                return custom;
            }
            if (generated instanceof Generated g && (g.immutableType == c || g.abstractType == c)) {
                return binding(c);
            }
            try {
                Method from = c.getMethod("fromJson", JsonValue.class);
                Method to = c.getMethod("toJson");
                if (Modifier.isStatic(from.getModifiers()) && JsonValue.class.isAssignableFrom(to.getReturnType())) {
                    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                    return new CustomCodec(c,
                            lookup.unreflect(from).asType(MethodType.methodType(Object.class, JsonValue.class)),
                            lookup.unreflect(to).asType(MethodType.methodType(JsonValue.class, Object.class)));
                }
            } catch (NoSuchMethodException e) {
                // not a custom type
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            Object b = BINDINGS.get(c);
            if (b != NOT_AN_OBJECT) {
                return (ObjectBinding) b;
            }
            throw new IllegalStateException("no JSON mapping for " + c.getName());
        }
    };

    static Codec codecFor(Class<?> c) {
        return CODECS.get(c);
    }

    // ------------------------------------------------------------------------------------------------ objects

    /**
     * Direct calls into one model type, by property index (the order of {@link ObjectBinding#props}): the builder's
     * factory, setters and {@code build}, and the immutable class's accessors. {@code ModelBindings}, generated from
     * the model at build time, holds plain method calls for the model's own types (no reflection, no method handle and
     * no class made at run time: what a short command pays at start-up); {@link ReflectiveAccessors} serves any other
     * type of the same pattern.
     */
    abstract static class Accessors {

        /** @return a new builder of the type */
        abstract Object newBuilder();

        /**
         * @param builder a builder of the type
         * @param index   the property's index
         * @param value   its decoded value (a list or map for a list or map property)
         * @return the builder
         */
        abstract Object set(Object builder, int index, Object value);

        /**
         * @param builder a builder of the type
         * @return the model object it builds
         */
        abstract Object build(Object builder);

        /**
         * @param model an object of the type
         * @param index the property's index
         * @return the property's value, as its accessor returns it
         */
        abstract Object get(Object model, int index);

        /**
         * @param model an object of a type that keeps unknown fields
         * @return its unknown fields
         */
        abstract JsonObject unknownFields(Object model);

        /**
         * @param builder a builder of a type that keeps unknown fields
         * @param unknown the fields to keep
         * @return the builder
         */
        abstract Object unknownFields(Object builder, JsonObject unknown);
    }

    /**
     * A model type's binding as {@code ModelBindings} holds it: the type, its properties in writing order and the
     * direct calls of its subclass.
     */
    abstract static class Generated extends Accessors {
        final Class<?> abstractType;
        final Class<?> immutableType;
        final boolean typedResource;
        final boolean keepsUnknownFields;
        final Shape.Property[] properties;

        Generated(Class<?> abstractType, Class<?> immutableType, boolean typedResource, boolean keepsUnknownFields,
                Shape.Property... properties) {
            this.abstractType = abstractType;
            this.immutableType = immutableType;
            this.typedResource = typedResource;
            this.keepsUnknownFields = keepsUnknownFields;
            this.properties = properties;
        }

        @Override
        JsonObject unknownFields(Object model) {
            throw new UnsupportedOperationException(immutableType.getName() + " keeps no unknown fields");
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            throw new UnsupportedOperationException(immutableType.getName() + " keeps no unknown fields");
        }
    }

    /**
     * A type with {@code static T fromJson(JsonValue)} and {@code JsonValue toJson()}: called directly by
     * {@code ModelBindings} for the model's own types, through method handles by {@link CustomCodec} for others. The
     * message of the {@code IllegalArgumentException} or {@code IllegalStateException} that {@code fromJson} throws
     * for a value it does not accept becomes the problem of the {@link ManifestException}.
     */
    abstract static class GeneratedCustom implements Codec {
        final Class<?> type;

        GeneratedCustom(Class<?> type) {
            this.type = type;
        }

        /**
         * @param v a JSON value
         * @return {@code type.fromJson(v)}
         */
        abstract Object fromJson(JsonValue v);

        /**
         * @param value an object of the type
         * @return {@code value.toJson()}
         */
        abstract JsonValue toJson(Object value);

        @Override
        public Object decode(JsonValue v, JsonPath path) {
            try {
                return fromJson(v);
            } catch (BindException e) {
                throw e;
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BindException(path, v, e.getMessage());
            }
        }

        @Override
        public JsonValue encode(Object value) {
            return toJson(value);
        }
    }

    /**
     * The calls of a type that {@code ModelBindings} does not hold, through its methods found by reflection: the
     * getters and setters are made on first use (making one defines a class, and a command that reads a few documents
     * uses a small part of a type's accessors), then kept.
     */
    static final class ReflectiveAccessors extends Accessors {
        final Class<?> builderType;
        final Method builderMethod;
        final Method[] getterMethods;
        final Method[] setterMethods;
        final Method unknownGetterMethod;
        final Method unknownSetterMethod;
        private final Supplier<Object> factory;
        private final Function<Object, Object> build;
        private final Function<Object, Object> unknownGetter;
        private final BiFunction<Object, Object, Object> unknownSetter;
        // a getter or setter made by two threads at once is made twice; either is kept (their fields are final)
        private final Function<Object, Object>[] getters;
        private final BiFunction<Object, Object, Object>[] setters;

        @SuppressWarnings("unchecked")
        ReflectiveAccessors(Method builderMethod, Method[] getterMethods, Method[] setterMethods,
                Method unknownGetterMethod, Method unknownSetterMethod)
                throws NoSuchMethodException, IllegalAccessException {
            this.builderType = builderMethod.getReturnType();
            this.builderMethod = builderMethod;
            this.getterMethods = getterMethods;
            this.setterMethods = setterMethods;
            this.unknownGetterMethod = unknownGetterMethod;
            this.unknownSetterMethod = unknownSetterMethod;
            this.factory = supplier(builderMethod);
            this.build = function(builderType.getMethod("build"));
            this.unknownGetter = unknownGetterMethod == null ? null : function(unknownGetterMethod);
            this.unknownSetter = unknownSetterMethod == null ? null : biFunction(unknownSetterMethod);
            this.getters = new Function[getterMethods.length];
            this.setters = new BiFunction[setterMethods.length];
        }

        @Override
        Object newBuilder() {
            return factory.get();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            BiFunction<Object, Object, Object> s = setters[index];
            if (s == null) {
                try {
                    s = biFunction(setterMethods[index]);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot bind " + setterMethods[index] + ": " + e, e);
                }
                setters[index] = s;
            }
            return s.apply(builder, value);
        }

        @Override
        Object build(Object builder) {
            return build.apply(builder);
        }

        @Override
        Object get(Object model, int index) {
            Function<Object, Object> g = getters[index];
            if (g == null) {
                try {
                    g = function(getterMethods[index]);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot bind " + getterMethods[index] + ": " + e, e);
                }
                getters[index] = g;
            }
            return g.apply(model);
        }

        @Override
        JsonObject unknownFields(Object model) {
            return (JsonObject) unknownGetter.apply(model);
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return unknownSetter.apply(builder, unknown);
        }
    }

    /** One property of a model type; its codec is found on first use. */
    static final class Prop {
        final Shape.Property shape;
        final String json;
        final Shape.Cardinality cardinality;
        final Class<?> valueType;
        final int index;
        volatile Codec codec;

        Prop(Shape.Property shape, int index) {
            this.shape = shape;
            this.json = shape.jsonName();
            this.cardinality = shape.cardinality();
            this.valueType = shape.valueType();
            this.index = index;
        }

        Codec codec() {
            Codec c = codec;
            if (c == null) {
                c = codecFor(valueType);
                codec = c;
            }
            return c;
        }
    }

    /**
     * Builds a model object from its builder: a named class rather than a lambda, which the JVM would link on the
     * first run of every process.
     */
    private static final class Build implements Supplier<Object> {
        private final Accessors accessors;
        private final Object builder;

        Build(Accessors accessors, Object builder) {
            this.accessors = accessors;
            this.builder = builder;
        }

        @Override
        public Object get() {
            return accessors.build(builder);
        }
    }

    static final class ObjectBinding implements Codec, Shape {
        final Class<?> abstractType;
        final Class<?> immutableType;
        final Prop[] props;
        final Map<String, Prop> byName;
        final List<Shape.Property> properties;
        final Accessors accessors;
        final boolean keepsUnknownFields;
        final boolean typedResource;

        /** A binding from the generated table: no reflection. */
        ObjectBinding(Generated g) {
            this.abstractType = g.abstractType;
            this.immutableType = g.immutableType;
            this.accessors = g;
            this.keepsUnknownFields = g.keepsUnknownFields;
            this.typedResource = g.typedResource;
            Shape.Property[] shapes = g.properties;
            this.props = new Prop[shapes.length];
            this.byName = new HashMap<>(shapes.length * 2);
            for (int i = 0; i < shapes.length; i++) {
                props[i] = new Prop(shapes[i], i);
                byName.put(shapes[i].jsonName(), props[i]);
            }
            this.properties = List.of(shapes);
        }

        /** A binding found by reflection: what the generated table holds for the model's own types. */
        ObjectBinding(Class<?> abstractType, Class<?> immutableType) {
            this.abstractType = abstractType;
            this.immutableType = immutableType;
            try {
                Method builderMethod = immutableType.getMethod("builder");
                Class<?> builderType = builderMethod.getReturnType();

                Map<String, Method> accessors = new LinkedHashMap<>();
                for (Method candidate : abstractType.getMethods()) {
                    if (candidate.getParameterCount() != 0 || Modifier.isStatic(candidate.getModifiers())
                            || candidate.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    Method m = abstractType.getMethod(candidate.getName());
                    if (Modifier.isAbstract(m.getModifiers())) {
                        accessors.putIfAbsent(m.getName(), m);
                    }
                }
                Method unknown = null;
                try {
                    unknown = abstractType.getMethod("unknownFields");
                    if (unknown.getReturnType() != JsonObject.class) {
                        unknown = null;
                    }
                } catch (NoSuchMethodException e) {
                    unknown = null;
                }
                accessors.remove("unknownFields");
                typedResource = KargoResource.class.isAssignableFrom(abstractType)
                        && !accessors.containsKey("apiVersion") && !accessors.containsKey("kind");
                keepsUnknownFields = unknown != null;

                Map<String, Shape.Property> byJson = new HashMap<>();
                Map<String, Method> accessorByJson = new HashMap<>();
                for (Method m : accessors.values()) {
                    JsonName jn = m.getAnnotation(JsonName.class);
                    String json = jn != null ? jn.value() : m.getName();
                    Type t = m.getGenericReturnType();
                    Shape.Cardinality card = Shape.Cardinality.REQUIRED;
                    Class<?> valueType = m.getReturnType();
                    if (t instanceof ParameterizedType pt) {
                        Class<?> raw = (Class<?>) pt.getRawType();
                        Type[] args = pt.getActualTypeArguments();
                        if (raw == Optional.class) {
                            card = Shape.Cardinality.OPTIONAL;
                            valueType = rawClass(args[0]);
                        } else if (raw == List.class) {
                            card = Shape.Cardinality.LIST;
                            valueType = rawClass(args[0]);
                        } else if (raw == Map.class) {
                            if (rawClass(args[0]) != String.class) {
                                throw new IllegalStateException(m + ": map keys must be strings");
                            }
                            card = Shape.Cardinality.MAP;
                            valueType = rawClass(args[1]);
                        } else {
                            throw new IllegalStateException(m + ": unsupported type " + t);
                        }
                    }
                    boolean freeForm = JsonValue.class.isAssignableFrom(valueType);
                    if (byJson.put(json, new Shape.Property(json, m.getName(), card, valueType, freeForm)) != null) {
                        throw new IllegalStateException(abstractType.getName() + ": two accessors for " + json);
                    }
                    accessorByJson.put(json, m);
                }

                PropertyOrder order = abstractType.getAnnotation(PropertyOrder.class);
                List<String> names = order == null ? new ArrayList<>(byJson.keySet()) : Arrays.asList(order.value());
                if (order == null && byJson.size() > 1) {
                    throw new IllegalStateException(abstractType.getName() + " needs @PropertyOrder");
                }
                Set<String> listed = new HashSet<>(names);
                if (listed.size() != names.size() || !listed.equals(byJson.keySet())) {
                    Set<String> missing = new HashSet<>(byJson.keySet());
                    missing.removeAll(listed);
                    Set<String> extra = new HashSet<>(listed);
                    extra.removeAll(byJson.keySet());
                    throw new IllegalStateException(abstractType.getName() + ": @PropertyOrder must list every"
                            + " property once; missing " + missing + ", not properties " + extra);
                }
                props = new Prop[names.size()];
                Method[] getterMethods = new Method[names.size()];
                Method[] setterMethods = new Method[names.size()];
                Method[] builderMethods = builderType.getMethods();
                byName = new HashMap<>(names.size() * 2);
                List<Shape.Property> shapes = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    Shape.Property sp = byJson.get(names.get(i));
                    getterMethods[i] = accessorByJson.get(sp.jsonName());
                    setterMethods[i] = setterFor(builderType, builderMethods, sp);
                    props[i] = new Prop(sp, i);
                    byName.put(sp.jsonName(), props[i]);
                    shapes.add(sp);
                }
                properties = Collections.unmodifiableList(shapes);
                this.accessors = new ReflectiveAccessors(builderMethod, getterMethods, setterMethods, unknown,
                        unknown == null ? null : builderType.getMethod("unknownFields", JsonObject.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("cannot bind " + immutableType.getName() + ": " + e, e);
            }
        }

        private static Class<?> rawClass(Type t) {
            if (t instanceof Class<?> c) {
                return c;
            }
            if (t instanceof ParameterizedType pt) {
                return (Class<?>) pt.getRawType();
            }
            throw new IllegalStateException("unsupported type " + t);
        }

        private static Method setterFor(Class<?> builderType, Method[] builderMethods, Shape.Property p)
                throws NoSuchMethodException {
            String cap = Character.toUpperCase(p.javaName().charAt(0)) + p.javaName().substring(1);
            switch (p.cardinality()) {
                case LIST:
                    return builderType.getMethod("addAll" + cap, Iterable.class);
                case MAP:
                    return builderType.getMethod("putAll" + cap, Map.class);
                default:
                    for (Method m : builderMethods) {
                        if (m.getName().equals(p.javaName()) && m.getParameterCount() == 1
                                && m.getParameterTypes()[0] == p.valueType()) {
                            return m;
                        }
                    }
                    throw new NoSuchMethodException(builderType.getName() + "." + p.javaName() + "("
                            + p.valueType().getSimpleName() + ")");
            }
        }

        @Override
        public Class<?> type() {
            return immutableType;
        }

        @Override
        public List<Shape.Property> properties() {
            return properties;
        }

        @Override
        public Optional<Shape.Property> property(String jsonName) {
            Prop p = byName.get(jsonName);
            return p == null ? Optional.empty() : Optional.of(p.shape);
        }

        @Override
        public Object decode(JsonValue v, JsonPath path) {
            if (!(v instanceof JsonObject o)) {
                throw new BindException(path, v, "expected an object, " + found(v));
            }
            try {
                Object b = accessors.newBuilder();
                JsonObject.Builder unknown = null;
                long seen = 0;
                boolean missingReported = false;
                boolean[] seenWide = props.length > 64 ? new boolean[props.length] : null;
                for (int i = 0, n = o.size(); i < n; i++) {
                    String key = o.keyAt(i);
                    JsonValue value = o.valueAt(i);
                    Prop p = byName.get(key);
                    if (p == null) {
                        if (typedResource && (key.equals("apiVersion") || key.equals("kind"))) {
                            continue;
                        }
                        if (!keepsUnknownFields) {
                            throw new BindException(path.key(key), value, "unknown field");
                        }
                        if (unknown == null) {
                            unknown = JsonObject.builder().position(o.position().orElse(null));
                        }
                        unknown.put(key, value, o.keyPosition(key).orElse(null));
                        continue;
                    }
                    if (value instanceof JsonNull
                            || p.cardinality == Shape.Cardinality.LIST && value instanceof JsonArray ea
                            && ea.size() == 0
                            || p.cardinality == Shape.Cardinality.MAP && value instanceof JsonObject eo
                            && eo.isEmpty()) {
                        // an explicit null, [] or {} of a list or map: kept as written (the typed value is absent
                        // or empty, which cannot say that the user wrote it)
                        if (keepsUnknownFields) {
                            if (unknown == null) {
                                unknown = JsonObject.builder().position(o.position().orElse(null));
                            }
                            unknown.put(key, value, o.keyPosition(key).orElse(null));
                        }
                        continue;
                    }
                    Object decoded;
                    try {
                        decoded = decodeProp(p, value, path, key);
                    } catch (BindException e) {
                        List<BindException> sink = ReadingMode.lenientProblems();
                        if (sink == null || !keepsUnknownFields) {
                            throw e;
                        }
                        // lenient reading: the value that does not fit is kept as written, the problem reported
                        if (!e.reported) {
                            sink.add(e);
                        }
                        if (p.cardinality == Shape.Cardinality.REQUIRED) {
                            missingReported = true;
                        }
                        if (unknown == null) {
                            unknown = JsonObject.builder().position(o.position().orElse(null));
                        }
                        unknown.put(key, value, o.keyPosition(key).orElse(null));
                        continue;
                    }
                    b = accessors.set(b, p.index, decoded);
                    if (seenWide != null) {
                        seenWide[p.index] = true;
                    } else {
                        seen |= 1L << p.index;
                    }
                }
                for (Prop p : props) {
                    if (p.cardinality == Shape.Cardinality.REQUIRED
                            && !(seenWide != null ? seenWide[p.index] : (seen & (1L << p.index)) != 0)) {
                        throw new BindException(path, v, "missing required field \"" + p.json + "\"",
                                missingReported && o.containsKey(p.json));
                    }
                }
                if (unknown != null) {
                    b = accessors.unknownFields(b, unknown.build());
                }
                if (typedResource) {
                    // a manifest without a valid metadata.name still loads, for the validator to report
                    return ReadingMode.reading(new Build(accessors, b));
                }
                return accessors.build(b);
            } catch (BindException e) {
                throw e;
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                // the model's own checks, whose messages name fields and rules, never values
                throw new BindException(path, v, "cannot build " + immutableType.getSimpleName() + ": "
                        + e.getMessage());
            } catch (Throwable t) {
                throw new BindException(path, v, "cannot build " + immutableType.getSimpleName());
            }
        }

        /**
         * Decodes a property's value; the path of the value ({@code parent.key(key)}) and of its items are made only
         * for a value that is not a plain leaf (a string, a boolean or any JSON), which a nested binding or an error
         * needs.
         */
        private Object decodeProp(Prop p, JsonValue value, JsonPath parent, String key) {
            Codec codec = p.codec();
            switch (p.cardinality) {
                case LIST: {
                    if (!(value instanceof JsonArray a)) {
                        throw new BindException(parent.key(key), value, "expected a list, " + found(value));
                    }
                    JsonPath path = null;
                    int n = a.size();
                    List<Object> out = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        JsonValue item = a.get(i);
                        Object leaf = leaf(codec, item);
                        if (leaf == null) {
                            if (path == null) {
                                path = parent.key(key);
                            }
                            if (item instanceof JsonNull && codec != ANY) {
                                throw new BindException(path.index(i), item, "expected "
                                        + describe(p.valueType) + ", found null");
                            }
                            leaf = codec.decode(item, path.index(i));
                        }
                        out.add(leaf);
                    }
                    return out;
                }
                case MAP: {
                    if (!(value instanceof JsonObject m)) {
                        throw new BindException(parent.key(key), value, "expected an object (a map), "
                                + found(value));
                    }
                    JsonPath path = null;
                    int n = m.size();
                    Map<String, Object> out = new LinkedHashMap<>(n * 2);
                    for (int i = 0; i < n; i++) {
                        JsonValue item = m.valueAt(i);
                        Object leaf = leaf(codec, item);
                        if (leaf == null) {
                            if (path == null) {
                                path = parent.key(key);
                            }
                            if (item instanceof JsonNull && codec != ANY) {
                                throw new BindException(path.key(m.keyAt(i)), item, "expected "
                                        + describe(p.valueType) + ", found null");
                            }
                            leaf = codec.decode(item, path.key(m.keyAt(i)));
                        }
                        out.put(m.keyAt(i), leaf);
                    }
                    return out;
                }
                default: {
                    Object leaf = leaf(codec, value);
                    return leaf != null ? leaf : codec.decode(value, parent.key(key));
                }
            }
        }

        /**
         * @return what {@code codec.decode} returns for a value it takes as it is (a string, a boolean, any JSON),
         *     without a path and a call through the interface; {@code null} for anything else (which
         *     {@code codec.decode} decodes or refuses)
         */
        private static Object leaf(Codec codec, JsonValue v) {
            if (codec == STRING) {
                return v instanceof JsonString s ? s.value() : null;
            }
            if (codec == ANY) {
                return v;
            }
            if (codec == BOOLEAN) {
                return v instanceof JsonBoolean b ? (Object) b.value() : null;
            }
            return null;
        }

        private static String describe(Class<?> type) {
            if (type == String.class) {
                return "a string";
            }
            if (type == Boolean.class) {
                return "a boolean";
            }
            if (type == Integer.class || type == Long.class || type == Double.class) {
                return "a number";
            }
            return "an object";
        }

        @Override
        public JsonValue encode(Object value) {
            try {
                JsonObject.Builder b = JsonObject.builder();
                if (typedResource) {
                    KargoResource r = (KargoResource) value;
                    b.put("apiVersion", JsonString.of(r.apiVersion()));
                    b.put("kind", JsonString.of(r.kind()));
                }
                JsonObject kept = keepsUnknownFields ? accessors.unknownFields(value) : null;
                for (Prop p : props) {
                    Object v = accessors.get(value, p.index);
                    int before = b.size();
                    switch (p.cardinality) {
                        case OPTIONAL -> {
                            Optional<?> o = (Optional<?>) v;
                            if (o.isPresent()) {
                                b.put(p.json, p.codec().encode(o.get()));
                            }
                        }
                        case LIST -> {
                            List<?> l = (List<?>) v;
                            if (!l.isEmpty()) {
                                Codec c = p.codec();
                                JsonArray.Builder ab = JsonArray.builder();
                                for (Object item : l) {
                                    ab.add(c.encode(item));
                                }
                                b.put(p.json, ab.build());
                            }
                        }
                        case MAP -> {
                            Map<?, ?> m = (Map<?, ?>) v;
                            if (!m.isEmpty()) {
                                Codec c = p.codec();
                                JsonObject.Builder ob = JsonObject.builder();
                                for (Map.Entry<?, ?> e : m.entrySet()) {
                                    ob.put((String) e.getKey(), c.encode(e.getValue()));
                                }
                                b.put(p.json, ob.build());
                            }
                        }
                        default -> {
                            if (v != null) {   // a required property not set yet (@Nullable): absent
                                b.put(p.json, p.codec().encode(v));
                            }
                        }
                    }
                    if (b.size() == before && kept != null && !kept.isEmpty()) {
                        // the typed value is absent or empty: what the user wrote there (null, [] or {}, or a value
                        // that does not fit) is written in the property's place
                        JsonValue raw = kept.getOrNull(p.json);
                        if (raw != null) {
                            b.put(p.json, raw);
                        }
                    }
                }
                if (kept != null) {
                    JsonObject u = kept;
                    for (int i = 0; i < u.size(); i++) {
                        if (!b.containsKey(u.keyAt(i))) {
                            b.put(u.keyAt(i), u.valueAt(i));
                        }
                    }
                }
                return b.build();
            } catch (Throwable t) {
                throw sneaky(t);
            }
        }
    }
}
