package io.github.kargo4j.expr.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** expr-lang v1.17.8's built-in functions (builtin/builtin.go): compile-time checks and run-time behaviour. */
final class Builtins {

    private Builtins() {
    }

    static final Set<String> NAMES = Set.of("all", "none", "any", "one", "filter", "map", "find", "findIndex",
            "findLast", "findLastIndex", "count", "sum", "groupBy", "sortBy", "reduce", "len", "type", "abs", "ceil",
            "floor", "round", "int", "float", "string", "trim", "trimPrefix", "trimSuffix", "upper", "lower", "split",
            "splitAfter", "replace", "repeat", "join", "indexOf", "lastIndexOf", "hasPrefix", "hasSuffix", "max", "min",
            "mean", "median", "toJSON", "fromJSON", "toBase64", "fromBase64", "now", "duration", "date", "timezone",
            "first", "last", "get", "take", "keys", "values", "toPairs", "fromPairs", "reverse", "uniq", "concat",
            "flatten", "sort", "bitand", "bitor", "bitxor", "bitnand", "bitshl", "bitshr", "bitushr", "bitnot");

    static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    // ---- compile-time ---------------------------------------------------------------------------------------------

    /** Go function signatures of the builtins declared with Types (overloads, in order). */
    private static final Map<String, String[]> SIGNATURES = Map.ofEntries(
            Map.entry("type", new String[] {"any>string"}),
            Map.entry("string", new String[] {"any>string"}),
            Map.entry("trim", new String[] {"string>string", "string,string>string"}),
            Map.entry("trimPrefix", new String[] {"string,string>string", "string>string"}),
            Map.entry("trimSuffix", new String[] {"string,string>string", "string>string"}),
            Map.entry("upper", new String[] {"string>string"}),
            Map.entry("lower", new String[] {"string>string"}),
            Map.entry("split", new String[] {"string,string>[]string", "string,string,int>[]string"}),
            Map.entry("splitAfter", new String[] {"string,string>[]string", "string,string,int>[]string"}),
            Map.entry("replace", new String[] {"string,string,string,int>string", "string,string,string>string"}),
            Map.entry("repeat", new String[] {"string,int>string"}),
            Map.entry("join", new String[] {"[]string,string>string", "[]any,string>string", "[]any>string",
                "[]string,string>string", "[]string>string"}),
            Map.entry("indexOf", new String[] {"string,string>int"}),
            Map.entry("lastIndexOf", new String[] {"string,string>int"}),
            Map.entry("hasPrefix", new String[] {"string,string>bool"}),
            Map.entry("hasSuffix", new String[] {"string,string>bool"}),
            Map.entry("toJSON", new String[] {"any>string"}),
            Map.entry("fromJSON", new String[] {"string>any"}),
            Map.entry("toBase64", new String[] {"string>string"}),
            Map.entry("fromBase64", new String[] {"string>string"}),
            Map.entry("duration", new String[] {"string>duration"}),
            Map.entry("timezone", new String[] {"string>location"}),
            Map.entry("sort", new String[] {"[]any,string>[]any", "[]int,string>[]any", "[]float64,string>[]any",
                "[]string,string>[]any", "[]any>[]any", "[]float64>[]any", "[]string>[]any", "[]int>[]any"}),
            Map.entry("bitand", new String[] {"int,int>int"}), Map.entry("bitor", new String[] {"int,int>int"}),
            Map.entry("bitxor", new String[] {"int,int>int"}), Map.entry("bitnand", new String[] {"int,int>int"}),
            Map.entry("bitshl", new String[] {"int,int>int"}), Map.entry("bitshr", new String[] {"int,int>int"}),
            Map.entry("bitushr", new String[] {"int,int>int"}), Map.entry("bitnot", new String[] {"int>int"}));

    private static Type typeOf(String go) {
        return switch (go) {
            case "string" -> Type.STRING;
            case "int" -> Type.INT;
            case "bool" -> Type.BOOL;
            case "[]string" -> Type.STRINGS;
            case "[]any" -> Type.ARRAY;
            case "duration" -> Type.DURATION;
            case "location" -> Type.LOCATION;
            default -> Type.ANY;
        };
    }

