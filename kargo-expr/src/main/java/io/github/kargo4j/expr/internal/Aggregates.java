package io.github.kargo4j.expr.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** max, min, mean and median over numbers and (nested) arrays of numbers, as builtin/lib.go computes them. */
final class Aggregates {

    private Aggregates() {
    }

    private static boolean less(Object a, Object b) {
        int c = Values.compare(a, b, "<");
        return c != Values.NAN_COMPARE && c < 0;
    }

    private static boolean more(Object a, Object b) {
        int c = Values.compare(a, b, ">");
        return c != Values.NAN_COMPARE && c > 0;
    }

    static Object minMax(String name, List<Object> args) {
        return Deep.forValue(args, () -> minMax(name, args, 0, true));
    }

    private static Object minMax(String name, List<?> args, int depth, boolean top) {
        if (depth > Values.MAX_VALUE_DEPTH) {
            throw new EvalError("max depth reached");
        }
        boolean isMax = name.equals("max");
        Object val = null;
        for (Object arg : args) {
            if (arg instanceof List<?> arr) {
                for (Object e : arr) {
                    Object cand;
                    if (e instanceof Long || e instanceof Double || e instanceof Short) {
                        cand = e;
                    } else if (e instanceof List<?>) {
                        cand = minMax(name, List.of(e), depth + 1, false);
                        if (cand == null) {
                            continue;
                        }
                    } else {
                        throw new EvalError("invalid argument for " + name + " (type " + GoFmt.typeName(e) + ")");
                    }
                    if (val == null || (isMax ? less(val, cand) : more(val, cand))) {
                        val = cand;
                    }
                }
                continue;
            }
            if (arg instanceof Long || arg instanceof Double || arg instanceof Short) {
                if (val == null || (isMax ? less(val, arg) : more(val, arg))) {
                    val = arg;
                }
                continue;
            }
            if (args.size() == 1) {
                return arg;
            }
            throw new EvalError("invalid argument for " + name + " (type " + GoFmt.typeName(arg) + ")");
        }
        return val;
    }

    private static void collect(String name, Object arg, List<Double> out, int depth) {
        if (depth > Values.MAX_VALUE_DEPTH) {
            throw new EvalError("max depth reached");
        }
        if (arg instanceof Short s) {
            out.add((double) s);
        } else if (arg instanceof Long l) {
            out.add((double) l);
        } else if (arg instanceof Double d) {
            out.add(d);
        } else if (arg instanceof List<?> l) {
            for (Object o : l) {
                collect(name, o, out, depth + 1);
            }
        } else {
            throw new EvalError("invalid argument for " + name + " (type " + GoFmt.typeName(arg) + ")");
        }
    }

    static Object mean(List<Object> args) {
        List<Double> values = new ArrayList<>();
        Deep.forValue(args, () -> {
            for (Object a : args) {
                collect("mean", a, values, 0);
            }
            return values;
        });
        if (values.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    static Object median(List<Object> args) {
        List<Double> values = new ArrayList<>();
        Deep.forValue(args, () -> {
            for (Object a : args) {
                collect("median", a, values, 0);
            }
            return values;
        });
        int n = values.size();
        if (n == 0) {
            return 0.0;
        }
        Collections.sort(values);
        if (n % 2 == 1) {
            return values.get(n / 2);
        }
        return (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
