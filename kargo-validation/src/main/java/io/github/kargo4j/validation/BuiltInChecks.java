package io.github.kargo4j.validation;

import io.github.kargo4j.validation.constraints.FieldConstraintsCheck;
import io.github.kargo4j.validation.expr.ExpressionCheck;
import io.github.kargo4j.validation.fields.UnknownFieldCheck;

import java.util.List;

/** The checks every {@link PipelineValidator} runs, in order. */
final class BuiltInChecks {

    private BuiltInChecks() {
    }

    static List<Check> all() {
        return List.of(
                new FieldConstraintsCheck(),
                new UnknownFieldCheck(),
                new ExpressionCheck()
        );
    }
}
