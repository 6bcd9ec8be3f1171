package io.github.kargo4j.expr.internal;

import java.util.List;

/**
 * A node of the syntax tree. One class with a kind keeps the tree small; {@link #depth} is the height of the subtree,
 * computed when the node is made, so every recursive walk over a tree that the parser accepted is bounded by the
 * configured nesting limit.
 */
public final class Node {

    /** The kinds of nodes, after expr-lang's ast package. */
    public enum Kind {
        NIL, BOOL, INT, FLOAT, STRING, BYTES, CONST, IDENT, UNARY, BINARY, CHAIN, MEMBER, SLICE, CALL, BUILTIN,
        PREDICATE, POINTER, LET, SEQUENCE, COND, ARRAY, MAP, PAIR
    }

    final Kind kind;
    /** Operator, identifier, builtin or variable name, pointer name, property name of a method. */
    String name;
    /** Literal value (Boolean, Long, Double, String, byte[], constant List). */
    Object value;
    /** Children; the meaning depends on the kind (see Parser). */
    Node[] kids;
    /** Rune offset of the node in the source, where errors point. */
    int pos;
    boolean optional;
    boolean method;
    boolean ternary;
    int depth;
    /** Checker result: the static type. */
    Type type;

    Node(Kind kind, int pos, Node... kids) {
        this.kind = kind;
        this.pos = pos;
        this.kids = kids;
        int d = 0;
        for (Node k : kids) {
            if (k != null && k.depth > d) {
                d = k.depth;
            }
        }
        this.depth = d + 1;
    }

    Node kid(int i) {
        return i < kids.length ? kids[i] : null;
    }

    static Node[] array(List<Node> nodes) {
        return nodes.toArray(new Node[0]);
    }
}
