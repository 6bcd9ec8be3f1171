package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.migrate.Change;
import io.github.kargo4j.validation.migrate.FileChange;
import io.github.kargo4j.validation.migrate.MigrationException;
import io.github.kargo4j.validation.migrate.MigrationPlan;
import io.github.kargo4j.validation.migrate.Migrator;
import io.github.kargo4j.validation.migrate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kargo4j migrate}: rewrites removed Kargo shapes in place. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        header = "Rewrite removed Kargo shapes into the current ones, in place.",
        description = {"Rewrite removed Kargo shapes into the current ones, editing files in place.",
            "",
            "  Stage spec.subscriptions         -> spec.requestedFreight",
            "  Stage spec.promotionMechanisms   -> spec.promotionTemplate.spec.steps",
            "  Project spec.promotionPolicies   -> a new ProjectConfig (projectconfig.yaml)",
            "  Warehouse image semverConstraint -> constraint",
            "  and the fix of every other legacy finding (KL...) that",
            "  needs no decision, such as git-commit messageFromSteps",
            "",
            "Only the old nodes change: comments, key order, quoting and all other values stay as they were. "
                + "Each change is reported as file:line. Pass the directory of a whole project, so that the origin "
                + "Warehouse of upstream Stages is found.",
            "Files are never left half-written; a symbolic link is written through (it stays a link), a file with "
                + "several hard links is rewritten in place, and every file keeps its owner, group and mode.",
            "With --dry-run the unified diff goes to standard output, the report to standard error.",
            "Exit status: 0 when everything was migrated (or nothing needed it), 1 when something needs a manual "
                + "migration (explained; that resource is left as it was), 2 for usage errors, input that cannot "
                + "be read, and paths that hold no Kubernetes resource at all (see --allow-empty)."})
final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    private Kargo4jCommand parent;

    @Option(names = "--dry-run", description = "Show the changes as a unified diff and write nothing.")
    private boolean dryRun;

    @Mixin
    private ScopeOptions scope = new ScopeOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and directories to migrate.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        MigrationPlan plan;
        try {
            plan = Migrator.create().plan(paths, scope.scope());
        } catch (MigrationException e) {
            throw new UserError(e.getMessage());
        }
        if (plan.isEmpty() && !scope.allowEmpty()) {
            // nothing to migrate: make sure that is not because nothing was read (the plan does not count)
            ReadResult read = KargoCodec.create().readAll(paths, scope.scope(), ReadProgress.NONE);
            Inputs.requireSomething(paths, read, false);
        }
        PrintWriter report = dryRun ? parent.err() : parent.out();
        if (dryRun) {
            parent.out().print(plan.diff());
            parent.out().flush();
        } else {
            try {
                InterruptedRuns.report(plan.cleanUpInterruptedRuns(), true, parent.err());
                plan.write();
            } catch (UncheckedIOException e) {
                throw new UserError(e.getMessage() + " (files listed before it in the report were written)");
            }
        }
        for (Change c : plan.changes()) {
            report.println(c);
        }
        for (Problem p : plan.problems()) {
            report.println(p);
        }
        report.println(summary(plan));
        report.flush();
        return plan.problems().isEmpty() ? 0 : 1;
    }

    private String summary(MigrationPlan plan) {
        if (plan.isEmpty()) {
            return "nothing to migrate";
        }
        long created = plan.files().stream().filter(FileChange::isNew).count();
        long edited = plan.files().size() - created;
        StringBuilder sb = new StringBuilder();
        if (plan.changes().isEmpty()) {
            sb.append("nothing migrated");
        } else {
            sb.append(dryRun ? "would migrate " : "migrated ").append(plan.changes().size())
                    .append(plan.changes().size() == 1 ? " old shape" : " old shapes").append(": ")
                    .append(dryRun ? "would edit " : "edited ").append(edited)
                    .append(edited == 1 ? " file" : " files");
            if (created > 0) {
                sb.append(dryRun ? ", would create " : ", created ").append(created)
                        .append(created == 1 ? " file" : " files");
            }
        }
        long left = plan.problems().stream().map(p -> p.file() + "\0" + p.resource()).distinct().count();
        if (left > 0) {
            sb.append("; ").append(left).append(left == 1 ? " resource needs" : " resources need")
                    .append(" a manual migration and ").append(left == 1 ? "was" : "were")
                    .append(" left unchanged (see above)");
        }
        if (dryRun) {
            sb.append(" (dry run: nothing written)");
        }
        return sb.toString();
    }
}
