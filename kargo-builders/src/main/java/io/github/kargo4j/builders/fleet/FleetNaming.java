package io.github.kargo4j.builders.fleet;

import java.util.Optional;

/**
 * How the resources of one service's project are named. Every name is checked against the Kubernetes rules before
 * anything is generated (see {@link io.github.kargo4j.model.KubernetesNames}); a scheme only proposes names.
 *
 * <p>Two schemes come with kargo4j:
 * <ul>
 * <li>{@link #seed()}, the scheme of the at-scale pattern this package grew from: Namespace and Project
 * {@code kargo-<service>}, Warehouse {@code <service>}, Stages {@code <service>-<env>-<region>} (such as
 * {@code nginx-dev-eastus}), or {@code <service>-<env>} when no region is set. Stage names stay unique across the
 * whole fleet, which helps when Promotions, Argo CD applications or alerts from many projects are shown together.</li>
 * <li>{@link #plain()}: Namespace and Project {@code kargo-<service>}, Warehouse {@code <service>}, Stages named
 * after the environment ({@code dev}, {@code staging}, {@code prod}); short, and the same in every project.</li>
 * </ul>
 * Implement the interface for any other scheme:
 * <pre>{@code
 * FleetNaming teams = (service, env, region) -> "team-a-" + service + "-" + env;   // a lambda names the Stages
 * }</pre>
 * A lambda supplies {@link #stage}; override {@link #namespace} and {@link #warehouse} when they should differ
 * from the defaults.
 */
@FunctionalInterface
public interface FleetNaming {

    /**
     * @param service     the service name
     * @param environment the environment, such as {@code dev}
     * @param region      the region, if the fleet has one
     * @return the Stage name (must be a DNS-1123 subdomain, unique within the project)
     */
    String stage(String service, String environment, Optional<String> region);

    /**
     * @param service the service name
     * @return the Namespace name, which is also the Project name (must be a DNS-1123 label); by default
     *     {@code kargo-<service>}
     */
    default String namespace(String service) {
        return "kargo-" + service;
    }

    /**
     * @param service the service name
     * @return the Warehouse name (must be a DNS-1123 subdomain); by default the service name
     */
    default String warehouse(String service) {
        return service;
    }

    /**
     * @return the seed's scheme: Stages {@code <service>-<env>-<region>}, or {@code <service>-<env>} without a
     *     region
     */
    static FleetNaming seed() {
        return (service, env, region) -> service + "-" + env + region.map(r -> "-" + r).orElse("");
    }

    /** @return Stages named after their environment ({@code dev}, {@code staging}, {@code prod}) */
    static FleetNaming plain() {
        return (service, env, region) -> env;
    }
}
