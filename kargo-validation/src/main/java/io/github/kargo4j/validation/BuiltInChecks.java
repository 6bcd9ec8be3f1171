package io.github.kargo4j.validation;

import java.util.List;

/** The checks every {@link PipelineValidator} runs, in order. */
final class BuiltInChecks {

    private BuiltInChecks() {
    }

    static List<Check> all() {
        return List.of(
                new io.github.kargo4j.validation.graph.GraphCheck()
        );
    }
}
