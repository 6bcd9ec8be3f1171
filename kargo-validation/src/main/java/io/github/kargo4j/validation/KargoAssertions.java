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
 * <p>Defaults, chosen for a unit test that names the directory of a whole pipeline:
 * <ul>
 *   <li>the overloads that take paths and no {@link PipelineValidator} take the directory as complete
 *       ({@code PipelineValidator.builder().complete(true)}): a Stage that requests Freight from a Stage, Warehouse
 *       or AnalysisTemplate missing from it is an error, not a warning. For a directory that is part of a larger
 *       set, pass {@link PipelineValidator#create()};</li>
 *   <li>paths that hold no Kubernetes resource at all fail ({@code KR005}): a wrong working directory never passes
 *       as a clean pipeline. Allow it with {@code PipelineValidator.builder().allowEmpty(true)};</li>
 *   <li>an assertion that passes with warnings, or with inputs skipped as not Kubernetes manifests, prints them to
 *       standard error, under a line that says so, so that they stand out in the test output;</li>
 *   <li>suppressed findings ({@code # kargo4j:ignore CODE reason}, {@link PipelineValidator.Builder#suppress})
 *       never fail.</li>
 * </ul>
 * The overloads that take resources use {@link PipelineValidator#create()} (a set that may be partial).
 */
public final class KargoAssertions {

    private KargoAssertions() {
    }

    /**
     * Asserts that the manifests in files and directories have no finding of severity error, taking them as the
     * whole pipeline (complete: a missing Stage, Warehouse or template is an error), and that there is at least one.
     *
     * @param paths files and directories
     * @return the report, for further assertions
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValid(Path... paths) {
        return assertValid(wholePipeline(), paths);
    }

    /** @return the validator of the path overloads: every built-in check, the paths taken as complete */
    private static PipelineValidator wholePipeline() {
        return PipelineValidator.builder().complete(true).build();
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
     * Asserts that YAML text (a test's own manifest, say) has no finding of severity error, as
     * {@link PipelineValidator#validateText(String, String)} reads it: {@code # kargo4j:ignore CODE reason} comments
     * in the text apply, and text without a Kubernetes resource fails ({@code KR005}). The text is taken as a set that
     * may be partial ({@link PipelineValidator#create()}), as resources are; findings name it {@code <string>}.
     *
     * @param yaml one or more YAML documents (the text, not a file name)
     * @return the report
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValidYaml(String yaml) {
        return assertValidYaml(PipelineValidator.create(), yaml);
    }

    /**
     * @param validator the validator to use
     * @param yaml      one or more YAML documents (the text, not a file name)
     * @return the report
     * @throws AssertionError with the text report if there is an error
     */
    public static Report assertValidYaml(PipelineValidator validator, String yaml) {
        Objects.requireNonNull(validator, "validator");
        return check(validator.validateText(yaml, "<string>"), Severity.ERROR);
    }

    /**
     * @param threshold the least serious severity that fails ({@link Severity#WARNING}: errors and warnings fail)
     * @param paths     files and directories
     * @return the report
     * @throws AssertionError with the text report if any finding is at least that serious
     */
    public static Report assertNoFindingsAtOrAbove(Severity threshold, Path... paths) {
        return assertNoFindingsAtOrAbove(wholePipeline(), threshold, paths);
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
                    + TextRenderer.create().render(report) + skipped(report));
        }
        long warnings = report.count(Severity.WARNING);
        if (warnings > 0 || !report.skipped().isEmpty()) {
            StringBuilder sb = new StringBuilder("kargo4j: the assertion passed, but ");
            if (warnings > 0) {
                sb.append(warnings).append(warnings == 1 ? " warning needs" : " warnings need").append(" a look")
                        .append(report.skipped().isEmpty() ? "" : ", and ");
            }
            if (!report.skipped().isEmpty()) {
                sb.append(report.skipped().size()).append(report.skipped().size() == 1 ? " input was" : " inputs were")
                        .append(" skipped as not Kubernetes manifests");
            }
            sb.append(":\n").append(TextRenderer.create().render(report.atLeast(Severity.WARNING)))
                    .append(skipped(report));
            System.err.print(sb);
            System.err.flush();
        }
        return report;
    }

    /** @return one line per skipped input, or nothing */
    private static String skipped(Report report) {
        StringBuilder sb = new StringBuilder();
        for (var s : report.skipped()) {
            sb.append("  ").append(s).append('\n');
        }
        return sb.toString();
    }
}
