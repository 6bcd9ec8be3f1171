package io.github.kargo4j.builders.bundle;

import io.github.kargo4j.builders.credentials.Credentials;
import io.github.kargo4j.builders.freight.FreightRequests;
import io.github.kargo4j.builders.rollouts.AnalysisTemplates;
import io.github.kargo4j.builders.rollouts.Args;
import io.github.kargo4j.builders.rollouts.Metrics;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectBundleTest {

    private static final String P = "kargo-managed-stack";
    private static final KargoCodec CODEC = KargoCodec.create();

    @TempDir
    Path dir;

    private static Warehouse warehouse(String name) {
        return CODEC.parseOne("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: %s
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example-org/security-scanner.git
                """.formatted(name), Warehouse.class);
    }

    private static PromotionTask task(String name) {
        return CODEC.parseOne("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: %s
                spec:
                  steps:
                    - uses: git-clone
                      config:
                        repoURL: ${{ vars.repo }}
                """.formatted(name), PromotionTask.class);
    }

    private static Stage stage(String name, String upstream) {
        return Stage.builder().metadata(ObjectMeta.named(name))
                .spec(s -> s.addRequestedFreight(upstream == null
                        ? FreightRequests.fromWarehouse("security-scan-repo").direct()
                        : FreightRequests.fromWarehouse("security-scan-repo").viaStages(upstream)))
                .build();
    }

    private static AnalysisTemplate template(String name) {
        return AnalysisTemplates.of(P, name, s -> s.addArg(Args.required("commit-id"))
                .addMetric(Metrics.web("check", "https://example.com/" + Args.placeholder("commit-id"))));
    }

    /** A bundle whose resources are added in anything but apply order. */
    private static ProjectBundle bundle() {
        return ProjectBundle.builder(P)
                .addStage(stage("approvalgatedev", null))
                .addStage(stage("dev", "approvalgatedev"))
                .addAnalysisTemplate(template("pulumi-update-success"))
                .addPromotionTask(task("update-stack"))
                .addWarehouse(warehouse("security-scan-repo"))
                .projectConfig(ProjectConfig.builder().metadata(ObjectMeta.named(P))
                        .spec(s -> s.addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("dev"))
                                .autoPromotionEnabled(true)))
                        .build())
                .addSecret(Credentials.git("github-creds").repoURL("https://github.com/example-org/m.git")
                        .usernamePassword("u", "p").build())
                .addSecret(Credentials.generic("pulumisecret").put("PULUMI_ACCESS_TOKEN", "t").build())
                .project()
                .namespace()
                .build();
    }

    @Test
    void resourcesAreListedInApplyOrder() {
        List<String> kinds = bundle().resources().stream().map(KargoResource::kind).toList();
        assertEquals(List.of("Namespace", "Project", "Secret", "Secret", "ProjectConfig", "Warehouse",
                "PromotionTask", "AnalysisTemplate", "Stage", "Stage"), kinds);
        List<String> stages = bundle().stages().stream().map(KargoResource::name).toList();
        assertEquals(List.of("approvalgatedev", "dev"), stages, "a group keeps the order of adding");
    }

    @Test
    void namespacedResourcesGetTheProjectNamespaceAndNamesAreFilledIn() {
        ProjectBundle b = bundle();
        for (KargoResource r : b.resources()) {
            if (r instanceof Namespace || r instanceof Project) {
                assertEquals(P, r.name());
                assertTrue(r.metadata().namespace().isEmpty(), r.ref());
            } else {
                assertEquals(P, r.namespace(), r.ref());
            }
        }
        assertEquals(P, b.projectConfig().orElseThrow().name());
        assertTrue(b.namespace().orElseThrow().isProjectNamespace());
        assertEquals("ProjectBundle{kargo-managed-stack, namespace=1, project=1, secrets=2, project-config=1, "
                + "warehouses=1, promotion-tasks=1, analysis-templates=1, stages=2}", b.toString());
    }

    @Test
    void resourcesOfAnotherProjectAreRejected() {
        ProjectBundle.Builder b = ProjectBundle.builder(P);
        IllegalArgumentException otherNs = assertThrows(IllegalArgumentException.class,
                () -> b.addStage(stage("dev", null).withMetadata(ObjectMeta.of("other", "dev"))));
        assertTrue(otherNs.getMessage().contains("namespace other"), otherNs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.project(Project.named("other")));
        assertThrows(IllegalArgumentException.class,
                () -> b.projectConfig(ProjectConfig.builder().metadata(ObjectMeta.of(P, "other")).build()));
        assertThrows(IllegalArgumentException.class, () -> ProjectBundle.builder("Not_A_Label"));
    }

    @Test
    void duplicatesAndSecondSingletonsAreRejected() {
        ProjectBundle.Builder b = ProjectBundle.builder(P).addStage(stage("dev", null)).project();
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> b.addStage(stage("dev", "x")));
        assertTrue(dup.getMessage().contains("added twice"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, b::project);
        b.addWarehouse(warehouse("dev"));
        assertEquals(List.of("Project", "Warehouse", "Stage"), b.build().resources().stream().map(KargoResource::kind)
                .toList(), "a Warehouse may share a Stage's name");
    }

    @Test
    void addAllSortsResourcesIntoGroupsAndRejectsOtherKinds() {
        List<KargoResource> read = CODEC.parse(bundle().toYaml()).stream().map(Manifest::resource).toList();
        ProjectBundle again = ProjectBundle.builder(P).addAll(read).build();
        assertEquals(bundle().resources(), again.resources());
        Promotion promotion = CODEC.parseOne("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Promotion
                metadata: {name: p, namespace: kargo-managed-stack}
                spec: {stage: dev, freight: abc}
                """, Promotion.class);
        assertThrows(IllegalArgumentException.class, () -> ProjectBundle.builder(P).addAll(List.of(promotion)));
    }

    @Test
    void filePerResourceWritesNumberedFilesThatReadBackEqual() throws IOException {
        ProjectBundle b = bundle();
        List<Path> written = b.writeTo(dir, BundleLayout.filePerResource());
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("01-namespace.yaml", "02-project.yaml", "03-secret-github-creds.yaml",
                "03-secret-pulumisecret.yaml", "04-project-config.yaml", "05-warehouse-security-scan-repo.yaml",
                "06-promotion-task-update-stack.yaml", "07-analysis-template-pulumi-update-success.yaml",
                "08-stage-approvalgatedev.yaml", "08-stage-dev.yaml"), names);
        ReadResult back = CODEC.readAll(dir);
        assertTrue(back.isClean(), back.errors().toString());
        List<KargoResource> read = back.manifests().stream().map(Manifest::resource).toList();
        assertEquals(b.resources(), read, "numbered names sort in apply order");
        assertNoLeftovers();
    }

    @Test
    void filePerKindWritesOneMultiDocumentFilePerGroup() throws IOException {
        ProjectBundle b = bundle();
        List<Path> written = b.writeTo(dir, BundleLayout.filePerKind());
        assertEquals(List.of("01-namespace.yaml", "02-project.yaml", "03-secrets.yaml", "04-project-config.yaml",
                        "05-warehouses.yaml", "06-promotion-tasks.yaml", "07-analysis-templates.yaml",
                        "08-stages.yaml"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(2, CODEC.read(dir.resolve("08-stages.yaml")).size());
        assertEquals(b.resources(), CODEC.readAll(dir).orThrow().stream().map(Manifest::resource).toList());
        assertNoLeftovers();
    }

    @Test
    void singleFileHoldsEverythingInApplyOrder() {
        ProjectBundle b = bundle();
        List<Path> written = b.writeTo(dir.resolve("out/nested"), BundleLayout.singleFile("kargo.yaml"));
        assertEquals(1, written.size());
        assertTrue(Files.isRegularFile(dir.resolve("out/nested/kargo.yaml")));
        assertEquals(b.resources(), CODEC.read(written.get(0)).stream().map(Manifest::resource).toList());
        assertEquals(b.toYaml(), readString(written.get(0)));
    }

    @Test
    void customLayoutsAreSanitisedAndStayInsideTheDirectory() throws IOException {
        ProjectBundle b = bundle();
        BundleLayout hostile = (group, r) -> switch (group) {
            case STAGE -> "../../escape/" + r.name();
            case SECRET -> "/etc/.hidden " + r.name();
            case WAREHOUSE -> "..\\..\\win\\" + r.name() + ".json";
            default -> group.slug() + "/" + r.name() + ".yml";
        };
        Map<String, List<KargoResource>> plan = b.plan(hostile);
        assertTrue(plan.containsKey("escape/dev.yaml"), plan.keySet().toString());
        assertTrue(plan.containsKey("etc/hidden-github-creds.yaml"), plan.keySet().toString());
        assertTrue(plan.containsKey("win/security-scan-repo.json"), plan.keySet().toString());
        assertTrue(plan.containsKey("project-config/kargo-managed-stack.yml"), plan.keySet().toString());
        List<Path> written = b.writeTo(dir, hostile);
        Path root = dir.toRealPath();
        for (Path p : written) {
            assertTrue(p.startsWith(root), p.toString());
        }
        assertEquals(new HashSet<>(b.resources()), new HashSet<>(CODEC.readAll(dir).orThrow().stream()
                .map(Manifest::resource).toList()));
        assertFalse(Files.exists(dir.getParent().resolve("escape")));
    }

    @Test
    void unusableLayoutsAreRejected() {
        ProjectBundle b = bundle();
        assertThrows(IllegalArgumentException.class, () -> b.plan((g, r) -> "../.."));
        assertThrows(IllegalArgumentException.class, () -> b.plan((g, r) -> null));
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                () -> b.plan(BundleLayout.singleFile("all.json")));
        assertTrue(json.getMessage().contains(".json"), json.getMessage());
        assertEquals("a-b.yaml", ProjectBundle.sanitise("a b"));
        assertEquals("x/y.yml", ProjectBundle.sanitise("./x//y.yml"));
    }

    @Test
    void writingTwiceReplacesFilesAtomically() throws IOException {
        bundle().writeTo(dir, BundleLayout.filePerResource());
        Path devFile = dir.resolve("08-stage-dev.yaml");
        ProjectBundle changed = ProjectBundle.builder(P).addStage(stage("dev", "somewhere-else")).build();
        changed.writeTo(dir, BundleLayout.filePerResource());
        Stage dev = CODEC.parseOne(readString(devFile), Stage.class);
        assertEquals(List.of("somewhere-else"), dev.spec().requestedFreight().get(0).sources().stages());
        assertTrue(Files.exists(dir.resolve("01-namespace.yaml")), "files the layout does not produce are kept");
        assertNoLeftovers();
    }

    @Test
    void emptyBundleWritesNothing() {
        assertEquals(List.of(), ProjectBundle.builder(P).build().writeTo(dir, BundleLayout.filePerKind()));
        assertTrue(ProjectBundle.builder(P).build().resources().isEmpty());
        assertEquals(ResourceGroup.SECRET, ProjectBundle.groupOf(Secret.builder()
                .metadata(ObjectMeta.named("s")).build()));
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> hidden = files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), hidden, "no temporary files are left behind");
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
