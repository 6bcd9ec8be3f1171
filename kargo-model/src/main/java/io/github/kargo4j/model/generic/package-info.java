/**
 * {@link io.github.kargo4j.model.generic.GenericResource}: any Kubernetes object of a kind this model does not type
 * (other API groups, kinds Kargo removed, future kinds), kept as written.
 */
@KargoStyle
package io.github.kargo4j.model.generic;

import io.github.kargo4j.model.KargoStyle;
