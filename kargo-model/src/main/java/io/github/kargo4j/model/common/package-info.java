/**
 * Building blocks shared by several kinds: {@link io.github.kargo4j.model.common.Condition},
 * {@link io.github.kargo4j.model.common.ExpressionVariable}, {@link io.github.kargo4j.model.common.FreightOrigin},
 * label selectors and object references.
 */
@KargoStyle
package io.github.kargo4j.model.common;

import io.github.kargo4j.model.KargoStyle;
