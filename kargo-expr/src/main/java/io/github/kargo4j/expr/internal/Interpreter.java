package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.internal.Node.Kind;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a checked tree against an environment with expr-lang's run-time semantics. It walks the tree
 * recursively: the recursion depth is at most the tree's height, which the parser bounds ({@code maxDepth}), times a
 * constant number of frames per level; loops over collections are iterations, not recursion. Memory follows
 * expr-lang's budget (ranges, literals and the functions that copy arrays count against one million elements), and a
 * step budget stops evaluations that would run for an unreasonable time.
 *
 * <p>expr-lang v1.17.8 runs a stack machine whose findLast/findLastIndex loop leaves entries on the stack; operations
 * with several operands (binary operators, member access, slices, calls, literals, map) take their operands from the
 * top as that machine does ({@code take}), so such expressions give what Kargo gives. Loops of the other predicates
 * keep the leftovers without reordering.
 */
final class Interpreter {

    /** expr-lang's conf.DefaultMemoryBudget. */
    static final long MEMORY_BUDGET = 1_000_000L;
    /** Steps (nodes evaluated) allowed for one run. */
    static final long STEP_BUDGET = 50_000_000L;

    private static final Object CHAIN_NIL = new Object();

    private static final class Scope {
        List<?> items;
        int index;
        Object acc;
        Object item() {
            return items.get(index);
        }
    }

    private final Map<String, Object> env;
    private final Map<String, Callable> functions;
    private final Clock clock;
    private final ZoneId zone;
    private final List<Object[]> vars = new ArrayList<>();
    private final List<Scope> scopes = new ArrayList<>();
    private long memory;
    private long steps;
    /**
     * Values expr-lang v1.17.8's VM leaves on its stack: the backward loop of findLast and findLastIndex pushes each
     * index check and never pops it. Operations take their operands from the top of that stack, so such a leftover
     * can stand in for an operand; {@link #take} reproduces that.
     */
    private final List<Object> junk = new ArrayList<>();

