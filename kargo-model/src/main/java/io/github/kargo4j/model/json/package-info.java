/**
 * An immutable, order-preserving JSON tree ({@link io.github.kargo4j.model.json.JsonValue}) used for every
 * free-form block of a Kargo manifest (a step's {@code config}, unknown fields, generic resources), and
 * {@link io.github.kargo4j.model.json.JsonPath}, the path notation every diagnostic uses.
 */
package io.github.kargo4j.model.json;
