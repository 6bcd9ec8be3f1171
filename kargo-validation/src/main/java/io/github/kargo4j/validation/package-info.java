/**
 * Offline validation of whole Kargo pipelines: {@link io.github.kargo4j.validation.PipelineValidator} runs field
 * constraints, Kargo's admission rules, freight-graph checks, legacy-shape and unknown-field checks and expression
 * checks over a set of resources, and returns a {@link io.github.kargo4j.validation.Report} of
 * {@link io.github.kargo4j.validation.Finding findings}, each with a stable code documented in {@code docs/rules.md}.
 */
package io.github.kargo4j.validation;
