/**
 * Freight-graph rules ({@code KG...}) over all resources of a project namespace: cycles among Stages, dangling
 * references to Stages, Warehouses, analysis templates and promotion tasks, Stages no Freight can reach, promotion
 * policies that select nothing or are shadowed, ambiguous auto-promotion, and verification arguments and task
 * variables that do not line up. See {@link io.github.kargo4j.validation.graph.GraphRules}.
 */
package io.github.kargo4j.validation.graph;
