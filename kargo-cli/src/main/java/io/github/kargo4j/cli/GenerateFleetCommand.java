package io.github.kargo4j.cli;

import io.github.kargo4j.builders.fleet.FleetLayout;
import io.github.kargo4j.builders.fleet.FleetNaming;
import io.github.kargo4j.builders.fleet.ServiceDirectories;
import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.builders.fleet.ShardAssignment;
import io.github.kargo4j.fleet.DirectoryOverlap;
import io.github.kargo4j.fleet.ExtraFilesException;
import io.github.kargo4j.fleet.FleetGenerator;
import io.github.kargo4j.fleet.FleetResult;
import io.github.kargo4j.fleet.ProjectResult;
import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.validation.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code kargo4j generate fleet}: one isolated Kargo project per service. */
@Command(name = "fleet", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Generate one isolated Kargo project per service.",
        description = {
            "Generate one isolated Kargo project per service. Each subdirectory of --services is a service "
                + "(files and hidden entries are ignored; symbolic links leading outside are refused). For "
                + "service S it writes --output/projects/S/: namespace.yaml (kargo-S), project.yaml, "
                + "projectconfig.yaml (auto-promotion for every environment but the last), warehouse.yaml (the "
                + "image <image-repository>/S and the GitOps repository's services/S/) and stages.yaml (one Stage "
                + "per environment, setting image.tag in services/S/values-<env>.yaml).",
            "",
            "Every project is validated as a complete set before any of it is written; a project with errors "
                + "is not written. An existing project directory is skipped unless --force; --force refuses to "
                + "delete files kargo4j does not generate (it lists them and writes nothing) unless "
                + "--delete-extra-files. Each directory is written into a hidden staging directory and renamed into "
                + "place, so it is never half-written; what a killed run left is cleaned up by the next run. --output "
                + "must not lie in a service's directory (nor be where a service would be read from).",
            "",
            "Exit status: 0 when every service was generated or skipped, 1 when some service failed (an invalid "
                + "name, validation errors, a write error), 2 for usage errors or unreadable input.",
            ""})
final class GenerateFleetCommand implements Callable<Integer> {

    /** The placeholder registry of the seed's script. */
    static final String SEED_IMAGE_REPOSITORY = "your-registry.io";
    /** The placeholder GitOps repository of the seed's script. */
    static final String SEED_GIT_REPO_URL = "https://github.com/YOUR_ORG/gitops-platform.git";

    /** Naming schemes. */
    enum Naming { seed, plain }

    /** File layouts. */
    enum Layout { seed, numbered }

    @ParentCommand
    private GenerateCommand parent;

    @Option(names = "--services", required = true, paramLabel = "DIR",
            description = "The directory with one subdirectory per service.")
    private Path services;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Required: where to write projects/<service>/ (nothing is written outside it).")
    private Path out;

    private boolean deprecatedOut;

    /** {@code --out DIR}, the spelling of 0.1; every command names where it writes {@code --output}. */
    @Option(names = "--out", hidden = true, paramLabel = "DIR")
    private void deprecatedOut(Path dir) {
        this.out = dir;
        this.deprecatedOut = true;
    }

    @Option(names = "--service", paramLabel = "NAME",
            description = "Generate only this service (repeatable); an existing directory for it is an error "
                    + "without --force. Shards are still assigned over the whole services directory.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--image-repository", paramLabel = "URL", defaultValue = SEED_IMAGE_REPOSITORY,
            description = "The registry with one image per service: S watches URL/S, or URL with {service} "
                    + "replaced (default: ${DEFAULT-VALUE}, the seed's placeholder).")
    private String imageRepository;

    @Option(names = "--git-repo-url", paramLabel = "URL", defaultValue = SEED_GIT_REPO_URL,
            description = "The GitOps repository holding services/<service>/values-<env>.yaml "
                    + "(default: ${DEFAULT-VALUE}, the seed's placeholder).")
    private String gitRepoURL;

    @Option(names = "--git-branch", paramLabel = "BRANCH", defaultValue = "main",
            description = "The branch the Warehouses watch and the Stages push to (default: ${DEFAULT-VALUE}).")
    private String gitBranch;

    @Option(names = "--region", paramLabel = "R",
            description = "The region, part of Stage names in the seed naming scheme: S-dev-R (default: none, "
                    + "S-dev).")
    private String region;

    @Option(names = "--environments", paramLabel = "ENV", split = ",", defaultValue = "dev,staging,prod",
            description = "The environments in promotion order (default: ${DEFAULT-VALUE}).")
    private List<String> environments;

    @Option(names = "--auto-promote", paramLabel = "ENV", split = ",",
            description = "The environments that auto-promote, or 'none' (default: all but the last).")
    private List<String> autoPromote;

