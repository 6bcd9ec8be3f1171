package io.github.kargo4j.cli.migrate;

import io.github.kargo4j.model.io.KargoCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * Writes every file atomically (a temporary file moved over the target), new files first, so that an interrupted
     * run never loses a migrated value: a ProjectConfig exists before its policies leave the Project, and running the
     * migration again finishes the job.
     *
     * @throws UncheckedIOException if a file cannot be written, or changed or appeared since it was read; the files
     *                              written before it stay written
     */
    public void write() {
        // an edited file keeps its mode (KargoCodec.writeAtomically); a new file takes the mode of an edited
        // neighbour, so that a private project directory stays private
        Map<Path, Set<PosixFilePermission>> neighbourModes = new HashMap<>();
        for (FileChange f : files) {
            if (!f.isNew()) {
                try {
                    neighbourModes.putIfAbsent(directory(f.path()), Files.getPosixFilePermissions(f.path()));
                } catch (IOException | UnsupportedOperationException e) {
                    // no mode to copy
                }
            }
        }
        for (FileChange f : files) {
            try {
                if (f.isNew()) {
                    if (Files.exists(f.path())) {
                        throw new IOException("it appeared while migrating; run the migration again");
                    }
                } else if (!Files.readString(f.path(), StandardCharsets.UTF_8).equals(f.before().orElseThrow())) {
                    throw new IOException("it changed while migrating; run the migration again");
                }
                KargoCodec.writeAtomically(f.path(), f.after());
                Set<PosixFilePermission> mode = f.isNew() ? neighbourModes.get(directory(f.path())) : null;
                if (mode != null) {
                    Files.setPosixFilePermissions(f.path(), mode);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + f.name() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Path directory(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return dir == null ? file.toAbsolutePath() : dir;
    }
}