    private static String goName(String p) {
        return switch (p) {
            case "any" -> "interface {}";
            case "[]any" -> "[]interface {}";
            default -> p;
        };
    }

    private static boolean assignable(Type arg, String param) {
        if (arg.unknown()) {
            return true;
        }
        return switch (param) {
            case "any" -> true;
            case "string" -> arg.is(Type.K.STRING);
            case "int" -> arg.is(Type.K.INT);
            case "float64" -> arg.isNumber();
            case "bool" -> arg.is(Type.K.BOOL);
            default -> arg.name.equals(goName(param));
        };
    }

    static boolean hasSignatures(String name) {
        return SIGNATURES.containsKey(name);
    }

    /**
     * Checks a call of a builtin declared with Go signatures as expr-lang does: overload by overload, visiting the
     * arguments in order and stopping at the first that does not fit (so an error inside a later argument is not
     * seen), and reporting the last overload's problem.
     */
    static Type checkOverloads(String name, Node node, java.util.function.Function<Node, Type> visit) {
        return checkOverloads(name, SIGNATURES.get(name), node, visit);
    }

    static Type checkOverloads(String name, String[] signatures, Node node,
            java.util.function.Function<Node, Type> visit) {
        ParseError last = null;
        for (String sig : signatures) {
            String[] io = sig.split(">");
            String[] params = io[0].isEmpty() ? new String[0] : io[0].split(",");
            int n = node.kids.length;
            if (n != params.length) {
                for (Node k : node.kids) {
                    visit.apply(k);
                }
                last = new ParseError((n > params.length ? "too many" : "not enough") + " arguments to call " + name,
                        node.pos);
                continue;
            }
            ParseError bad = null;
            for (int i = 0; i < n; i++) {
                Type a = visit.apply(node.kids[i]);
                if (a.is(Type.K.NIL)) {
                    if (!params[i].equals("any")) {
                        bad = new ParseError("cannot use nil as argument (type " + goName(params[i]) + ") to call "
                                + name, node.kids[i].pos);
                        break;
                    }
                    continue;
                }
                if (!assignable(a, params[i])) {
                    bad = new ParseError("cannot use " + a + " as argument (type " + goName(params[i]) + ") to call "
                            + name + " ", node.kids[i].pos);
                    break;
                }
            }
            if (bad == null) {
                return typeOf(io[1]);
            }
            last = bad;
        }
        throw last;
    }

    /** The result type of a builtin call, or a ParseError with expr-lang's message. */
    static Type check(String name, List<Type> args, Node node) {
        String[] sigs = SIGNATURES.get(name);
        if (sigs != null) {
            ParseError last = null;
            for (String sig : sigs) {
                String[] io = sig.split(">");
                String[] params = io[0].split(",");
                if (args.size() > params.length) {
                    last = new ParseError("too many arguments to call " + name, node.pos);
                    continue;
                }
                if (args.size() < params.length) {
                    last = new ParseError("not enough arguments to call " + name, node.pos);
                    continue;
                }
                ParseError bad = null;
                for (int i = 0; i < params.length; i++) {
                    Type a = args.get(i);
                    if (a.is(Type.K.NIL)) {
                        if (!params[i].equals("any")) {
                            bad = new ParseError("cannot use nil as argument (type " + goName(params[i])
                                    + ") to call " + name, node.kids[i].pos);
                            break;
                        }
                        continue;
                    }
                    if (!assignable(a, params[i])) {
                        bad = new ParseError("cannot use " + a + " as argument (type " + goName(params[i])
                                + ") to call " + name + " ", node.kids[i].pos);
                        break;
                    }
                }
                if (bad != null) {
                    last = bad;
                    continue;
                }
                return typeOf(io[1]);
            }
            throw last;
        }
        if (name.equals("get")) {
            if (args.size() != 2) {
                throw new ParseError("invalid number of arguments (expected 2, got " + args.size() + ")", node.pos);
            }
            Type base = args.get(0);
            Type prop = args.get(1);
            if (base.unknown()) {
                return Type.UNKNOWN;
            }
            if (base.is(Type.K.ARRAY)) {
                if (!prop.is(Type.K.INT) && !prop.unknown()) {
                    throw new ParseError("non-integer slice index " + prop, node.kids[1].pos);
                }
                return base.elem();
            }
            if (base.is(Type.K.MAP)) {
                if (!prop.is(Type.K.STRING) && !prop.unknown() && base == Type.MAP) {
                    throw new ParseError("cannot use " + prop + " to get an element from " + base, node.kids[1].pos);
                }
                return base.elem();
            }
            throw new ParseError("type " + base + " does not support indexing", node.kids[0].pos);
        }
        String err = validate(name, args);
        if (err != null) {
            throw new ParseError(err, node.pos);
        }
        return validatedType(name, args);
    }

