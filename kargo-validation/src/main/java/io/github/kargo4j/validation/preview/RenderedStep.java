package io.github.kargo4j.validation.preview;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a rendered promotion, after task steps are inlined: what Kargo would hand to the step.
 *
 * @param alias     the alias Kargo gives it ({@code as}, {@code step-N}, or {@code task-alias::step-alias} for a step of
 *                  a PromotionTask)
 * @param uses      the step to run, such as {@code git-clone}
 * @param task      for a step inlined from a task, the task ({@code PromotionTask/name} or
 *                  {@code ClusterPromotionTask/name})
 * @param condition the step's {@code if} as written, when it has one
 * @param decision  whether the step runs
 * @param vars      the step's variables as the step sees them (promotion vars, then task and step vars), evaluated
 * @param config    the evaluated config, when the step has one and it could be evaluated; values known only when the
 *                  promotion runs are placeholder strings ({@code <output of step 'x' (known only when the promotion
 *                  runs): ...>}); integral numbers are {@code Long}s, as Kargo reads them back
 * @param error     why the step could not be rendered (as Kargo would fail it), naming the file, line and column
 */
public record RenderedStep(String alias, String uses, Optional<String> task, Optional<String> condition,
                           Decision decision, Map<String, Object> vars, Optional<Map<String, Object>> config,
                           Optional<String> error) {

    /** Whether a step runs, assuming every earlier step succeeded. */
    public enum Decision {
        /** It runs: no {@code if}, or its {@code if} is true. */
        RUNS,
        /** Its {@code if} is false: Kargo skips it. */
        SKIPPED,
        /** Its {@code if} reads what only a run can tell (outputs of earlier steps). */
        UNDECIDED
    }

    /** Checks that no component is null. */
    public RenderedStep {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(vars, "vars");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(error, "error");
    }

    /**
     * @return the evaluated config
     * @throws IllegalStateException when the step has none or it failed to evaluate (with the reason)
     */
    public Map<String, Object> configOrThrow() {
        if (error.isPresent()) {
            throw new IllegalStateException(error.get());
        }
        return config.orElseThrow(() -> new IllegalStateException("step '" + alias + "' has no config"));
    }
}
