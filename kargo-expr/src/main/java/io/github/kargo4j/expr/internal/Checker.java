package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.internal.Node.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * expr-lang's type checker as it runs when no environment type is given (Kargo compiles that way): names are
 * unknown, literals and builtin results have types, and the compile errors expr-lang gives for those are given here.
 * Recursion is bounded by the tree's height (see {@link Parser}).
 */
final class Checker {

    private record Var(String name, Type type) {
    }

    private record Scope(Type collection, Set<String> vars) {
    }

    private final Set<String> functions;
    private final java.util.Map<String, java.util.List<String>> signatures;
    private final Deque<Var> vars = new ArrayDeque<>();

    private boolean isVar(String name) {
        for (Var v : vars) {
            if (v.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
    private final Deque<Scope> scopes = new ArrayDeque<>();

    /** {@link #visit}, for the overload checks (a named class, not a method reference: no call site to link). */
    private static final class Visitor implements java.util.function.Function<Node, Type> {
        private final Checker checker;

        Visitor(Checker checker) {
            this.checker = checker;
        }

        @Override
        public Type apply(Node n) {
            return checker.visit(n);
        }
    }

    private final Visitor visitor = new Visitor(this);

    private Checker(Set<String> functions, java.util.Map<String, java.util.List<String>> signatures) {
        this.functions = functions;
        this.signatures = signatures;
    }

    static void check(Node root, Set<String> functions, java.util.Map<String, java.util.List<String>> signatures) {
        new Checker(functions, signatures).visit(root);
    }

    private static ParseError error(Node n, String message) {
        return new ParseError(message, n.pos);
    }

    private Type visit(Node n) {
        Type t = visitInner(n);
        n.type = t;
        return t;
    }

    private Type visitInner(Node n) {
        switch (n.kind) {
            case NIL:
                return Type.NIL;
            case BOOL:
                return Type.BOOL;
            case INT:
                return Type.INT;
            case FLOAT:
                return Type.FLOAT;
            case STRING:
                return Type.STRING;
            case BYTES:
                return Type.BYTES;
            case CONST:
                return Type.ARRAY;
            case IDENT:
                for (Var v : vars) {
                    if (v.name().equals(n.name)) {
                        return v.type();
                    }
                }
                if (functions.contains(n.name) || Builtins.isBuiltin(n.name)) {
                    return Type.BUILTIN_FUNC;
                }
                return Type.UNKNOWN;
            case UNARY:
                return unary(n);
            case BINARY:
                return binary(n);
            case CHAIN:
                return visit(n.kids[0]);
            case MEMBER:
                return member(n);
            case SLICE: {
                Type t = visit(n.kids[0]);
                if (t.unknown()) {
                    return Type.UNKNOWN;
                }
                if (!(t.is(Type.K.STRING) || t.is(Type.K.ARRAY) || t.is(Type.K.BYTES))) {
                    throw error(n, "cannot slice " + t);
                }
                for (int i = 1; i <= 2; i++) {
                    if (n.kids[i] != null) {
                        Type x = visit(n.kids[i]);
                        if (!x.is(Type.K.INT) && !x.unknown()) {
                            throw error(n.kids[i], "non-integer slice index " + x);
                        }
                    }
                }
                return t;
            }
            case CALL: {
                Node callee = n.kids[0];
                Type ct;
                if (callee.kind == Kind.IDENT && callee.name.equals("$env")) {
                    throw error(n, "unknown is not callable");
                }
                if (callee.kind == Kind.IDENT && functions.contains(callee.name) && !isVar(callee.name)) {
                    java.util.List<String> sigs = signatures.get(callee.name);
                    if (sigs != null) {
                        Node args = new Node(Kind.BUILTIN, n.pos, java.util.Arrays.copyOfRange(n.kids, 1,
                                n.kids.length));
                        return Builtins.checkOverloads(callee.name, sigs.toArray(new String[0]), args, visitor);
                    }
                    ct = Type.func(Type.ANY);
                    callee.type = ct;
                } else {
                    ct = visit(callee);
                }
                for (int i = 1; i < n.kids.length; i++) {
                    visit(n.kids[i]);
                }
                if (ct.unknown()) {
                    return Type.UNKNOWN;
                }
                if (ct.is(Type.K.FUNC)) {
                    // a method's result type is known; a function value's is not
                    return ct.elem == null || ct.elem.unknown() ? Type.UNKNOWN : ct.elem;
                }
                String fnName = callee.kind == Kind.IDENT ? callee.name
                        : callee.kind == Kind.MEMBER && callee.kids[1].kind == Kind.STRING
                                ? (String) callee.kids[1].value : "function";
                if (ct.is(Type.K.NIL)) {
                    throw error(n, fnName + " is nil; cannot call nil as function");
                }
                throw error(n, ct + " is not callable");
            }
            case BUILTIN:
                return builtin(n);
            case PREDICATE: {
                Type t = visit(n.kids[0]);
                return Type.func(t);
            }
            case POINTER: {
                if (scopes.isEmpty()) {
                    throw error(n, "cannot use pointer accessor outside predicate");
                }
                Scope s = scopes.peek();
                if (n.name.isEmpty()) {
                    return s.collection().unknown() ? Type.UNKNOWN : s.collection().elem();
                }
                if (s.vars().contains(n.name)) {
                    return n.name.equals("index") ? Type.INT : Type.UNKNOWN;
                }
                throw error(n, "unknown pointer #" + n.name);
            }
            case LET: {
                if (functions.contains(n.name)) {
                    throw error(n, "cannot redeclare function " + n.name);
                }
                if (Builtins.isBuiltin(n.name)) {
                    throw error(n, "cannot redeclare builtin " + n.name);
                }
                for (Var v : vars) {
                    if (v.name().equals(n.name)) {
                        throw error(n, "cannot redeclare variable " + n.name);
                    }
                }
                Type vt = visit(n.kids[0]);
                vars.push(new Var(n.name, vt));
                try {
                    return visit(n.kids[1]);
                } finally {
                    vars.pop();
                }
            }
            case SEQUENCE: {
                Type last = Type.UNKNOWN;
                for (Node k : n.kids) {
                    last = visit(k);
                }
                return last;
            }
            case COND: {
                Type c = visit(n.kids[0]);
                if (!c.is(Type.K.BOOL) && !c.unknown()) {
                    throw error(n.kids[0], "non-bool expression (type " + c + ") used as condition");
                }
                Type t1 = visit(n.kids[1]);
                Type t2 = visit(n.kids[2]);
                if (t1.is(Type.K.NIL) && !t2.is(Type.K.NIL)) {
                    return t2;
                }
                if (!t1.is(Type.K.NIL) && t2.is(Type.K.NIL)) {
                    return t1;
                }
                if (t1.is(Type.K.NIL)) {
                    return Type.NIL;
                }
                if (t1.name.equals(t2.name) && !t1.unknown()) {
                    return t1.is(Type.K.ARRAY) ? Type.ARRAY : t1;
                }
                return Type.UNKNOWN;
            }
            case ARRAY: {
                Type prev = null;
                boolean same = true;
                for (Node k : n.kids) {
                    Type t = visit(k);
                    if (prev != null && t.k != prev.k) {
                        same = false;
                    }
                    prev = t;
                }
                return same && prev != null ? Type.arrayOf(prev) : Type.ARRAY;
            }
            case MAP:
                for (Node p : n.kids) {
                    visit(p.kids[0]);
                    visit(p.kids[1]);
                }
                return Type.MAP;
            default:
                return Type.UNKNOWN;
        }
    }

    private Type unary(Node n) {
        Type t = visit(n.kids[0]);
        switch (n.name) {
            case "!", "not" -> {
                if (t.is(Type.K.BOOL) || t.unknown()) {
                    return Type.BOOL;
                }
            }
            default -> {
                if (t.isNumber()) {
                    return t;
                }
                if (t.unknown()) {
                    return Type.UNKNOWN;
                }
            }
        }
        throw error(n, "invalid operation: " + n.name + " (mismatched type " + t + ")");
    }

    private static boolean maybe(Type l, Type r, Type.K... ks) {
        return l.unknown() && r.unknown() || l.unknown() && anyOf(r, ks) || r.unknown() && anyOf(l, ks);
    }

    private static boolean anyOf(Type t, Type.K... ks) {
        for (Type.K k : ks) {
            if (k == null ? t.isNumber() : t.k == k) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparable(Type l, Type r) {
        return l.unknown() || r.unknown() || l.is(Type.K.NIL) || r.is(Type.K.NIL) || l.isNumber() && r.isNumber()
                || l.k == r.k && (l.k == Type.K.DURATION || l.k == Type.K.TIME || l.k == Type.K.ARRAY)
                || l.k == r.k && l.name.equals(r.name);
    }

    private Type binary(Node n) {
        Type l = visit(n.kids[0]);
        Type r = visit(n.kids[1]);
        Type.K num = null;
        switch (n.name) {
            case "==", "!=" -> {
                if (comparable(l, r)) {
                    return Type.BOOL;
                }
            }
            case "or", "||", "and", "&&" -> {
                if (l.is(Type.K.BOOL) && r.is(Type.K.BOOL) || maybe(l, r, Type.K.BOOL)) {
                    return Type.BOOL;
                }
            }
            case "<", ">", ">=", "<=" -> {
                if (l.isNumber() && r.isNumber() || l.k == r.k && (l.is(Type.K.STRING) || l.is(Type.K.TIME)
                        || l.is(Type.K.DURATION))
                        || maybe(l, r, num, Type.K.STRING, Type.K.TIME, Type.K.DURATION)) {
                    return Type.BOOL;
                }
            }
            case "-" -> {
                if (l.isNumber() && r.isNumber()) {
                    return l.is(Type.K.FLOAT) || r.is(Type.K.FLOAT) ? Type.FLOAT : Type.INT;
                }
                if (l.is(Type.K.TIME) && r.is(Type.K.TIME)) {
                    return Type.DURATION;
                }
                if (l.is(Type.K.TIME) && r.is(Type.K.DURATION)) {
                    return Type.TIME;
                }
                if (l.is(Type.K.DURATION) && r.is(Type.K.DURATION)) {
                    return Type.DURATION;
                }
                if (maybe(l, r, num, Type.K.TIME, Type.K.DURATION)) {
                    return Type.UNKNOWN;
                }
            }
            case "*" -> {
                if (l.isNumber() && r.isNumber()) {
                    return l.is(Type.K.FLOAT) || r.is(Type.K.FLOAT) ? Type.FLOAT : Type.INT;
                }
                if (l.isNumber() && r.is(Type.K.DURATION) || l.is(Type.K.DURATION) && (r.isNumber()
                        || r.is(Type.K.DURATION))) {
                    return Type.DURATION;
                }
                if (maybe(l, r, num, Type.K.DURATION)) {
                    return Type.UNKNOWN;
                }
            }
            case "/", "**", "^" -> {
                if (l.isNumber() && r.isNumber() || maybe(l, r, num)) {
                    return Type.FLOAT;
                }
            }
            case "%" -> {
                if (l.is(Type.K.INT) && r.is(Type.K.INT) || maybe(l, r, Type.K.INT)) {
                    return Type.INT;
                }
            }
            case "+" -> {
                if (l.isNumber() && r.isNumber()) {
                    return l.is(Type.K.FLOAT) || r.is(Type.K.FLOAT) ? Type.FLOAT : Type.INT;
                }
                if (l.is(Type.K.STRING) && r.is(Type.K.STRING)) {
                    return Type.STRING;
                }
                if (l.is(Type.K.TIME) && r.is(Type.K.DURATION) || l.is(Type.K.DURATION) && r.is(Type.K.TIME)) {
                    return Type.TIME;
                }
                if (l.is(Type.K.DURATION) && r.is(Type.K.DURATION)) {
                    return Type.DURATION;
                }
                if (maybe(l, r, num, Type.K.STRING, Type.K.TIME, Type.K.DURATION)) {
                    return Type.UNKNOWN;
                }
            }
            case "in" -> {
                if (r.is(Type.K.MAP)) {
                    if (!l.unknown() && !l.is(Type.K.STRING) && r == Type.MAP && !l.is(Type.K.NIL)) {
                        throw error(n, "cannot use " + l + " as type string in map key");
                    }
                    return Type.BOOL;
                }
                if (r.is(Type.K.ARRAY)) {
                    Type e = r.elem();
                    if (!comparable(l, e)) {
                        throw error(n, "cannot use " + l + " as type " + e + " in array");
                    }
                    return Type.BOOL;
                }
                if (l.unknown() && (r.is(Type.K.STRING) || r.is(Type.K.ARRAY) || r.is(Type.K.MAP))) {
                    return Type.BOOL;
                }
                if (r.unknown()) {
                    return Type.BOOL;
                }
            }
            case "matches" -> {
                if (n.kids[1].kind == Kind.STRING) {
                    String err = GoRegex.compileError((String) n.kids[1].value);
                    if (err != null) {
                        throw error(n, err);
                    }
                }
                if ((l.is(Type.K.STRING) || l.is(Type.K.BYTES)) && r.is(Type.K.STRING)
                        || maybe(l, r, Type.K.STRING)) {
                    return Type.BOOL;
                }
            }
            case "contains", "startsWith", "endsWith" -> {
                if (l.is(Type.K.STRING) && r.is(Type.K.STRING) || maybe(l, r, Type.K.STRING)) {
                    return Type.BOOL;
                }
            }
            case ".." -> {
                if (l.is(Type.K.INT) && r.is(Type.K.INT) || maybe(l, r, Type.K.INT)) {
                    return Type.arrayOf(Type.INT);
                }
            }
            case "??" -> {
                if (l.is(Type.K.NIL) && !r.is(Type.K.NIL)) {
                    return r;
                }
                if (!l.is(Type.K.NIL) && r.is(Type.K.NIL)) {
                    return l;
                }
                if (l.is(Type.K.NIL)) {
                    return Type.NIL;
                }
                return l.name.equals(r.name) && !l.unknown() ? l : Type.UNKNOWN;
            }
            default -> throw error(n, "unknown operator (" + n.name + ")");
        }
        throw error(n, "invalid operation: " + n.name + " (mismatched types " + l + " and " + r + ")");
    }

    private Type member(Node n) {
        Node baseNode = n.kids[0];
        if (baseNode.kind == Kind.IDENT && baseNode.name.equals("$env")) {
            visit(n.kids[1]);
            return Type.UNKNOWN;
        }
        Type base = visit(baseNode);
        Type prop = visit(n.kids[1]);
        if (base.unknown()) {
            return Type.UNKNOWN;
        }
        boolean named = n.kids[1].kind == Kind.STRING;
        String name = named ? (String) n.kids[1].value : null;
        if (named && base.is(Type.K.NIL)) {
            throw error(n, "type nil has no field " + name);
        }
        if (named && Methods.has(base, name)) {
            return Methods.result(base, name);
        }
        if (base.is(Type.K.MAP)) {
            if (base == Type.MAP && !prop.is(Type.K.STRING) && !prop.unknown()) {
                throw error(n.kids[1], "cannot use " + prop + " to get an element from " + base);
            }
            return base.elem();
        }
        if (base.is(Type.K.ARRAY) || base.is(Type.K.BYTES)) {
            if (!prop.is(Type.K.INT) && !prop.unknown()) {
                throw error(n.kids[1], "array elements can only be selected using an integer (got " + prop + ")");
            }
            return base.is(Type.K.BYTES) ? Type.INT : base.elem();
        }
        if (named) {
            throw error(n, "type " + base + " has no " + (n.method ? "method " : "field ") + name);
        }
        throw error(n, "type " + base + "[" + prop + "] is undefined");
    }

    private Type builtin(Node n) {
        String name = n.name;
        if (Parser.PREDICATES.containsKey(name)) {
            Type coll = visit(n.kids[0]);
            if (!coll.is(Type.K.ARRAY) && !coll.unknown()) {
                throw error(n.kids[0], "builtin " + name + " takes only array (got " + coll + ")");
            }
            if (n.kids.length == 1) {
                // count(array) and sum(array)
                if (name.equals("count")) {
                    return Type.INT;
                }
                return coll.unknown() ? Type.UNKNOWN : coll.elem();
            }
            Set<String> scopeVars = switch (name) {
                case "map" -> Set.of("index");
                case "reduce" -> Set.of("index", "acc");
                default -> Set.of();
            };
            scopes.push(new Scope(coll, scopeVars));
            Type pred;
            try {
                pred = visit(n.kids[1]);
            } finally {
                scopes.pop();
            }
            if (n.kids.length == 3) {
                Type third = visit(n.kids[2]);
                if (name.equals("sortBy") && !third.is(Type.K.STRING) && !third.unknown()) {
                    throw error(n.kids[2], "sortBy order argument must be a string (got " + third + ")");
                }
            }
            Type out = pred.elem == null ? Type.UNKNOWN : pred.elem;
            if (out.is(Type.K.NIL) && !name.equals("sum")) {
                // a predicate of nil has no result type
                throw error(n.kids[1], name.equals("reduce") ? "predicate should has two input and one output param"
                        : "predicate should has one input and one output param");
            }
            switch (name) {
                case "all", "none", "any", "one", "filter", "count", "find", "findIndex", "findLast",
                        "findLastIndex" -> {
                    if (!out.is(Type.K.BOOL) && !out.unknown()) {
                        throw error(n.kids[1], "predicate should return boolean (got " + out + ")");
                    }
                }
                default -> {
                }
            }
            return switch (name) {
                case "all", "none", "any", "one" -> Type.BOOL;
                case "filter" -> coll.unknown() ? Type.ARRAY : Type.arrayOf(coll.elem());
                case "map" -> Type.arrayOf(out);
                case "count", "findIndex", "findLastIndex" -> Type.INT;
                case "find", "findLast" -> coll.unknown() ? Type.UNKNOWN : coll.elem();
                case "groupBy" -> Type.GROUP_MAP;
                case "sortBy" -> coll;
                case "sum" -> out.unknown() ? Type.ANY : out;
                case "reduce" -> out;
                default -> Type.UNKNOWN;
            };
        }
        if (Builtins.hasSignatures(name)) {
            return Builtins.checkOverloads(name, n, visitor);
        }
        List<Type> args = new ArrayList<>();
        for (Node k : n.kids) {
            args.add(visit(k));
        }
        return Builtins.check(name, args, n);
    }
}
