/**
 * Typed configuration builders and views for every built-in promotion step of Kargo v1.11.
 *
 * <p>{@link io.github.kargo4j.model.steps.Steps} has one factory per step, named after it in camel case:
 * <pre>{@code
 * PromotionStep clone = Steps.gitClone(c -> c.repoURL(repo)
 *         .addCheckout(co -> co.branch("main").path("./manifests")));
 * PromotionStep commit = Steps.gitCommit(c -> c.path("./manifests").message("Promote")).withAs("commit");
 * Optional<GitCloneConfig> view = GitCloneConfig.from(clone);
 * }</pre>
 * Each step has an immutable configuration type named after the step ({@code git-clone} is
 * {@link io.github.kargo4j.model.steps.GitCloneConfig}) whose JSON form is exactly the step's {@code config}.
 * Every rule of a step's configuration is written on its type as {@link io.github.kargo4j.model.steps.Constraints}
 * (required properties, lengths, ranges, allowed values, patterns, one-of combinations: the rules of the step's JSON
 * Schema in Kargo, and those Kargo applies in code). {@link io.github.kargo4j.model.steps.StepConfigRules} checks a
 * configuration against them, whether it is built in Java (a configuration that breaks a rule is not built; the
 * message names the step and the property's path, such as
 * {@code git-clone: required property "checkout[0].path" is not set}) or read from YAML (kargo-validation reports
 * each problem as a finding). {@link io.github.kargo4j.model.steps.StepNames} tells the built-in step names from
 * those of a later Kargo or of the Akuity Platform.
 *
 * <p>Properties that are not strings (booleans, whole numbers) also accept a {@code ${{ }}} expression, which Kargo
 * evaluates before it checks the configuration: {@code prNumber(42)} and
 * {@code prNumber("${{ outputs['open-pr'].pr.id }}")} both work, {@code prNumber("42")} is rejected. Rules that
 * depend on a value given as an expression are left to Kargo.
 *
 * <p>Fields a configuration does not know are kept in {@code unknownFields()} and written back, so a step written
 * for a newer Kargo survives a round trip. Custom steps use {@link io.github.kargo4j.model.steps.Steps#of(String,
 * io.github.kargo4j.model.json.JsonObject)}.
 */
@KargoStyle
package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.KargoStyle;
