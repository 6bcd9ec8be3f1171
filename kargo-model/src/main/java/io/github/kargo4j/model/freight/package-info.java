/**
 * {@link io.github.kargo4j.model.freight.Freight}: a versioned set of artifacts (commits, images, charts and generic
 * artifacts) from one origin Warehouse, and the reference types that Stage and Promotion status blocks use to
 * describe Freight ({@link io.github.kargo4j.model.freight.FreightReference},
 * {@link io.github.kargo4j.model.freight.FreightCollection}, verification records).
 */
@KargoStyle
package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.KargoStyle;
