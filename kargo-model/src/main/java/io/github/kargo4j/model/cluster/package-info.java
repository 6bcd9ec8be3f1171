/**
 * {@link io.github.kargo4j.model.cluster.ClusterConfig}, the cluster-wide singleton configuration of Kargo:
 * cluster-scoped webhook receivers, the Git client identity and UI deep links. The receiver and link types are
 * shared with {@link io.github.kargo4j.model.project.ProjectConfig}.
 */
@KargoStyle
package io.github.kargo4j.model.cluster;

import io.github.kargo4j.model.KargoStyle;
