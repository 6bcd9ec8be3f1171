/**
 * {@link io.github.kargo4j.model.stage.Stage}: a promotion target that requests Freight from Warehouses or
 * upstream Stages ({@link io.github.kargo4j.model.stage.FreightRequest}), promotes it with a
 * {@link io.github.kargo4j.model.stage.PromotionTemplate} and verifies it with Argo Rollouts analysis
 * ({@link io.github.kargo4j.model.stage.Verification}); and the Stage status types.
 */
@KargoStyle
package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.KargoStyle;
