/**
 * Migration as a library: applies the machine-applicable fixes of the legacy rules ({@code KL...}) to files, editing
 * the text of the old nodes only, so that comments, key order, quoting and line endings outside the edited ranges stay
 * byte for byte. Entry point: {@link io.github.kargo4j.validation.migrate.Migrator}; the plan it returns
 * ({@link io.github.kargo4j.validation.migrate.MigrationPlan}) shows a unified diff or writes the files atomically.
 * The {@code kargo4j migrate} command and the Maven plugin call it.
 */
package io.github.kargo4j.validation.migrate;
