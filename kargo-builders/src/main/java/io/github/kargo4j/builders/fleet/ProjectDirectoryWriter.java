package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.BundleLayout;
import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.WrittenYaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one project per service into its own directory, {@code <projects>/<service>/}, so that a directory is
 * either the complete old one or the complete new one, never a mix, even when writing fails half-way.
 *
 * <pre>{@code
 * ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(Path.of("projects")).force(true);
 * writer.write("nginx", template.bundle("nginx"));   // CREATED, REPLACED or SKIPPED_EXISTS
 * }</pre>
 *
 * <p>How: the files are written into a hidden staging directory next to the target (a
 * {@code .<service>.kargo4j-<pid>-<random>.tmp} name, see {@link AtomicFiles}); when all are complete the staging
 * directory is renamed to the target, so every file of the directory appears at once, complete. An existing target
 * is left alone ({@link Outcome#SKIPPED_EXISTS}) unless {@link #force(boolean) forced}; then it is first renamed aside
 * ({@code .<service>.kargo4j-<pid>-<random>.old}), the new directory renamed into place, and the old one deleted; if
 * the second rename fails, the old directory is renamed back. The new directory, and each file that replaces one of
 * the same name, keep the owner, group and mode of the one they replace (as far as this process may give them). A
 * failure while writing (a full disk, an exception from the {@link Listener}) deletes the staging directory and
 * leaves the existing directory untouched. Between the two renames of a replacement the target is briefly absent:
 * Java offers no atomic exchange of two directories.
 *
 * <p>A forced replacement never deletes a file the writer would not write itself (a file a person added, or one of
 * an older layout) without being told to: such files make {@link #write} fail, listing them, unless
 * {@link #deleteExtraFiles(boolean)}; {@link #extraFiles} lists them beforehand.
 *
 * <p>A process killed mid-way leaves a hidden staging or old directory, which {@code kargo4j validate} and
 * {@link ManifestFiles#list} skip; {@link #cleanUp()} (which {@code kargo4j generate fleet} calls first) deletes
 * it, or renames an old directory back when the kill came between the two renames. See {@link AtomicFiles} for what a
 * kill at each moment leaves.
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
    private final boolean deleteExtraFiles;
    private final Listener listener;
    private final KargoCodec codec;

    private ProjectDirectoryWriter(Path projects, BundleLayout layout, boolean force, boolean deleteExtraFiles,
                                   Listener listener) {
        this.projects = projects;
        this.layout = layout;
        this.force = force;
        this.deleteExtraFiles = deleteExtraFiles;
        this.listener = listener;
        this.codec = KargoCodec.create();
    }

    /**
     * @param projectsDirectory the directory that holds one directory per service, such as {@code projects}
     * @return a writer with {@link FleetLayout#seed()}, not forced
     */
    public static ProjectDirectoryWriter into(Path projectsDirectory) {
        return new ProjectDirectoryWriter(Objects.requireNonNull(projectsDirectory, "projectsDirectory"),
                FleetLayout.seed(), false, false, (d, f) -> { });
    }

    /**
     * @param layout the file layout inside each service's directory
     * @return a copy with that layout
     */
    public ProjectDirectoryWriter layout(BundleLayout layout) {
        return new ProjectDirectoryWriter(projects, Objects.requireNonNull(layout, "layout"), force,
                deleteExtraFiles, listener);
    }

    /**
     * @param force whether an existing service directory is replaced (otherwise it is skipped)
     * @return a copy with that setting
     */
    public ProjectDirectoryWriter force(boolean force) {
        return new ProjectDirectoryWriter(projects, layout, force, deleteExtraFiles, listener);
    }

    /**
     * @param deleteExtraFiles whether a forced replacement may delete files of the existing directory that the new
     *                         version does not have (otherwise such files make {@link #write} fail, listing them)
     * @return a copy with that setting
     */
    public ProjectDirectoryWriter deleteExtraFiles(boolean deleteExtraFiles) {
        return new ProjectDirectoryWriter(projects, layout, force, deleteExtraFiles, listener);
    }

    /**
     * @param listener told about each file written
     * @return a copy with that listener
     */
    public ProjectDirectoryWriter listener(Listener listener) {
        return new ProjectDirectoryWriter(projects, layout, force, deleteExtraFiles,
                Objects.requireNonNull(listener, "listener"));
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
                isJson(file) ? codec.toJson(resources.get(0)) : codec.toYaml(resources)));
        return Collections.unmodifiableMap(files);
    }

    private static boolean isJson(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * One file of a rendered project: its text, and the manifests reading it from its place would give.
     */
    public static final class RenderedFile {
        private final String name;
        private final Path path;
        private final String text;
        private final WrittenYaml yaml;
        private final KargoCodec codec;

        private RenderedFile(String name, Path path, String text, WrittenYaml yaml, KargoCodec codec) {
            this.name = name;
            this.path = path;
            this.text = text;
            this.yaml = yaml;
            this.codec = codec;
        }

        /** @return the file name, relative to the service's directory */
        public String name() {
            return name;
        }

        /** @return where the file goes: {@code <projects>/<directory>/<name>} */
        public Path path() {
            return path;
        }

        /** @return the file's content */
        public String text() {
            return text;
        }

        /**
         * The manifests reading the file from {@link #path()} would give, with the line and column of every node: for
         * YAML from the writer, which records them as it writes (nothing is parsed); for a {@code .json} file by
         * reading the text (the JSON writer records no positions).
         *
         * @return one manifest per resource of the file
         * @throws io.github.kargo4j.model.io.ManifestException if a JSON file cannot be read back (a bug)
         */
        public List<Manifest> manifests() {
            return yaml != null ? yaml.manifests(path.toString(), path) : codec.parse(text, path.toString());
        }

        @Override
        public String toString() {
            return "RenderedFile{" + path + "}";
        }
    }

    /**
     * Renders a project as {@link #render} does (the same file names and texts), keeping where every node of each
     * YAML file went, so that findings on the project can point at {@code file:line:column} of the files before they
     * are written.
     *
     * @param directory the service's directory name (one plain name)
     * @param bundle    the project
     * @return the files, in the order of {@link #render}
     * @throws IllegalArgumentException if the directory name is not one plain name, or the layout is unusable
     */
    public List<RenderedFile> renderFiles(String directory, ProjectBundle bundle) {
        checkName(directory);
        Objects.requireNonNull(bundle, "bundle");
        Path dir = projects.resolve(directory);
        List<RenderedFile> out = new ArrayList<>();
        bundle.plan(layout).forEach((file, resources) -> {
            Path path = dir.resolve(file);
            if (isJson(file)) {
                out.add(new RenderedFile(file, path, codec.toJson(resources.get(0)), null, codec));
            } else {
                WrittenYaml yaml = codec.toYamlWithPositions(resources);
                out.add(new RenderedFile(file, path, yaml.text(), yaml, codec));
            }
        });
        return List.copyOf(out);
    }

    /**
     * @param bundle the project
     * @return the names of the files {@link #write(String, ProjectBundle)} would write for it (relative to the
     *     service's directory, sanitised), without rendering them
     * @throws IllegalArgumentException if the layout is unusable (see {@link ProjectBundle#plan})
     */
    public Set<String> fileNames(ProjectBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        Set<String> names = new LinkedHashSet<>();
        bundle.plan(layout).keySet().forEach(f -> names.add(ProjectBundle.sanitise(f)));
        return Collections.unmodifiableSet(names);
    }

    /**
     * Lists what a forced replacement of a service's directory would delete that the new version does not have: files
     * a person added, files of another layout, and empty directories.
     *
     * @param directory the service's directory name (one plain name)
     * @param files     the files of the new version, relative to the service's directory (see {@link #fileNames})
     * @return the other entries of the existing directory, relative to it, sorted ({@code /} after a directory);
     *     empty if it does not exist
     * @throws IllegalArgumentException if the directory name is not one plain name
     * @throws UncheckedIOException     if the directory cannot be listed
     */
    public List<String> extraFiles(String directory, Collection<String> files) {
        checkName(directory);
        Path target = projects.resolve(directory);
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Set<String> kept = new HashSet<>();
        files.forEach(f -> kept.add(ProjectBundle.sanitise(f)));
        List<String> extra = new ArrayList<>();
        try {
            Files.walkFileTree(target, new SimpleFileVisitor<>() {
                /** How many entries each directory being walked has. */
                private final Deque<int[]> counts = new ArrayDeque<>();

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    counted();
                    counts.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    counted();
                    String name = relative(target, file);
                    if (!kept.contains(name)) {
                        extra.add(name);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    if (counts.pop()[0] == 0 && !dir.equals(target)) {
                        extra.add(relative(target, dir) + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                private void counted() {
                    if (!counts.isEmpty()) {
                        counts.peek()[0]++;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target + ": " + AtomicFiles.reason(e), e);
        }
        Collections.sort(extra);
        return extra;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Writes a project into {@code <projects>/<directory>/}, creating the projects directory if needed.
     *
     * @param directory the service's directory name (one plain name)
     * @param bundle    the project
     * @return what was done
     * @throws IllegalArgumentException if the directory name is not one plain name, or the layout is unusable
     * @throws UncheckedIOException     if writing fails (an existing directory is then left as it was), the target is
     *                                  a symbolic link, or a forced replacement would delete files the new version
     *                                  does not have (see {@link #deleteExtraFiles(boolean)})
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
     * @throws UncheckedIOException     if writing fails (an existing directory is then left as it was), the target is
     *                                  a symbolic link, or a forced replacement would delete files the new version
     *                                  does not have (see {@link #deleteExtraFiles(boolean)})
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
                throw new IOException(target + " is a symbolic link; kargo4j does not replace a linked project "
                        + "directory: remove the link or replace it with a directory");
            }
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists && !force) {
                return Outcome.SKIPPED_EXISTS;
            }
            if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " exists and is not a directory");
            }
            if (exists && !deleteExtraFiles) {
                List<String> extra = extraFiles(directory, safe.keySet());
                if (!extra.isEmpty()) {
                    throw new IOException(describeExtraFiles(target, extra));
                }
            }
            Path staging = AtomicFiles.sibling(target, "tmp");
            Files.createDirectory(staging);
            try {
                if (exists) {
                    AtomicFiles.copyAttributes(target, staging);
                }
                writeFiles(directory, staging, exists ? target : null, safe);
                if (!exists) {
                    AtomicFiles.move(staging, target);
                    staging = null;
                    return Outcome.CREATED;
                }
                replace(staging, target);
                staging = null;
                return Outcome.REPLACED;
            } finally {
                if (staging != null) {
                    deleteQuietly(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + AtomicFiles.reason(e), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** One sentence that lists (up to 20 of) the extra files and says what to do. */
    private static String describeExtraFiles(Path target, List<String> extra) {
        List<String> shown = extra.size() > 20 ? extra.subList(0, 20) : extra;
        return target + " holds " + (extra.size() == 1 ? "a file" : extra.size() + " files") + " that the new "
                + "version does not have, which replacing it would delete: " + String.join(", ", shown)
                + (extra.size() > shown.size() ? " and " + (extra.size() - shown.size()) + " more" : "")
                + "; move them elsewhere, or allow deleting them (deleteExtraFiles(true); on the command line, "
                + "--delete-extra-files)";
    }

    /**
     * Writes the files into the staging directory, each through {@link AtomicFiles}; a file that replaces one of the
     * same name in the existing directory takes its owner, group and mode.
     */
    private void writeFiles(String directory, Path staging, Path existing, Map<String, String> files)
            throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = staging.resolve(e.getKey()).normalize();
            if (!file.startsWith(staging) || file.equals(staging)) {
                throw new IOException(e.getKey() + " resolves outside " + staging);
            }
            Path before = existing == null ? null : existing.resolve(e.getKey());
            boolean like = before != null && Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS);
            String text = e.getValue();
            AtomicFiles.write(file, out -> out.write(text), like ? before : null);
            listener.fileWritten(directory, e.getKey());
        }
    }

    private void replace(Path staging, Path target) throws IOException {
        Path old = AtomicFiles.sibling(target, "old");
        AtomicFiles.move(target, old);
        try {
            AtomicFiles.move(staging, target);
        } catch (IOException e) {
            try {
                AtomicFiles.move(old, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
                throw new IOException(AtomicFiles.reason(e) + "; the previous directory is kept as " + old
                        + " (the next run renames it back)", e);
            }
            throw e;
        }
        deleteQuietly(old);
    }

    private static void checkName(String directory) {
        Objects.requireNonNull(directory, "directory");
        ServiceDirectories.plainName(directory).ifPresent(p -> {
            throw new IllegalArgumentException("project directory name \"" + directory + "\" " + p);
        });
    }

    /** Deletes a tree without following links; what cannot be deleted is a leftover {@link #cleanUp} removes. */
    private static void deleteQuietly(Path root) {
        try {
            AtomicFiles.deleteTree(root);
        } catch (IOException ignored) {
            // a hidden, recognisable leftover
        }
    }

    /**
     * @return the hidden staging and old directories in the projects directory (of killed processes, and of
     *     running ones), with what {@link #cleanUp()} would do with each
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public List<AtomicFiles.Leftover> leftovers() {
        return AtomicFiles.leftovers(projects);
    }

    /**
     * Cleans up what killed runs left in the projects directory: deletes staging directories and replaced
     * directories, and renames a set-aside directory back when the kill came before its replacement was in place.
     * Only names of the form {@code .<service>.kargo4j-<pid>-<random>.tmp|old} of processes no longer running are
     * touched.
     *
     * @return what was done
     * @throws UncheckedIOException if the directory cannot be listed or a leftover cannot be removed
     */
    public List<AtomicFiles.Leftover> cleanUp() {
        return AtomicFiles.cleanUp(projects);
    }
}
