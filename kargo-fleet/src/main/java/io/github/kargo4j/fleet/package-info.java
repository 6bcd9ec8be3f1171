/**
 * Fleet generation: one isolated Kargo project per service, for 100 to 10,000 services, generated from one template,
 * validated and written in parallel. {@link io.github.kargo4j.fleet.FleetGenerator} is the one place that does it;
 * {@code kargo4j generate fleet} and the {@code FleetExample} call it.
 *
 * <p>The pieces it puts together live where they belong on their own: the template, the naming schemes, the file
 * layouts, the shard assignment, the services scan and the atomic directory writer in kargo-builders
 * ({@code io.github.kargo4j.builders.fleet}; they build and write bundles and need no validator), the validator in
 * kargo-validation, the YAML writer that records where every node goes in kargo-model
 * ({@link io.github.kargo4j.model.io.WrittenYaml}).
 *
 * <p>Why a module of its own (kargo-fleet) rather than a package of kargo-validation: the generator needs both the
 * builders (the template and the directory writer) and the validator, and kargo-validation must not depend on
 * kargo-builders: validating manifests read from files, as the command line and the Maven plugin do, needs no
 * builders, and the builders' own tests use no validator. A module on top of both keeps each dependency pointing one
 * way; applications that only validate do not carry the generator.
 */
package io.github.kargo4j.fleet;
