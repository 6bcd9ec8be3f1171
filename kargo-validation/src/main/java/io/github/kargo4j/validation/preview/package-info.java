/**
 * Promotion previews: a Stage's promotion rendered as Kargo v1.11.2 would run it for given Freight, without a cluster
 * ({@link io.github.kargo4j.validation.preview.PromotionPreview}), with the result as values a test can assert on
 * ({@link io.github.kargo4j.validation.preview.RenderedPromotion}) and as text or a JSON tree
 * ({@link io.github.kargo4j.validation.preview.PreviewReport}). Secrets, ConfigMaps and metadata come from
 * {@link io.github.kargo4j.validation.preview.PreviewValues}. See docs/render.md.
 */
package io.github.kargo4j.validation.preview;
