package io.github.kargo4j.examples;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.model.steps.GitCloneConfig;
import io.github.kargo4j.model.steps.GitCommitConfig;
import io.github.kargo4j.model.steps.GitPushConfig;
import io.github.kargo4j.model.steps.YamlUpdateConfig;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Seed000PipelineTest {

    private static final Seed000Pipeline.Settings SETTINGS = Seed000Pipeline.Settings.fromEnvironment(Map.of());
    private static final KargoCodec CODEC = KargoCodec.create();

    @TempDir
    Path dir;

    /** Stage name to "origin <- upstreams" (or "origin direct"). */
    private static Map<String, String> graph(ProjectBundle bundle) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Stage s : bundle.stages()) {
            FreightRequest r = s.spec().requestedFreight().get(0);
            String sources = r.sources().direct().orElse(false) ? "direct" : String.join(",", r.sources().stages());
            String strategy = r.sources().availabilityStrategy().filter(a -> a == AvailabilityStrategy.ALL)
                    .map(a -> " (All)").orElse("");
            out.put(s.name(), r.origin().name() + " <- " + sources + strategy);
        }
        return out;
    }

    @Test
    void theStageGraphIsTheSeeds() {
        ProjectBundle bundle = Seed000Pipeline.build(SETTINGS);
        assertEquals(Map.of(
                "approvalgatedev", "security-scan-repo <- direct",
                "devpreview", "security-scan-repo <- approvalgatedev",
                "dev2preview", "security-scan-repo <- approvalgatedev",
                "dev", "security-scan-repo <- devpreview",
                "dev2", "security-scan-repo <- dev2preview",
                "qapreview", "security-scan-repo <- dev,dev2 (All)",
                "qa", "security-scan-repo <- qapreview"), graph(bundle));
        assertTrue(bundle.stages().get(0).isControlFlow());
        assertEquals(1, bundle.stages().stream().filter(Stage::isControlFlow).count());
    }

    @Test
    void everyStepUpdatesTheStagesStackFile() {
        for (Stage s : Seed000Pipeline.build(SETTINGS).stages()) {
            if (s.isControlFlow()) {
                continue;
            }
            List<PromotionStep> steps = s.steps();
            assertEquals(List.of("git-clone", "yaml-update", "git-commit", "git-push"),
                    steps.stream().map(st -> st.uses().orElseThrow()).toList(), s.name());
            GitCloneConfig clone = GitCloneConfig.from(steps.get(0)).orElseThrow();
            assertEquals("${{ vars.manifestsRepo }}", clone.repoURL());
            assertEquals("main", clone.checkout().get(0).branch().orElseThrow());
            assertEquals("./manifests", clone.checkout().get(0).path());
            YamlUpdateConfig update = YamlUpdateConfig.from(steps.get(1)).orElseThrow();
            assertEquals("./manifests/stacks/" + s.name() + ".yaml", update.path());
            assertEquals("spec.commit", update.updates().get(0).key());
            assertEquals("${{ commitFrom(vars.appRepo).ID }}", update.updates().get(0).value().asText().orElseThrow());
            GitCommitConfig commit = GitCommitConfig.from(steps.get(2)).orElseThrow();
            assertEquals("Update " + s.name() + " to ${{ commitFrom(vars.appRepo).ID }}", commit.message());
            assertEquals("main", GitPushConfig.from(steps.get(3)).orElseThrow().targetBranch().orElseThrow());
            assertTrue(GitPushConfig.from(steps.get(0)).isEmpty(), "a typed view of another step is empty");
            String template = s.name().contains("preview") ? Seed000Pipeline.PREVIEW_TEMPLATE
                    : Seed000Pipeline.UPDATE_TEMPLATE;
            assertEquals(template, s.spec().verification().orElseThrow().analysisTemplates().get(0).name());
        }
    }

    @Test
    void matchesTheCheckedInSeedManifests() {
        List<KargoResource> checkedIn = CODEC.readAll(Path.of("src/main/resources/seed-000")).orThrow().stream()
                .map(Manifest::resource).toList();
        List<KargoResource> built = Seed000Pipeline.build(SETTINGS).resources().stream()
                .filter(r -> !(r instanceof Warehouse)).toList();
        assertEquals(new TreeSet<>(checkedIn.stream().map(KargoResource::ref).toList()),
                new TreeSet<>(built.stream().map(KargoResource::ref).toList()));
        Map<String, KargoResource> byRef = checkedIn.stream()
                .collect(Collectors.toMap(KargoResource::ref, r -> r));
        for (KargoResource r : built) {
            assertEquals(byRef.get(r.ref()), r, r.ref());
        }
    }

    @Test
    void writesTheSeedLayoutAndTheFilesReadBackEqual() throws IOException {
        ProjectBundle bundle = Seed000Pipeline.build(SETTINGS);
        bundle.writeTo(dir, Seed000Pipeline.seedLayout());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("01-github-credentials.yaml", "01-secrets.yaml", "02-approval-gate-dev.yaml",
                    "02-stage-dev-preview.yaml", "02-stage-dev-preview2.yaml", "02-stage-dev.yaml", "02-stage-dev2.yaml",
                    "02-stage-qa-preview.yaml", "02-stage-qa.yaml", "02-warehouse.yaml",
                    "03-analysis-template-preview.yaml", "03-analysis-template-update.yaml",
                    "04-project-config.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<KargoResource> read = CODEC.readAll(dir).orThrow().stream().map(Manifest::resource).toList();
        assertEquals(new TreeSet<>(bundle.resources().stream().map(KargoResource::ref).toList()),
                new TreeSet<>(read.stream().map(KargoResource::ref).toList()));
        assertTrue(read.containsAll(bundle.resources()));
        String yaml = CODEC.toYaml(read);
        assertEquals(read, CODEC.parse(yaml).stream().map(Manifest::resource).toList(), "model round trip");
        assertFalse(bundle.toString().contains("REPLACE_WITH_GITHUB_PAT"), "no token in toString");
    }

    @Test
    void theVariantNeedsBothQaGates() throws IOException {
        ProjectBundle variant = Seed000Pipeline.buildWithQaGates(SETTINGS);
        Map<String, String> g = graph(variant);
        assertEquals("security-scan-repo <- dev,dev2", g.get("approvalgateqafunctional"));
        assertEquals("security-scan-repo <- dev,dev2", g.get("approvalgateqasecurity"));
        assertEquals("security-scan-repo <- approvalgateqafunctional,approvalgateqasecurity (All)",
                g.get("qapreview"));
        assertEquals(3, variant.stages().stream().filter(Stage::isControlFlow).count());
        variant.writeTo(dir, Seed000Pipeline.seedLayout());
        assertTrue(Files.exists(dir.resolve("02-approval-gate-qa-functional.yaml")));
        assertTrue(Files.exists(dir.resolve("02-approval-gate-qa-security.yaml")));
        List<KargoResource> read = CODEC.readAll(dir).orThrow().stream().map(Manifest::resource).toList();
        assertTrue(read.containsAll(variant.resources()));
        assertEquals(variant.resources().size(), read.size());
    }

    @Test
    void settingsComeFromTheEnvironment() {
        Seed000Pipeline.Settings s = Seed000Pipeline.Settings.fromEnvironment(Map.of(
                "APP_REPO_URL", "https://git.example.com/app.git", "PULUMI_ORG", "acme",
                "KARGO_NAMESPACE", "kargo-acme"));
        ProjectBundle bundle = Seed000Pipeline.build(s);
        assertEquals("kargo-acme", bundle.name());
        assertTrue(bundle.stages().stream().allMatch(st -> st.namespace().equals("kargo-acme")));
        assertEquals("https://git.example.com/app.git", bundle.warehouses().get(0).spec().subscriptions().get(0)
                .git().orElseThrow().repoURL());
        assertEquals("acme", bundle.analysisTemplates().get(0).spec().args().get(2).value().orElseThrow());
    }
}
