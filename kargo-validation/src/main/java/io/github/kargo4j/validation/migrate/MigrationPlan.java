package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Migrator#plan} found: the new content of every file it would touch, each migration, and each old shape
 * that needs a person. Nothing has been written yet: {@link #diff()} shows the plan, {@link #write()} carries it out.
 *
 * @param files    the files to write, new files first
 * @param changes  the migrations, in file and line order
 * @param problems the old shapes left as they are, in file and line order
 */
public record MigrationPlan(List<FileChange> files, List<Change> changes, List<Problem> problems) {

    /** Copies the lists. */
    public MigrationPlan {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** @return whether there is nothing to migrate and nothing in the way */
    public boolean isEmpty() {
        return files.isEmpty() && problems.isEmpty();
    }

    /** @return one unified diff for all files, new files first */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        for (FileChange f : files) {
            sb.append(f.diff());
        }
        return sb.toString();
    }

    /**
     * Writes every file, new files first, so that an interrupted run never loses a migrated value: a ProjectConfig
     * exists before its policies leave the Project, and running the migration again finishes the job. Each file is
     * written through {@link AtomicFiles}: never half-written (a temporary file renamed over it), through a symbolic
     * link (the link stays), in place when it has several hard links (so every link sees the change), keeping its
     * owner, group and mode. A new file takes the owner, group and mode of an edited file in the same directory, so
     * that a private project directory stays private.
     *
     * @throws UncheckedIOException if a file cannot be written, or changed or appeared since it was read; the files
     *                              written before it stay written
     */
    public void write() {
        Map<Path, Path> neighbours = new HashMap<>();
        for (FileChange f : files) {
            if (!f.isNew()) {
                neighbours.putIfAbsent(directory(f.path()), f.path());
            }
        }
        for (FileChange f : files) {
            try {
                if (f.isNew()) {
                    if (Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("it appeared while migrating; run the migration again");
                    }
                } else if (!Files.readString(f.path(), StandardCharsets.UTF_8).equals(f.before().orElseThrow())) {
                    throw new IOException("it changed while migrating; run the migration again");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + f.name() + ": " + AtomicFiles.reason(e), e);
            }
            try {
                AtomicFiles.write(f.path(), out -> out.write(f.after()),
                        f.isNew() ? neighbours.get(directory(f.path())) : null);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot write " + f.name() + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
    }

    /**
     * Cleans up what an interrupted earlier run left next to the files this plan writes (see
     * {@link AtomicFiles#cleanUp}): temporary files are removed, a rewrite in place is finished.
     *
     * @return what was done
     * @throws UncheckedIOException if a leftover cannot be cleaned up
     */
    public List<AtomicFiles.Leftover> cleanUpInterruptedRuns() {
        return AtomicFiles.cleanUpFor(files.stream().map(FileChange::path).toList());
    }

    private static Path directory(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir == null ? file.toAbsolutePath() : dir;
    }
}
