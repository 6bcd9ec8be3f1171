package io.github.kargo4j.expr;

import java.util.List;
import java.util.Set;

/**
 * A value with methods, as a Go value whose methods an expression calls ({@code semverParse(v).Major()}). Returned by
 * an {@link ExprFunction} or put in an environment, it is kept as it is; {@code value.Name(args)} calls
 * {@link #call(String, List)} when {@link #methods()} has the name. {@code ==} compares with {@link Object#equals(Object)}.
 * JSON cannot write it unless Go could: expr-lang's {@code toJSON} and Kargo's templates report its Go type as
 * unsupported.
 */
public interface ExprObject {

    /** @return the Go type expr-lang would name, such as {@code *semver.Version} */
    String goType();

    /** @return the methods that may be called */
    Set<String> methods();

    /**
     * Calls a method.
     *
     * @param method one of {@link #methods()}
     * @param args the evaluated arguments, unmodifiable
     * @return the result, in the value model of the package documentation (or another {@code ExprObject})
     * @throws IllegalArgumentException whose message becomes the run-time error's reason
     */
    Object call(String method, List<Object> args);
}
