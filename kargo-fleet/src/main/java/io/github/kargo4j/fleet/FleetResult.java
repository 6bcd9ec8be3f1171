package io.github.kargo4j.fleet;

import io.github.kargo4j.builders.fleet.ServiceDirectories;
import io.github.kargo4j.model.io.AtomicFiles;

import java.util.List;

/**
 * What one {@link FleetGenerator#run()} did (or, in a dry run, would do). The same for any number of threads: the
 * projects are in the order of the services, the findings of each in the validator's order.
 *
 * @param dryRun    whether nothing was written (every status says what a real run would do)
 * @param projects  one result per service, in the order of the services
 * @param rejected  the entries of the services directory refused as services (a link leading outside it), each a
 *                  failure; empty when the services were given by name
 * @param leftovers what killed earlier runs left in the projects directory, removed or restored before generating
 *                  (in a dry run: what a real run would remove or restore)
 */
public record FleetResult(boolean dryRun, List<ProjectResult> projects, List<ServiceDirectories.Rejected> rejected,
                          List<AtomicFiles.Leftover> leftovers) {

    /** Copies the lists. */
    public FleetResult {
        projects = List.copyOf(projects);
        rejected = List.copyOf(rejected);
        leftovers = List.copyOf(leftovers);
    }

    /**
     * @param status a status
     * @return how many projects have it
     */
    public int count(ProjectResult.Status status) {
        return (int) projects.stream().filter(p -> p.status() == status).count();
    }

    /**
     * @param change a file change
     * @return how many files of all projects had it
     */
    public long count(ProjectResult.Change change) {
        return projects.stream().mapToLong(p -> p.count(change)).sum();
    }

    /** @return how many services failed: projects that failed, and rejected entries */
    public int failures() {
        return count(ProjectResult.Status.FAILED) + rejected.size();
    }

    /** @return the number of findings over all projects */
    public int findings() {
        return projects.stream().mapToInt(p -> p.findings().size()).sum();
    }

    /** @return whether every service was generated, unchanged or skipped */
    public boolean succeeded() {
        return failures() == 0;
    }
}
