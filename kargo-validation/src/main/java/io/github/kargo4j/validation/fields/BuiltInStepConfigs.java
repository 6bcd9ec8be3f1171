package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.steps.StepConfig;
import io.github.kargo4j.model.steps.Steps;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The config keys of all 34 built-in steps of Kargo v1.11, derived from the typed step configs of kargo-builders
 * ({@link Steps#builtIn()}), so that one description of each step serves building and checking. Removed keys (such
 * as {@code fromOrigin}) are not in those types: {@link io.github.kargo4j.validation.legacy.LegacyShapes} keeps them
 * from being reported here, the legacy rules report them. Thread-safe; a step's keys are read from its type when a
 * config of that step is first checked, so a run pays for the steps it meets, not for all 34.
 */
final class BuiltInStepConfigs implements StepConfigShapes {

    static final BuiltInStepConfigs INSTANCE = new BuiltInStepConfigs();

    private final Map<String, Class<? extends StepConfig>> types = Steps.builtIn();
    /** Each step's keys, worked out (from its type, by reflection) when a config of that step is first checked. */
    private final Map<String, KnownFields> steps = new ConcurrentHashMap<>();

    private BuiltInStepConfigs() {
    }

    /** @return the step names known */
    java.util.Set<String> stepNames() {
        return types.keySet();
    }

    @Override
    public Optional<KnownFields> configOf(String step) {
        Class<? extends StepConfig> type = types.get(step);
        if (type == null) {
            return Optional.empty();
        }
        KnownFields known = steps.get(step);
        if (known == null) {
            known = KnownFields.of(type);
            steps.putIfAbsent(step, known);
        }
        return Optional.of(known);
    }
}
