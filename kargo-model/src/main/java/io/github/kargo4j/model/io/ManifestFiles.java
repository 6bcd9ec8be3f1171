package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Manifest files on disk: the files that a list of paths names, and the paths that could not be listed
 * ({@link #list(Collection)}, {@link #under(Path)}); and writing resources to a file ({@link #write(Path, List)}).
 * {@link KargoCodec} reads documents and turns resources into text; this class finds manifest files and writes
 * them.
 *
 * <pre>{@code
 * for (Path f : ManifestFiles.under(Path.of("kargo/"))) { ... }
 * ManifestFiles.write(Path.of("kargo/warehouse.yaml"), List.of(warehouse));   // atomic, keeps owner and mode
 * }</pre>
 *
 * <p><b>Which files a listing finds.</b> A path that is not a directory is taken as given, whatever its name or type: a named pipe
 * ({@code <(helm template .)}), a device or {@code /dev/stdin} is read once as a stream. A directory, or a symbolic
 * link to one, is searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json} regular files (any case),
 * sorted by path:
 * <ul>
 *   <li>the {@link ManifestScope} decides which files below the directory are read: by default, all but those in
 *       hidden directories ({@code .git}, {@code .github}) and {@code node_modules};</li>
 *   <li>what is not a Kubernetes manifest is left out and listed in {@link #skipped()}: a Helm chart (a directory
 *       holding {@code Chart.yaml}; its templates are not YAML) and a Kustomize file ({@code kustomization.yaml},
 *       {@code kustomization.yml});</li>
 *   <li>symbolic links are followed, to files and to directories; a directory reached again (a loop of links, or
 *       two links to one directory) is not walked again, and a file reached by several paths is listed once;</li>
 *   <li>a directory that cannot be listed, a broken symbolic link with a manifest name, or a pipe or device with a
 *       manifest name (which a walk does not open: it could block forever) is reported in {@link #errors()}, and the
 *       listing goes on.</li>
 * </ul>
 *
 * @param files   the files to read, in order
 * @param errors  one {@link UnreadableInputException} per path that could not be listed or will not be read
 * @param skipped what was left out because it is not a Kubernetes manifest, in order
 */
public record ManifestFiles(List<Path> files, List<ManifestException> errors, List<SkippedInput> skipped) {

    /*
     * The walk's orders, by the path as text (each path's text made once, not on every comparison), written out:
     * Comparator.comparing's lambdas are linked on first use, a cost of every command's first directory.
     */
    private static final Comparator<Named> BY_TEXT = new Comparator<>() {
        @Override
        public int compare(Named a, Named b) {
            return a.text().compareTo(b.text());
        }
    };

    private static final Comparator<Found> FOUND_BY_TEXT = new Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
            return a.text().compareTo(b.text());
        }
    };

    /** The file names of Kustomize's own file, which is not a Kubernetes manifest. */
    private static final Set<String> KUSTOMIZE_FILES = Set.of("kustomization.yaml", "kustomization.yml");

    /** Copies the lists. */
    public ManifestFiles {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /**
     * A listing that skipped nothing.
     *
     * @param files  the files to read, in order
     * @param errors the paths that could not be listed
     */
    public ManifestFiles(List<Path> files, List<ManifestException> errors) {
        this(files, errors, List.of());
    }

    /**
     * @param paths files and directories
     * @return the files they name, and the problems found while listing them, with the default scope
     */
    public static ManifestFiles list(Collection<Path> paths) {
        return list(paths, ManifestScope.defaults());
    }

    /**
     * @param paths files and directories
     * @param scope which files below the directories to read
     * @return the files they name, what was skipped, and the problems found while listing them
     */
    public static ManifestFiles list(Collection<Path> paths, ManifestScope scope) {
        Objects.requireNonNull(scope, "scope");
        List<Path> files = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        Set<Object> seenFiles = new HashSet<>();
        for (Path p : paths) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                // missing, unreadable or a broken link: reading it says why
                files.add(p);
                continue;
            }
            if (!attrs.isDirectory()) {
                if (seenFiles.add(key(p, attrs))) {
                    files.add(p);
                }
                continue;
            }
            if (isHelmChart(p)) {
                skipped.add(helmChart(p));
                continue;
            }
            walk(p, scope, files, errors, skipped, seenFiles);
        }
        return new ManifestFiles(files, errors, skipped);
    }

    /** @return whether the directory holds a Helm chart ({@code Chart.yaml}, as Helm spells it) */
    private static boolean isHelmChart(Path dir) {
        return Files.isRegularFile(dir.resolve("Chart.yaml"));
    }

    private static SkippedInput helmChart(Path dir) {
        return new SkippedInput(dir.toString(), Optional.empty(), "a Helm chart (it holds Chart.yaml): its templates"
                + " are not YAML manifests; render it (helm template) and validate the output");
    }

    /**
     * @param directory a directory
     * @return the manifest files below it, sorted by path, as {@link #list(Collection)} finds them
     * @throws IOException if the directory, or any directory below it, cannot be listed
     */
    public static List<Path> under(Path directory) throws IOException {
        ManifestFiles listing = list(List.of(directory));
        if (!listing.errors().isEmpty()) {
            throw new IOException(listing.errors().get(0).getMessage());
        }
        return listing.files();
    }

    /**
     * Writes resources to a file as YAML, documents separated by {@code ---} (or as JSON if the name ends in
     * {@code .json}, which holds exactly one resource), without ever leaving it half-written, through a symbolic
     * link rather than over it, keeping its owner, group and mode: see {@link AtomicFiles}.
     *
     * @param file      the target
     * @param resources the resources
     * @throws IllegalArgumentException if the name ends in {@code .json} and there is not exactly one resource
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static void write(Path file, List<? extends KargoResource> resources) {
        Path name = file.getFileName();
        boolean json = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (json && resources.size() != 1) {
            throw new IllegalArgumentException("a .json file holds exactly one resource, got " + resources.size());
        }
        KargoCodec codec = KargoCodec.create();
        AtomicFiles.write(file, json ? codec.toJson(resources.get(0)) : codec.toYaml(resources));
    }

    /** @return whether the name ends in {@code .yaml}, {@code .yml} or {@code .json}, in any case */
    static boolean isManifestName(Path file) {
        Path name = file.getFileName();
        return name != null && isManifestName(name.toString());
    }

    /** @return whether the file name ends in {@code .yaml}, {@code .yml} or {@code .json}, in any case */
    private static boolean isManifestName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** A file the walk found: its path, its path as text (the sort key) and its identity. */
    private record Found(Path path, String text, Object key) {
    }

    /** A directory entry and its name, the sort key within its directory. */
    private record Named(Path path, String text) {
    }

    /**
     * Depth-first, iterative, each directory once (by its file key): no loop or diamond of links multiplies work. The
     * path of each entry relative to the root is its directory's relative path and its name, resolved as the walk
     * goes down (the same path as {@code root.relativize(entry)}, which costs far more on every entry).
     */
    private static void walk(Path root, ManifestScope scope, List<Path> files, List<ManifestException> errors,
                             List<SkippedInput> skipped, Set<Object> seenFiles) {
        List<Found> found = new ArrayList<>();
        Set<Object> seenDirectories = new HashSet<>();
        seenDirectories.add(key(root, null));
        Deque<Path> pending = new ArrayDeque<>();
        Deque<Path> pendingRelative = new ArrayDeque<>();
        pending.push(root);
        pendingRelative.push(root.getFileSystem().getPath(""));
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            Path dirRelative = pendingRelative.pop();
            List<Named> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path e : ds) {
                    Path name = e.getFileName();
                    entries.add(new Named(e, name == null ? "" : name.toString()));
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException io = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                errors.add(unreadable(dir, "cannot list directory: " + reason(io)));
                continue;
            }
            // the entries of one directory share its path: by name is by path
            entries.sort(BY_TEXT);
            List<Path> directories = new ArrayList<>();
            for (Named entry : entries) {
                Path relative = dirRelative.resolve(entry.path().getFileName());
                visit(scope, entry.path(), entry.text(), relative, directories, found, errors, skipped,
                        seenDirectories);
            }
            for (int i = directories.size() - 1; i >= 0; i--) {
                Path d = directories.get(i);
                pending.push(d);
                pendingRelative.push(dirRelative.resolve(d.getFileName()));
            }
        }
        found.sort(FOUND_BY_TEXT);
        for (Found f : found) {
            if (seenFiles.add(f.key())) {
                files.add(f.path());
            }
        }
    }

    private static void visit(ManifestScope scope, Path entry, String name, Path relative, List<Path> directories,
                              List<Found> found, List<ManifestException> errors, List<SkippedInput> skipped,
                              Set<Object> seenDirectories) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            if (isManifestName(name) && scope.includesWalkedFile(relative)) {
                boolean link = Files.isSymbolicLink(entry);
                errors.add(unreadable(entry, link
                        ? "cannot read file: a broken symbolic link (its target is missing, or a loop of links)"
                        : "cannot read file: " + reason(e)));
            }
            return;
        }
        if (attrs.isDirectory()) {
            if (scope.excludesDirectory(relative)) {
                return;
            }
            if (seenDirectories.add(key(entry, attrs))) {
                if (isHelmChart(entry)) {
                    skipped.add(helmChart(entry));
                } else {
                    directories.add(entry);
                }
            }
        } else if (isManifestName(name) && scope.includesWalkedFile(relative)) {
            if (KUSTOMIZE_FILES.contains(name)) {
                skipped.add(new SkippedInput(entry.toString(), Optional.empty(), "a Kustomize file, not a"
                        + " Kubernetes manifest; build it (kustomize build) and validate the output"));
            } else if (attrs.isRegularFile()) {
                found.add(new Found(entry, entry.toString(), key(entry, attrs)));
            } else {
                errors.add(unreadable(entry, "not read: not a regular file (a pipe, socket or device); name it on"
                        + " its own to read it"));
            }
        }
    }

    private static ManifestException unreadable(Path path, String problem) {
        return ManifestException.builder(path.toString(), ManifestException.Category.IO, problem).unreadable().build();
    }

    /**
     * @param e an I/O failure
     * @return what went wrong in plain words, without a Java class name
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    /** The identity of a file: its device and inode where the file system has them, else its real path. */
    private static Object key(Path p, BasicFileAttributes attrs) {
        if (attrs != null && attrs.fileKey() != null) {
            return attrs.fileKey();
        }
        try {
            BasicFileAttributes a = attrs == null ? Files.readAttributes(p, BasicFileAttributes.class) : attrs;
            if (a.fileKey() != null) {
                return a.fileKey();
            }
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
