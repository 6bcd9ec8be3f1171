package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.legacy.MechanismSteps;

import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites Kargo manifests written in removed shapes into the shapes Kargo v1.11 reads, editing the files in place
 * the way a careful person would: only the text of the old nodes changes; comments, key order, quoting, blank lines
 * and every value that is not migrated stay byte for byte as they were.
 *
 * <p>It applies the {@link Fix fixes} the legacy rules ({@code KL...}) attach to their findings: the rule that
 * reports an old shape says what replaces it, and this class only writes that into the text. What that covers
 * (kargo-api.md §17), among others:
 * <ul>
 *   <li>Stage {@code spec.subscriptions.warehouse: W} to {@code spec.requestedFreight} with
 *       {@code origin: {kind: Warehouse, name: W}} and {@code sources: {direct: true}};</li>
 *   <li>Stage {@code spec.subscriptions.upstreamStages} to one request per origin Warehouse, found by walking
 *       upstream (across all files read) to the Stages that subscribe to a Warehouse, with
 *       {@code sources: {stages: [...]}}; a Stage whose origin cannot be found is left as it is and reported;</li>
 *   <li>Stage {@code spec.promotionMechanisms} to {@code spec.promotionTemplate.spec.steps} (see
 *       {@link MechanismSteps} for the mapping, and for the one deliberate fix it makes);</li>
 *   <li>Project {@code spec} (promotion policies, removed in Kargo v1.7) to a new ProjectConfig named like the
 *       project, in its namespace, written next to the Project's file ({@code projectconfig.yaml}, or
 *       {@code projectconfig-NAME.yaml} if that exists) with the spec's text and comments; a policy's
 *       {@code stage: X} becomes {@code stageSelector: {name: X}}; the Project loses its {@code spec};</li>
 *   <li>Warehouse image {@code semverConstraint} to {@code constraint}, git-commit {@code messageFromSteps} to
 *       {@code message}, and every other legacy rule with a mechanical replacement.</li>
 * </ul>
 * A resource with a legacy error that has no fix (its replacement needs a decision) is left as it is and reported.
 *
 * <pre>{@code
 * MigrationPlan plan = Migrator.create().plan(List.of(Path.of("projects/nginx")));
 * System.out.print(plan.diff());      // review
 * plan.write();                       // then apply, atomically per file
 * }</pre>
 *
 * <p>A resource is migrated completely or not at all. Before a plan is returned, each edited file is read back and
 * compared with what the migration meant to produce, document by document; a mismatch is a bug and fails the plan
 * rather than writing a wrong file. Migrating a migrated file changes nothing.
 */
public final class Migrator {

    private Migrator() {
    }

    /** @return a migrator */
    public static Migrator create() {
        return new Migrator();
    }

    /**
     * Reads the files and works out every migration, without writing anything.
     *
     * <p>Directories are searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}. For a file named
     * on its own, the other manifest files in its directory are read too, to find the origin Warehouse of upstream
     * Stages and existing ProjectConfigs, but they are not changed.
     *
     * @param paths files and directories
     * @return the plan
     * @throws MigrationException if a path does not exist or a file cannot be read as YAML
     */
    public MigrationPlan plan(List<Path> paths) {
        return plan(paths, ManifestScope.defaults());
    }

    /**
     * Works out every migration as {@link #plan(List)} does, reading in directories only the files {@code scope}
     * includes.
     *
     * @param paths files and directories
     * @param scope which files below the directories to migrate (include and exclude globs)
     * @return the plan
     * @throws MigrationException if a path does not exist or a file cannot be read as YAML
     */
    public MigrationPlan plan(List<Path> paths, ManifestScope scope) {
        return new MigrationRun(Sources.load(paths, java.util.Objects.requireNonNull(scope, "scope"))).plan();
    }
}