    /** %s of a reflect.Type as the Validate functions print it (nil has no type). */
    private static String validateName(Type t) {
        return t.is(Type.K.NIL) ? "%!s(<nil>)" : t.name;
    }

    /** The kind of an argument as Validate sees it: unknown is interface, nil is invalid. */
    private static String kind(Type t) {
        return switch (t.k) {
            case UNKNOWN -> "interface";
            case NIL -> "invalid";
            case INT -> "int";
            case FLOAT -> "float";
            case STRING -> "string";
            case ARRAY, BYTES -> "slice";
            case MAP -> "map";
            case BOOL -> "bool";
            case TIME -> "struct";
            case DURATION -> "int64";
            case LOCATION -> "ptr";
            case FUNC -> "func";
            case NAMED -> "int";
        };
    }

    private static String validate(String name, List<Type> args) {
        int n = args.size();
        String k0 = n > 0 ? kind(args.get(0)) : "";
        String t0 = n > 0 ? validateName(args.get(0)) : "";
        boolean numeric = k0.equals("int") || k0.equals("float") || k0.equals("int64");
        switch (name) {
            case "len" -> {
                if (n != 1) {
                    return "invalid number of arguments (expected 1, got " + n + ")";
                }
                return switch (k0) {
                    case "slice", "map", "string", "interface" -> null;
                    default -> "invalid argument for len (type " + t0 + ")";
                };
            }
            case "abs", "ceil", "floor", "round", "int", "float" -> {
                if (n != 1) {
                    return "invalid number of arguments (expected 1, got " + n + ")";
                }
                if (numeric || k0.equals("interface") || ((name.equals("int") || name.equals("float"))
                        && k0.equals("string"))) {
                    return null;
                }
                return "invalid argument for " + name + " (type " + t0 + ")";
            }
            case "max", "min", "mean", "median" -> {
                if (n == 0) {
                    return "not enough arguments to call " + name;
                }
                for (Type a : args) {
                    String k = kind(a);
                    if (k.equals("interface") || k.equals("slice")) {
                        return null;
                    }
                    if (!(k.equals("int") || k.equals("float") || k.equals("int64"))) {
                        return "invalid argument for " + name + " (type " + validateName(a) + ")";
                    }
                }
                return null;
            }
            case "now" -> {
                if (n == 0 || (n == 1 && args.get(0).is(Type.K.LOCATION))) {
                    return null;
                }
                return "invalid number of arguments (expected 0, got " + n + ")";
            }
            case "date" -> {
                if (n < 1) {
                    return "invalid number of arguments (expected at least 1, got " + n + ")";
                }
                int rest = args.get(0).is(Type.K.LOCATION) ? n - 1 : n;
                if (rest > 3) {
                    return "invalid number of arguments (expected at most 3, got " + rest + ")";
                }
                return null;
            }
            case "first", "last" -> {
                if (n != 1) {
                    return "invalid number of arguments (expected 1, got " + n + ")";
                }
                return k0.equals("interface") || k0.equals("slice") ? null
                        : "cannot get " + name + " element from " + t0;
            }
            case "take" -> {
                if (n != 2) {
                    return "invalid number of arguments (expected 2, got " + n + ")";
                }
                if (!(k0.equals("interface") || k0.equals("slice"))) {
                    return "cannot take from " + t0;
                }
                String k1 = kind(args.get(1));
                if (!(k1.equals("interface") || k1.equals("int") || k1.equals("int64"))) {
                    return "cannot take " + validateName(args.get(1)) + " elements";
                }
                return null;
            }
            case "keys", "values", "toPairs" -> {
                if (n != 1) {
                    return "invalid number of arguments (expected 1, got " + n + ")";
                }
                if (k0.equals("interface") || k0.equals("map")) {
                    return null;
                }
                return switch (name) {
                    case "keys" -> "cannot get keys from " + t0;
                    case "values" -> "cannot get values from " + t0;
                    default -> "cannot transform " + t0 + " to pairs";
                };
            }
            case "fromPairs", "reverse", "uniq", "flatten" -> {
                if (n != 1) {
                    return "invalid number of arguments (expected 1, got " + n + ")";
                }
                if (k0.equals("interface") || k0.equals("slice")) {
                    return null;
                }
                return switch (name) {
                    case "fromPairs" -> "cannot transform " + t0 + " from pairs";
                    case "reverse" -> "cannot reverse " + t0;
                    case "uniq" -> "cannot uniq " + t0;
                    default -> "cannot flatten " + t0;
                };
            }
            case "concat" -> {
                if (n == 0) {
                    return "invalid number of arguments (expected at least 1, got 0)";
                }
                for (Type a : args) {
                    String k = kind(a);
                    if (!(k.equals("interface") || k.equals("slice"))) {
                        return "cannot concat " + validateName(a);
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static Type validatedType(String name, List<Type> args) {
        Type a0 = args.isEmpty() ? Type.UNKNOWN : args.get(0);
        return switch (name) {
            case "len" -> Type.INT;
            case "abs" -> a0.unknown() ? Type.ANY : a0;
            case "ceil", "floor", "round", "float" -> Type.FLOAT;
            case "int" -> Type.INT;
            case "max", "min", "mean", "median" -> {
                for (Type a : args) {
                    if (a.unknown() || a.is(Type.K.ARRAY)) {
                        yield Type.ANY;
                    }
                }
                yield a0;
            }
            case "now", "date" -> Type.TIME;
            // Validate sees reflect types: an array literal is []interface {}, whatever its elements
            case "first", "last" -> a0 == Type.STRINGS ? Type.STRING : Type.ANY;
            case "take" -> a0;
            case "keys", "values", "toPairs", "reverse", "uniq", "concat", "flatten" -> Type.ARRAY;
            case "fromPairs" -> Type.ANY_MAP;
            default -> Type.UNKNOWN;
        };
    }

    // ---- run-time -------------------------------------------------------------------------------------------------

    /** Runs a non-predicate builtin. */
    static Object call(Interpreter in, String name, List<Object> a) {
        switch (name) {
            case "len" -> {
                Object x = a.get(0);
                if (x instanceof List<?> l) {
                    return (long) l.size();
                }
                if (x instanceof Map<?, ?> m) {
                    return (long) m.size();
                }
                if (x instanceof String s) {
                    return (long) s.codePointCount(0, s.length());
                }
                if (x instanceof byte[] b) {
                    return (long) b.length;
                }
                throw new EvalError("invalid argument for len (type " + GoFmt.typeName(x) + ")");
            }
            case "type" -> {
                Object x = a.get(0);
                if (x == null) {
                    return "nil";
                }
                if (x instanceof Duration) {
                    return "time.Duration";
                }
                if (x instanceof ZonedDateTime) {
                    return "time.Time";
                }
                if (x instanceof Long) {
                    return "int";
                }
                if (x instanceof Short) {
                    return "uint";
                }
                if (x instanceof Double) {
                    return "float";
                }
                if (x instanceof String) {
                    return "string";
                }
                if (x instanceof Boolean) {
                    return "bool";
                }
                if (x instanceof List || x instanceof byte[]) {
                    return "array";
                }
                if (x instanceof Map) {
                    return "map";
                }
                if (x instanceof Callable) {
                    return "func";
                }
                if (x instanceof GoTime.Location) {
                    return "time.Location";
                }
                if (x instanceof java.time.Month || x instanceof java.time.DayOfWeek) {
                    return GoFmt.typeName(x);
                }
                return "unknown";
            }
            case "abs" -> {
                Object x = a.get(0);
                if (x instanceof Short) {
                    return x;
                }
                if (x instanceof Long l) {
                    return l < 0 ? -l : l;
                }
                if (x instanceof Double d) {
                    return d < 0 ? -d : d;
                }
                throw new EvalError("invalid argument for abs (type " + GoFmt.typeName(x) + ")");
            }
            case "ceil", "floor", "round" -> {
                Object x = Values.widen(a.get(0));
                if (x instanceof Long l) {
                    return (double) l;
                }
                if (x instanceof Double d) {
                    return switch (name) {
                        case "ceil" -> Math.ceil(d);
                        case "floor" -> Math.floor(d);
                        default -> goRound(d);
                    };
                }
                throw new EvalError("invalid argument for " + name + " (type " + GoFmt.typeName(x) + ")");
            }
            case "int" -> {
                Object x = Values.widen(a.get(0));
                if (x instanceof Long) {
                    return x;
                }
                if (x instanceof Double d) {
                    return Values.goFloatToInt(d);
                }
                if (x instanceof String s) {
                    Long v = GoNumbers.atoi(s);
                    if (v == null) {
                        throw new EvalError("invalid operation: int(" + s + ")");
                    }
                    return v;
                }
                if (x instanceof Duration d) {
                    return d.toNanos();
                }
                if (x instanceof java.time.Month || x instanceof java.time.DayOfWeek) {
                    return Values.namedInt(x);
                }
                throw new EvalError("invalid operation: int(" + GoFmt.typeName(x) + ")");
            }
            case "float" -> {
                Object x = Values.widen(a.get(0));
                if (x instanceof Long l) {
                    return (double) l;
                }
                if (x instanceof Double) {
                    return x;
                }
                if (x instanceof String s) {
                    try {
                        return GoNumbers.parseFloatLenient(s.matches("[+-]?[0-9]+(_[0-9]+)*(\\.[0-9]+(_[0-9]+)*)?")
                                ? s.replace("_", "") : s);
                    } catch (NumberFormatException e) {
                        throw new EvalError("invalid operation: float(" + s + ")");
                    }
                }
                throw new EvalError("invalid operation: float(" + GoFmt.typeName(x) + ")");
            }
            case "string" -> {
                return GoFmt.v(a.get(0));
            }
            case "trim" -> {
                if (a.size() == 1) {
                    return GoStrings.trimSpace(Values.toStr(a.get(0)));
                }
                if (a.size() == 2) {
                    return GoStrings.trim(Values.toStr(a.get(0)), Values.toStr(a.get(1)));
                }
                throw new EvalError("invalid number of arguments for trim (expected 1 or 2, got " + a.size() + ")");
            }
            case "trimPrefix", "trimSuffix" -> {
                String s = Values.toStr(a.get(0));
                String p = a.size() == 2 ? Values.toStr(a.get(1)) : " ";
                if (name.equals("trimPrefix")) {
                    return s.startsWith(p) ? s.substring(p.length()) : s;
                }
                return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
            }
            case "upper" -> {
                return GoStrings.upper(Values.toStr(a.get(0)));
            }
            case "lower" -> {
                return GoStrings.lower(Values.toStr(a.get(0)));
            }
            case "split", "splitAfter" -> {
                boolean after = name.equals("splitAfter");
                if (a.size() == 2) {
                    return GoStrings.split(Values.toStr(a.get(0)), Values.toStr(a.get(1)), -1, after);
                }
                if (a.size() == 3) {
                    return GoStrings.split(Values.toStr(a.get(0)), Values.toStr(a.get(1)), Values.toInt(a.get(2)),
                            after);
                }
                throw new EvalError("invalid number of arguments for " + name + " (expected 2 or 3, got " + a.size()
                        + ")");
            }
            case "replace" -> {
                if (a.size() == 4) {
                    return GoStrings.replace(Values.toStr(a.get(0)), Values.toStr(a.get(1)), Values.toStr(a.get(2)),
                            Values.toInt(a.get(3)));
                }
                if (a.size() == 3) {
                    return GoStrings.replace(Values.toStr(a.get(0)), Values.toStr(a.get(1)), Values.toStr(a.get(2)),
                            -1);
                }
                throw new EvalError("invalid number of arguments for replace (expected 3 or 4, got " + a.size() + ")");
            }
            case "repeat" -> {
                String s = Values.toStr(a.get(0));
                long n = Values.toInt(a.get(1));
                if (n < 0) {
                    throw new EvalError("invalid argument for repeat (expected positive integer, got " + n + ")");
                }
                if (n > 1_000_000) {
                    throw new EvalError("memory budget exceeded");
                }
                long size = (long) GoStrings.bytes(s).length * n;
                in.grow(size);
                return s.repeat((int) n);
            }
            case "join" -> {
                String glue = a.size() == 2 ? Values.toStr(a.get(1)) : "";
                Object x = a.get(0);
                if (x instanceof List<?> l) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < l.size(); i++) {
                        if (i > 0) {
                            b.append(glue);
                        }
                        b.append(Values.toStr(l.get(i)));
                    }
                    return b.toString();
                }
                throw new EvalError("invalid argument for join (type " + (x == null ? "%!s(<nil>)"
                        : GoFmt.typeName(x)) + ")");
            }
            case "indexOf" -> {
                return GoStrings.index(Values.toStr(a.get(0)), Values.toStr(a.get(1)));
            }
            case "lastIndexOf" -> {
                return GoStrings.lastIndex(Values.toStr(a.get(0)), Values.toStr(a.get(1)));
            }
            case "hasPrefix" -> {
                return Values.toStr(a.get(0)).startsWith(Values.toStr(a.get(1)));
            }
            case "hasSuffix" -> {
                return Values.toStr(a.get(0)).endsWith(Values.toStr(a.get(1)));
            }
            case "max", "min" -> {
                return Aggregates.minMax(name, a);
            }
            case "mean" -> {
                return Aggregates.mean(a);
            }
            case "median" -> {
                return Aggregates.median(a);
            }
            case "toJSON" -> {
                return GoJson.marshalIndent(a.get(0));
            }
            case "fromJSON" -> {
                return GoJson.unmarshal(Values.toStr(a.get(0)));
            }
            case "toBase64" -> {
                return Base64.getEncoder().encodeToString(GoStrings.bytes(Values.toStr(a.get(0))));
            }
            case "fromBase64" -> {
                String s = Values.toStr(a.get(0));
                String clean = s.replace("\r", "").replace("\n", "");
                int bad = GoJson.badBase64Offset(s);
                if (bad >= 0) {
                    throw new EvalError("illegal base64 data at input byte " + bad);
                }
                if (clean.length() % 4 != 0) {
                    throw new EvalError("illegal base64 data at input byte " + (clean.length() / 4 * 4));
                }
                try {
                    return new String(Base64.getDecoder().decode(clean), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new EvalError("illegal base64 data at input byte " + GoJson.badBase64Offset(s));
                }
            }
            case "now" -> {
                if (a.isEmpty()) {
                    return in.now();
                }
                if (a.size() == 1 && a.get(0) instanceof GoTime.Location loc) {
                    return in.now().withZoneSameInstant(loc.zone());
                }
                throw new EvalError("invalid number of arguments (expected 0, got " + a.size() + ")");
            }
            case "duration" -> {
                return GoTime.parseDuration(Values.toStr(a.get(0)));
            }
            case "date" -> {
                return date(in, a);
            }
            case "timezone" -> {
                return location(Values.toStr(a.get(0)));
            }
            case "first", "last" -> {
                Object x = a.get(0);
                if (x instanceof List<?> l) {
                    if (l.isEmpty()) {
                        return null;
                    }
                    return name.equals("first") ? l.get(0) : l.get(l.size() - 1);
                }
                return null;
            }
            case "get" -> {
                return get(a.get(0), a.get(1));
            }
            case "take" -> {
                Object x = a.get(0);
                if (!(x instanceof List<?> l)) {
                    throw new EvalError("cannot take from " + kindName(x));
                }
                Object nObj = a.get(1);
                if (!(nObj instanceof Long n)) {
                    throw new EvalError("cannot take " + kindName(nObj) + " elements");
                }
                int to = n > l.size() ? l.size() : (int) (long) n;
                if (to < 0) {
                    throw new EvalError("reflect.Value.Slice: slice index out of bounds");
                }
                return x instanceof GoList g ? new GoList(g.goType, l.subList(0, to))
                        : new ArrayList<Object>(l.subList(0, to));
            }
            case "keys", "values", "toPairs" -> {
                Object x = a.get(0);
                if (!(x instanceof Map<?, ?> m)) {
                    throw new EvalError(switch (name) {
                        case "keys" -> "cannot get keys from " + kindName(x);
                        case "values" -> "cannot get values from " + kindName(x);
                        default -> "cannot transform " + kindName(x) + " to pairs";
                    });
                }
                List<Object> out = name.equals("toPairs") ? new GoList("[][2]interface {}") : new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.add(switch (name) {
                        case "keys" -> e.getKey();
                        case "values" -> e.getValue();
                        default -> new GoList("[2]interface {}", java.util.Arrays.asList(e.getKey(), e.getValue()));
                    });
                }
                return out;
            }
            case "fromPairs" -> {
                Object x = a.get(0);
                if (!(x instanceof List<?> l)) {
                    throw new EvalError("cannot transform " + GoFmt.v(x) + " from pairs");
                }
                Map<Object, Object> out = new GoMap(GoMap.PAIRS);
                for (Object p : l) {
                    if (!(p instanceof List<?> pair)) {
                        throw new EvalError("invalid pair " + GoFmt.v(p));
                    }
                    if (pair.size() != 2) {
                        throw new EvalError("invalid pair length " + GoFmt.v(p));
                    }
                    out.put(pair.get(0), pair.get(1));
                }
                return out;
            }
            case "reverse" -> {
                List<Object> l = list(a.get(0), "cannot reverse ");
                List<Object> out = new ArrayList<>(l);
                Collections.reverse(out);
                in.grow(out.size());
                return out;
            }
            case "uniq" -> {
                List<Object> l = list(a.get(0), "cannot uniq ");
                List<Object> out = new ArrayList<>();
                for (Object o : l) {
                    boolean seen = false;
                    for (Object r : out) {
                        if (Values.equal(o, r)) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        out.add(o);
                    }
                }
                return out;
            }
            case "concat" -> {
                if (a.isEmpty()) {
                    throw new EvalError("invalid number of arguments (expected at least 1, got 0)");
                }
                List<Object> out = new ArrayList<>();
                for (Object o : a) {
                    List<Object> l = list(o, "cannot concat ");
                    in.grow(l.size());
                    out.addAll(l);
                }
                return out;
            }
            case "flatten" -> {
                List<Object> l = list(a.get(0), "cannot flatten ");
                List<Object> out = new ArrayList<>();
                Deep.forValue(l, () -> {
                    flatten(l, out, 0);
                    return out;
                });
                in.grow(out.size());
                return out;
            }
            case "sort" -> {
                return sort(in, a);
            }
            case "bitnot" -> {
                return ~bitInt(a.get(0), "bitnot");
            }
            default -> {
                if (name.startsWith("bit")) {
                    long x = bitInt(a.get(0), name);
                    long y = bitInt(a.get(1), name);
                    return switch (name) {
                        case "bitand" -> x & y;
                        case "bitor" -> x | y;
                        case "bitxor" -> x ^ y;
                        case "bitnand" -> x & ~y;
                        default -> {
                            if (y < 0) {
                                throw new EvalError("invalid operation: negative shift count " + y + " (type int)");
                            }
                            yield switch (name) {
                                case "bitshl" -> y >= 64 ? 0L : x << y;
                                case "bitshr" -> y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
                                default -> y >= 64 ? 0L : x >>> y;
                            };
                        }
                    };
                }
                throw new EvalError("unknown builtin " + name);
            }
        }
    }

    /** Go's math.Round: half away from zero, exactly. */
    private static double goRound(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return d;
        }
        double r = new java.math.BigDecimal(d).setScale(0, java.math.RoundingMode.HALF_UP).doubleValue();
        return Math.copySign(r, d);
    }

    private static long bitInt(Object o, String name) {
        o = Values.widen(o);
        if (o instanceof Long l) {
            return l;
        }
        throw new EvalError("cannot use " + GoFmt.typeName(o) + " as argument (type int) to call " + name);
    }

    private static String kindName(Object x) {
        if (x == null) {
            return "invalid";
        }
        if (x instanceof Long) {
            return "int";
        }
        if (x instanceof Double) {
            return "float64";
        }
        if (x instanceof List) {
            return "slice";
        }
        if (x instanceof Map) {
            return "map";
        }
        if (x instanceof ZonedDateTime) {
            return "struct";
        }
        if (x instanceof Duration) {
            return "int64";
        }
        return GoFmt.typeName(x);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object x, String message) {
        if (x instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new EvalError(message + kindName(x));
    }

    private static void flatten(List<?> l, List<Object> out, int depth) {
        if (depth > Values.MAX_VALUE_DEPTH) {
            throw new EvalError("max depth reached");
        }
        for (Object o : l) {
            if (o instanceof List<?> inner) {
                flatten(inner, out, depth + 1);
            } else {
                out.add(o);
            }
        }
    }

    private static Object sort(Interpreter in, List<Object> a) {
        if (a.size() != 1 && a.size() != 2) {
            throw new EvalError("invalid number of arguments (expected 1 or 2, got " + a.size() + ")");
        }
        List<Object> array = a.get(0) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        boolean desc = false;
        if (a.size() == 2) {
            if (!(a.get(1) instanceof String order)) {
                throw new EvalError("sort order argument must be a string (got " + GoFmt.typeName(a.get(1)) + ")");
            }
            switch (order) {
                case "asc" -> desc = false;
                case "desc" -> desc = true;
                default -> throw new EvalError("invalid order " + order + ", expected asc or desc");
            }
        }
        boolean d = desc;
        GoSort.sort(new GoSort.Data() {
            @Override
            public int size() {
                return array.size();
            }

            @Override
            public boolean less(int i, int j) {
                return d ? Values.less(array.get(j), array.get(i)) : Values.less(array.get(i), array.get(j));
            }

            @Override
            public void swap(int i, int j) {
                java.util.Collections.swap(array, i, j);
            }
        });
        in.grow(array.size());
        return array;
    }

    static Object get(Object from, Object i) {
        if (from == null) {
            return null;
        }
        if (from instanceof List<?> l) {
            long index = Values.toInt(i);
            if (index < 0) {
                index += l.size();
            }
            return index >= 0 && index < l.size() ? l.get((int) index) : null;
        }
        if (from instanceof String s) {
            byte[] b = GoStrings.bytes(s);
            long index = Values.toInt(i);
            if (index < 0) {
                index += b.length;
            }
            return index >= 0 && index < b.length ? (Object) Values.uint8(b[(int) index]) : null;
        }
        if (from instanceof GoMap m) {
            return m.get(i);
        }
        if (from instanceof Map<?, ?> m) {
            if (i != null && !(i instanceof String)) {
                throw new EvalError("reflect.Value.MapIndex: value of type " + GoFmt.typeName(i)
                        + " is not assignable to type string");
            }
            return m.get(i == null ? "" : i);
        }
        return null;
    }

    static GoTime.Location location(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return new GoTime.Location("UTC", java.time.ZoneOffset.UTC);
        }
        if (name.equals("Local")) {
            return new GoTime.Location("Local", ZoneId.systemDefault());
        }
        try {
            if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                throw new java.time.DateTimeException(name);
            }
            return new GoTime.Location(name, ZoneId.of(name));
        } catch (java.time.DateTimeException e) {
            throw new EvalError("unknown time zone " + name);
        }
    }

    private static Object date(Interpreter in, List<Object> a) {
        ZoneId tz = null;
        List<Object> args = a;
        if (!args.isEmpty() && args.get(0) instanceof GoTime.Location loc) {
            tz = loc.zone();
            args = args.subList(1, args.size());
        }
        String date = Values.toStr(args.get(0));
        if (args.size() == 2) {
            return GoTime.parse(Values.toStr(args.get(1)), date, tz);
        }
        if (args.size() == 3) {
            String layout = Values.toStr(args.get(1));
            GoTime.Location loc = location(Values.toStr(args.get(2)));
            return GoTime.parse(layout, date, loc.zone());
        }
        for (String layout : GoTime.DEFAULT_LAYOUTS) {
            try {
                return GoTime.parse(layout, date, tz);
            } catch (EvalError e) {
                // try the next layout
            }
        }
        throw new EvalError("invalid date " + date);
    }
}
