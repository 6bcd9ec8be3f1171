package io.github.kargo4j.model.steps;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kargo's step schemas as a test oracle, shared by {@link StepSchemaOracleTest} and {@link StepConfigPropertyTest}:
 *
 * <ul>
 *   <li>{@link #constraints(String)} walks every constraint keyword of a step's schema at every depth, following
 *   {@code $ref}s into {@code #/definitions} and the shared files, and into each branch of {@code oneOf} and
 *   {@code anyOf};</li>
 *   <li>{@link #generate(String, List, Random)} builds a configuration the schema accepts, in which the object
 *   holding a given constraint exists: minimal and deterministic without a {@link Random}, else with random optional
 *   properties, values and 1..3 items per list;</li>
 *   <li>{@link #mutations(Constraint, Generated, Random)} breaks exactly that one constraint in such a
 *   configuration, and says which problem paths of {@link StepConfigRules} count as flagging it;</li>
 *   <li>{@link #oracle(String, Object)} asks networknt json-schema-validator, with format assertions on (Kargo's
 *   gojsonschema checks {@code email} and {@code uri}).</li>
 * </ul>
 *
 * <p>Configurations are plain Java trees ({@link LinkedHashMap}, {@link ArrayList}, {@link String}, {@link Boolean},
 * {@link Long}, {@link BigDecimal}, {@code null}), turned into a {@link JsonValue} with {@link #json(Object)}.
 *
 * <p>A keyword the walker does not know ({@code not}, {@code allOf}, {@code if}, {@code maxLength}, ...) fails the
 * walk, so a newer schema cannot slip a constraint past the tests.
 */
final class SchemaWalker {

    /** The property added to break {@code additionalProperties: false}. */
    static final String EXTRA_KEY = "notASchemaProperty";

    private static final String BASE = "https://kargo4j.invalid/oracle/";
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "deprecated", "definitions", "$defs", "examples", "readOnly", "writeOnly");
    private static final Set<String> UNDERSTOOD = Set.of("$ref", "type", "properties", "required",
            "additionalProperties", "items", "minLength", "minItems", "minProperties", "minimum", "maximum", "enum",
            "const", "pattern", "format", "uniqueItems", "oneOf", "anyOf", "dependentRequired", "dependencies");
    /** Keywords about the value at the constraint's location (the others are about the object holding it). */
    private static final Set<String> VALUE_KEYWORDS = Set.of("type", "minLength", "minItems", "minProperties",
            "minimum", "maximum", "enum", "const", "pattern", "format", "uniqueItems", "items");
    private static final int[] RANDOM_CHARS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-_./:@ +=,äöüßé界ñ🚀").codePoints().toArray();
    private static final List<String> EXPRESSIONS = List.of("${{ vars.x }}", "${{ outputs['build'].tag }}",
            "${{ ctx.stage }}", "${{ quote(vars.value) }}", "${{ imageFrom(vars.repo).Tag }}");

    private final StepSchemas schemas;
    private final SchemaRegistry registry;
    private final Map<String, List<Constraint>> walked = new ConcurrentHashMap<>();

    SchemaWalker(StepSchemas schemas) {
        this.schemas = schemas;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.startsWith(BASE) ? schemas.document(iri.substring(BASE.length()))
                        .toString() : null));
    }

    /** @return the walker; the calling test is skipped, saying why, when the schemas are not beside the clone */
    static SchemaWalker load() {
        return new SchemaWalker(StepSchemas.load());
    }

    // ------------------------------------------------------------------------------------------ steps

    /** @return the steps to test: all steps with a schema, or those named by {@code -Dkargo4j.steps=a,b} */
    List<String> selectedSteps() {
        List<String> all = schemas.stepNames();
        String prop = System.getProperty("kargo4j.steps", "").strip();
        if (prop.isEmpty()) {
            return all;
        }
        List<String> chosen = Arrays.stream(prop.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String s : chosen) {
            if (!all.contains(s)) {
                throw new IllegalArgumentException("-Dkargo4j.steps names \"" + s + "\", which has no schema; "
                        + "the steps are " + all);
            }
        }
        return chosen;
    }

    /** @return whether every step with a schema is tested */
    boolean allStepsSelected() {
        return selectedSteps().size() == schemas.stepNames().size();
    }

    // ------------------------------------------------------------------------------------------ the oracle

    /**
     * @param step   a step name
     * @param config a configuration (a Java tree)
     * @return networknt's errors (empty when the schema accepts the configuration)
     */
    List<Error> oracle(String step, Object config) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + step + "-config.json"));
        return schema.validate(toJson(config), InputFormat.JSON,
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /** @return the tree as compact JSON, for the validator and for messages */
    static String toJson(Object tree) {
        return KargoCodec.create().treeToJson(json(tree), false);
    }

    /** @return the tree as a {@link JsonValue} */
    static JsonValue json(Object tree) {
        return JsonValue.of(tree);
    }

    /** @return the keywords and locations of the errors, for messages */
    static String describe(List<Error> errors) {
        Set<String> out = new TreeSet<>();
        for (Error e : errors) {
            out.add(e.getKeyword() + "@" + e.getInstanceLocation());
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------ schema nodes

    /** A schema node: its file, its JSON pointer in that file, and its JSON. */
    record S(String file, String pointer, JsonNode json) {

        String where() {
            return file + "#" + pointer;
        }

        S child(String key) {
            JsonNode c = json.get(key);
            return c == null ? null : new S(file, pointer + "/" + key, c);
        }

        S item(int i) {
            return new S(file, pointer + "/" + i, json.get(i));
        }

        int size() {
            return json.size();
        }
    }

    private S root(String step) {
        String file = step + "-config.json";
        return new S(file, "", schemas.document(file));
    }

    /** @return the node with its {@code $ref} followed (repeatedly) */
    S resolve(S s) {
        while (s.json().has("$ref")) {
            for (String k : s.json().propertyNames()) {
                if (!k.equals("$ref") && !ANNOTATIONS.contains(k)) {
                    throw new IllegalStateException(s.where() + ": keyword " + k + " beside $ref is not understood "
                            + "by the walker");
                }
            }
            String ref = s.json().get("$ref").asString();
            int hash = ref.indexOf('#');
            String file = hash == 0 ? s.file() : ref.substring(0, hash < 0 ? ref.length() : hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            JsonNode target = schemas.document(file).at(pointer);
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolved $ref " + ref + " in " + s.where());
            }
            s = new S(file, pointer, target);
        }
        return s;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                out.add(array.get(i).asString());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ focus

    /** One step from the root of a configuration to a constraint. */
    sealed interface Step permits Prop, Item, MapValue, Branch {
    }

    /** Into a property. */
    record Prop(String name) implements Step {
        @Override
        public String toString() {
            return "." + name;
        }
    }

    /** Into an item of a list (item 0 of a minimal configuration, a random one otherwise). */
    record Item() implements Step {
        @Override
        public String toString() {
            return "[*]";
        }
    }

    /** Into a value of a map ({@code additionalProperties} with a schema). */
    record MapValue() implements Step {
        @Override
        public String toString() {
            return ".*";
        }
    }

    /** Choosing a branch of a {@code oneOf} or {@code anyOf} of the current object. */
    record Branch(String group, int index) implements Step {
        @Override
        public String toString() {
            return "";
        }
    }

    /**
     * A {@code oneOf} or {@code anyOf} of an object schema.
     *
     * @param kind   {@code oneOf} or {@code anyOf}
     * @param node   the array of branches
     * @param holder the object schema that holds it (resolved)
     */
    record Group(String kind, S node, S holder) {

        /** @return the properties the branches name (in {@code required} or {@code properties}) */
        Set<String> names() {
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < node.size(); i++) {
                out.addAll(strings(node.json().get(i).get("required")));
                JsonNode props = node.json().get(i).get("properties");
                if (props != null) {
                    out.addAll(props.propertyNames());
                }
            }
            return out;
        }

        List<String> required(int branch) {
            return strings(node.json().get(branch).get("required"));
        }
    }

    /**
     * One constraint keyword of a step's schema.
     *
     * @param step    the step
     * @param keyword the keyword, such as {@code minLength}
     * @param detail  for {@code required} and {@code dependentRequired} the property, else ""
     * @param node    the (resolved) schema node holding the keyword
     * @param focus   the way from the configuration's root to the value the keyword is about
     * @param value   the schemas that apply to that value (the property's own schema first; for a keyword inside a
     *                branch, then the branch's)
     * @param group   for a keyword inside a branch of {@code oneOf}/{@code anyOf}: that group; for {@code oneOf} and
     *                {@code anyOf} themselves: their group; else null
     */
    record Constraint(String step, String keyword, String detail, S node, List<Step> focus, List<S> value,
                      Group group) {

        /** @return where the keyword is: {@code git-clone-config.json#/properties/checkout/minItems} */
        String schemaPath() {
            return node.where() + "/" + keyword + (detail.isEmpty() ? "" : "[" + detail + "]");
        }

        /** @return the configuration path it is about, such as {@code checkout[*].path} ({@code config}: root) */
        String path() {
            StringBuilder sb = new StringBuilder();
            for (Step s : focus) {
                sb.append(s);
            }
            String p = sb.toString();
            return p.isEmpty() ? "config" : p.startsWith(".") ? p.substring(1) : p;
        }

        /** @return whether the keyword sits in a branch of a {@code oneOf}/{@code anyOf} */
        boolean inBranch() {
            return group != null && !keyword.equals(group.kind());
        }

        /** @return a one-line name, for reports */
        String id() {
            return step + " " + path() + " " + keyword + (detail.isEmpty() ? "" : "(" + detail + ")") + "  ["
                    + schemaPath() + "]";
        }
    }

    /** @return every constraint of a step's schema, in schema order (cached) */
    List<Constraint> constraints(String step) {
        return walked.computeIfAbsent(step, s -> {
            List<Constraint> out = new ArrayList<>();
            S root = root(s);
            walk(s, root, List.of(), List.of(root), null, out, 0);
            return List.copyOf(out);
        });
    }

    private void walk(String step, S raw, List<Step> focus, List<S> value, Group inGroup, List<Constraint> out,
                      int depth) {
        if (depth > 40) {
            throw new IllegalStateException(raw.where() + ": schema nested too deep (a recursive $ref?)");
        }
        S node = resolve(raw);
        JsonNode j = node.json();
        for (String k : j.propertyNames()) {
            if (!UNDERSTOOD.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalStateException(node.where() + ": the walker does not understand keyword \"" + k
                        + "\"; teach SchemaWalker to walk and break it");
            }
        }
        for (String k : List.of("type", "minLength", "minItems", "minProperties", "minimum", "maximum", "enum",
                "const", "pattern", "format", "uniqueItems")) {
            if (j.has(k) && !(k.equals("uniqueItems") && !j.get(k).asBoolean())) {
                out.add(new Constraint(step, k, "", node, focus, value, inGroup));
            }
        }
        for (String name : strings(j.get("required"))) {
            out.add(new Constraint(step, "required", name, node, focus, value, inGroup));
        }
        for (String kw : List.of("dependentRequired", "dependencies")) {
            JsonNode dr = j.get(kw);
            if (dr != null) {
                for (String key : dr.propertyNames()) {
                    if (!dr.get(key).isArray()) {
                        throw new IllegalStateException(node.where() + ": schema dependencies are not understood");
                    }
                    for (String dep : strings(dr.get(key))) {
                        out.add(new Constraint(step, kw, key + "->" + dep, node, focus, value, inGroup));
                    }
                }
            }
        }
        JsonNode ap = j.get("additionalProperties");
        if (ap != null && ap.isBoolean() && !ap.asBoolean()) {
            out.add(new Constraint(step, "additionalProperties", "", node, focus, value, inGroup));
        }
        S props = node.child("properties");
        if (props != null) {
            for (String name : props.json().propertyNames()) {
                S p = props.child(name);
                List<S> v = new ArrayList<>();
                if (inGroup != null && !focus.isEmpty() && focus.get(focus.size() - 1) instanceof Branch) {
                    // a property inside a branch: the value's schema is the holder's, narrowed by the branch
                    S own = inGroup.holder().child("properties") == null ? null
                            : inGroup.holder().child("properties").child(name);
                    if (own != null) {
                        v.add(own);
                    }
                }
                v.add(p);
                walk(step, p, append(focus, new Prop(name)), v, inGroup, out, depth + 1);
            }
        }
        if (ap != null && ap.isObject()) {
            S sub = node.child("additionalProperties");
            walk(step, sub, append(focus, new MapValue()), List.of(sub), inGroup, out, depth + 1);
        }
        if (j.has("items")) {
            S items = node.child("items");
            if (!items.json().isObject()) {
                throw new IllegalStateException(node.where() + ": only a single items schema is understood");
            }
            out.add(new Constraint(step, "items", "", node, focus, value, inGroup));
            walk(step, items, append(focus, new Item()), List.of(items), inGroup, out, depth + 1);
        }
        for (String kind : List.of("oneOf", "anyOf")) {
            S arr = node.child(kind);
            if (arr == null) {
                continue;
            }
            Group g = new Group(kind, arr, node);
            out.add(new Constraint(step, kind, "", node, focus, value, g));
            for (int i = 0; i < arr.size(); i++) {
                walk(step, arr.item(i), append(focus, new Branch(arr.where(), i)), value, g, out, depth + 1);
            }
        }
    }

    private static <T> List<T> append(List<T> list, T t) {
        List<T> out = new ArrayList<>(list);
        out.add(t);
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------ merged schemas

    /** What a list of schemas that all apply to one value demand together. */
    private final class View {
        final List<S> parts = new ArrayList<>();
        final Set<String> types = new LinkedHashSet<>();
        List<Object> enumValues;
        boolean hasConst;
        Object constValue;
        int minLength = -1;
        final List<String> patterns = new ArrayList<>();
        String format;
        int minItems = -1;
        boolean uniqueItems;
        final List<S> items = new ArrayList<>();
        final Map<String, List<S>> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        final List<S> additional = new ArrayList<>();
        boolean closed;
        int minProperties = -1;
        Long minimum;
        Long maximum;
        final List<Group> groups = new ArrayList<>();

        View(List<S> schemas) {
            for (S raw : schemas) {
                add(raw);
            }
        }

        void add(S raw) {
            S s = resolve(raw);
            parts.add(s);
            JsonNode j = s.json();
            if (j.has("type")) {
                String t = j.get("type").asString();
                if (!types.isEmpty() && !types.contains(t)) {
                    types.clear();
                    types.add("<none>");
                } else {
                    types.add(t);
                }
            }
            if (j.has("enum")) {
                List<Object> vals = new ArrayList<>();
                for (int i = 0; i < j.get("enum").size(); i++) {
                    vals.add(toJava(j.get("enum").get(i)));
                }
                enumValues = enumValues == null ? vals : intersect(enumValues, vals);
            }
            if (j.has("const")) {
                Object c = toJava(j.get("const"));
                enumValues = enumValues == null ? new ArrayList<>(Collections.singletonList(c))
                        : intersect(enumValues, Collections.singletonList(c));
                hasConst = true;
                constValue = c;
            }
            if (j.has("minLength")) {
                minLength = Math.max(minLength, j.get("minLength").asInt());
            }
            if (j.has("pattern")) {
                patterns.add(j.get("pattern").asString());
            }
            if (j.has("format")) {
                format = j.get("format").asString();
            }
            if (j.has("minItems")) {
                minItems = Math.max(minItems, j.get("minItems").asInt());
            }
            uniqueItems |= j.has("uniqueItems") && j.get("uniqueItems").asBoolean();
            if (j.has("items")) {
                items.add(s.child("items"));
            }
            S props = s.child("properties");
            if (props != null) {
                for (String name : props.json().propertyNames()) {
                    properties.computeIfAbsent(name, n -> new ArrayList<>()).add(props.child(name));
                }
            }
            required.addAll(strings(j.get("required")));
            JsonNode ap = j.get("additionalProperties");
            if (ap != null && ap.isObject()) {
                additional.add(s.child("additionalProperties"));
            }
            closed |= ap != null && ap.isBoolean() && !ap.asBoolean();
            if (j.has("minProperties")) {
                minProperties = Math.max(minProperties, j.get("minProperties").asInt());
            }
            if (j.has("minimum")) {
                minimum = minimum == null ? j.get("minimum").asLong() : Math.max(minimum, j.get("minimum").asLong());
            }
            if (j.has("maximum")) {
                maximum = maximum == null ? j.get("maximum").asLong() : Math.min(maximum, j.get("maximum").asLong());
            }
            for (String kind : List.of("oneOf", "anyOf")) {
                if (j.has(kind)) {
                    groups.add(new Group(kind, s.child(kind), s));
                }
            }
        }

        /** @return the single JSON type demanded, or {@code any} */
        String type() {
            return types.isEmpty() ? "any" : types.iterator().next();
        }

        /** @return the allowed values of the demanded type, or null when any value of the type will do */
        List<Object> allowed() {
            if (enumValues == null) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (Object v : enumValues) {
                if (fits(v, type())) {
                    out.add(v);
                }
            }
            return out;
        }

        /** @return whether no value satisfies these schemas: the property must be absent */
        boolean impossible() {
            List<Object> a = allowed();
            return types.contains("<none>") || a != null && a.isEmpty();
        }
    }

    private static List<Object> intersect(List<Object> a, List<Object> b) {
        List<Object> out = new ArrayList<>();
        for (Object o : a) {
            if (b.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean fits(Object v, String type) {
        return switch (type) {
            case "string" -> v instanceof String;
            case "boolean" -> v instanceof Boolean;
            case "integer" -> v instanceof Long;
            case "number" -> v instanceof Long || v instanceof BigDecimal;
            case "object" -> v instanceof Map;
            case "array" -> v instanceof List;
            case "null" -> v == null;
            case "any" -> true;
            default -> false;
        };
    }

    private static Object toJava(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isString()) {
            return n.asString();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                out.add(toJava(n.get(i)));
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : n.propertyNames()) {
            out.put(k, toJava(n.get(k)));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ generation

    /**
     * A generated configuration.
     *
     * @param config      the configuration, valid for the schema
     * @param at          the concrete path of the value the focus led to
     * @param holder      the concrete path of the object whose branch the focus chose (null when none)
     */
    record Generated(Object config, JsonPath at, JsonPath holder) {
    }

    /**
     * @param step  a step
     * @param focus the way to a constraint: the objects and lists on it are generated, and the branches it names
     *              chosen
     * @param rnd   null for a minimal, deterministic configuration (required properties and the focus only; item 0;
     *              map key {@code k1}); else a random one
     * @return a configuration the schema should accept (the caller asks the oracle)
     */
    Generated generate(String step, List<Step> focus, Random rnd) {
        Gen g = new Gen(rnd);
        Object config = g.value(new View(List.of(root(step))), new ArrayList<>(focus), JsonPath.ROOT);
        return new Generated(config, g.at, g.holder);
    }

    /** One generation run: its randomness, and the strings used so far (kept distinct). */
    private final class Gen {
        final Random rnd;
        final Set<String> used = new HashSet<>();
        int counter;
        JsonPath at;
        JsonPath holder;

        Gen(Random rnd) {
            this.rnd = rnd;
        }

        boolean chance(int percent) {
            return rnd != null && rnd.nextInt(100) < percent;
        }

        /**
         * @param focus the rest of the focus (consumed by this call), or null when the value is off the focus
         */
        Object value(View v, List<Step> focus, JsonPath path) {
            if (focus != null && focus.isEmpty()) {
                at = path;
            }
            if (v.impossible()) {
                throw new IllegalStateException("no value satisfies " + v.parts.stream().map(S::where).toList());
            }
            List<Object> allowed = v.allowed();
            if (allowed != null && !v.type().equals("object") && !v.type().equals("array")) {
                return copy(rnd == null ? allowed.get(0) : allowed.get(rnd.nextInt(allowed.size())));
            }
            return switch (v.type()) {
                case "string" -> string(v);
                case "boolean" -> rnd == null || rnd.nextBoolean();
                case "integer" -> integer(v);
                case "number" -> new BigDecimal("1.5");
                case "array" -> array(v, focus, path);
                case "object" -> object(v, focus, path);
                default -> any();
            };
        }

        String string(View v) {
            int min = Math.max(v.minLength, 0);
            for (int attempt = 0; attempt < 200; attempt++) {
                String s;
                boolean free = false;
                if ("email".equals(v.format)) {
                    s = rnd == null ? "dev@example.com" : alnum(1 + rnd.nextInt(8)) + "@" + alnum(1 + rnd.nextInt(6))
                            + ".example.com";
                } else if ("uri".equals(v.format)) {
                    s = rnd == null ? "https://git.example.com/org/repo.git"
                            : List.of("https", "http", "ssh").get(rnd.nextInt(3)) + "://host-" + alnum(3)
                            + ".example.com/" + alnum(1 + rnd.nextInt(8)) + "/" + alnum(1 + rnd.nextInt(8));
                } else if (v.format != null) {
                    throw new IllegalStateException("no generator for format " + v.format);
                } else if (!v.patterns.isEmpty()) {
                    s = Regex.generate(v.patterns.get(0), rnd);
                } else if (rnd == null) {
                    s = "value-" + (++counter);
                } else if (min == 0 && rnd.nextInt(10) == 0) {
                    s = "";
                } else {
                    free = true;
                    StringBuilder sb = new StringBuilder();
                    int len = Math.max(min, 1) + rnd.nextInt(12);
                    for (int i = 0; i < len; i++) {
                        sb.appendCodePoint(RANDOM_CHARS[rnd.nextInt(RANDOM_CHARS.length)]);
                    }
                    s = sb.toString();
                }
                boolean ok = s.codePointCount(0, s.length()) >= min && !StepValues.isExpression(s)
                        && !(free && used.contains(s));
                for (String p : v.patterns) {
                    ok &= java.util.regex.Pattern.compile(p).matcher(s).find();
                }
                if (ok) {
                    used.add(s);
                    return s;
                }
            }
            throw new IllegalStateException("cannot generate a string for " + v.parts.stream().map(S::where).toList());
        }

        String alnum(int n) {
            String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(rnd.nextInt(chars.length())));
            }
            return sb.toString();
        }

        Long integer(View v) {
            long lo = v.minimum != null ? v.minimum : v.maximum != null ? Math.min(-100, v.maximum) : -100;
            long hi = v.maximum != null ? v.maximum : Math.max(lo + 100_000, 100_000);
            if (rnd == null) {
                return Math.max(lo, Math.min(1, hi));
            }
            int pick = rnd.nextInt(10);
            if (pick < 2) {
                return lo;
            }
            if (pick < 4) {
                return hi;
            }
            return lo + (long) (rnd.nextDouble() * Math.min(hi - lo, 1000));
        }

        Object any() {
            if (rnd == null) {
                return "value-" + (++counter);
            }
            return switch (rnd.nextInt(7)) {
                case 0 -> (long) rnd.nextInt(1000) - 10;
                case 1 -> rnd.nextBoolean();
                case 2 -> null;
                case 3 -> new ArrayList<>(List.of(string(new View(List.of())), (long) rnd.nextInt(9)));
                case 4 -> new LinkedHashMap<>(Map.of("k" + rnd.nextInt(9), string(new View(List.of()))));
                default -> string(new View(List.of()));
            };
        }

        List<Object> array(View v, List<Step> focus, JsonPath path) {
            List<Step> rest = null;
            if (focus != null && !focus.isEmpty()) {
                if (!(focus.get(0) instanceof Item)) {
                    throw new IllegalStateException(path + ": focus " + focus + " does not fit a list");
                }
                rest = focus.subList(1, focus.size());
            }
            View item = new View(v.items);
            int n = rnd == null ? Math.max(v.minItems, 1) : Math.max(v.minItems, 1 + rnd.nextInt(3));
            List<Object> allowed = item.allowed();
            if (v.uniqueItems && allowed != null) {
                n = Math.min(n, allowed.size());
            }
            int focusIndex = rnd == null ? 0 : rnd.nextInt(n);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object x = null;
                for (int attempt = 0; attempt < 50; attempt++) {
                    x = value(item, i == focusIndex ? rest : null, path.index(i));
                    if (!v.uniqueItems || !out.contains(x)) {
                        break;
                    }
                    if (allowed != null) {
                        List<Object> left = new ArrayList<>(allowed);
                        left.removeAll(out);
                        x = left.get(rnd == null ? 0 : rnd.nextInt(left.size()));
                        break;
                    }
                }
                out.add(x);
            }
            return out;
        }

        Map<String, Object> object(View v, List<Step> focus, JsonPath path) {
            List<Step> f = focus == null ? null : new ArrayList<>(focus);
            // choose a branch of each oneOf/anyOf, as the focus says or as fits the property it leads to
            List<S> parts = new ArrayList<>(v.parts);
            Set<String> excluded = new HashSet<>();
            for (Group g : v.groups) {
                int chosen = -1;
                if (f != null && !f.isEmpty() && f.get(0) instanceof Branch b && b.group().equals(g.node().where())) {
                    chosen = b.index();
                    f.remove(0);
                    holder = path;
                    if (f.isEmpty()) {
                        at = path;
                    }
                } else {
                    String next = f != null && !f.isEmpty() && f.get(0) instanceof Prop p ? p.name() : null;
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < g.node().size(); i++) {
                        order.add(i);
                    }
                    if (rnd != null) {
                        Collections.shuffle(order, rnd);
                    }
                    for (int i : order) {
                        if (next == null || allows(v, g, i, next)) {
                            chosen = i;
                            break;
                        }
                    }
                    if (chosen < 0) {
                        chosen = order.get(0);   // the oracle will say the base is invalid
                    }
                }
                parts.add(g.node().item(chosen));
                if (g.kind().equals("oneOf")) {
                    for (int i = 0; i < g.node().size(); i++) {
                        if (i != chosen) {
                            excluded.addAll(g.required(i));
                        }
                    }
                }
            }
            View full = new View(parts);
            excluded.removeAll(full.required);
            Step next = f != null && !f.isEmpty() ? f.get(0) : null;
            List<Step> rest = f != null && !f.isEmpty() ? f.subList(1, f.size()) : null;
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<S>> e : full.properties.entrySet()) {
                String name = e.getKey();
                boolean focused = next instanceof Prop p && p.name().equals(name);
                boolean required = full.required.contains(name);
                View pv = new View(e.getValue());
                if (pv.impossible() || excluded.contains(name) && !required) {
                    if (focused && rest.isEmpty()) {
                        at = path.key(name);    // the value stays absent; the mutation sets it
                    }
                    continue;
                }
                if (required || focused || chance(50)) {
                    out.put(name, value(pv, focused ? new ArrayList<>(rest) : null, path.key(name)));
                }
            }
            for (String name : full.required) {
                if (!out.containsKey(name) && !full.properties.containsKey(name)) {
                    out.put(name, value(new View(List.of()), null, path.key(name)));
                }
            }
            if (next instanceof Prop p && !full.properties.containsKey(p.name())) {
                throw new IllegalStateException(path + ": focus on unknown property " + p.name());
            }
            // a map: additionalProperties with a schema, or a free-form object
            boolean map = full.properties.isEmpty() && !full.closed;
            if (map) {
                boolean focused = next instanceof MapValue;
                int n = Math.max(Math.max(full.minProperties, focused ? 1 : 0), rnd == null ? 0 : rnd.nextInt(4));
                View value = new View(full.additional);
                for (int i = 0; i < n; i++) {
                    String key = rnd == null ? "k" + (i + 1) : "key-" + alnum(1 + rnd.nextInt(6));
                    if (out.containsKey(key)) {
                        continue;
                    }
                    out.put(key, value(value, focused && i == 0 ? new ArrayList<>(rest) : null, path.key(key)));
                }
            } else if (next instanceof MapValue) {
                throw new IllegalStateException(path + ": focus " + next + " on an object that is not a map");
            }
            return out;
        }

        /** @return whether branch {@code i} of {@code g} lets property {@code name} be set */
        boolean allows(View object, Group g, int i, String name) {
            List<S> schemas = new ArrayList<>(object.properties.getOrDefault(name, List.of()));
            S branchProps = g.node().item(i).child("properties");
            if (branchProps != null && branchProps.child(name) != null) {
                schemas.add(branchProps.child(name));
            }
            if (new View(schemas).impossible()) {
                return false;
            }
            if (g.kind().equals("oneOf") && !g.required(i).contains(name)) {
                for (int j = 0; j < g.node().size(); j++) {
                    if (j != i && g.required(j).contains(name)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** @return a deep copy of a Java tree */
    @SuppressWarnings("unchecked")
    static Object copy(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (tree instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return tree;
    }

    // ------------------------------------------------------------------------------------------ tree edits

    /** @return the value at a path, or {@link #ABSENT} */
    static Object get(Object tree, JsonPath path) {
        Object cur = tree;
        for (Object seg : path.segments()) {
            if (seg instanceof String k && cur instanceof Map<?, ?> m && m.containsKey(k)) {
                cur = m.get(k);
            } else if (seg instanceof Integer i && cur instanceof List<?> l && i < l.size()) {
                cur = l.get(i);
            } else {
                return ABSENT;
            }
        }
        return cur;
    }

    /** The result of {@link #get} where there is no value. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    /** @return a copy of the tree with the value at the path set ({@link #ABSENT}: removed) */
    @SuppressWarnings("unchecked")
    static Object with(Object tree, JsonPath path, Object value) {
        if (path.isRoot()) {
            return value;
        }
        Object out = copy(tree);
        List<Object> segs = path.segments();
        Object cur = out;
        for (int i = 0; i < segs.size() - 1; i++) {
            Object seg = segs.get(i);
            cur = seg instanceof String k ? ((Map<String, Object>) cur).get(k)
                    : ((List<Object>) cur).get((Integer) seg);
        }
        Object last = segs.get(segs.size() - 1);
        if (last instanceof String k) {
            if (value == ABSENT) {
                ((Map<String, Object>) cur).remove(k);
            } else {
                ((Map<String, Object>) cur).put(k, value);
            }
        } else {
            ((List<Object>) cur).set((Integer) last, value);
        }
        return out;
    }

    /** @return whether the tree holds a {@code ${{ }}} expression string anywhere */
    static boolean hasExpression(Object tree) {
        if (tree instanceof String s) {
            return StepValues.isExpression(s);
        }
        if (tree instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(SchemaWalker::hasExpression);
        }
        if (tree instanceof List<?> l) {
            return l.stream().anyMatch(SchemaWalker::hasExpression);
        }
        return false;
    }

    /**
     * @param tree    a configuration
     * @param percent how often a string, boolean or whole number is replaced
     * @return a copy in which some scalar values are {@code ${{ }}} expressions
     */
    @SuppressWarnings("unchecked")
    static Object withExpressions(Object tree, Random rnd, int percent) {
        if (tree instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, withExpressions(v, rnd, percent)));
            return out;
        }
        if (tree instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(withExpressions(v, rnd, percent)));
            return out;
        }
        if ((tree instanceof String || tree instanceof Boolean || tree instanceof Long)
                && rnd.nextInt(100) < percent) {
            String e = EXPRESSIONS.get(rnd.nextInt(EXPRESSIONS.size()));
            return tree instanceof String && rnd.nextInt(4) == 0 ? "prefix-" + e + "-suffix" : e;
        }
        return tree;
    }

    // ------------------------------------------------------------------------------------------ mutations

    /**
     * One way to break one constraint.
     *
     * @param variant   which way: candidates of one variant are alternatives (a test takes the first the oracle
     *                  rejects); different variants are tested each
     * @param label     what it does, for messages
     * @param config    the broken configuration
     * @param at        the path of the value it changed
     * @param holder    the path of the object the constraint is about, for object keywords and keywords in branches
     * @param children  the properties of {@code holder} at which a problem also counts
     * @param valueRule whether problems at {@code at} and below count
     * @param oracleKeywords the keywords one of the oracle's errors must have, so that this constraint (and not
     *                  something else) is what broke
     */
    record Mutation(String variant, String label, Object config, JsonPath at, JsonPath holder,
                    Set<String> children, boolean valueRule, Set<String> oracleKeywords) {

        /** @return whether a problem at this path flags the mutation */
        boolean flags(JsonPath p) {
            if (valueRule && startsWith(p, at)) {
                return true;
            }
            if (holder != null) {
                if (p.equals(holder)) {
                    return true;
                }
                return p.parent().map(holder::equals).orElse(false) && p.lastKey().map(children::contains)
                        .orElse(false);
            }
            return false;
        }

        /** @return the paths that count, for messages */
        String expected() {
            List<String> out = new ArrayList<>();
            if (valueRule) {
                out.add(at + " (or below)");
            }
            if (holder != null) {
                out.add(holder.toString());
                for (String c : children) {
                    out.add(holder.key(c).toString());
                }
            }
            return String.join(" | ", out);
        }
    }

    static boolean startsWith(JsonPath p, JsonPath prefix) {
        List<Object> a = p.segments();
        List<Object> b = prefix.segments();
        return a.size() >= b.size() && a.subList(0, b.size()).equals(b);
    }

    /**
     * The ways to break a constraint in a configuration generated with its focus. Most keywords have one; {@code oneOf}
     * has two (set two alternatives; set none), each tried as long as the schema accepts what it gives.
     *
     * <p>Which problem paths count: for a keyword about a value ({@code type}, {@code minLength}, {@code enum},
     * {@code pattern}, {@code items}, ...) the value's path or below (a duplicate item is reported at the item); for
     * {@code required}, {@code additionalProperties} and {@code dependentRequired} the holding object or the property
     * in question; for {@code oneOf}/{@code anyOf} the holding object or any property its branches name. A keyword
     * inside a branch of {@code oneOf}/{@code anyOf} breaks that combination, which the typed description states as
     * a rule on the holding object ({@code ExactlyOne}, {@code AtMostOne}, {@code AtLeastOne}, {@code Requires}),
     * so there the holding object and the properties the branches name count as well.
     *
     * @param rnd null to take the first candidate values, else random ones
     */
    List<Mutation> mutations(Constraint c, Generated g, Random rnd) {
        Object base = g.config();
        JsonPath at = g.at();
        if (at == null) {
            throw new IllegalStateException(c.id() + ": the generator did not reach the focus");
        }
        String kw = c.keyword();
        JsonPath holder = c.inBranch() ? g.holder() : VALUE_KEYWORDS.contains(kw) ? null : at;
        Set<String> children = new LinkedHashSet<>();
        if (c.group() != null) {
            children.addAll(c.group().names());
        }
        // the oracle's error for a keyword in a branch is the group's (networknt reports an anyOf by the errors of its
        // branches, found by their evaluation path), or the keyword's own when the property repeats it outside
        Set<String> oracleKw = c.inBranch() ? Set.of(c.group().kind(), kw) : Set.of(kw.equals("items") ? "type" : kw);
        boolean valueRule = VALUE_KEYWORDS.contains(kw);
        View here = new View(c.value());
        Object current = get(base, at);
        List<Mutation> out = new ArrayList<>();
        java.util.function.BiConsumer<String, Object> set = (label, value) ->
                out.add(new Mutation("", label, with(base, at, value), at, holder, children, valueRule, oracleKw));
        switch (kw) {
            case "type" -> {
                List<Object> wrong = wrongValues(c.node().json().get("type").asString());
                Object w = wrong.get(rnd == null ? 0 : rnd.nextInt(wrong.size()));
                set.accept("set " + at + " to " + toJson(w) + " (not " + c.node().json().get("type").asString() + ")",
                        w);
            }
            case "minLength" -> {
                int n = c.node().json().get("minLength").asInt();
                set.accept("set " + at + " to a string of " + (n - 1) + " characters", "a".repeat(Math.max(0, n - 1)));
            }
            case "minItems" -> {
                int n = c.node().json().get("minItems").asInt();
                List<Object> items = current instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
                while (items.size() > n - 1) {
                    items.remove(items.size() - 1);
                }
                set.accept("set " + at + " to a list of " + (n - 1) + " items", items);
            }
            case "minProperties" -> {
                int n = c.node().json().get("minProperties").asInt();
                Map<String, Object> m = current instanceof Map<?, ?> cm ? new LinkedHashMap<>(cast(cm))
                        : new LinkedHashMap<>();
                while (m.size() > n - 1) {
                    m.remove(m.keySet().iterator().next());
                }
                set.accept("set " + at + " to an object of " + (n - 1) + " entries", m);
            }
            case "minimum" -> set.accept("set " + at + " to minimum - 1",
                    c.node().json().get("minimum").asLong() - 1);
            case "maximum" -> set.accept("set " + at + " to maximum + 1",
                    c.node().json().get("maximum").asLong() + 1);
            case "enum", "const" -> {
                List<Object> allowed = new ArrayList<>();
                JsonNode e = c.node().json().get(kw);
                if (kw.equals("const")) {
                    allowed.add(toJava(e));
                } else {
                    for (int i = 0; i < e.size(); i++) {
                        allowed.add(toJava(e.get(i)));
                    }
                }
                Object outside = outside(here.type(), allowed, c, at, rnd);
                set.accept("set " + at + " to " + toJson(outside) + ", not in " + toJson(allowed), outside);
            }
            case "pattern" -> {
                String p = c.node().json().get("pattern").asString();
                int min = Math.max(1, here.minLength);
                for (String s : List.of("~", "not a match ~", "!!!!", "x")) {
                    String v = s.repeat((min + s.length() - 1) / s.length());
                    if (!java.util.regex.Pattern.compile(p).matcher(v).find()) {
                        set.accept("set " + at + " to \"" + v + "\", which pattern " + p + " does not find", v);
                        break;
                    }
                }
            }
            case "format" -> {
                String f = c.node().json().get("format").asString();
                String bad = switch (f) {
                    case "email" -> "not-an-email";
                    case "uri" -> "example.com/no-scheme";
                    default -> throw new IllegalStateException("no bad value for format " + f);
                };
                set.accept("set " + at + " to \"" + bad + "\" (not " + f + ")", bad);
            }
            case "uniqueItems" -> {
                List<Object> items = current instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
                if (!items.isEmpty()) {
                    items.add(1, copy(items.get(0)));
                    set.accept("repeat item 0 of " + at, items);
                }
            }
            case "items" -> {
                View item = new View(List.of(c.node().child("items")));
                List<Object> wrong = wrongValues(item.type());
                Object w = wrong.get(rnd == null ? 0 : rnd.nextInt(wrong.size()));
                List<Object> items = current instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
                if (items.isEmpty()) {
                    items.add(w);
                } else {
                    items.set(0, w);
                }
                set.accept("set item 0 of " + at + " to " + toJson(w), items);
            }
            case "required" -> {
                JsonPath p = at.key(c.detail());
                children.add(c.detail());
                out.add(new Mutation("", "remove " + p, with(base, p, ABSENT), p, at, children, false, oracleKw));
            }
            case "dependentRequired", "dependencies" -> {
                String[] kd = c.detail().split("->");
                Object withKey = get(base, at.key(kd[0])) == ABSENT ? with(base, at.key(kd[0]), "value") : base;
                children.add(kd[1]);
                out.add(new Mutation("", "set " + at.key(kd[0]) + " and remove " + at.key(kd[1]),
                        with(withKey, at.key(kd[1]), ABSENT), at.key(kd[1]), at, children, false, oracleKw));
            }
            case "additionalProperties" -> {
                if (!(current instanceof Map)) {
                    // on a list or a string the keyword constrains nothing: the oracle accepts this, and it is
                    // counted as skipped
                    out.add(new Mutation("", "none possible: additionalProperties on a "
                            + c.node().json().path("type").asString("untyped") + " value has no effect", base, at,
                            at, children, false, oracleKw));
                    break;
                }
                JsonPath p = at.key(EXTRA_KEY);
                children.add(EXTRA_KEY);
                out.add(new Mutation("", "add " + p, with(base, p, "x"), p, at, children, false, oracleKw));
            }
            case "oneOf", "anyOf" -> groupMutations(c, base, at, children, oracleKw, rnd, out);
            default -> throw new IllegalStateException("no mutation for keyword " + kw);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** @return values of JSON types other than the given one (the first is used by deterministic tests) */
    static List<Object> wrongValues(String type) {
        return switch (type) {
            case "string" -> Arrays.asList(42L, true, null, new ArrayList<>(List.of("x")), new LinkedHashMap<>());
            case "boolean" -> Arrays.asList("yes", "true", 1L, null, new ArrayList<>());
            case "integer" -> Arrays.asList("5", new BigDecimal("1.5"), true, null, new LinkedHashMap<>());
            case "object" -> Arrays.asList("not-an-object", new ArrayList<>(), 5L, true);
            case "array" -> Arrays.asList("not-a-list", new LinkedHashMap<>(Map.of("k", "v")), 5L, false);
            default -> throw new IllegalStateException("no wrong value for type " + type);
        };
    }

    /** @return a value of the property's type that the enum or const does not allow */
    private Object outside(String type, List<Object> allowed, Constraint c, JsonPath at, Random rnd) {
        List<Object> candidates = switch (type) {
            case "string", "any" -> List.of("not-in-enum", "x", "NOT-IN-ENUM");
            case "boolean" -> List.of(true, false);
            case "integer", "number" -> List.of(987_654L, 0L, -1L);
            case "object", "array" -> {
                // a valid value of the property's own schema (without the branch that forbids it)
                Gen g = new Gen(rnd);
                yield List.of(g.value(new View(c.value().subList(0, 1)), null, at));
            }
            default -> throw new IllegalStateException("no value outside an enum of type " + type);
        };
        for (Object o : candidates) {
            if (!allowed.contains(o)) {
                return o;
            }
        }
        throw new IllegalStateException(c.id() + ": no value outside " + allowed);
    }

    private void groupMutations(Constraint c, Object base, JsonPath at, Set<String> children,
                                Set<String> oracleKw, Random rnd, List<Mutation> out) {
        Group g = c.group();
        View object = new View(List.of(g.holder()));
        // none: no branch's required properties set
        Object none = base;
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < g.node().size(); i++) {
            for (String r : g.required(i)) {
                if (get(none, at.key(r)) != ABSENT) {
                    none = with(none, at.key(r), ABSENT);
                    removed.add(r);
                }
            }
        }
        if (!removed.isEmpty()) {
            out.add(new Mutation("none", c.keyword() + ": remove " + removed + " (no alternative)", none, at, at,
                    children, false, oracleKw));
        }
        if (g.kind().equals("anyOf")) {
            return;
        }
        // two: set the required properties of one more branch (or of two more)
        List<Integer> withRequired = new ArrayList<>();
        for (int i = 0; i < g.node().size(); i++) {
            if (!g.required(i).isEmpty()) {
                withRequired.add(i);
            }
        }
        List<List<Integer>> combos = new ArrayList<>();
        withRequired.forEach(i -> combos.add(List.of(i)));
        for (int a = 0; a < withRequired.size(); a++) {
            for (int b = a + 1; b < withRequired.size(); b++) {
                combos.add(List.of(withRequired.get(a), withRequired.get(b)));
            }
        }
        for (List<Integer> combo : combos) {
            Object two = base;
            Gen gen = new Gen(rnd);
            List<String> set = new ArrayList<>();
            for (int i : combo) {
                for (String r : g.required(i)) {
                    List<S> schemas = new ArrayList<>(object.properties.getOrDefault(r, List.of()));
                    S bp = g.node().item(i).child("properties");
                    if (bp != null && bp.child(r) != null) {
                        schemas.add(bp.child(r));
                    }
                    View rv = new View(schemas);
                    if (!rv.impossible() && get(two, at.key(r)) == ABSENT) {
                        two = with(two, at.key(r), gen.value(rv, null, at.key(r)));
                        set.add(r);
                    }
                }
            }
            if (!two.equals(base)) {
                out.add(new Mutation("two", c.keyword() + ": set " + set + " (a second alternative)", two, at, at,
                        children, false, oracleKw));
            }
        }
    }

    /** @return whether one of the oracle's errors has one of the keywords */
    static boolean oracleSays(List<Error> errors, Set<String> keywords) {
        for (Error e : errors) {
            if (keywords.contains(e.getKeyword())) {
                return true;
            }
            for (String k : keywords) {
                if ((k.equals("oneOf") || k.equals("anyOf")) && e.getEvaluationPath().toString().contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the first problem path flagging the mutation, or null */
    static ConfigProblem flagging(Mutation m, List<ConfigProblem> problems) {
        for (ConfigProblem p : problems) {
            if (m.flags(p.path())) {
                return p;
            }
        }
        return null;
    }

    /** @return problems as {@code path kind} strings, for messages */
    static String describeProblems(List<ConfigProblem> problems) {
        List<String> out = new ArrayList<>();
        for (ConfigProblem p : problems) {
            out.add(p.path() + " " + p.kind());
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------ regular expressions

    /**
     * Strings a regular expression finds: enough of the syntax for JSON Schema patterns (literals, {@code .},
     * classes, {@code \d}, groups, alternation, {@code ? * + {n,m}}, anchors).
     */
    static final class Regex {
        private final String re;
        private final Random rnd;
        private final StringBuilder out = new StringBuilder();
        private int pos;

        private Regex(String re, Random rnd) {
            this.re = re;
            this.rnd = rnd;
        }

        /** @return a string the pattern finds: the shortest choices without randomness */
        static String generate(String pattern, Random rnd) {
            Regex r = new Regex(pattern, rnd);
            Node n = r.alternation();
            if (r.pos != pattern.length()) {
                throw new IllegalArgumentException("unsupported pattern " + pattern + " at " + r.pos);
            }
            n.emit(r);
            return r.out.toString();
        }

        private interface Node {
            void emit(Regex r);
        }

        private Node alternation() {
            List<Node> alts = new ArrayList<>();
            alts.add(sequence());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alts.add(sequence());
            }
            return r -> alts.get(r.rnd == null ? 0 : r.rnd.nextInt(alts.size())).emit(r);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Node atom = atom();
                items.add(quantified(atom));
            }
            return r -> items.forEach(i -> i.emit(r));
        }

        private Node quantified(Node atom) {
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String[] mm = re.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(mm[0]);
                max = mm.length == 1 ? min : mm[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(mm[1]);
                pos = close;
            } else {
                return atom;
            }
            pos++;
            int lo = min;
            int hi = max;
            return r -> {
                int n = r.rnd == null ? lo : lo + r.rnd.nextInt((int) Math.min((long) hi - lo, 3) + 1);
                for (int i = 0; i < n; i++) {
                    atom.emit(r);
                }
            };
        }

        private Node atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '^', '$' -> {
                    pos++;
                    return r -> { };
                }
                case '(' -> {
                    pos++;
                    if (re.startsWith("?:", pos)) {
                        pos += 2;
                    }
                    Node inner = alternation();
                    expect(')');
                    return inner;
                }
                case '[' -> {
                    return chars(charClass());
                }
                case '.' -> {
                    pos++;
                    return chars("abcxyzABC019-_".codePoints().toArray());
                }
                case '\\' -> {
                    pos++;
                    return chars(escape(re.charAt(pos++)));
                }
                default -> {
                    int cp = re.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return r -> r.out.appendCodePoint(cp);
                }
            }
        }

        private static Node chars(int[] set) {
            return r -> r.out.appendCodePoint(set[r.rnd == null ? 0 : r.rnd.nextInt(set.length)]);
        }

        private static int[] escape(char c) {
            return switch (c) {
                case 'd' -> "0123456789".codePoints().toArray();
                case 'w' -> "aZ09_".codePoints().toArray();
                case 's' -> new int[] {' '};
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        throw new IllegalArgumentException("unsupported escape \\" + c);
                    }
                    yield new int[] {c};
                }
            };
        }

        private int[] charClass() {
            expect('[');
            if (re.charAt(pos) == '^') {
                throw new IllegalArgumentException("negated classes are not supported: " + re);
            }
            List<Integer> set = new ArrayList<>();
            while (re.charAt(pos) != ']') {
                int from;
                if (re.charAt(pos) == '\\') {
                    pos++;
                    int[] esc = escape(re.charAt(pos++));
                    for (int e : esc) {
                        set.add(e);
                    }
                    continue;
                }
                from = re.codePointAt(pos);
                pos += Character.charCount(from);
                if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    int to = re.codePointAt(pos);
                    pos += Character.charCount(to);
                    for (int x = from; x <= to; x++) {
                        set.add(x);
                    }
                } else {
                    set.add(from);
                }
            }
            pos++;
            return set.stream().mapToInt(Integer::intValue).toArray();
        }

        private void expect(char c) {
            if (pos >= re.length() || re.charAt(pos) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + pos + " in " + re);
            }
            pos++;
        }
    }

    /**
     * @return a stable, well-mixed seed for a step and a seed number (consecutive seeds of {@link Random} give
     *     correlated first values, so they are mixed first)
     */
    static long seed(String step, long n) {
        return new SplittableRandom(step.hashCode() * 1_000_003L + n).nextLong();
    }
}
