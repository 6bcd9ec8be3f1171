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
 * Required properties and Kargo's one-of rules are checked when a configuration is built, with messages that name
 * the step and the property's path, such as {@code git-clone: required property "checkout[0].path" is not set}.
 * Nested items ({@link io.github.kargo4j.model.steps.GitCheckout},
 * {@link io.github.kargo4j.model.steps.ValueUpdate} and the like) are checked as part of the step's configuration, so that the message can say where they are.
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
