/**
 * A fleet of services, one isolated Kargo project each, generated from one template: 100 to 10,000 services.
 *
 * <ul>
 * <li>{@link io.github.kargo4j.builders.fleet.ServiceTemplate}: the settings every service shares; builds a
 * service's {@link io.github.kargo4j.builders.bundle.ProjectBundle} (Namespace, Project, ProjectConfig,
 * Warehouse, Stages) after checking every generated name.</li>
 * <li>{@link io.github.kargo4j.builders.fleet.FleetNaming}: how the resources are named (the seed's
 * {@code <service>-<env>-<region>} Stages, or plain {@code <env>}).</li>
 * <li>{@link io.github.kargo4j.model.KubernetesNames} (in kargo-model): the DNS-1123 label and subdomain rules, which
 * every generated name is checked against.</li>
 * <li>{@link io.github.kargo4j.builders.fleet.ShardAssignment}: balanced, stable assignment of services to Kargo
 * controller shards.</li>
 * <li>{@link io.github.kargo4j.builders.fleet.ServiceDirectories}: finds the services in a {@code services/}
 * directory, refusing links that lead elsewhere.</li>
 * <li>{@link io.github.kargo4j.builders.fleet.ProjectDirectoryWriter} and
 * {@link io.github.kargo4j.builders.fleet.FleetLayout}: write {@code projects/<service>/} so that a directory is
 * never half-written.</li>
 * </ul>
 *
 * <pre>{@code
 * ServiceTemplate template = ServiceTemplate.builder()
 *     .imageRepository("myregistry.azurecr.io").gitRepoURL("https://github.com/myorg/platform.git").build();
 * List<String> services = ServiceDirectories.scan(Path.of("services")).services();
 * ShardAssignment shards = ShardAssignment.balanced(services, ShardAssignment.shardNames(4));
 * ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(Path.of("projects"));
 * for (String s : services) {
 *     writer.write(s, template.bundle(s, shards.shardOf(s)));
 * }
 * }</pre>
 * {@code io.github.kargo4j.fleet.FleetGenerator} (module kargo-fleet) does the same in parallel, validating every
 * project before writing it; {@code kargo4j generate fleet} calls it.
 */
package io.github.kargo4j.builders.fleet;
