package io.github.kargo4j.expr.kargo;

import io.github.kargo4j.expr.Environment;
import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.ExprFunction;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.Program;
import io.github.kargo4j.expr.internal.GoValues;
import io.github.kargo4j.expr.internal.GoYaml;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates Kargo templates as Kargo v1.11.2 does ({@code pkg/expressions/json_templates.go}): a whole JSON
 * document such as a step's {@code config} ({@link #evaluate(Map, Map)}, {@link #evaluateJson(String, Map)}) or one
 * string such as a var's value or a step's {@code if} ({@link #evaluate(String, Map)}).
 *
 * <pre>{@code
 * KargoTemplates templates = KargoTemplates.standard();
 * Map<String, Object> env = Map.of("vars", Map.of("replicas", 3), "ctx", Map.of("stage", "prod"));
 * templates.evaluate("${{ vars.replicas }}", env);              // 3.0: a number
 * templates.evaluate("${{ quote(vars.replicas) }}", env);       // "3": a string
 * templates.evaluate("stage/${{ ctx.stage }}", env);            // "stage/prod"
 * }</pre>
 *
 * <p>Values are those of {@linkplain io.github.kargo4j.expr the evaluator's model}; what a template yields is what
 * Go's {@code encoding/json} would make of Kargo's result: numbers read back from text are {@code Double}s, objects
 * {@code Map<String, Object>} in key order, arrays {@code List<Object>}. Thread-safe; compiled expressions are cached.
 */
public final class KargoTemplates {

    /** Environment keys Kargo reserves for its template functions (it does not reserve {@code unsafeQuote}). */
    private static final List<String> RESERVED = List.of("quote", "asYAML", "asJSON");

    private static final String[][] DELIMITERS = {{"${{", "}}"}, {"${%", "%}"}};

    /** Cached programs per expression text; cleared when it grows past this many. */
    private static final int CACHE_LIMIT = 4096;

    private static final KargoTemplates STANDARD = new KargoTemplates(ExprLang.standard());

    private final ExprLang lang;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    private KargoTemplates(ExprLang base) {
        ExprLang.Builder b = base.toBuilder();
        for (KargoFunction f : FunctionSet.TEMPLATE.functions()) {
            b.function(f.functionName(), implementation(f), f.signatures().toArray(String[]::new));
        }
        this.lang = b.build();
    }

    private static ExprFunction implementation(KargoFunction f) {
        return switch (f) {
            case QUOTE -> KargoTemplates::quote;
            case UNSAFE_QUOTE -> KargoTemplates::unsafeQuote;
            case AS_JSON -> KargoTemplates::asJson;
            case AS_YAML -> KargoTemplates::asYaml;
            default -> throw new IllegalStateException(f + " is not a template function");
        };
    }

    /** @return templates over {@link ExprLang#standard()} and the template functions (quote, unsafeQuote, asJSON, asYAML) */
    public static KargoTemplates standard() {
        return STANDARD;
    }

    /**
     * Templates over a configured language: its clock, limits and functions (such as Kargo's {@code commitFrom}),
     * plus the template functions, which take precedence over functions of the same name.
     *
     * @param lang the language
     * @return the templates
     */
    public static KargoTemplates using(ExprLang lang) {
        return new KargoTemplates(Objects.requireNonNull(lang, "lang"));
    }

    /** @return the language expressions are compiled with, template functions included */
    public ExprLang language() {
        return lang;
    }

    /**
     * @param s a string
     * @return whether Kargo evaluates it: it contains <code>${{</code> or <code>${%</code>
     */
    public static boolean isTemplate(String s) {
        return s.contains(DELIMITERS[0][0]) || s.contains(DELIMITERS[1][0]);
    }

    /**
     * Kargo's {@code EvaluateJSONTemplate}: evaluates every string value of a JSON object (never the keys).
     *
     * @param templateJson a JSON object (or {@code null})
     * @param env the environment; must not contain the reserved keys quote, asYAML, asJSON
     * @return the evaluated document as compact JSON, as Go's {@code json.Marshal} writes it
     * @throws TemplateException with Kargo's message
     */
    public String evaluateJson(String templateJson, Map<String, ?> env) {
        return evaluateJson(templateJson, Environment.of(env));
    }

    /**
     * {@link #evaluateJson(String, Map)} against an environment prepared once.
     *
     * @param templateJson a JSON object (or {@code null})
     * @param env the environment
     * @return the evaluated document as compact JSON
     * @throws TemplateException with Kargo's message
     */
    public String evaluateJson(String templateJson, Environment env) {
        checkEnv(env);
        Object parsed;
        try {
            parsed = GoValues.unmarshal(templateJson);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(NOT_JSON + e.getMessage(), "", null, null);
        }
        if (parsed != null && !(parsed instanceof Map)) {
            throw new TemplateException(NOT_JSON + "json: cannot unmarshal " + jsonKind(parsed)
                    + " into Go value of type map[string]interface {}", "", null, null);
        }
        return GoValues.marshal(evaluateTree(parsed, env));
    }

    private static final String NOT_JSON = "input is not valid JSON; are all expressions enclosed in quotes? ";

    /**
     * Kargo's {@code EvaluateJSONTemplate} over a tree: a copy of the template with every string value evaluated.
     *
     * @param template maps, lists, strings, numbers, booleans and nulls
     * @param env the environment; must not contain the reserved keys quote, asYAML, asJSON
     * @return the evaluated copy (the template is not changed)
     * @throws TemplateException with Kargo's message, and the path of the failing value
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> evaluate(Map<String, ?> template, Map<String, ?> env) {
        return evaluate(template, Environment.of(env));
    }

    /**
     * {@link #evaluate(Map, Map)} against an environment prepared once, which saves copying it for every expression.
     *
     * @param template maps, lists, strings, numbers, booleans and nulls
     * @param env the environment
     * @return the evaluated copy
     * @throws TemplateException with Kargo's message, and the path of the failing value
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> evaluate(Map<String, ?> template, Environment env) {
        checkEnv(env);
        return (Map<String, Object>) evaluateTree(template, env);
    }

    /**
     * Kargo's {@code EvaluateTemplate}: one string, as a var's value, a step's {@code if} or each string of a config.
     *
     * @param template the string
     * @param env the environment
     * @return the string itself when it has no delimiter; otherwise a {@code String}, {@code Double},
     *         {@code Boolean}, {@code null} or a JSON value (map or list)
     * @throws TemplateException with Kargo's message
     */
    public Object evaluate(String template, Map<String, ?> env) {
        return isTemplate(template) ? evaluateString(template, Environment.of(env), "") : template;
    }

    /**
     * {@link #evaluate(String, Map)} against an environment prepared once.
     *
     * @param template the string
     * @param env the environment
     * @return the value
     * @throws TemplateException with Kargo's message
     */
    public Object evaluate(String template, Environment env) {
        return evaluateString(template, env, "");
    }

    /**
     * Writes a value as Go's {@code json.Marshal} does, as Kargo writes an evaluated template.
     *
     * @param value a value
     * @return compact JSON
     * @throws TemplateException where Go cannot encode the value (infinities, NaN, functions)
     */
    public static String toJson(Object value) {
        try {
            return GoValues.marshal(value);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(e.getMessage(), "", null, null);
        }
    }

    /**
     * Reads JSON as Go's {@code json.Unmarshal} into {@code any} does, as Kargo reads a template and an environment:
     * objects become maps, every number a {@code Double}.
     *
     * @param json JSON text
     * @return the value
     * @throws IllegalArgumentException with Go's message when the text is not JSON
     */
    public static Object fromJson(String json) {
        return GoValues.unmarshal(json);
    }

    private static void checkEnv(Environment env) {
        for (String key : RESERVED) {
            if (env.names().contains(key)) {
                throw new TemplateException("\"" + key + "\" is a forbidden key in the environment map; it is"
                        + " reserved for internal use", "", null, null);
            }
        }
    }

    /** Copies the tree, evaluating strings, iteratively (any depth); then checks that JSON can encode the result. */
    private Object evaluateTree(Object template, Environment e) {
        Object[] root = new Object[1];
        Deque<Object[]> work = new ArrayDeque<>();
        // each item: {source, target container (Object[] / Map / List), key or index, path}
        work.push(new Object[] {template, root, 0, ""});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Object src = item[0];
            String path = (String) item[3];
            Object copy;
            if (src instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : m.entrySet()) {
                    out.put(String.valueOf(entry.getKey()), null);
                }
                List<Object[]> kids = new ArrayList<>();
                for (Map.Entry<?, ?> entry : m.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    kids.add(new Object[] {entry.getValue(), out, key, child(path, key)});
                }
                for (int i = kids.size() - 1; i >= 0; i--) {
                    work.push(kids.get(i));
                }
                copy = out;
            } else if (src instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (int i = 0; i < l.size(); i++) {
                    out.add(null);
                }
                for (int i = l.size() - 1; i >= 0; i--) {
                    work.push(new Object[] {l.get(i), out, i, path + "[" + i + "]"});
                }
                copy = out;
            } else if (src instanceof String s) {
                copy = evaluateString(s, e, path);
            } else {
                copy = src;
            }
            set(item[1], item[2], copy);
        }
        checkEncodable(root[0]);
        return root[0];
    }

    /** Go marshals the result last: a value JSON cannot encode (a number read as Inf or NaN) fails the template. */
    private static void checkEncodable(Object value) {
        Deque<Object> work = new ArrayDeque<>();
        work.push(value == null ? List.of() : value);
        while (!work.isEmpty()) {
            Object v = work.pop();
            if (v instanceof Map<?, ?> m) {
                m.values().forEach(x -> work.push(x == null ? List.of() : x));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> work.push(x == null ? List.of() : x));
            } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new TemplateException("json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf"
                        : "-Inf"), "", null, null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Object target, Object key, Object value) {
        if (target instanceof Object[] a) {
            a[0] = value;
        } else if (target instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) key, value);
        } else {
            ((List<Object>) target).set((Integer) key, value);
        }
    }

    private static String child(String path, String key) {
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
                || c == '-');
        return plain ? (path.isEmpty() ? key : path + "." + key) : path + "['" + key.replace("'", "\\'") + "']";
    }

    private Object evaluateString(String template, Environment env, String path) {
        if (!isTemplate(template)) {
            return template;
        }
        String result = concatenate(template, env, path);
        boolean removedNewline = false;
        if (result.endsWith("\n")) {
            result = result.substring(0, result.length() - 1);
            removedNewline = true;
        }
        if (result.length() > 1 && result.startsWith("\"") && result.endsWith("\"")) {
            result = result.substring(1, result.length() - 1);
            return removedNewline ? result + "\n" : result;
        }
        Double number = GoValues.parseFloat(result);
        if (number != null) {
            return number;
        }
        Boolean bool = GoValues.parseBool(result);
        if (bool != null) {
            return bool;
        }
        try {
            return GoValues.unmarshal(result);
        } catch (IllegalArgumentException notJson) {
            return removedNewline ? result + "\n" : result;
        }
    }

    private String concatenate(String template, Environment env, String path) {
        StringBuilder out = new StringBuilder();
        String rest = template;
        while (true) {
            int start = -1;
            String[] delim = null;
            for (String[] d : DELIMITERS) {
                int i = rest.indexOf(d[0]);
                if (i >= 0 && (start < 0 || i < start)) {
                    start = i;
                    delim = d;
                }
            }
            if (delim == null) {
                return out.append(rest).toString();
            }
            int exprStart = start + delim[0].length();
            int end = rest.indexOf(delim[1], exprStart);
            if (end < 0) {
                throw new TemplateException("unclosed expression: expected \"" + delim[1]
                        + "\" but reached end of template", path, null, null);
            }
            out.append(rest, 0, start);
            String expression = rest.substring(exprStart, end);
            if (expression.isEmpty()) {
                // Go's loop takes an empty expression for the end of the template and keeps what follows as text
                return out.append(rest.substring(end + delim[1].length())).toString();
            }
            out.append(evaluateExpression(expression, env, path));
            rest = rest.substring(end + delim[1].length());
        }
    }

    private String evaluateExpression(String expression, Environment env, String path) {
        Object result;
        try {
            result = program(expression).run(env);
        } catch (ExprException e) {
            throw new TemplateException(e.getMessage(), path, expression, e);
        }
        if (result instanceof String s) {
            return s;
        }
        try {
            return GoValues.marshal(result);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(e.getMessage(), path, expression, null);
        }
    }

    private Program program(String expression) {
        Object cached = cache.get(expression);
        if (cached instanceof Program p) {
            return p;
        }
        if (cached instanceof ExprException e) {
            throw e;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        try {
            Program p = lang.compile(expression);
            cache.put(expression, p);
            return p;
        } catch (ExprException e) {
            cache.put(expression, e);
            throw e;
        }
    }

    private static String jsonKind(Object v) {
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "number";
    }

    // ---- the template functions ------------------------------------------------------------------------------------

    private static Object quote(List<Object> args) {
        Object v = args.get(0);
        if (v instanceof String s) {
            return GoValues.quote(s);
        }
        return unsafeQuote(args);
    }

    private static Object unsafeQuote(List<Object> args) {
        try {
            return "\"" + GoValues.marshal(args.get(0)) + "\"";
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error applying quote() function: " + e.getMessage());
        }
    }

    /**
     * {@code yaml.Marshal} between double quotes. yaml.v3 reports a value it cannot write (a function) by panicking,
     * whose text expr-lang shows as it is; its errors get the function's name, as Kargo wraps them.
     */
    private static Object asYaml(List<Object> args) {
        try {
            return "\"" + GoYaml.marshal(args.get(0)) + "\"";
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("yaml: ")
                    ? new IllegalArgumentException("error applying asYAML() function: " + e.getMessage()) : e;
        }
    }

    private static Object asJson(List<Object> args) {
        try {
            return "\"" + GoValues.marshalIndent(args.get(0)) + "\n\"";
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error applying asJSON() function: " + e.getMessage());
        }
    }
}
