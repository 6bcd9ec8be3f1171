package io.github.kargo4j.fleet;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FleetGenerator} did with one service's project (or, in a dry run, would do).
 *
 * @param service   the service
 * @param directory the project's directory, {@code <projects>/<service>}
 * @param status    what was done
 * @param shard     the service's Kargo controller shard, if the fleet is sharded
 * @param resources how many resources the project has (0 if it could not be built)
 * @param files     each file of the project with what happened to it, in the order of the layout, then the files
 *                  removed; empty when the project was skipped or failed
 * @param findings  what the validator found in the project, pointing at {@code file:line:column} of the files as they
 *                  are (or would be) written; errors make the project {@link Status#FAILED}, warnings do not
 * @param problems  why the project failed other than by findings (a name Kubernetes would reject, a write error), one
 *                  sentence each
 */
public record ProjectResult(String service, Path directory, Status status, Optional<String> shard, int resources,
                            List<FileResult> files, List<Finding> findings, List<String> problems) {

    /** What happened to a project. */
    public enum Status {
        /** The directory did not exist and was written. */
        CREATED,
        /** The directory existed with other content and was replaced (only when forced). */
        REPLACED,
        /** The directory existed with exactly the files and content of the new version; it was left alone. */
        UNCHANGED,
        /** The directory existed and was left alone, not being forced. */
        SKIPPED,
        /** Nothing was written: see {@link #findings()} and {@link #problems()}. */
        FAILED
    }

    /**
     * One file of a project.
     *
     * @param name   the file, relative to the project's directory ({@code /} after an empty directory)
     * @param change what happened to it
     */
    public record FileResult(String name, Change change) {
        /** Checks that nothing is null. */
        public FileResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(change, "change");
        }
    }

    /** What happened to a file. */
    public enum Change {
        /** Written with new content (a new file, or one whose content changed). */
        WRITTEN,
        /** The project's directory already held this file with this content. */
        UNCHANGED,
        /** Deleted: the old directory had it, the new version does not (only with deleting extra files allowed). */
        REMOVED
    }

    /** Copies the lists and checks that nothing is null. */
    public ProjectResult {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(shard, "shard");
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    static ProjectResult failed(String service, Path directory, String shard, String problem) {
        return new ProjectResult(service, directory, Status.FAILED, Optional.ofNullable(shard), 0, List.of(),
                List.of(), List.of(problem));
    }

    /** @return whether the project's directory holds (or would hold) the new version: created, replaced or unchanged */
    public boolean generated() {
        return status == Status.CREATED || status == Status.REPLACED || status == Status.UNCHANGED;
    }

    /** @return whether the project failed */
    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * @param change a change
     * @return how many files had it
     */
    public long count(Change change) {
        return files.stream().filter(f -> f.change() == change).count();
    }

    /** @return whether some finding is an error */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(Severity.ERROR));
    }
}