    Interpreter(Map<String, Object> env, Map<String, Callable> functions, Clock clock, ZoneId zone) {
        this.env = env;
        this.functions = functions;
        this.clock = clock;
        this.zone = zone;
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(zone));
    }

    void grow(long size) {
        memory += size;
        if (memory >= MEMORY_BUDGET) {
            throw new EvalError("memory budget exceeded");
        }
    }

    /** Evaluates the tree; throws {@link Positioned} with the rune offset of the failing node. */
    Object run(Node root) {
        Object v = eval(root);
        return v == CHAIN_NIL ? null : v;
    }

    /** An EvalError with the position of the node that raised it. */
    static final class Positioned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int pos;

        Positioned(String message, int pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    private Object eval(Node n) {
        if (++steps > STEP_BUDGET) {
            throw new Positioned("evaluation step budget exceeded", n.pos);
        }
        try {
            return evalInner(n);
        } catch (EvalError e) {
            throw new Positioned(e.getMessage(), n.pos);
        } catch (ArithmeticException | ClassCastException | IndexOutOfBoundsException | IllegalStateException
                 | UnsupportedOperationException | java.time.DateTimeException | NullPointerException e) {
            throw new Positioned("runtime error: invalid operation", n.pos);
        }
    }

    private Object value(Node n) {
        Object v = eval(n);
        return v == CHAIN_NIL ? null : v;
    }

    private Object evalInner(Node n) {
        switch (n.kind) {
            case NIL:
                return null;
            case BOOL:
            case INT:
            case FLOAT:
            case STRING:
            case BYTES:
                return n.value;
            case CONST:
                return n.value instanceof List<?> l ? new ArrayList<>(l) : n.value;
            case IDENT:
                return ident(n.name);
            case UNARY: {
                Object v = value(n.kids[0]);
                return switch (n.name) {
                    case "!", "not" -> !Values.toBool(v);
                    case "-" -> Values.negate(v);
                    default -> v;
                };
            }
            case BINARY:
                return binary(n);
            case CHAIN: {
                // a chain ends with a plain nil, also for a typed nil such as a nil slice
                Object v = eval(n.kids[0]);
                return v == CHAIN_NIL || Values.isNil(v) ? null : v;
            }
            case MEMBER: {
                int start = junk.size();
                Object base = eval(n.kids[0]);
                if (base == CHAIN_NIL || (base == null && n.optional)) {
                    return CHAIN_NIL;
                }
                int mark = junk.size();
                Object prop = value(n.kids[1]);
                Object[] ops = take(start, new int[] {start, mark}, new Object[] {base, prop});
                return Values.fetch(ops[0], ops[1]);
            }
            case SLICE: {
                int start = junk.size();
                Object base = eval(n.kids[0]);
                if (base == CHAIN_NIL) {
                    return CHAIN_NIL;
                }
                // expr-lang pushes the base, then the end, then the start
                int toMark = junk.size();
                Object to;
                if (n.kids[2] == null) {
                    to = base instanceof List<?> l ? (long) l.size() : base instanceof String s
                            ? (long) GoStrings.bytes(s).length : base instanceof byte[] b ? (long) b.length
                            : base instanceof Map<?, ?> m ? (long) m.size() : 0L;
                    if (!(base instanceof List || base instanceof String || base instanceof byte[]
                            || base instanceof Map)) {
                        throw new EvalError("invalid argument for len (type " + GoFmt.typeName(base) + ")");
                    }
                } else {
                    to = value(n.kids[2]);
                }
                int fromMark = junk.size();
                Object from = n.kids[1] == null ? 0L : value(n.kids[1]);
                Object[] ops = take(start, new int[] {start, toMark, fromMark}, new Object[] {base, to, from});
                return Values.slice(ops[0], ops[2], ops[1]);
            }
            case CALL:
                return call(n);
            case BUILTIN:
                return builtin(n);
            case PREDICATE:
                return value(n.kids[0]);
            case POINTER: {
                Scope s = scopes.get(scopes.size() - 1);
                return switch (n.name) {
                    case "" -> s.item();
                    case "index" -> (long) s.index;
                    case "acc" -> s.acc;
                    default -> throw new EvalError("unknown pointer #" + n.name);
                };
            }
            case LET: {
                Object v = value(n.kids[0]);
                vars.add(new Object[] {n.name, v});
                try {
                    return eval(n.kids[1]);
                } finally {
                    vars.remove(vars.size() - 1);
                }
            }
            case SEQUENCE: {
                Object last = null;
                for (Node k : n.kids) {
                    last = value(k);
                }
                return last;
            }
            case COND:
                return Values.toBool(value(n.kids[0])) ? value(n.kids[1]) : value(n.kids[2]);
            case ARRAY: {
                List<Object> out = new ArrayList<>(java.util.Arrays.asList(operands(n.kids, 0)));
                grow(out.size());
                return out;
            }
            case MAP: {
                Node[] flat = new Node[n.kids.length * 2];
                for (int i = 0; i < n.kids.length; i++) {
                    flat[2 * i] = n.kids[i].kids[0];
                    flat[2 * i + 1] = n.kids[i].kids[1];
                }
                Object[] kv = operands(flat, 0);
                grow(n.kids.length);
                // expr-lang fills the map from the last pair to the first: the first of duplicate keys wins
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = n.kids.length - 1; i >= 0; i--) {
                    out.put(Values.toStr(kv[2 * i]), kv[2 * i + 1]);
                }
                return reverse(out);
            }
            default:
                throw new EvalError("unknown node " + n.kind);
        }
    }

    private static Map<String, Object> reverse(Map<String, Object> m) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(m.entrySet());
        Collections.reverse(entries);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The operands of an operation as expr-lang's VM pops them: {@code values[i]} was evaluated when the leftover
     * stack had {@code marks[i]} entries; with leftovers in between, the top entries are taken instead.
     */
    private Object[] take(int base, int[] marks, Object[] values) {
        if (junk.size() == base) {
            return values;
        }
        List<Object> stack = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            int end = i + 1 < values.length ? marks[i + 1] : junk.size();
            stack.addAll(junk.subList(marks[i], end));
            stack.add(values[i]);
        }
        int k = values.length;
        Object[] ops = stack.subList(stack.size() - k, stack.size()).toArray();
        List<Object> rest = new ArrayList<>(stack.subList(0, stack.size() - k));
        junk.subList(base, junk.size()).clear();
        junk.addAll(rest);
        return ops;
    }

    /** Evaluates nodes left to right and takes them as operands (see {@link #take}). */
    private Object[] operands(Node[] nodes, int from) {
        int base = junk.size();
        int k = nodes.length - from;
        int[] marks = new int[k];
        Object[] values = new Object[k];
        for (int i = 0; i < k; i++) {
            marks[i] = junk.size();
            values[i] = value(nodes[from + i]);
        }
        return take(base, marks, values);
    }

    private Object ident(String name) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            if (vars.get(i)[0].equals(name)) {
                return vars.get(i)[1];
            }
        }
        if (name.equals("$env")) {
            return env;
        }
        // a declared function's bare name is looked up in the environment like any name, as expr-lang compiles it
        return env.get(name);
    }

    private Object binary(Node n) {
        String op = n.name;
        switch (op) {
            case "and", "&&" -> {
                Object l = value(n.kids[0]);
                if (!Values.toBool(l)) {
                    return Boolean.FALSE;
                }
                return value(n.kids[1]);
            }
            case "or", "||" -> {
                Object l = value(n.kids[0]);
                if (Values.toBool(l)) {
                    return Boolean.TRUE;
                }
                return value(n.kids[1]);
            }
            case "??" -> {
                Object l = value(n.kids[0]);
                return l != null ? l : value(n.kids[1]);
            }
            default -> {
            }
        }
        Object[] ab = operands(n.kids, 0);
        Object a = ab[0];
        Object b = ab[1];
        return switch (op) {
            case "==" -> Values.equal(a, b);
            case "!=" -> !Values.equal(a, b);
            case "<" -> cmp(a, b, op) < 0;
            case ">" -> cmp(a, b, op) > 0;
            case "<=" -> cmp(a, b, op) <= 0;
            case ">=" -> cmp(a, b, op) >= 0;
            case "+" -> Values.add(a, b);
            case "-" -> Values.subtract(a, b);
            case "*" -> Values.multiply(a, b);
            case "/" -> Values.divide(a, b);
            case "%" -> Values.modulo(a, b);
            case "**", "^" -> Values.exponent(a, b);
            case "in" -> Values.in(a, b);
            case "contains" -> a != null && b != null && Values.toStr(a).contains(Values.toStr(b));
            case "startsWith" -> a != null && b != null && Values.toStr(a).startsWith(Values.toStr(b));
            case "endsWith" -> a != null && b != null && Values.toStr(a).endsWith(Values.toStr(b));
            case "matches" -> {
                if (a == null || b == null) {
                    yield false;
                }
                String re = Values.toStr(b);
                if (!(a instanceof String) && !(a instanceof byte[])) {
                    throw new EvalError("interface conversion: interface {} is " + Values.ifaceName(a)
                            + ", not []uint8");
                }
                String s = a instanceof byte[] bytes ? GoStrings.fromBytes(bytes) : (String) a;
                yield GoRegex.matches(s, re);
            }
            case ".." -> {
                long min = Values.toInt(a);
                long max = Values.toInt(b);
                long size = max - min + 1;
                if (size <= 0 || max < min) {
                    yield new GoList(GoList.INTS);
                }
                grow(size);
                List<Object> out = new GoList(GoList.INTS);
                for (long i = 0; i < size; i++) {
                    out.add(min + i);
                }
                yield out;
            }
            default -> throw new EvalError("unknown operator (" + op + ")");
        };
    }

    /** A comparison result; with NaN every ordering comparison is false. */
    private static int cmp(Object a, Object b, String op) {
        int c = Values.compare(a, b, op);
        if (c == Values.NAN_COMPARE) {
            // makes <, >, <=, >= all false
            return op.equals("<") || op.equals("<=") ? 1 : -1;
        }
        return c;
    }

    private Object call(Node n) {
        Node callee = n.kids[0];
        Object fn;
        if (callee.kind == Kind.MEMBER && callee.method) {
            Object base = eval(callee.kids[0]);
            if (base == CHAIN_NIL || (base == null && callee.optional)) {
                return CHAIN_NIL;
            }
            String name = (String) callee.kids[1].value;
            if (Methods.has(base, name)) {
                return Methods.call(base, name, args(n));
            }
            fn = Values.fetch(base, name);
        } else if (callee.kind == Kind.IDENT && functions.containsKey(callee.name)
                && vars.stream().noneMatch(v -> v[0].equals(callee.name))) {
            fn = functions.get(callee.name);
        } else {
            fn = value(callee);
        }
        if (fn == null) {
            throw new EvalError("invalid operation: cannot call nil");
        }
        if (!(fn instanceof Callable c)) {
            throw new EvalError("invalid operation: cannot call non-function of type " + GoFmt.typeName(fn));
        }
        List<Object> args = args(n);
        Object result;
        try {
            result = c.fn().call(Collections.unmodifiableList(args));
        } catch (IllegalArgumentException e) {
            throw new EvalError(String.valueOf(e.getMessage()));
        } catch (EvalError | io.github.kargo4j.expr.ExprException e) {
            throw e;
        } catch (RuntimeException e) {
            // a function's own failure: its message may hold anything, so only the name is reported
            throw new EvalError("call of " + c.name() + " failed");
        }
        return Values.fromJava(result);
    }

    private List<Object> args(Node n) {
        return new ArrayList<>(java.util.Arrays.asList(operands(n.kids, 1)));
    }

    private List<?> collection(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        if (v instanceof String str) {
            // reflect walks a string by bytes
            List<Object> bytes = new ArrayList<>();
            for (byte b : GoStrings.bytes(str)) {
                bytes.add(Values.uint8(b));
            }
            return bytes;
        }
        if (v == null) {
            throw new EvalError("reflect: call of reflect.Value.Len on zero Value");
        }
        String kind = v instanceof Long ? "int" : v instanceof Double ? "float64" : v instanceof Boolean ? "bool"
                : v instanceof String ? "string" : v instanceof Map ? "map" : "struct";
        if (v instanceof Map<?, ?> m) {
            // reflect can take a map's length, not its elements: only a predicate that reads # fails
            int size = m.size();
            return new java.util.AbstractList<Object>() {
                @Override
                public Object get(int index) {
                    throw new EvalError("reflect: call of reflect.Value.Index on map Value");
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
        throw new EvalError("reflect: call of reflect.Value.Len on " + kind + " Value");
    }

    private Object builtin(Node n) {
        String name = n.name;
        if (!Parser.PREDICATES.containsKey(name)) {
            List<Object> args = new ArrayList<>(java.util.Arrays.asList(operands(n.kids, 0)));
            return Builtins.call(this, name, args);
        }
        List<?> items = collection(value(n.kids[0]));
        Scope s = new Scope();
        s.items = items;
        scopes.add(s);
        try {
            return predicate(n, name, s);
        } finally {
            scopes.remove(scopes.size() - 1);
        }
    }

    private boolean test(Node n, Scope s) {
        return Values.toBool(n.kids.length > 1 ? value(n.kids[1]) : s.item());
    }

    private Object predicate(Node n, String name, Scope s) {
        int size = s.items.size();
        switch (name) {
            case "all", "none", "any", "one" -> {
                int count = 0;
                for (s.index = 0; s.index < size; s.index++) {
                    boolean t = test(n, s);
                    switch (name) {
                        case "all" -> {
                            if (!t) {
                                return false;
                            }
                        }
                        case "none" -> {
                            if (t) {
                                return false;
                            }
                        }
                        case "any" -> {
                            if (t) {
                                return true;
                            }
                        }
                        default -> {
                            if (t) {
                                count++;
                                if (count > 1) {
                                    return false;
                                }
                            }
                        }
                    }
                }
                return switch (name) {
                    case "all", "none" -> true;
                    case "any" -> false;
                    default -> count == 1;
                };
            }
            case "filter" -> {
                List<Object> out = new ArrayList<>();
                for (s.index = 0; s.index < size; s.index++) {
                    if (test(n, s)) {
                        out.add(s.item());
                    }
                }
                return out;
            }
            case "map" -> {
                // the results stay on the VM's stack and the last `size` entries become the array
                int base = junk.size();
                int[] marks = new int[size];
                Object[] values = new Object[size];
                for (s.index = 0; s.index < size; s.index++) {
                    marks[s.index] = junk.size();
                    values[s.index] = value(n.kids[1]);
                }
                return new ArrayList<>(java.util.Arrays.asList(take(base, marks, values)));
            }
            case "count" -> {
                long count = 0;
                for (s.index = 0; s.index < size; s.index++) {
                    if (test(n, s)) {
                        count++;
                    }
                }
                return count;
            }
            case "sum" -> {
                Object acc = 0L;
                for (s.index = 0; s.index < size; s.index++) {
                    Object v = n.kids.length > 1 ? value(n.kids[1]) : s.item();
                    acc = Values.add(v, acc);
                }
                return acc;
            }
            case "find", "findIndex" -> {
                for (s.index = 0; s.index < size; s.index++) {
                    if (test(n, s)) {
                        return name.equals("find") ? s.item() : (Object) (long) s.index;
                    }
                }
                // expr-lang gives nil, not -1, when nothing matches
                return null;
            }
            case "findLast", "findLastIndex" -> {
                // expr-lang v1.17.8 leaves every "index >= 0" check of this loop on its stack
                for (s.index = size - 1; s.index >= 0; s.index--) {
                    junk.add(Boolean.TRUE);
                    if (test(n, s)) {
                        return name.equals("findLast") ? s.item() : (Object) (long) s.index;
                    }
                }
                junk.add(Boolean.FALSE);
                return null;
            }
            case "groupBy" -> {
                Map<Object, Object> out = new GoMap(GoMap.GROUPS);
                for (s.index = 0; s.index < size; s.index++) {
                    Object key = value(n.kids[1]);
                    @SuppressWarnings("unchecked")
                    List<Object> group = (List<Object>) out.computeIfAbsent(key, k -> new ArrayList<>());
                    group.add(s.item());
                }
                return out;
            }
            case "sortBy" -> {
                List<Object[]> pairs = new ArrayList<>(size);
                for (s.index = 0; s.index < size; s.index++) {
                    pairs.add(new Object[] {s.item(), value(n.kids[1])});
                }
                boolean desc = false;
                if (n.kids.length == 3) {
                    Object order = value(n.kids[2]);
                    if (!(order instanceof String o)) {
                        throw new EvalError("sortBy order argument must be a string");
                    }
                    switch (o) {
                        case "asc" -> desc = false;
                        case "desc" -> desc = true;
                        default -> throw new EvalError("unknown order, use asc or desc");
                    }
                }
                boolean d = desc;
                GoSort.sort(new GoSort.Data() {
                    @Override
                    public int size() {
                        return pairs.size();
                    }

                    @Override
                    public boolean less(int i, int j) {
                        return d ? Values.less(pairs.get(j)[1], pairs.get(i)[1])
                                : Values.less(pairs.get(i)[1], pairs.get(j)[1]);
                    }

                    @Override
                    public void swap(int i, int j) {
                        Collections.swap(pairs, i, j);
                    }
                });
                grow(size);
                List<Object> out = new ArrayList<>(size);
                for (Object[] p : pairs) {
                    out.add(p[0]);
                }
                return out;
            }
            case "reduce" -> {
                int start = 0;
                if (n.kids.length == 3) {
                    s.acc = value(n.kids[2]);
                } else {
                    if (size == 0) {
                        throw new EvalError("reduce of empty array with no initial value");
                    }
                    s.acc = s.items.get(0);
                    start = 1;
                }
                for (s.index = start; s.index < size; s.index++) {
                    s.acc = value(n.kids[1]);
                }
                return s.acc;
            }
            default -> throw new EvalError("unknown builtin " + name);
        }
    }
}
