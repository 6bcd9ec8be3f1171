package io.github.kargo4j.maven;

import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.validation.migrate.Change;
import io.github.kargo4j.validation.migrate.MigrationException;
import io.github.kargo4j.validation.migrate.MigrationPlan;
import io.github.kargo4j.validation.migrate.Migrator;
import io.github.kargo4j.validation.migrate.Problem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites removed Kargo shapes in the project's manifests (default {@code src/main/kargo}) into the current ones,
 * applying the fixes of the legacy rules ({@code KL...}) the way {@code kargo4j migrate} does: only the old nodes
 * change. A dry run by default: the unified diff is logged and written to {@code target/kargo4j/migrate.diff}; with
 * {@code -Dkargo4j.migrate.write=true} the files are written (atomically, each keeping its owner and mode). The build
 * fails when a resource needs a manual migration (it is left as it was) or a file cannot be read.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractKargoMojo {

    /** Write the migrated files; without it, only show what would change. */
    @Parameter(property = "kargo4j.migrate.write", defaultValue = "false")
    private boolean write;

    /** Creates the goal (Maven does). */
    public MigrateMojo() {
    }

    @Override
    protected String what() {
        return "migration";
    }

    @Override
    protected void run(List<Path> dirs) throws MojoFailureException {
        MigrationPlan plan;
        try {
            plan = Migrator.create().plan(dirs, scope());
        } catch (MigrationException e) {
            throw new MojoFailureException("kargo4j: " + e.getMessage());
        }
        if (plan.isEmpty()) {
            // nothing to migrate: make sure that is not because nothing was read (the plan does not count)
            if (nothingFound(KargoCodec.create().readAll(dirs, scope(), ReadProgress.NONE), dirs)) {
                return;
            }
        }
        if (write) {
            try {
                plan.cleanUpInterruptedRuns();
                plan.write();
            } catch (UncheckedIOException e) {
                throw new MojoFailureException("kargo4j: " + e.getMessage()
                        + " (files listed before it were written)");
            }
        } else if (!plan.files().isEmpty()) {
            Path diff = outputDirectory().resolve("migrate.diff");
            try {
                AtomicFiles.write(diff, out -> out.write(plan.diff()), null);
            } catch (UncheckedIOException e) {
                throw new MojoFailureException("kargo4j: cannot write " + diff + ": " + e.getCause().getMessage());
            }
            for (String line : plan.diff().split("\n", -1)) {
                if (!line.isEmpty()) {
                    getLog().info(line.replace("\r", ""));
                }
            }
            getLog().info("kargo4j: the diff is in " + diff);
        }
        for (Change c : plan.changes()) {
            getLog().info(c.toString());
        }
        for (Problem p : plan.problems()) {
            getLog().error(p.toString());
        }
        String verb = write ? "migrated " : "would migrate ";
        getLog().info("kargo4j: " + (plan.isEmpty() ? "nothing to migrate" : plan.changes().isEmpty()
                ? "nothing migrated" : verb + plan.changes().size()
                + " old shape(s) in " + plan.files().size() + " file(s)" + (write ? "" : " (dry run: nothing "
                + "written; write with -Dkargo4j.migrate.write=true)")));
        if (!plan.problems().isEmpty()) {
            throw new MojoFailureException("kargo4j: " + plan.problems().size() + " old shape(s) need a manual "
                    + "migration (see above); those resources were left as they were");
        }
    }
}
