/**
 * {@code kargo4j migrate}: rewrites Kargo manifests written in removed shapes (Stage {@code subscriptions} and
 * {@code promotionMechanisms}, Project {@code spec}, Warehouse image {@code semverConstraint}) into the shapes Kargo
 * v1.11 reads, by editing the text of the old nodes only. Entry point: {@link io.github.kargo4j.cli.migrate.Migrator};
 * the plan it returns ({@link io.github.kargo4j.cli.migrate.MigrationPlan}) shows a unified diff or writes the files
 * atomically.
 */
package io.github.kargo4j.cli.migrate;
