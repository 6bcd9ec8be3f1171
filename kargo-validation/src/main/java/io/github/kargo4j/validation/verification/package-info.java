/**
 * Verification rules ({@code KV...}): Argo Rollouts AnalysisTemplates and ClusterAnalysisTemplates, as Argo Rollouts
 * checks them when a Stage's verification runs an analysis.
 * {@link io.github.kargo4j.validation.verification.AnalysisTemplateCheck} reports them;
 * {@link io.github.kargo4j.validation.verification.AnalysisRules} lists them.
 */
package io.github.kargo4j.validation.verification;
