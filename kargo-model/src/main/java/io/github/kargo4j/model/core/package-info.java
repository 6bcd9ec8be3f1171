/**
 * The Kubernetes core kinds a Kargo project uses: {@link io.github.kargo4j.model.core.Namespace} and
 * {@link io.github.kargo4j.model.core.Secret} (Kargo credentials carry the label
 * {@code kargo.akuity.io/cred-type}).
 */
@KargoStyle
package io.github.kargo4j.model.core;

import io.github.kargo4j.model.KargoStyle;
