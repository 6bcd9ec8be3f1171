package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.validation.render.TextRenderer;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * Assertions for unit tests of Kargo manifests and of code that builds resources: on failure they throw an
 * {@link AssertionError} whose message is the whole text report, so the test output says what to fix. Works with any
 * test framework (nothing here depends on JUnit).
 *
 * <pre>{@code
 * @Test
 * void manifestsAreValid() {
 *     KargoAssertions.assertValid(Path.of("kargo"));
 * }
 *
 * @Test
 * void generatedPipelineHasNoWarnings() {
 *     KargoAssertions.assertNoFindingsAtOrAbove(Severity.WARNING, MyPipeline.resources());
 * }
 * }</pre>
 *
 * <p>The overloads without a {@link PipelineValidator} use {@link PipelineValidator#create()} (every built-in
 * check, a set that may be partial).
 */
public final class KargoAssertions {

    private KargoAssertions() {
    }

    /**
     * Asserts that the manifests in files and directories have no finding of severity error.
     *
     * @param paths files and directories
     * @return the report, for further assertions
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValid(Path... paths) {
        return assertValid(PipelineValidator.create(), paths);
    }

    /**
     * @param validator the validator to use
     * @param paths     files and directories
     * @return the report
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValid(PipelineValidator validator, Path... paths) {
        return assertNoFindingsAtOrAbove(validator, Severity.ERROR, paths);
    }

    /**
     * @param resources resources, typically built in code
     * @return the report
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValid(Collection<? extends KargoResource> resources) {
        return assertValid(PipelineValidator.create(), resources);
    }

    /**
     * @param validator the validator to use
     * @param resources resources
     * @return the report
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValid(PipelineValidator validator, Collection<? extends KargoResource> resources) {
        return assertNoFindingsAtOrAbove(validator, Severity.ERROR, resources);
    }

    /**
     * @param threshold the least serious severity that fails ({@link Severity#WARNING}: errors and warnings fail)
     * @param paths     files and directories
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(Severity threshold, Path... paths) {
        return assertNoFindingsAtOrAbove(PipelineValidator.create(), threshold, paths);
    }

    /**
     * @param validator the validator to use
     * @param threshold the least serious severity that fails
     * @param paths     files and directories
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(PipelineValidator validator, Severity threshold, Path... paths) {
        Objects.requireNonNull(validator, "validator");
        return check(validator.validate(paths), threshold);
    }

    /**
     * @param threshold the least serious severity that fails
     * @param resources resources
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(Severity threshold, Collection<? extends KargoResource> resources) {
        return assertNoFindingsAtOrAbove(PipelineValidator.create(), threshold, resources);
    }

    /**
     * @param validator the validator to use
     * @param threshold the least serious severity that fails
     * @param resources resources
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(PipelineValidator validator, Severity threshold,
                                                   Collection<? extends KargoResource> resources) {
        Objects.requireNonNull(validator, "validator");
        return check(validator.validateResources(resources), threshold);
    }

    /**
     * @param report    a report
     * @param threshold the least serious severity that fails
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(Report report, Severity threshold) {
        return check(report, threshold);
    }

    private static Report check(Report report, Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (report.hasFindingsAtOrAbove(threshold)) {
            long failing = report.atLeast(threshold).findings().size();
            throw new AssertionError("kargo4j found " + failing + (failing == 1 ? " finding" : " findings")
                    + (threshold == Severity.INFO ? "" : " at or above " + threshold.label()) + ":\n"
                    + TextRenderer.create().render(report));
        }
        return report;
    }
}
