package io.github.kargo4j.fleet;

import io.github.kargo4j.builders.bundle.BundleLayout;
import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.builders.fleet.FleetLayout;
import io.github.kargo4j.builders.fleet.ProjectDirectoryWriter;
import io.github.kargo4j.builders.fleet.ServiceDirectories;
import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.builders.fleet.ShardAssignment;
import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Generates one isolated Kargo project per service of a fleet: for each service it builds the project from a
 * {@link ServiceTemplate}, renders its files, validates the project as one complete set (findings point at
 * {@code file:line:column} of the rendered files, positions the YAML writer recorded while rendering) and, when the
 * project has no errors, writes its directory {@code <projects>/<service>/} atomically through a
 * {@link ProjectDirectoryWriter}. Services are worked on in parallel; one service's failure never stops the others.
 *
 * <pre>{@code
 * FleetResult result = FleetGenerator.builder()
 *     .template(ServiceTemplate.builder().imageRepository("myregistry.azurecr.io")
 *         .gitRepoURL("https://github.com/myorg/platform.git").build())
 *     .servicesDirectory(Path.of("services"))     // or .services(List.of("nginx", "api-gateway"))
 *     .projectsDirectory(Path.of("projects"))
 *     .force(true)
 *     .build()
 *     .run();
 * result.projects().forEach(p -> System.out.println(p.service() + " " + p.status()));
 * }</pre>
 *
 * <p>A run, in order: cleans up what killed earlier runs left in the projects directory
 * ({@link ProjectDirectoryWriter#cleanUp()}; a dry run only lists it); when forced without
 * {@linkplain Builder#deleteExtraFiles deleting extra files}, refuses with {@link ExtraFilesException} before writing
 * anything if some existing project directory holds files the new version does not have; then generates every
 * service. An existing project directory is {@linkplain ProjectResult.Status#SKIPPED skipped} unless forced; forced, it
 * is replaced, or left alone as {@linkplain ProjectResult.Status#UNCHANGED unchanged} when it already holds exactly the
 * new files. A dry run does everything but write, delete and clean up, and reports what a real run would do.
 *
 * <p>The result is the same whatever the parallelism: projects in the order of the services, each project's findings
 * in the validator's order. Instances are immutable and can be run again (a services directory is scanned at each
 * run).
 */
public final class FleetGenerator {

    /**
     * Told about a run as it goes: for progress output. Every method does nothing by default.
     */
    public interface Listener {
        /**
         * Before anything is generated: what killed earlier runs left in the projects directory.
         *
         * @param leftovers what was removed or restored (in a dry run: what a real run would do), including the
         *                  directories of runs still going ({@link AtomicFiles.Leftover.Action#IN_USE}), left alone
         * @param done      whether it was done (false in a dry run)
         */
        default void interruptedRuns(List<AtomicFiles.Leftover> leftovers, boolean done) {
        }

        /**
         * After the checks, before the first project.
         *
         * @param projects how many projects will be generated
         */
        default void starting(int projects) {
        }

        /**
         * After each project, from the thread that generated it (in any order when parallel).
         *
         * @param project what was done
         * @param done    how many projects are done so far
         * @param total   how many there are
         */
        default void projectDone(ProjectResult project, int done, int total) {
        }
    }

    private final ServiceTemplate template;
    private final List<String> services;
    private final Path servicesDirectory;
    private final ShardAssignment shards;
    private final int shardCount;
    private final ProjectDirectoryWriter writer;
    private final PipelineValidator validator;
    private final boolean force;
    private final boolean deleteExtraFiles;
    private final boolean dryRun;
    private final int parallelism;
    private final Listener listener;

    private FleetGenerator(Builder b) {
        this.template = Objects.requireNonNull(b.template, "template");
        if ((b.services == null) == (b.servicesDirectory == null)) {
            throw new IllegalStateException("give either the services or a services directory");
        }
        this.services = b.services;
        this.servicesDirectory = b.servicesDirectory;
        this.shards = b.shards;
        this.shardCount = b.shardCount;
        Path projects = Objects.requireNonNull(b.projectsDirectory, "projectsDirectory");
        if (b.deleteExtraFiles && !b.force) {
            throw new IllegalStateException("deleting extra files only applies to a forced run");
        }
        this.force = b.force;
        this.deleteExtraFiles = b.deleteExtraFiles;
        this.writer = ProjectDirectoryWriter.into(projects).layout(b.layout).force(b.force)
                .deleteExtraFiles(b.deleteExtraFiles).listener(b.fileListener);
        this.validator = b.validator != null ? b.validator : PipelineValidator.builder().complete(true).build();
        this.dryRun = b.dryRun;
        this.parallelism = b.parallelism;
        this.listener = b.listener;
    }

    /** @return a builder; the template, the services and the projects directory are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the directory that holds one directory per service */
    public Path projectsDirectory() {
        return writer.projectsDirectory();
    }

    /**
     * Generates the fleet: cleans up after killed runs, checks for extra files, generates every service.
     *
     * @return what was done
     * @throws UncheckedIOException if the services or projects directory cannot be listed, or a leftover of a killed
     *                              run cannot be removed (nothing was generated)
     * @throws ExtraFilesException  if a forced run would delete files it does not write and that is not allowed
     *                              (nothing was written)
     * @throws IllegalArgumentException if the projects directory is in a service's directory, or where the services
     *                              directory's next scan would read it as a service, or holds the services
     *                              directory (see {@link DirectoryOverlap}; nothing was written)
     */
    public FleetResult run() {
        List<String> names;
        List<ServiceDirectories.Rejected> rejected;
        if (servicesDirectory != null) {
            DirectoryOverlap.of(servicesDirectory, writer.projectsDirectory()).ifPresent(o -> {
                throw new IllegalArgumentException("cannot generate the services of " + servicesDirectory + " into "
                        + writer.projectsDirectory() + ": " + o.describe() + "; choose a projects directory outside "
                        + "the services directory (or in a hidden directory of it, such as "
                        + servicesDirectory.resolve(".generated") + ")");
            });
            ServiceDirectories.Scan scan = ServiceDirectories.scan(servicesDirectory);
            names = scan.services();
            rejected = scan.rejected();
        } else {
            names = services;
            rejected = List.of();
        }
        List<AtomicFiles.Leftover> leftovers = dryRun ? writer.leftovers() : writer.cleanUp();
        listener.interruptedRuns(leftovers, !dryRun);
        ShardAssignment assignment = shardCount > 0
                ? ShardAssignment.balanced(names, ShardAssignment.shardNames(shardCount)) : shards;
        if (force && !deleteExtraFiles) {
            Map<String, List<String>> extra = extraFiles(names, assignment);
            if (!extra.isEmpty()) {
                throw new ExtraFilesException(writer.projectsDirectory(), extra);
            }
        }
        listener.starting(names.size());
        return new FleetResult(dryRun, generate(names, assignment), rejected, leftovers);
    }

    /** Every service, on {@code parallelism} threads; results in service order. */
    private List<ProjectResult> generate(List<String> names, ShardAssignment assignment) {
        ProjectResult[] results = new ProjectResult[names.size()];
        AtomicInteger done = new AtomicInteger();
        if (parallelism == 1 || names.size() < 2) {
            for (int i = 0; i < names.size(); i++) {
                results[i] = safely(names.get(i), assignment);
                listener.projectDone(results[i], i + 1, names.size());
            }
            return Arrays.asList(results);
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(() -> IntStream.range(0, names.size()).parallel().forEach(i -> {
                results[i] = safely(names.get(i), assignment);
                listener.projectDone(results[i], done.incrementAndGet(), names.size());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the fleet", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return Arrays.asList(results);
    }

    /**
     * Lists, for each service whose project directory exists, the files a forced replacement would delete that the
     * new version does not have; a service whose project cannot be built is left to the run to report.
     *
     * @param names      the services
     * @param assignment their shards, or {@code null}
     * @return each service with such files, and the files (relative to its directory), in service order
     * @throws UncheckedIOException if a project directory cannot be listed
     */
    private Map<String, List<String>> extraFiles(List<String> names, ShardAssignment assignment) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String service : names) {
            if (!Files.isDirectory(writer.projectsDirectory().resolve(service), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                List<String> extra = writer.extraFiles(service,
                        writer.fileNames(bundle(service, shardOf(service, assignment))));
                if (!extra.isEmpty()) {
                    out.put(service, extra);
                }
            } catch (IllegalArgumentException e) {
                // reported when the service is generated
            }
        }
        return out;
    }

    private static String shardOf(String service, ShardAssignment assignment) {
        return assignment == null ? null : assignment.find(service).orElse(null);
    }

    private ProjectBundle bundle(String service, String shard) {
        return shard == null ? template.bundle(service) : template.bundle(service, shard);
    }

    /** One service; an unexpected failure (a bug) fails that service only. */
    private ProjectResult safely(String service, ShardAssignment assignment) {
        Path dir = writer.projectsDirectory().resolve(service);
        try {
            return one(service, dir, shardOf(service, assignment));
        } catch (RuntimeException e) {
            return ProjectResult.failed(service, dir, null, "unexpected failure: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (please report it)");
        }
    }

    /** One service: never throws for a problem of that service. */
    private ProjectResult one(String service, Path dir, String shard) {
        ProjectBundle bundle;
        List<ProjectDirectoryWriter.RenderedFile> rendered;
        try {
            bundle = bundle(service, shard);
            rendered = writer.renderFiles(service, bundle);
        } catch (IllegalArgumentException e) {
            return ProjectResult.failed(service, dir, shard, e.getMessage()
                    + "; rename the service directory, or choose another naming scheme");
        }
        Report report = validator.validateResources(bundle.resources());
        if (!report.findings().isEmpty()) {
            // the same project again, as the files that would be written: findings get file, line and column
            List<Manifest> manifests = new ArrayList<>();
            try {
                rendered.forEach(f -> manifests.addAll(f.manifests()));
            } catch (ManifestException e) {
                return ProjectResult.failed(service, dir, shard, "the generated files cannot be read back: "
                        + e.getMessage());
            }
            report = validator.validateManifests(manifests);
        }
        Optional<String> shardName = Optional.ofNullable(shard);
        int resources = bundle.resources().size();
        if (report.hasFindingsAtOrAbove(Severity.ERROR)) {
            return new ProjectResult(service, dir, ProjectResult.Status.FAILED, shardName, resources, List.of(),
                    report.findings(), List.of());
        }
        Map<String, String> files = new LinkedHashMap<>();
        rendered.forEach(f -> files.put(f.name(), f.text()));
        try {
            boolean exists = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            if (exists && !force) {
                return new ProjectResult(service, dir, ProjectResult.Status.SKIPPED, shardName, resources, List.of(),
                        report.findings(), List.of());
            }
            List<ProjectResult.FileResult> changes = exists ? changes(service, dir, files)
                    : files.keySet().stream().map(f -> new ProjectResult.FileResult(ProjectBundle.sanitise(f),
                            ProjectResult.Change.WRITTEN)).toList();
            ProjectResult.Status status;
            if (exists && changes.stream().allMatch(c -> c.change() == ProjectResult.Change.UNCHANGED)) {
                status = ProjectResult.Status.UNCHANGED;
            } else if (dryRun) {
                status = exists ? ProjectResult.Status.REPLACED : ProjectResult.Status.CREATED;
            } else {
                status = switch (writer.write(service, files)) {
                    case CREATED -> ProjectResult.Status.CREATED;
                    case REPLACED -> ProjectResult.Status.REPLACED;
                    case SKIPPED_EXISTS -> ProjectResult.Status.SKIPPED;
                };
                if (status == ProjectResult.Status.CREATED) {
                    changes = changes.stream().filter(c -> c.change() != ProjectResult.Change.REMOVED)
                            .map(c -> new ProjectResult.FileResult(c.name(), ProjectResult.Change.WRITTEN)).toList();
                } else if (status == ProjectResult.Status.SKIPPED) {
                    changes = List.of();
                }
            }
            return new ProjectResult(service, dir, status, shardName, resources, changes, report.findings(),
                    List.of());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return ProjectResult.failed(service, dir, shard, e.getMessage());
        }
    }

    /**
     * What replacing an existing directory changes: each new file written or unchanged, each file of the old
     * directory that the new version lacks removed.
     */
    private List<ProjectResult.FileResult> changes(String service, Path dir, Map<String, String> files) {
        List<ProjectResult.FileResult> out = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            String name = ProjectBundle.sanitise(e.getKey());
            names.add(name);
            out.add(new ProjectResult.FileResult(name, holds(dir.resolve(name), e.getValue())
                    ? ProjectResult.Change.UNCHANGED : ProjectResult.Change.WRITTEN));
        }
        for (String extra : writer.extraFiles(service, names)) {
            out.add(new ProjectResult.FileResult(extra, ProjectResult.Change.REMOVED));
        }
        return out;
    }

    /** Whether a regular file (not a link) holds exactly this text. */
    private static boolean holds(Path file, String text) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            byte[] want = text.getBytes(StandardCharsets.UTF_8);
            return Files.size(file) == want.length && Arrays.equals(Files.readAllBytes(file), want);
        } catch (IOException e) {
            return false;
        }
    }

    /** Configures a {@link FleetGenerator}. */
    public static final class Builder {
        private ServiceTemplate template;
        private List<String> services;
        private Path servicesDirectory;
        private ShardAssignment shards;
        private int shardCount;
        private Path projectsDirectory;
        private BundleLayout layout = FleetLayout.seed();
        private boolean force;
        private boolean deleteExtraFiles;
        private boolean dryRun;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private PipelineValidator validator;
        private ProjectDirectoryWriter.Listener fileListener = (d, f) -> { };
        private Listener listener = new Listener() { };

        private Builder() {
        }

        /**
         * @param template the settings every service shares (required)
         * @return this builder
         */
        public Builder template(ServiceTemplate template) {
            this.template = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * The services, by name (instead of {@link #servicesDirectory}).
         *
         * @param services the service names, in the order of the result; duplicates are dropped
         * @return this builder
         */
        public Builder services(List<String> services) {
            List<String> copy = List.copyOf(new LinkedHashSet<>(services));
            this.services = copy;
            this.servicesDirectory = null;
            return this;
        }

        /**
         * The services: every directory directly below this one, as {@link ServiceDirectories#scan} finds them at
         * each run (instead of {@link #services}); the entries it refuses are failures of the result.
         *
         * @param servicesDirectory the directory with one directory per service
         * @return this builder
         */
        public Builder servicesDirectory(Path servicesDirectory) {
            this.servicesDirectory = Objects.requireNonNull(servicesDirectory, "servicesDirectory");
            this.services = null;
            return this;
        }

        /**
         * @param shards how the services are spread over Kargo controller shards, or {@code null} for none (the
         *               default); a service it does not know gets no shard
         * @return this builder
         */
        public Builder shards(ShardAssignment shards) {
            this.shards = shards;
            this.shardCount = 0;
            return this;
        }

        /**
         * Spreads the services of each run over shards {@code shard-0} .. {@code shard-<count-1>} with
         * {@link ShardAssignment#balanced} (instead of {@link #shards(ShardAssignment)}).
         *
         * @param count how many shards, or 0 for none
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder shardCount(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("shard count must not be negative, not " + count);
            }
            this.shardCount = count;
            this.shards = null;
            return this;
        }

        /**
         * @param projectsDirectory where each service's directory goes (required); nothing is written outside it
         * @return this builder
         */
        public Builder projectsDirectory(Path projectsDirectory) {
            this.projectsDirectory = Objects.requireNonNull(projectsDirectory, "projectsDirectory");
            return this;
        }

        /**
         * @param layout the files of a project's directory (default {@link FleetLayout#seed()})
         * @return this builder
         */
        public Builder layout(BundleLayout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        /**
         * @param force whether existing project directories are replaced (default: skipped)
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * @param deleteExtraFiles whether a forced run may delete files of an existing project directory that the
         *                         new version does not have (default: such files stop the run before anything is
         *                         written, see {@link ExtraFilesException}); only with {@link #force}
         * @return this builder
         */
        public Builder deleteExtraFiles(boolean deleteExtraFiles) {
            this.deleteExtraFiles = deleteExtraFiles;
            return this;
        }

        /**
         * @param dryRun whether to write, delete and clean up nothing, reporting what a real run would do
         * @return this builder
         */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * @param parallelism how many services to work on at once (default: the number of processors)
         * @return this builder
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * @param validator validates each project (default: {@code PipelineValidator.builder().complete(true)},
         *                  each project being a complete set)
         * @return this builder
         */
        public Builder validator(PipelineValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * @param fileListener told about each file once it is complete in a project's staging directory; throwing
         *                     fails that project and leaves its existing directory as it was
         * @return this builder
         */
        public Builder fileListener(ProjectDirectoryWriter.Listener fileListener) {
            this.fileListener = Objects.requireNonNull(fileListener, "fileListener");
            return this;
        }

        /**
         * @param listener told about the run as it goes
         * @return this builder
         */
        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @return the generator
         * @throws NullPointerException  if the template or the projects directory is missing
         * @throws IllegalStateException if neither or both of the services and a services directory were given (the
         *                               last call wins, so only neither), or extra files may be deleted without force
         */
        public FleetGenerator build() {
            return new FleetGenerator(this);
        }
    }
}
