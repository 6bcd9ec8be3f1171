package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.steps.Steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The config keys of all 34 built-in steps of Kargo v1.11, derived from the typed step configs of kargo-builders
 * ({@link Steps#builtIn()}), so that one description of each step serves building and checking. Removed keys (such
 * as {@code fromOrigin}) are not in those types: {@link io.github.kargo4j.validation.legacy.LegacyShapes} keeps them
 * from being reported here, the legacy rules report them.
 */
final class BuiltInStepConfigs implements StepConfigShapes {

    static final BuiltInStepConfigs INSTANCE = new BuiltInStepConfigs();

    private final Map<String, KnownFields> steps;

    private BuiltInStepConfigs() {
        Map<String, KnownFields> m = new LinkedHashMap<>();
        Steps.builtIn().forEach((step, type) -> m.put(step, KnownFields.of(type)));
        steps = Map.copyOf(m);
    }

    /** @return the step names known */
    java.util.Set<String> stepNames() {
        return steps.keySet();
    }

    @Override
    public Optional<KnownFields> configOf(String step) {
        return Optional.ofNullable(steps.get(step));
    }
}
