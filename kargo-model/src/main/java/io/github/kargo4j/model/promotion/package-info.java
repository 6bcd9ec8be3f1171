/**
 * Promotions and their building blocks: {@link io.github.kargo4j.model.promotion.PromotionStep} (shared by Stage
 * promotion templates, tasks and Promotions), {@link io.github.kargo4j.model.promotion.PromotionTask} and
 * {@link io.github.kargo4j.model.promotion.ClusterPromotionTask} (reusable step sequences), and
 * {@link io.github.kargo4j.model.promotion.Promotion} (a request to move a Stage to a piece of Freight) with its
 * status.
 */
@KargoStyle
package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.KargoStyle;
