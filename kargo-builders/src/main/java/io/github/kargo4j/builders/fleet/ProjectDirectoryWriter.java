package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.BundleLayout;
import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.model.io.KargoCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes one project per service into its own directory, {@code <projects>/<service>/}, so that a directory is
 * either the complete old one or the complete new one, never a mix, even when writing fails half-way.
 *
 * <pre>{@code
 * ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(Path.of("projects")).force(true);
 * writer.write("nginx", template.bundle("nginx"));   // CREATED, REPLACED or SKIPPED_EXISTS
 * }</pre>
 *
 * <p>How: the files are written into a hidden staging directory next to the target
 * ({@code .<service>.tmp-<random>}); when all are complete the staging directory is renamed to the target, so every
 * file of the directory appears at once, complete (which is why the files need no temporary copy and rename of
 * their own). An existing target is left alone ({@link Outcome#SKIPPED_EXISTS}) unless
 * {@link #force(boolean) forced}; then it is first renamed aside ({@code .<service>.old-<random>}), the new
 * directory renamed into place, and the old one deleted; if the second rename fails, the old directory is renamed
 * back. A failure while writing (a full disk, an exception from the {@link Listener}) deletes the staging
 * directory and leaves the existing directory untouched. Between the two renames of a replacement the target is
 * briefly absent: Java offers no atomic exchange of two directories. A process killed mid-way can leave a hidden
 * staging or old directory behind; {@code kargo4j validate} and {@link KargoCodec#manifestFiles} skip hidden
 * directories.
 *
 * <p>The writer never writes outside the projects directory: the directory name must be one plain name (see
 * {@link ServiceDirectories#plainName}), and an existing target that is a symbolic link is refused rather than
 * followed. Instances are immutable and thread-safe; different services can be written in parallel.
 */
public final class ProjectDirectoryWriter {

    /** What {@link #write} did. */
    public enum Outcome {
        /** The directory did not exist and was created. */
        CREATED,
        /** The directory existed and was replaced (only when forced). */
        REPLACED,
        /** The directory existed and was left alone (not forced); nothing was written. */
        SKIPPED_EXISTS
    }

    /**
     * Told about each file once it is complete in the staging directory: for progress output, or to stop a
     * service by throwing (the staging directory is then removed and the existing directory left as it was).
     */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param directory the service's directory name
         * @param file      the file just written, relative to the service's directory, such as
         *                  {@code stages.yaml}
         * @throws IOException to abort this service
         */
        void fileWritten(String directory, String file) throws IOException;
    }

    private final Path projects;
    private final BundleLayout layout;
    private final boolean force;
    private final Listener listener;
    private final KargoCodec codec;

    private ProjectDirectoryWriter(Path projects, BundleLayout layout, boolean force, Listener listener) {
        this.projects = projects;
        this.layout = layout;
        this.force = force;
        this.listener = listener;
        this.codec = KargoCodec.create();
    }

    /**
     * @param projectsDirectory the directory that holds one directory per service, such as {@code projects}
     * @return a writer with {@link FleetLayout#seed()}, not forced
     */
    public static ProjectDirectoryWriter into(Path projectsDirectory) {
        return new ProjectDirectoryWriter(Objects.requireNonNull(projectsDirectory, "projectsDirectory"),
                FleetLayout.seed(), false, (d, f) -> { });
    }

    /**
     * @param layout the file layout inside each service's directory
     * @return a copy with that layout
     */
    public ProjectDirectoryWriter layout(BundleLayout layout) {
        return new ProjectDirectoryWriter(projects, Objects.requireNonNull(layout, "layout"), force, listener);
    }

    /**
     * @param force whether an existing service directory is replaced (otherwise it is skipped)
     * @return a copy with that setting
     */
    public ProjectDirectoryWriter force(boolean force) {
        return new ProjectDirectoryWriter(projects, layout, force, listener);
    }

    /**
     * @param listener told about each file written
     * @return a copy with that listener
     */
    public ProjectDirectoryWriter listener(Listener listener) {
        return new ProjectDirectoryWriter(projects, layout, force, Objects.requireNonNull(listener, "listener"));
    }

    /** @return the directory that holds one directory per service */
    public Path projectsDirectory() {
        return projects;
    }

    /**
     * Renders a project into the files {@link #write(String, ProjectBundle)} would write, without writing: to
     * validate or show exactly the text that will be written, then pass it to {@link #write(String, Map)}.
     *
     * @param bundle the project
     * @return each file name (relative to the service's directory) with its content, in apply order of the first
     *     resource of each file: YAML, or JSON for a {@code .json} name
     * @throws IllegalArgumentException if the layout is unusable (see {@link ProjectBundle#plan})
     */
    public Map<String, String> render(ProjectBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        Map<String, String> files = new LinkedHashMap<>();
        bundle.plan(layout).forEach((file, resources) -> files.put(file,
                file.toLowerCase(Locale.ROOT).endsWith(".json") ? codec.toJson(resources.get(0))
                        : codec.toYaml(resources)));
        return Collections.unmodifiableMap(files);
    }

    /**
     * Writes a project into {@code <projects>/<directory>/}, creating the projects directory if needed.
     *
     * @param directory the service's directory name (one plain name)
     * @param bundle    the project
     * @return what was done
     * @throws IllegalArgumentException if the directory name is not one plain name, or the layout is unusable
     * @throws UncheckedIOException     if writing fails (an existing directory is then left as it was), or the
     *                                  target is a symbolic link
     */
    public Outcome write(String directory, ProjectBundle bundle) {
        checkName(directory);
        return write(directory, render(bundle));
    }

    /**
     * Writes rendered files (see {@link #render}) into {@code <projects>/<directory>/}, creating the projects
     * directory if needed.
     *
     * @param directory the service's directory name (one plain name)
     * @param files     each file name, relative to the service's directory (sanitised as
     *                  {@link ProjectBundle#sanitise} does), with its content
     * @return what was done
     * @throws IllegalArgumentException if the directory name is not one plain name
     * @throws UncheckedIOException     if writing fails (an existing directory is then left as it was), or the
     *                                  target is a symbolic link
     */
    public Outcome write(String directory, Map<String, String> files) {
        checkName(directory);
        Objects.requireNonNull(files, "files");
        Map<String, String> safe = new LinkedHashMap<>();
        files.forEach((name, text) -> safe.put(ProjectBundle.sanitise(name), Objects.requireNonNull(text, name)));
        Path target = projects.resolve(directory);
        try {
            Files.createDirectories(projects);
            if (Files.isSymbolicLink(target)) {
                throw new IOException(target + " is a symbolic link; kargo4j does not write through links, "
                        + "remove it or replace it with a directory");
            }
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists && !force) {
                return Outcome.SKIPPED_EXISTS;
            }
            if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " exists and is not a directory");
            }
            Path staging = Files.createDirectory(unused(directory, ".tmp-"));
            try {
                writeFiles(directory, staging, safe);
                if (!exists) {
                    move(staging, target);
                    staging = null;
                    return Outcome.CREATED;
                }
                replace(directory, staging, target);
                staging = null;
                return Outcome.REPLACED;
            } finally {
                if (staging != null) {
                    deleteQuietly(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * Writes the files into the staging directory. They need no temporary file and rename each: nobody reads the
     * hidden staging directory, and renaming it into place makes every file appear at once, complete.
     */
    private void writeFiles(String directory, Path staging, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = staging.resolve(e.getKey()).normalize();
            if (!file.startsWith(staging) || file.equals(staging)) {
                throw new IOException(e.getKey() + " resolves outside " + staging);
            }
            if (!file.getParent().equals(staging)) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            listener.fileWritten(directory, e.getKey());
        }
    }

    private void replace(String directory, Path staging, Path target) throws IOException {
        Path old = unused(directory, ".old-");
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            try {
                move(old, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
                throw new IOException(e.getMessage() + "; the previous directory is kept as " + old, e);
            }
            throw e;
        }
        deleteQuietly(old);
    }

    /** A hidden sibling name that does not exist yet; {@code createDirectory} fails if another process races. */
    private Path unused(String directory, String kind) {
        while (true) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path p = projects.resolve("." + directory + kind + suffix);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void checkName(String directory) {
        Objects.requireNonNull(directory, "directory");
        ServiceDirectories.plainName(directory).ifPresent(p -> {
            throw new IllegalArgumentException("project directory name \"" + directory + "\" " + p);
        });
    }

    /** Deletes a tree without following links; leaves what cannot be deleted. */
    static void deleteQuietly(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a hidden leftover is skipped by readers
        }
    }

    /**
     * @return the hidden staging and old directories a killed process left in the projects directory
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public List<Path> leftovers() {
        if (!Files.isDirectory(projects)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (var entries = Files.newDirectoryStream(projects, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(".") && (n.contains(".tmp-") || n.contains(".old-"));
        })) {
            entries.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + projects + ": " + e.getMessage(), e);
        }
        Collections.sort(out);
        return out;
    }
}
