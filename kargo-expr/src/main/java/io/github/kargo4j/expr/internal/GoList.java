package io.github.kargo4j.expr.internal;

import java.util.ArrayList;
import java.util.Collection;

/** A list whose Go type is not {@code []interface {}}: {@code []int} of ranges, {@code []string} of split, ... */
final class GoList extends ArrayList<Object> {

    private static final long serialVersionUID = 1L;

    final String goType;
    /** A nil slice: toJSON gives null, == nil is true. */
    final boolean nil;

    GoList(String goType) {
        this(goType, java.util.List.of(), false);
    }

    GoList(String goType, Collection<?> items, boolean nil) {
        super(items);
        this.goType = goType;
        this.nil = nil;
    }

    GoList(String goType, Collection<?> items) {
        this(goType, items, false);
    }

    static final String INTS = "[]int";
    static final String STRINGS = "[]string";
}
