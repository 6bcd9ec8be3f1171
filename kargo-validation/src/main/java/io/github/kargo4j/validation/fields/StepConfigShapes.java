package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.io.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Which keys the {@code config} of each promotion step accepts. Kargo's CRDs leave a step's {@code config} open, and
 * Kargo checks it against the step's JSON schema only when a promotion runs (every built-in step schema rejects
 * unknown keys), so {@link UnknownFieldCheck} needs this lookup to find misspelt or misplaced keys before then.
 *
 * <p>The built-in checks use {@link #defaults()}. Plug in more steps either by registering an implementation (with a
 * public no-argument constructor) as a {@link ServiceLoader} service in
 * {@code META-INF/services/io.github.kargo4j.validation.fields.StepConfigShapes}, which {@link #defaults()} consults
 * before the built-in shapes, or by composing lookups for a check of your own:
 * <pre>{@code
 * StepConfigShapes mine = StepConfigShapes.fromTypes(Map.of("my-step", MyStepConfig.class))
 *         .orElse(StepConfigShapes.builtIn());
 * Check check = new UnknownFieldCheck(mine);
 * }</pre>
 * Typed step configurations that follow the model's rules (an {@code AbstractX} class with {@code @Value.Immutable}
 * and {@code @PropertyOrder}) plug in with {@link #fromTypes(Map)}.
 *
 * <p>Implementations must be thread-safe and must not throw.
 */
@FunctionalInterface
public interface StepConfigShapes {

    /**
     * @param step the step name, the value of {@code uses} (such as {@code git-clone})
     * @return the keys its {@code config} accepts, or empty when this lookup does not know the step (its config is
     *     then not checked)
     */
    Optional<KnownFields> configOf(String step);

    /**
     * @param fallback a lookup to ask for steps this one does not know
     * @return a lookup that asks this one first, then {@code fallback}
     */
    default StepConfigShapes orElse(StepConfigShapes fallback) {
        return step -> {
            Optional<KnownFields> mine = configOf(step);
            return mine.isPresent() ? mine : fallback.configOf(step);
        };
    }

    /** @return a lookup that knows no step (step configs are not checked) */
    static StepConfigShapes none() {
        return step -> Optional.empty();
    }

    /**
     * @return the shapes of all 34 built-in steps of Kargo v1.11, taken from the typed step configs of
     *     {@code kargo-builders} ({@link io.github.kargo4j.model.steps.Steps#builtIn()})
     */
    static StepConfigShapes builtIn() {
        return BuiltInStepConfigs.INSTANCE;
    }

    /**
     * @return the lookups registered as {@link ServiceLoader} services (in class-path order), then
     *     {@link #builtIn()}; a provider that cannot be loaded is skipped
     */
    static StepConfigShapes defaults() {
        List<StepConfigShapes> found = new ArrayList<>();
        try {
            for (StepConfigShapes s : ServiceLoader.load(StepConfigShapes.class)) {
                found.add(s);
            }
        } catch (ServiceConfigurationError e) {
            // a broken provider must not break validation; the built-in shapes still apply
        }
        StepConfigShapes out = builtIn();
        for (int i = found.size() - 1; i >= 0; i--) {
            out = found.get(i).orElse(out);
        }
        return out;
    }

    /**
     * @param byStep known fields per step name
     * @return a lookup of exactly those steps
     */
    static StepConfigShapes of(Map<String, KnownFields> byStep) {
        Map<String, KnownFields> copy = Map.copyOf(byStep);
        return step -> Optional.ofNullable(copy.get(step));
    }

    /**
     * @param configTypes the model type of each step's config, by step name (types without a {@link Shape} are
     *                    taken as free-form)
     * @return a lookup deriving the known fields from those types
     */
    static StepConfigShapes fromTypes(Map<String, Class<?>> configTypes) {
        Map<String, KnownFields> m = new LinkedHashMap<>();
        configTypes.forEach((step, type) -> m.put(step, KnownFields.of(type)));
        return of(m);
    }
}
