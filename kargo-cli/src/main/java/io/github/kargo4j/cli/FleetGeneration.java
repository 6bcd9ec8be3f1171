package io.github.kargo4j.cli;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.builders.fleet.ProjectDirectoryWriter;
import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.builders.fleet.ShardAssignment;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.render.TextRenderer;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Generates, validates and writes the projects of a list of services, in parallel: for each service, build the
 * bundle, validate it as one complete project, render its files and only then write them (atomically, through
 * {@link ProjectDirectoryWriter}). When the validator finds anything, the rendered files are read back and validated
 * again, so that findings point at file:line:column of the files that would be written. A failure of one service
 * never stops the others.
 */
final class FleetGeneration {

    /** What happened to one service. */
    enum Status {
        CREATED("generated"), REPLACED("replaced"), SKIPPED("skipped"), FAILED("failed"),
        WOULD_CREATE("would generate"), WOULD_REPLACE("would replace"), WOULD_SKIP("would skip");

        private final String verb;

        Status(String verb) {
            this.verb = verb;
        }

        String verb() {
            return verb;
        }

        boolean generated() {
            return this == CREATED || this == REPLACED || this == WOULD_CREATE || this == WOULD_REPLACE;
        }

        boolean skipped() {
            return this == SKIPPED || this == WOULD_SKIP;
        }
    }

    /**
     * @param service   the service
     * @param status    what happened
     * @param shard     its shard, if sharded
     * @param files     the files written (or that would be), relative to the service's directory
     * @param problems  why it failed (validation errors with their hints, or one reason), or its warnings
     * @param resources how many resources the project has
     */
    record Result(String service, Status status, String shard, List<String> files, List<String> problems,
                  int resources) {
        Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        static Result failed(String service, String shard, String reason) {
            return new Result(service, Status.FAILED, shard, List.of(), List.of(reason), 0);
        }
    }

    private final ServiceTemplate template;
    private final ShardAssignment shards;
    private final ProjectDirectoryWriter writer;
    private final PipelineValidator validator;
    private final KargoCodec codec = KargoCodec.create();
    private final boolean dryRun;
    private final boolean force;
    private final int jobs;

    /**
     * @param template  the service template
     * @param shards    the shard assignment, or {@code null} for none
     * @param writer    writes the projects (its force setting decides about existing directories)
     * @param validator validates each project
     * @param dryRun    whether to write nothing
     * @param force     whether existing directories are replaced (must match the writer's setting)
     * @param jobs      how many services to work on at once
     */
    FleetGeneration(ServiceTemplate template, ShardAssignment shards, ProjectDirectoryWriter writer,
                    PipelineValidator validator, boolean dryRun, boolean force, int jobs) {
        this.template = Objects.requireNonNull(template, "template");
        this.shards = shards;
        this.writer = Objects.requireNonNull(writer, "writer");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.dryRun = dryRun;
        this.force = force;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * @param services the services, in output order
     * @param progress told how many services are done, after each one (from any thread)
     * @return one result per service, in the same order
     */
    List<Result> run(List<String> services, IntConsumer progress) {
        Result[] results = new Result[services.size()];
        AtomicInteger done = new AtomicInteger();
        Runnable all = () -> IntStream.range(0, services.size()).parallel().forEach(i -> {
            results[i] = safely(services.get(i));
            progress.accept(done.incrementAndGet());
        });
        if (jobs == 1) {
            for (int i = 0; i < services.size(); i++) {
                results[i] = safely(services.get(i));
                progress.accept(i + 1);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(jobs);
            try {
                pool.submit(all).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        return List.of(results);
    }

    /** One service; an unexpected failure (a bug) fails that service only. */
    private Result safely(String service) {
        try {
            return one(service);
        } catch (RuntimeException e) {
            return Result.failed(service, null, "unexpected failure: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (please report it)");
        }
    }

    /**
     * Lists, for each service whose project directory exists, the files a forced replacement would delete that the
     * new version does not have; a service whose project cannot be built is left to {@link #run} to report.
     *
     * @param services the services
     * @return each service with such files, and the files (relative to its directory), in service order
     */
    Map<String, List<String>> extraFiles(List<String> services) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String service : services) {
            if (!Files.isDirectory(writer.projectsDirectory().resolve(service), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String shard = shards == null ? null : shards.find(service).orElse(null);
            try {
                ProjectBundle bundle = shard == null ? template.bundle(service) : template.bundle(service, shard);
                List<String> extra = writer.extraFiles(service, writer.fileNames(bundle));
                if (!extra.isEmpty()) {
                    out.put(service, extra);
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                // reported when the service is generated
            }
        }
        return out;
    }

    /** One service: never throws for a problem of that service. */
    Result one(String service) {
        String shard = shards == null ? null : shards.find(service).orElse(null);
        ProjectBundle bundle;
        try {
            bundle = shard == null ? template.bundle(service) : template.bundle(service, shard);
        } catch (IllegalArgumentException e) {
            return Result.failed(service, shard, e.getMessage()
                    + "; rename the service directory, or choose another naming scheme");
        }
        Map<String, String> files = writer.render(bundle);
        Path dir = writer.projectsDirectory().resolve(service);
        Report report = validator.validateResources(bundle.resources());
        if (!report.findings().isEmpty()) {
            // report against the files as they would be written, with line and column
            List<Manifest> manifests = new ArrayList<>();
            try {
                files.forEach((file, text) -> manifests.addAll(codec.read(text, dir.resolve(file).toString())));
            } catch (ManifestException e) {
                return Result.failed(service, shard, "the generated files cannot be read back: " + e.getMessage());
            }
            report = validator.validateManifests(manifests);
        }
        List<String> problems = new ArrayList<>();
        TextRenderer text = TextRenderer.create();
        for (Finding f : report.findings()) {
            problems.add(text.render(f));
        }
        int resources = bundle.resources().size();
        List<String> names = List.copyOf(files.keySet());
        if (report.hasFindingsAtOrAbove(Severity.ERROR)) {
            return new Result(service, Status.FAILED, shard, List.of(), problems, resources);
        }
        if (dryRun) {
            boolean exists = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            Status s = !exists ? Status.WOULD_CREATE : force ? Status.WOULD_REPLACE : Status.WOULD_SKIP;
            return new Result(service, s, shard, s == Status.WOULD_SKIP ? List.of() : names, problems, resources);
        }
        try {
            ProjectDirectoryWriter.Outcome outcome = writer.write(service, files);
            Status s = switch (outcome) {
                case CREATED -> Status.CREATED;
                case REPLACED -> Status.REPLACED;
                case SKIPPED_EXISTS -> Status.SKIPPED;
            };
            return new Result(service, s, shard, s == Status.SKIPPED ? List.of() : names, problems, resources);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Result.failed(service, shard, e.getMessage());
        }
    }
}
