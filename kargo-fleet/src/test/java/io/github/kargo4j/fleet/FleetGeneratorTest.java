package io.github.kargo4j.fleet;

import io.github.kargo4j.builders.fleet.FleetLayout;
import io.github.kargo4j.builders.fleet.ProjectDirectoryWriter;
import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.builders.fleet.ShardAssignment;
import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ValidationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FleetGeneratorTest {

    private static final ServiceTemplate TEMPLATE = ServiceTemplate.builder()
            .imageRepository("registry.example.com/apps").gitRepoURL("https://github.com/example/gitops.git")
            .region("eastus").build();
    private static final List<String> SEED_FILES = List.of("namespace.yaml", "project.yaml", "projectconfig.yaml",
            "stages.yaml", "warehouse.yaml");
    private static final KargoCodec CODEC = KargoCodec.create();

    @TempDir
    Path dir;

    private static List<String> services(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.format(Locale.ROOT, "svc-%02d", i));
        }
        return names;
    }

    private FleetGenerator.Builder generator(Path projects, List<String> services) {
        return FleetGenerator.builder().template(TEMPLATE).services(services).projectsDirectory(projects);
    }

    /** Every file below a directory with its content, by relative path. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static List<String> entries(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatARunWouldDo() throws IOException {
        Path projects = dir.resolve("projects");
        FleetResult dry = generator(projects, List.of("nginx", "api")).dryRun(true).build().run();
        assertFalse(Files.exists(projects), "nothing written, not even the projects directory");
        assertTrue(dry.dryRun());
        assertEquals(List.of("nginx", "api"), dry.projects().stream().map(ProjectResult::service).toList());
        for (ProjectResult p : dry.projects()) {
            assertEquals(ProjectResult.Status.CREATED, p.status());
            assertEquals(SEED_FILES, p.files().stream().map(ProjectResult.FileResult::name).sorted().toList());
            assertEquals(5, p.count(ProjectResult.Change.WRITTEN));
            assertEquals(projects.resolve(p.service()), p.directory());
        }
        assertEquals(10, dry.count(ProjectResult.Change.WRITTEN));

        FleetResult real = generator(projects, List.of("nginx", "api")).build().run();
        assertEquals(dry.projects(), real.projects(), "the dry run said exactly what the run did");
        Map<String, String> written = tree(projects);
        assertEquals(10, written.size());

        Files.writeString(projects.resolve("nginx/stages.yaml"), "edited");
        FleetResult dryForced = generator(projects, List.of("nginx", "api")).force(true).dryRun(true).build().run();
        written.put("nginx/stages.yaml", "edited");
        assertEquals(written, tree(projects), "a forced dry run writes nothing either");
        assertEquals(ProjectResult.Status.REPLACED, dryForced.projects().get(0).status());
        assertEquals(List.of(new ProjectResult.FileResult("stages.yaml", ProjectResult.Change.WRITTEN)),
                dryForced.projects().get(0).files().stream()
                        .filter(f -> f.change() != ProjectResult.Change.UNCHANGED).toList());
        assertEquals(ProjectResult.Status.UNCHANGED, dryForced.projects().get(1).status());
    }

    @Test
    void aSecondRunIsAllUnchangedAndWritesNothing() throws IOException {
        Path projects = dir.resolve("projects");
        List<String> services = services(12);
        FleetResult first = generator(projects, services).build().run();
        assertEquals(12, first.count(ProjectResult.Status.CREATED));
        assertTrue(first.succeeded());
        FileTime before = Files.getLastModifiedTime(projects.resolve("svc-03/stages.yaml"));
        Map<String, String> written = tree(projects);

        FleetResult skipped = generator(projects, services).build().run();
        assertEquals(12, skipped.count(ProjectResult.Status.SKIPPED), "not forced: existing directories are skipped");

        FleetResult again = generator(projects, services).force(true).build().run();
        assertEquals(12, again.count(ProjectResult.Status.UNCHANGED));
        assertEquals(60, again.count(ProjectResult.Change.UNCHANGED));
        assertEquals(0, again.count(ProjectResult.Change.WRITTEN) + again.count(ProjectResult.Change.REMOVED));
        assertEquals(written, tree(projects));
        assertEquals(before, Files.getLastModifiedTime(projects.resolve("svc-03/stages.yaml")), "not rewritten");
        assertEquals(services, entries(projects), "no staging directory left");
    }

    @Test
    void oneAndFourThreadsGiveTheSameResultAndFiles() throws IOException {
        List<String> services = new ArrayList<>(services(40));
        services.add(7, "Bad_Name");
        services.add("another-Bad");
        ShardAssignment shards = ShardAssignment.balanced(services(40), ShardAssignment.shardNames(4));
        List<Integer> progress = new ArrayList<>();
        FleetGenerator.Listener counting = new FleetGenerator.Listener() {
            @Override
            public synchronized void projectDone(ProjectResult project, int done, int total) {
                progress.add(done);
            }
        };
        // a dry run into one directory: the results can be compared whole, findings and paths included
        Path projects = dir.resolve("projects");
        FleetResult one = generator(projects, services).shards(shards).dryRun(true).parallelism(1).build().run();
        FleetResult four = generator(projects, services).shards(shards).dryRun(true).parallelism(4)
                .listener(counting).build().run();
        assertEquals(one, four);
        assertEquals(2, four.failures());
        assertEquals(ProjectResult.Status.FAILED, four.projects().get(7).status());
        assertTrue(four.projects().get(7).problems().get(0).contains("DNS-1123"), four.projects().get(7).toString());
        assertEquals(42, progress.size());
        assertEquals(42, progress.stream().mapToInt(Integer::intValue).max().orElseThrow());

        // real runs into two directories: the same files, byte for byte
        FleetResult a = generator(dir.resolve("a"), services).shards(shards).parallelism(1).build().run();
        FleetResult b = generator(dir.resolve("b"), services).shards(shards).parallelism(4).build().run();
        assertEquals(tree(dir.resolve("a")), tree(dir.resolve("b")));
        assertEquals(a.projects().stream().map(p -> p.status() + " " + p.shard() + " " + p.files()).toList(),
                b.projects().stream().map(p -> p.status() + " " + p.shard() + " " + p.files()).toList());
        assertEquals(40, a.count(ProjectResult.Status.CREATED));
    }

    /** Reports a warning on the image constraint of every Warehouse, so that a project with a finding is written. */
    private static final Rule CONSTRAINT_NOTE = Rule.of("KG990", "constraint-note", Category.GRAPH, Severity.WARNING,
            "notes the image constraint");

    private static final Check CONSTRAINT_CHECK = new Check() {
        @Override
        public List<Rule> rules() {
            return List.of(CONSTRAINT_NOTE);
        }

        @Override
        public void run(ValidationContext context) {
            for (Entry e : context.entriesOf(Warehouse.class)) {
                context.report(CONSTRAINT_NOTE, e, JsonPath.parse("spec.subscriptions[0].image.constraint"),
                        "a constraint", "");
            }
        }
    };

    @Test
    void findingsPointAtTheWrittenTextWithTheWritersPositions() throws IOException {
        Path projects = dir.resolve("projects");
        // errors: the project is not written; the findings are those reading the rendered files back gives
        ServiceTemplate broken = ServiceTemplate.builder().imageRepository("registry.example.com/apps")
                .gitRepoURL("https://github.com/example/gitops.git").platform("linux").constraint("not a range")
                .build();
        FleetResult failed = FleetGenerator.builder().template(broken).services(List.of("nginx"))
                .projectsDirectory(projects).build().run();
        ProjectResult nginx = failed.projects().get(0);
        assertEquals(ProjectResult.Status.FAILED, nginx.status());
        assertFalse(Files.exists(projects.resolve("nginx")));
        assertTrue(nginx.findings().stream().anyMatch(f -> f.code().equals("KF001")), nginx.findings().toString());
        assertTrue(nginx.findings().stream().anyMatch(f -> f.code().equals("KA019")), nginx.findings().toString());
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects).layout(FleetLayout.seed());
        List<Manifest> readBack = new ArrayList<>();
        writer.render(broken.bundle("nginx")).forEach((file, text) -> readBack.addAll(
                CODEC.parse(text, projects.resolve("nginx").resolve(file).toString())));
        List<Finding> expected = PipelineValidator.builder().complete(true).build().validateManifests(readBack)
                .findings();
        assertEquals(expected, nginx.findings(), "the same findings, positions and all, as reading the text back");
        Map<String, String> rendered = writer.render(broken.bundle("nginx"));
        for (Finding f : nginx.findings()) {
            assertTrue(f.position().isPresent(), f.toString());
            assertAt(rendered.get(Path.of(f.source().orElseThrow()).getFileName().toString()), f);
        }

        // warnings: the project is written, and each finding points into the file on disk
        ServiceTemplate constrained = ServiceTemplate.builder().imageRepository("registry.example.com/apps")
                .gitRepoURL("https://github.com/example/gitops.git").constraint("^1.0.0").build();
        FleetResult warned = generator(projects, List.of("nginx", "api")).template(constrained)
                .validator(PipelineValidator.builder().complete(true).addCheck(CONSTRAINT_CHECK).build())
                .parallelism(2).build().run();
        assertEquals(2, warned.count(ProjectResult.Status.CREATED));
        assertEquals(2, warned.findings());
        for (ProjectResult p : warned.projects()) {
            Finding f = p.findings().get(0);
            assertEquals(projects.resolve(p.service()).resolve("warehouse.yaml").toString(), f.source().orElseThrow());
            assertAt(Files.readString(Path.of(f.source().orElseThrow())), f);
            SourcePosition pos = f.position().orElseThrow();
            String line = Files.readAllLines(Path.of(f.source().orElseThrow())).get(pos.line() - 1);
            assertEquals("constraint: ^1.0.0", line.substring(pos.column() - 1));
        }
    }

    /** The text at the finding's position is the key its path ends in, or the item its path ends in. */
    private static void assertAt(String text, Finding f) {
        SourcePosition p = f.position().orElseThrow();
        String line = text.lines().toList().get(p.line() - 1);
        String at = line.substring(p.column() - 1);
        f.path().lastKey().ifPresent(k -> assertTrue(at.startsWith(k + ":"), f + " points at: " + at));
        assertFalse(at.isBlank(), f.toString());
    }

    @Test
    void aForcedFailureMidServiceLeavesTheOldDirectoryIntact() throws IOException {
        Path projects = dir.resolve("projects");
        generator(projects, List.of("nginx", "api")).build().run();
        Path nginx = projects.resolve("nginx");
        Files.writeString(nginx.resolve("stages.yaml"), "old stages");
        ServiceTemplate other = ServiceTemplate.builder().imageRepository("other.example.com")
                .gitRepoURL("https://github.com/example/gitops.git").build();
        FleetResult r = FleetGenerator.builder().template(other).services(List.of("api", "nginx"))
                .projectsDirectory(projects).force(true).parallelism(2).fileListener((service, file) -> {
                    if (service.equals("nginx") && file.equals("projectconfig.yaml")) {
                        throw new IOException("simulated crash after two files");
                    }
                }).build().run();
        assertEquals(ProjectResult.Status.REPLACED, r.projects().get(0).status());
        assertEquals(ProjectResult.Status.FAILED, r.projects().get(1).status());
        assertTrue(r.projects().get(1).problems().get(0).contains("simulated crash after two files"),
                r.projects().get(1).problems().toString());
        assertEquals("old stages", Files.readString(nginx.resolve("stages.yaml")));
        assertTrue(Files.readString(nginx.resolve("warehouse.yaml")).contains("registry.example.com/apps/nginx"));
        assertTrue(Files.readString(projects.resolve("api/warehouse.yaml")).contains("other.example.com/api"));
        assertEquals(List.of("api", "nginx"), entries(projects));
    }

    @Test
    void extraFilesStopAForcedRunUnlessDeletingThemIsAllowed() throws IOException {
        Path projects = dir.resolve("projects");
        generator(projects, List.of("nginx", "api")).build().run();
        Path nginx = projects.resolve("nginx");
        Files.writeString(nginx.resolve("NOTES.md"), "why prod is manual");
        Files.writeString(nginx.resolve("stages.yaml"), "edited");

        ExtraFilesException e = assertThrows(ExtraFilesException.class,
                () -> generator(projects, List.of("nginx", "api")).force(true).build().run());
        assertEquals(Map.of("nginx", List.of("NOTES.md")), e.extraFiles());
        assertEquals(List.of(nginx.resolve("NOTES.md").toString()), e.paths());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertEquals("edited", Files.readString(nginx.resolve("stages.yaml")));
        assertThrows(IllegalStateException.class,
                () -> generator(projects, List.of("nginx")).deleteExtraFiles(true).build());

        FleetResult r = generator(projects, List.of("nginx", "api")).force(true).deleteExtraFiles(true).build().run();
        ProjectResult p = r.projects().get(0);
        assertEquals(ProjectResult.Status.REPLACED, p.status());
        assertEquals(List.of(new ProjectResult.FileResult("stages.yaml", ProjectResult.Change.WRITTEN),
                new ProjectResult.FileResult("NOTES.md", ProjectResult.Change.REMOVED)), p.files().stream()
                .filter(f -> f.change() != ProjectResult.Change.UNCHANGED).toList());
        assertEquals(SEED_FILES, entries(nginx));
        assertEquals(ProjectResult.Status.UNCHANGED, r.projects().get(1).status());
    }

    @Test
    void aServicesDirectoryIsScannedAtEachRunAndKilledRunsAreCleanedUpFirst() throws IOException {
        Path services = Files.createDirectories(dir.resolve("services"));
        Files.createDirectories(services.resolve("nginx"));
        Files.writeString(services.resolve("README.md"), "not a service");
        Path projects = dir.resolve("projects");
        FleetGenerator generator = FleetGenerator.builder().template(TEMPLATE).servicesDirectory(services)
                .projectsDirectory(projects).build();
        assertEquals(List.of("nginx"), generator.run().projects().stream().map(ProjectResult::service).toList());

        Files.createDirectories(services.resolve("api"));
        Path staging = Files.createDirectories(projects.resolve(".api.kargo4j-2147483647-00000000000000bb.tmp"));
        Files.writeString(staging.resolve("namespace.yaml"), "apiVersion: v1\n");
        List<String> told = new ArrayList<>();
        FleetResult r = FleetGenerator.builder().template(TEMPLATE).servicesDirectory(services)
                .projectsDirectory(projects).listener(new FleetGenerator.Listener() {
                    @Override
                    public void interruptedRuns(List<AtomicFiles.Leftover> leftovers,
                                                boolean done) {
                        leftovers.forEach(l -> told.add(l.describe(done)));
                    }

                    @Override
                    public void starting(int n) {
                        told.add("starting " + n);
                    }
                }).build().run();
        assertEquals(List.of("removed " + staging, "starting 2"), told);
        assertEquals(List.of("api", "nginx"), r.projects().stream().map(ProjectResult::service).toList());
        assertEquals(List.of(ProjectResult.Status.CREATED, ProjectResult.Status.SKIPPED),
                r.projects().stream().map(ProjectResult::status).toList());
        assertEquals(1, r.leftovers().size());
        assertEquals(List.of("api", "nginx"), entries(projects));
    }

    @Test
    void projectsInsideAServiceAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path services = Files.createDirectories(dir.resolve("services"));
        Files.createDirectories(services.resolve("api"));
        Files.createDirectories(services.resolve("nginx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FleetGenerator.builder()
                .template(TEMPLATE).servicesDirectory(services).projectsDirectory(services.resolve("api/projects"))
                .build().run());
        assertTrue(e.getMessage().contains("inside the directory of service api"), e.getMessage());
        assertEquals(List.of(), entries(services.resolve("api")), "nothing written");
        assertEquals(DirectoryOverlap.Kind.PROJECTS_READ_AS_SERVICE,
                DirectoryOverlap.of(services, services.resolve("projects")).orElseThrow().kind());
        assertEquals(DirectoryOverlap.Kind.PROJECTS_ARE_SERVICES,
                DirectoryOverlap.of(services, services).orElseThrow().kind());
        assertEquals(DirectoryOverlap.Kind.SERVICES_IN_PROJECTS,
                DirectoryOverlap.of(services, dir).orElseThrow().kind());

        FleetResult hidden = FleetGenerator.builder().template(TEMPLATE).servicesDirectory(services)
                .projectsDirectory(services.resolve(".generated/projects")).build().run();
        assertEquals(2, hidden.count(ProjectResult.Status.CREATED), "a hidden directory is never a service");
    }
}
