package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.io.Shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which keys a JSON object may hold, and what may stand below each: the yardstick the unknown-field check holds a
 * document against. Three kinds of node:
 *
 * <ul>
 *   <li>{@linkplain #any() any}: a free-form tree or a scalar; nothing below it is checked;</li>
 *   <li>{@linkplain #object(Map) object}: a fixed set of named fields, each with its own node;</li>
 *   <li>{@linkplain #mapOf(KnownFields) map}: any key, every value checked against one node.</li>
 * </ul>
 *
 * <p>Lists are transparent: the node of a list field describes each of its items, and {@link #isList(String)}
 * says which fields are lists (only to print paths such as {@code checkout[0].path} in suggestions).
 *
 * <p>Build one from a model {@link Shape} ({@link #of(Shape)}, computed lazily so that it works for any model type),
 * from dotted paths ({@link #paths(String...)}), or by hand. Immutable and thread-safe.
 */
public final class KnownFields {

    private enum Kind { ANY, OBJECT, MAP }

    private static final KnownFields ANY = new KnownFields(Kind.ANY, Map.of(), null, null);

    private final Kind kind;
    private final Map<String, Field> fields;
    private final KnownFields mapValues;
    private final Class<?> modelType;

    /**
     * A known field: its node, given, or derived from a model property on first use (nested model types are many, a
     * run reads few of them). A plain class rather than suppliers: each lambda is linked on its first call, a start-up
     * cost.
     */
    private static final class Field {
        private final boolean list;
        private final Shape.Property property;
        private volatile KnownFields node;

        Field(KnownFields node, boolean list) {
            this.node = node;
            this.list = list;
            this.property = null;
        }

        Field(Shape.Property property, boolean list) {
            this.property = property;
            this.list = list;
        }

        boolean list() {
            return list;
        }

        KnownFields node() {
            KnownFields n = node;
            if (n == null) {
                // a race derives the same node twice
                Optional<Shape> shape = property.valueShape();
                KnownFields value = shape.isPresent() ? of(shape.get()) : ANY;
                n = property.cardinality() != Shape.Cardinality.MAP || value.isAny() ? value : mapOf(value);
                node = n;
            }
            return n;
        }
    }

    private KnownFields(Kind kind, Map<String, Field> fields, KnownFields mapValues, Class<?> modelType) {
        this.kind = kind;
        this.fields = fields;
        this.mapValues = mapValues;
        this.modelType = modelType;
    }

    /** @return the node under which anything goes (free-form trees and scalars) */
    public static KnownFields any() {
        return ANY;
    }

    /**
     * @param fields the known field names and the node of each value
     * @return an object node that knows exactly those fields
     */
    public static KnownFields object(Map<String, KnownFields> fields) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Map.Entry<String, KnownFields> e : fields.entrySet()) {
            m.put(e.getKey(), new Field(Objects.requireNonNull(e.getValue(), e.getKey()), false));
        }
        return new KnownFields(Kind.OBJECT, Collections.unmodifiableMap(m), null, null);
    }

    /**
     * @param values the node every value must match
     * @return a node that accepts any key and checks each value against {@code values}
     */
    public static KnownFields mapOf(KnownFields values) {
        return new KnownFields(Kind.MAP, Map.of(), Objects.requireNonNull(values, "values"), null);
    }

    /**
     * Known fields from dotted paths: {@code "repoURL"}, {@code "checkout[].path"}, {@code "author.name"}. A segment
     * that has paths below it is an object knowing exactly those; a last segment is a scalar or free-form value
     * (nothing below it is checked). {@code []} after a segment marks a list of such values. A path ending in
     * {@code .*} makes that segment free-form, and the single path {@code "*"} makes the whole node free-form.
     *
     * @param paths the known paths
     * @return the node
     * @throws IllegalArgumentException if a path is empty or has an empty segment
     */
    public static KnownFields paths(String... paths) {
        PathTree root = new PathTree();
        for (String p : paths) {
            if (p.equals("*")) {
                return ANY;
            }
            PathTree t = root;
            for (String seg : p.split("\\.", -1)) {
                boolean list = seg.endsWith("[]");
                String name = list ? seg.substring(0, seg.length() - 2) : seg;
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("empty segment in path \"" + p + "\"");
                }
                if (name.equals("*")) {
                    t.open = true;
                    break;
                }
                PathTree child = t.children.computeIfAbsent(name, k -> new PathTree());
                child.list |= list;
                t = child;
            }
        }
        return root.build();
    }

    private static final class PathTree {
        final Map<String, PathTree> children = new LinkedHashMap<>();
        boolean list;
        boolean open;

        KnownFields build() {
            if (open || children.isEmpty()) {
                return ANY;
            }
            Map<String, Field> m = new LinkedHashMap<>();
            for (Map.Entry<String, PathTree> e : children.entrySet()) {
                m.put(e.getKey(), new Field(e.getValue().build(), e.getValue().list));
            }
            return new KnownFields(Kind.OBJECT, Collections.unmodifiableMap(m), null, null);
        }
    }

    /**
     * @param shape a model shape
     * @return the fields the model knows for that type, with the nodes of nested model types computed on first use
     */
    public static KnownFields of(Shape shape) {
        KnownFields known = FROM_SHAPES.get(shape.type());
        if (known == null) {
            // derived outside the map's lock; a race derives the same twice, and the first one stored is kept
            known = fromShape(shape);
            KnownFields first = FROM_SHAPES.putIfAbsent(shape.type(), known);
            known = first == null ? known : first;
        }
        return known;
    }

    /**
     * @param modelType a model type (abstract or immutable class)
     * @return its known fields, or {@link #any()} when it is not a model object type
     */
    public static KnownFields of(Class<?> modelType) {
        Optional<Shape> shape = Shape.of(modelType);
        return shape.isPresent() ? of(shape.get()) : ANY;
    }

    private static final Map<Class<?>, KnownFields> FROM_SHAPES = new ConcurrentHashMap<>();

    private static KnownFields fromShape(Shape shape) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Shape.Property p : shape.properties()) {
            boolean list = p.cardinality() == Shape.Cardinality.LIST;
            m.put(p.jsonName(), p.freeForm() ? new Field(ANY, list) : new Field(p, list));
        }
        return new KnownFields(Kind.OBJECT, Collections.unmodifiableMap(m), null, shape.type());
    }

    /**
     * @param name  a field name
     * @param value the node that field's value must match from now on
     * @return a copy of this object node in which {@code name} is known with that node (other fields unchanged)
     * @throws IllegalStateException if this is not an object node
     */
    public KnownFields withField(String name, KnownFields value) {
        if (kind != Kind.OBJECT) {
            throw new IllegalStateException("only object nodes have named fields");
        }
        Map<String, Field> m = new LinkedHashMap<>(fields);
        Field old = m.get(name);
        m.put(name, new Field(value, old != null && old.list));
        return new KnownFields(Kind.OBJECT, Collections.unmodifiableMap(m), null, modelType);
    }

    /** @return whether anything goes below this node */
    public boolean isAny() {
        return kind == Kind.ANY;
    }

    /** @return whether this node accepts any key (free-form trees and maps) */
    public boolean acceptsAnyName() {
        return kind != Kind.OBJECT;
    }

    /** @return the known field names of an object node, in order; empty for the other kinds */
    public Set<String> names() {
        return fields.keySet();
    }

    /**
     * @param name a key
     * @return the node of that key's value, or empty if this object node does not know the key
     */
    public Optional<KnownFields> field(String name) {
        switch (kind) {
            case ANY:
                return Optional.of(ANY);
            case MAP:
                return Optional.of(mapValues);
            default:
                Field f = fields.get(name);
                return f == null ? Optional.empty() : Optional.of(f.node());
        }
    }

    /**
     * @param name a known field name
     * @return whether that field holds a list
     */
    public boolean isList(String name) {
        Field f = fields.get(name);
        return f != null && f.list();
    }

    /** @return the model type this node was derived from, if it came from a {@link Shape} */
    public Optional<Class<?>> modelType() {
        return Optional.ofNullable(modelType);
    }

    /**
     * @return every path this node knows, dotted, with {@code []} after list fields (the inverse of
     *     {@link #paths(String...)}, for tests and documentation); stops at nodes already visited
     */
    public Set<String> describePaths() {
        Set<String> out = new java.util.TreeSet<>();
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {"", this, new LinkedHashSet<KnownFields>()});
        while (!stack.isEmpty()) {
            Object[] top = stack.remove(stack.size() - 1);
            String prefix = (String) top[0];
            KnownFields node = (KnownFields) top[1];
            @SuppressWarnings("unchecked")
            Set<KnownFields> seen = (Set<KnownFields>) top[2];
            if (node.kind == Kind.MAP) {
                out.add(prefix + ".*");
                continue;
            }
            for (String name : node.names()) {
                String p = (prefix.isEmpty() ? "" : prefix + ".") + name + (node.isList(name) ? "[]" : "");
                KnownFields child = node.field(name).orElse(ANY);
                if (child.kind == Kind.OBJECT && !seen.contains(child)) {
                    Set<KnownFields> s = new LinkedHashSet<>(seen);
                    s.add(child);
                    stack.add(new Object[] {p, child, s});
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANY -> "any";
            case MAP -> "map of " + mapValues;
            case OBJECT -> "object " + fields.keySet();
        };
    }
}
