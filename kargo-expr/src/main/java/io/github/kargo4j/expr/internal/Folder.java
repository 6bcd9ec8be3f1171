package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.internal.Node.Kind;

/**
 * The parts of expr-lang's optimizer that change what an expression means: {@code true && x} is {@code x} (so a
 * non-bool {@code x} is returned, not rejected), {@code false && x} is {@code false}, the same for {@code ||}, and
 * {@code n % 0} of integer literals is a compile error. Other folding (arithmetic on literals) gives the same values
 * at run time and is not done.
 */
final class Folder {

    private Folder() {
    }

    /**
     * expr-lang's inArray and inRange optimizations, which change errors: {@code x in ["a", "b"]} looks x up in a set
     * of strings (a non-string x is an error, nil finds ""), and an int-typed {@code x in 1..3} becomes
     * {@code x >= 1 and x <= 3} (a nil x is an error, reported at the start of the expression).
     */
    private static Node membership(Node n, Node l, Node r) {
        if (r.kind == Kind.ARRAY && r.kids.length > 0) {
            boolean strings = true;
            for (Node k : r.kids) {
                strings &= k.kind == Kind.STRING;
            }
            if (strings) {
                java.util.Map<String, Object> set = new java.util.LinkedHashMap<>();
                for (Node k : r.kids) {
                    set.put((String) k.value, Boolean.TRUE);
                }
                Node c = new Node(Kind.CONST, r.pos);
                c.value = java.util.Collections.unmodifiableMap(set);
                n.kids[1] = c;
            }
            return n;
        }
        if (l.type != null && l.type.is(Type.K.INT) && r.kind == Kind.BINARY && r.name.equals("..")
                && r.kids[0].kind == Kind.INT && r.kids[1].kind == Kind.INT) {
            Node ge = new Node(Kind.BINARY, 0, l, r.kids[0]);
            ge.name = ">=";
            Node le = new Node(Kind.BINARY, 0, l, r.kids[1]);
            le.name = "<=";
            Node and = new Node(Kind.BINARY, n.pos, ge, le);
            and.name = "and";
            return and;
        }
        return n;
    }

    static Node fold(Node n) {
        for (int i = 0; i < n.kids.length; i++) {
            if (n.kids[i] != null) {
                n.kids[i] = fold(n.kids[i]);
            }
        }
        if (n.kind == Kind.UNARY && (n.name.equals("!") || n.name.equals("not")) && n.kids[0].kind == Kind.BOOL) {
            Node b = new Node(Kind.BOOL, n.pos);
            b.value = !(Boolean) n.kids[0].value;
            return b;
        }
        if (n.kind != Kind.BINARY) {
            return n;
        }
        Node l = n.kids[0];
        Node r = n.kids[1];
        switch (n.name) {
            case "in" -> {
                return membership(n, l, r);
            }
            case "%" -> {
                if (l.kind == Kind.INT && r.kind == Kind.INT && (Long) r.value == 0L) {
                    throw new ParseError("integer divide by zero", n.pos);
                }
            }
            case "and", "&&" -> {
                Boolean a = l.kind == Kind.BOOL ? (Boolean) l.value : null;
                Boolean b = r.kind == Kind.BOOL ? (Boolean) r.value : null;
                // the remaining operand takes the operator's place, and its position
                if (a != null && a) {
                    r.pos = n.pos;
                    return r;
                }
                if (b != null && b) {
                    l.pos = n.pos;
                    return l;
                }
                if (a != null || b != null) {
                    Node f = new Node(Kind.BOOL, n.pos);
                    f.value = false;
                    return f;
                }
            }
            case "or", "||" -> {
                Boolean a = l.kind == Kind.BOOL ? (Boolean) l.value : null;
                Boolean b = r.kind == Kind.BOOL ? (Boolean) r.value : null;
                if (a != null && !a) {
                    r.pos = n.pos;
                    return r;
                }
                if (b != null && !b) {
                    l.pos = n.pos;
                    return l;
                }
                if (a != null || b != null) {
                    Node t = new Node(Kind.BOOL, n.pos);
                    t.value = true;
                    return t;
                }
            }
            default -> {
            }
        }
        return n;
    }
}