    @Option(names = "--constraint", paramLabel = "RANGE", defaultValue = "^1.0.0",
            description = "The semantic version range of the images, '' for none (default: ${DEFAULT-VALUE}, "
                    + "as in the seed).")
    private String constraint;

    @Option(names = "--discovery-limit", paramLabel = "N", defaultValue = "10",
            description = "How many images each Warehouse keeps, 1 to 100 (default: ${DEFAULT-VALUE}, as in "
                    + "the seed).")
    private int discoveryLimit;

    @Option(names = "--platform", paramLabel = "OS/ARCH",
            description = "The image platform, such as linux/amd64 (default: the controller's).")
    private String platform;

    @Option(names = "--naming", paramLabel = "seed|plain", defaultValue = "seed",
            description = "Stage names: seed = S-<env>[-<region>], plain = <env> (default: ${DEFAULT-VALUE}).")
    private Naming naming;

    @Option(names = "--layout", paramLabel = "seed|numbered", defaultValue = "seed",
            description = "Files: seed = namespace.yaml, project.yaml, ...; numbered = 01-namespace.yaml, ... "
                    + "(default: ${DEFAULT-VALUE}).")
    private Layout layout;

    @Option(names = "--shards", paramLabel = "N",
            description = "Spread the Warehouses and Stages over N Kargo controller shards shard-0 .. "
                    + "shard-<N-1> (spec.shard), balanced and stable (default: no shard).")
    private Integer shards;

    @Option(names = "--shard-prefix", paramLabel = "PREFIX", defaultValue = "shard-",
            description = "The prefix of shard names (default: ${DEFAULT-VALUE}).")
    private String shardPrefix;

    @Option(names = "--force", description = "Replace existing project directories (each only once its new "
            + "version is complete; one that already holds exactly the new files is left unchanged). Without it "
            + "existing directories are skipped; kargo4j never prompts.")
    private boolean force;

    @Option(names = "--delete-extra-files", description = "With --force: also delete files in a project "
            + "directory that kargo4j does not generate (files you added, files of another --layout). Without it "
            + "such files stop the run before anything is written, listed, with exit status 2.")
    private boolean deleteExtraFiles;

    @Option(names = "--dry-run", description = "Write nothing; list what would be written.")
    private boolean dryRun;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many services to work on at once (default: the number of processors).")
    private Integer jobs;

