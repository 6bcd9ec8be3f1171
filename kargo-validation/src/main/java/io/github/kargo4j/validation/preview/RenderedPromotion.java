package io.github.kargo4j.validation.preview;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A Stage's promotion as Kargo would run it for the given Freight: promotion variables, every step (task steps
 * inlined) with its evaluated config, and the verification's arguments.
 *
 * @param project       the Stage's namespace
 * @param stage         the Stage's name
 * @param freight       the Freight the promotion uses, one per requested origin that has some
 * @param vars          the promotion variables (Stage {@code vars}, then the template's), evaluated in order
 * @param steps         the steps in order; empty for a control-flow Stage
 * @param verification  the verification's arguments; empty when the Stage has no verification
 * @param errors        problems of the whole promotion (a missing PromotionTask, a variable that fails); problems of one
 *                      step are in that step's {@link RenderedStep#error()}
 * @param notes         facts worth knowing about this rendering (artifacts not requested by this Stage)
 */
public record RenderedPromotion(String project, String stage, List<FreightUsed> freight, Map<String, Object> vars,
                                List<RenderedStep> steps, List<RenderedArgument> verification, List<String> errors,
                                List<String> notes) {

    /**
     * A Freight a promotion uses.
     *
     * @param origin    its origin, {@code Warehouse/name}
     * @param name      its name (for Freight built from artifacts, the ID Kargo would give it)
     * @param artifacts its commits, images and charts, one line each ({@code repo@id}, {@code repo:tag}, ...)
     */
    public record FreightUsed(String origin, String name, List<String> artifacts) {
        /** Copies the list. */
        public FreightUsed {
            artifacts = List.copyOf(artifacts);
        }
    }

    /** Copies the lists. */
    public RenderedPromotion {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stage, "stage");
        freight = List.copyOf(freight);
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        steps = List.copyOf(steps);
        verification = List.copyOf(verification);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /**
     * @param alias a step's alias ({@code step-2}, {@code update}, {@code deploy::step-1})
     * @return that step
     * @throws NoSuchElementException when there is none
     */
    public RenderedStep step(String alias) {
        return steps.stream().filter(s -> s.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no step '" + alias + "' in the promotion of Stage "
                        + project + "/" + stage + "; steps: " + steps.stream().map(RenderedStep::alias).toList()));
    }

    /** @return whether anything failed: a promotion error, a step error or a verification argument error */
    public boolean hasErrors() {
        return !allErrors().isEmpty();
    }

    /** @return every error: the promotion's, then each step's, then each verification argument's */
    public List<String> allErrors() {
        return Stream.of(errors.stream(), steps.stream().flatMap(s -> s.error().stream()),
                verification.stream().flatMap(a -> a.error().stream())).flatMap(s -> s).toList();
    }
}
