/**
 * {@link io.github.kargo4j.model.warehouse.Warehouse}: the source of Freight. Its spec lists
 * {@link io.github.kargo4j.model.warehouse.Subscription subscriptions} to Git repositories
 * ({@link io.github.kargo4j.model.warehouse.GitSubscription}), container image repositories
 * ({@link io.github.kargo4j.model.warehouse.ImageSubscription}) and Helm chart repositories
 * ({@link io.github.kargo4j.model.warehouse.ChartSubscription}); its status reports what discovery found.
 */
@KargoStyle
package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.KargoStyle;
