/**
 * Intent factories for Stage Freight requests: {@link io.github.kargo4j.builders.freight.FreightRequests}.
 * {@code fromWarehouse(w).direct()}, {@code fromWarehouse(w).viaStages("a", "b").requireAll().soak(...)},
 * {@code fromWarehouse(w).matchUpstream("uat")}.
 */
package io.github.kargo4j.builders.freight;