    @Override
    public Integer call() {
        PrintWriter stdout = parent.parent().out();
        PrintWriter stderr = parent.parent().err();
        if (deprecatedOut) {
            stderr.println("kargo4j: warning: --out is deprecated and will be removed in the next release; write "
                    + "--output " + out);
        }
        if (out == null) {
            throw new UserError("missing --output DIR: the directory to write projects/<service>/ into, such as "
                    + "--output generated (see 'kargo4j generate fleet --help')");
        }
        if (deleteExtraFiles && !force) {
            throw new UserError("--delete-extra-files only applies with --force: add --force to replace the existing project "
                    + "directories, or leave --delete-extra-files out");
        }
        Path projects = checkDirectories();
        ServiceTemplate template = template();
        ServiceDirectories.Scan scan;
        try {
            scan = ServiceDirectories.scan(services);
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
        List<String> selected = selected(scan);
        ShardAssignment assignment = null;
        if (shards != null) {
            try {
                assignment = ShardAssignment.balanced(scan.services(),
                        ShardAssignment.shardNames(shardPrefix, shards));
            } catch (IllegalArgumentException e) {
                throw new UserError("--shards/--shard-prefix: " + e.getMessage());
            }
        }
        int parallelism = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (parallelism < 1) {
            throw new UserError("--jobs must be at least 1, not " + parallelism + ": give the number of services to"
                    + " generate at once, such as --jobs 4");
        }
        Progress progress = new Progress(parent.parent().terminal(), stderr, selected.size());
        FleetGenerator generator = FleetGenerator.builder()
                .template(template)
                .services(selected)
                .shards(assignment)
                .projectsDirectory(projects)
                .layout(layout == Layout.seed ? FleetLayout.seed() : FleetLayout.numbered())
                .force(force)
                .deleteExtraFiles(deleteExtraFiles)
                .dryRun(dryRun)
                .parallelism(parallelism)
                .listener(new FleetGenerator.Listener() {
                    @Override
                    public void interruptedRuns(List<AtomicFiles.Leftover> leftovers, boolean done) {
                        InterruptedRuns.report(leftovers, done, stderr);
                    }

                    @Override
                    public void starting(int projectCount) {
                        notePlaceholders(stderr);
                    }

                    @Override
                    public void projectDone(ProjectResult project, int done, int total) {
                        progress.update(done);
                    }
                })
                .build();
        FleetResult result;
        try {
            result = generator.run();
        } catch (ExtraFilesException e) {
            throw new UserError(refusal(e));
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
        progress.finish();

        Summary summary = new Summary();
        if (only.isEmpty()) {
            for (ServiceDirectories.Rejected r : scan.rejected()) {
                stderr.println("kargo4j: failed " + r.name() + ": " + services.resolve(r.name()) + " " + r.reason());
                summary.failed++;
            }
        }
        TextRenderer text = TextRenderer.create();
        for (ProjectResult r : result.projects()) {
            report(r, text, stdout, stderr, summary);
        }
        stdout.println(summary.line(dryRun, selected.size() + (only.isEmpty() ? scan.rejected().size() : 0)));
        stdout.flush();
        stderr.flush();
        if (!only.isEmpty() && summary.skipped > 0) {
            throw new UserError("not replacing the existing project directory of " + String.join(", ",
                    summary.skippedNames) + " (use --force to replace it)");
        }
        return summary.failed > 0 ? 1 : 0;
    }

    /** Says when the seed's placeholder registry or repository is used. */
    private void notePlaceholders(PrintWriter stderr) {
        List<String> placeholders = new ArrayList<>();
        if (imageRepository.equals(SEED_IMAGE_REPOSITORY)) {
            placeholders.add("--image-repository " + SEED_IMAGE_REPOSITORY);
        }
        if (gitRepoURL.equals(SEED_GIT_REPO_URL)) {
            placeholders.add("--git-repo-url " + SEED_GIT_REPO_URL);
        }
        if (!placeholders.isEmpty()) {
            stderr.println("kargo4j: note: using the seed's placeholder " + String.join(" and ", placeholders)
                    + "; pass your own");
        }
    }

    private void report(ProjectResult r, TextRenderer text, PrintWriter stdout, PrintWriter stderr,
                        Summary summary) {
        Path dir = r.directory();
        String shard = r.shard().map(s -> ", " + s).orElse("");
        List<String> problems = new ArrayList<>();
        r.findings().forEach(f -> problems.add(text.render(f)));
        problems.addAll(r.problems());
        switch (r.status()) {
            case FAILED -> {
                summary.failed++;
                stderr.println("kargo4j: failed " + r.service() + ":");
                problems.forEach(p -> stderr.println("  " + p.replace("\n", "\n  ")));
            }
            case SKIPPED -> {
                summary.skipped++;
                summary.skippedNames.add(r.service());
                stdout.println((dryRun ? "would skip " : "skipped ") + dir + " (exists; --force replaces it)");
            }
            default -> {
                String verb;
                if (r.status() == ProjectResult.Status.UNCHANGED) {
                    summary.unchanged++;
                    verb = dryRun ? "would leave unchanged" : "unchanged";
                } else {
                    summary.generated++;
                    boolean replaced = r.status() == ProjectResult.Status.REPLACED;
                    if (replaced) {
                        summary.replaced++;
                    }
                    verb = dryRun ? (replaced ? "would replace" : "would generate") : replaced ? "replaced"
                            : "generated";
                }
                stdout.println(verb + " " + dir + " (" + r.resources() + " resources" + shard + ")");
                if (dryRun && r.status() != ProjectResult.Status.UNCHANGED) {
                    r.files().stream().filter(f -> f.change() != ProjectResult.Change.REMOVED)
                            .forEach(f -> stdout.println("  " + dir.resolve(f.name())));
                }
                problems.forEach(p -> stdout.println("  " + p.replace("\n", "\n  ")));
            }
        }
    }

    /** Checks --services and --output; returns the projects directory. */
    private Path checkDirectories() {
        if (!Files.isDirectory(services)) {
            throw new UserError(Files.exists(services) ? "--services " + services + " is not a directory"
                    : "--services " + services + " does not exist");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--output " + out + " exists and is not a directory: name a directory (it is created"
                    + " if needed)");
        }
        Path projects = out.resolve("projects");
        if (Files.isSymbolicLink(projects)) {
            try {
                Path real = projects.toRealPath();
                Path root = out.toRealPath();
                if (!real.startsWith(root)) {
                    throw new UserError(projects + " is a symbolic link to " + real + ", outside --output " + out
                            + "; kargo4j writes only inside --output");
                }
            } catch (IOException e) {
                throw new UserError(projects + " is a symbolic link that cannot be followed: " + e.getMessage());
            }
        } else if (Files.exists(projects, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(projects)) {
            throw new UserError(projects + " exists and is not a directory: move it away, or choose another"
                    + " --output");
        }
        refuseOverlap(projects);
        return projects;
    }

    /**
     * Refuses a projects directory inside a service's directory (generating would change that service, or a later
     * run would read the projects as a service) and a services directory inside the projects directory (generating
     * would write over the services). A hidden directory inside --services is fine: it is never a service.
     */
    private void refuseOverlap(Path projects) {
        Optional<DirectoryOverlap> overlap;
        try {
            overlap = DirectoryOverlap.of(services, projects);
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
        overlap.ifPresent(o -> {
            String why = switch (o.kind()) {
                case PROJECTS_ARE_SERVICES -> "its projects directory is the services directory";
                case PROJECTS_IN_SERVICE -> "its projects directory " + projects + " would be inside the directory "
                        + "of service " + o.service() + ", so generating would change that service";
                case PROJECTS_READ_AS_SERVICE -> "its projects directory " + projects + " would be read as a service "
                        + "named " + o.service() + " by the next run";
                case SERVICES_IN_PROJECTS -> throw new UserError("--services " + services + " is inside the "
                        + "projects directory " + projects + " that --output " + out + " writes: generating would write "
                        + "over the services; choose another --output");
            };
            throw new UserError("--output " + out + " is inside --services " + services + ": " + why
                    + "; choose an --output outside " + services + " (or in a hidden directory of it, such as "
                    + services.resolve(".generated") + ")");
        });
    }

    private ServiceTemplate template() {
        try {
            ServiceTemplate.Builder b = ServiceTemplate.builder()
                    .imageRepository(imageRepository)
                    .gitRepoURL(gitRepoURL)
                    .gitBranch(gitBranch)
                    .region(region)
                    .environments(environments)
                    .constraint(constraint.isEmpty() ? null : constraint)
                    .discoveryLimit(discoveryLimit)
                    .platform(platform)
                    .naming(naming == Naming.seed ? FleetNaming.seed() : FleetNaming.plain());
            if (autoPromote != null) {
                b.autoPromote(autoPromote.size() == 1 && autoPromote.get(0).equals("none") ? List.of()
                        : new LinkedHashSet<>(autoPromote));
            }
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The message refusing a forced run that would delete files kargo4j does not generate. */
    private static String refusal(ExtraFilesException e) {
        List<String> all = e.paths();
        int dirs = e.extraFiles().size();
        List<String> shown = all.size() > 20 ? all.subList(0, 20) : all;
        return "--force would delete " + (all.size() == 1 ? "a file" : all.size() + " files")
                + " that kargo4j does not generate, in " + dirs + (dirs == 1 ? " project directory"
                : " project directories") + ": " + String.join(", ", shown)
                + (all.size() > shown.size() ? " and " + (all.size() - shown.size()) + " more" : "")
                + "; move them elsewhere, or add --delete-extra-files to delete them (nothing was written)";
    }

    /** The services to generate: --service names (checked), or every service found. */
    private List<String> selected(ServiceDirectories.Scan scan) {
        if (only.isEmpty()) {
            return scan.services();
        }
        List<String> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(only)) {
            try {
                ServiceDirectories.resolve(services, name);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UserError("--service: " + e.getMessage());
            }
            out.add(name);
        }
        return out;
    }

    /** Counts for the last line. */
    private static final class Summary {
        int generated;
        int unchanged;
        int replaced;
        int skipped;
        int failed;
        final List<String> skippedNames = new ArrayList<>();

        String line(boolean dryRun, int total) {
            String head = (dryRun ? "dry run, nothing written: " : "") + total
                    + (total == 1 ? " service: " : " services: ");
            return head + generated + (dryRun ? " would be generated" : " generated")
                    + (replaced > 0 ? " (" + replaced + " replacing existing directories)" : "")
                    + (unchanged > 0 ? ", " + unchanged + (dryRun ? " would be unchanged" : " unchanged") : "")
                    + ", " + skipped + " skipped" + (skipped > 0 ? " (exist; use --force to replace them)" : "")
                    + ", " + failed + " failed";
        }
    }

    /** A progress line on an interactive terminal for large fleets. */
    private static final class Progress {
        private static final int THRESHOLD = 500;
        private final boolean on;
        private final PrintWriter err;
        private final int total;

        Progress(Terminal terminal, PrintWriter err, int total) {
            this.on = terminal.interactive() && total >= THRESHOLD;
            this.err = err;
            this.total = total;
        }

        void update(int done) {
            if (on && (done % 100 == 0 || done == total)) {
                synchronized (this) {
                    err.print("\rgenerated " + done + " of " + total + " services");
                    err.flush();
                }
            }
        }

        void finish() {
            if (on) {
                err.println();
            }
        }
    }
}
