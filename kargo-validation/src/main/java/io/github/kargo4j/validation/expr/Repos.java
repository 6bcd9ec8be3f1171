package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.List;
import java.util.Map;

/** Warehouses the expression's Freight functions may draw from. */
record Repos(List<String> requested, Map<String, Warehouse> warehouses, String owner) {
}
