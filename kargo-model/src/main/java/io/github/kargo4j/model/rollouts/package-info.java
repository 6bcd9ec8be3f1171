/**
 * Argo Rollouts analysis templates ({@code argoproj.io/v1alpha1}), which a Kargo Stage's {@code verification}
 * references: the namespaced {@link io.github.kargo4j.model.rollouts.AnalysisTemplate} and the cluster-scoped
 * {@link io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate}, sharing one
 * {@link io.github.kargo4j.model.rollouts.AnalysisTemplateSpec} of arguments and metrics. The {@code web},
 * {@code prometheus} and {@code job} metric providers are typed; every other provider is kept as a free-form tree.
 *
 * <p>Argument placeholders in these templates are written {@code {{args.<name>}}} (no {@code $}) and are resolved by
 * Argo Rollouts when it runs the analysis; they are distinct from Kargo's {@code ${{ }}} expressions, which Kargo
 * evaluates earlier, only in a Stage's {@code verification.args}.
 */
@KargoStyle
package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.KargoStyle;
