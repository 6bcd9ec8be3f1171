/**
 * A Kargo project as one value: {@link io.github.kargo4j.builders.bundle.ProjectBundle} holds a project's
 * resources, lists them in apply order and writes them to a directory in a
 * {@link io.github.kargo4j.builders.bundle.BundleLayout}.
 */
package io.github.kargo4j.builders.bundle;
