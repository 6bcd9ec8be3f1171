package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.steps.Steps;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The config keys of all 34 built-in steps of Kargo v1.11, derived from the typed step configs of kargo-builders
 * ({@link Steps#builtIn()}), so that one description of each step serves building and checking. Removed keys (such
 * as {@code fromOrigin}) are not in those types: {@link io.github.kargo4j.validation.legacy.LegacyShapes} keeps them
 * from being reported here, the legacy rules report them.
 *
 * <p>A step's keys are derived on its first look-up: a run reads the few steps its pipelines use, not all 34 (deriving
 * them reads the model type of each config and of what it nests, a start-up cost).
 */
final class BuiltInStepConfigs implements StepConfigShapes {

    static final BuiltInStepConfigs INSTANCE = new BuiltInStepConfigs();

    private final Map<String, ? extends Class<?>> types = Steps.builtIn();
    private final Map<String, KnownFields> derived = new ConcurrentHashMap<>();

    private BuiltInStepConfigs() {
    }

    /** @return the step names known */
    java.util.Set<String> stepNames() {
        return types.keySet();
    }

    @Override
    public Optional<KnownFields> configOf(String step) {
        Class<?> type = types.get(step);
        if (type == null) {
            return Optional.empty();
        }
        KnownFields known = derived.get(step);
        if (known == null) {
            // derived outside the map's lock (it may derive other types' fields); a race derives the same twice
            known = KnownFields.of(type);
            KnownFields first = derived.putIfAbsent(step, known);
            known = first == null ? known : first;
        }
        return Optional.of(known);
    }
}
