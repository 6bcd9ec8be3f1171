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
