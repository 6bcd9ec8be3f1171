/**
 * Argo Rollouts analysis templates for Kargo verification: {@link io.github.kargo4j.builders.rollouts.Args}
 * (plain, required and Secret-backed arguments), {@link io.github.kargo4j.builders.rollouts.Metrics} ({@code web},
 * {@code prometheus} and {@code job} metrics with their conditions and timings) and
 * {@link io.github.kargo4j.builders.rollouts.AnalysisTemplates}.
 */
package io.github.kargo4j.builders.rollouts;
