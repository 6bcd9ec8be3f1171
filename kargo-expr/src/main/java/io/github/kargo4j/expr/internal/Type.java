package io.github.kargo4j.expr.internal;

/** The checker's static type of a node: expr-lang's "nature", reduced to what Kargo's untyped environment needs. */
final class Type {

    enum K { UNKNOWN, NIL, BOOL, INT, FLOAT, STRING, BYTES, ARRAY, MAP, TIME, DURATION, FUNC, LOCATION, NAMED }

    final K k;
    /** Go's type name, as error messages print it. */
    final String name;
    /** Element type of arrays, result type of predicates. */
    final Type elem;

    private Type(K k, String name, Type elem) {
        this.k = k;
        this.name = name;
        this.elem = elem;
    }

    static final Type UNKNOWN = new Type(K.UNKNOWN, "unknown", null);
    /** interface {}: unknown, but printed by name. */
    static final Type ANY = new Type(K.UNKNOWN, "interface {}", null);
    static final Type NIL = new Type(K.NIL, "unknown", null);
    static final Type BOOL = new Type(K.BOOL, "bool", null);
    static final Type INT = new Type(K.INT, "int", null);
    static final Type FLOAT = new Type(K.FLOAT, "float64", null);
    static final Type STRING = new Type(K.STRING, "string", null);
    static final Type BYTES = new Type(K.BYTES, "[]uint8", null);
    static final Type ARRAY = new Type(K.ARRAY, "[]interface {}", ANY);
    static final Type STRINGS = new Type(K.ARRAY, "[]string", STRING);
    static final Type MAP = new Type(K.MAP, "map[string]interface {}", ANY);
    static final Type ANY_MAP = new Type(K.MAP, "map[interface {}]interface {}", ANY);
    static final Type GROUP_MAP = new Type(K.MAP, "map[interface {}][]interface {}", ARRAY);
    static final Type TIME = new Type(K.TIME, "time.Time", null);
    static final Type DURATION = new Type(K.DURATION, "time.Duration", null);
    static final Type LOCATION = new Type(K.LOCATION, "*time.Location", null);
    /** Named integer types: no arithmetic, comparable only with themselves. */
    static final Type MONTH = new Type(K.NAMED, "time.Month", null);
    static final Type WEEKDAY = new Type(K.NAMED, "time.Weekday", null);

    /** A builtin function used as a value. */
    static final Type BUILTIN_FUNC = new Type(K.FUNC, "func(...interface {}) (interface {}, error)", null);

    static Type arrayOf(Type elem) {
        return new Type(K.ARRAY, "[]interface {}", elem);
    }

    static Type func(Type out) {
        return new Type(K.FUNC, "func(...interface {}) interface {}", out);
    }

    boolean unknown() {
        return k == K.UNKNOWN;
    }

    boolean isNumber() {
        return k == K.INT || k == K.FLOAT;
    }

    boolean is(K kind) {
        return k == kind;
    }

    Type elem() {
        return k == K.ARRAY || k == K.MAP ? (elem == null ? ANY : elem) : UNKNOWN;
    }

    @Override
    public String toString() {
        return name;
    }
}
