package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed 003 project (written for Kargo v0.8) reports exactly the legacy shapes it contains: a Project spec, Stage
 * subscriptions (a Warehouse and two upstream Stages), three promotionMechanisms and an image semverConstraint.
 */
class Seed003Test {

    private static Report report() throws URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(Seed003Test.class.getResource("/legacy/seed-003")).toURI());
        return PipelineValidator.create().validate(dir);
    }

    private static String describe(Finding f) {
        String file = f.source().map(s -> Path.of(s).getFileName().toString()).orElse("?");
        return file + " " + f.code() + " " + f.resource().name() + " " + f.path();
    }

    @Test
    void reportsExactlyTheLegacyShapes() throws URISyntaxException {
        Report r = report();
        List<String> legacy = r.findings().stream().filter(f -> f.code().startsWith("KL")).map(Seed003Test::describe)
                .toList();
        assertEquals(List.of(
                "project.yaml KL006 kargo-nginx spec",
                "stages.yaml KL001 nginx-dev-eastus spec.subscriptions.warehouse",
                "stages.yaml KL004 nginx-dev-eastus spec.promotionMechanisms",
                "stages.yaml KL002 nginx-staging-eastus spec.subscriptions.upstreamStages",
                "stages.yaml KL004 nginx-staging-eastus spec.promotionMechanisms",
                "stages.yaml KL002 nginx-prod-eastus spec.subscriptions.upstreamStages",
                "stages.yaml KL004 nginx-prod-eastus spec.promotionMechanisms",
                "warehouse.yaml KL008 nginx spec.subscriptions[0].image.semverConstraint"), legacy, r.toString());
        assertTrue(r.findings().stream().filter(f -> f.code().startsWith("KL"))
                .allMatch(f -> f.severity() == Severity.ERROR && f.position().isPresent()), r.toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.code().startsWith("KA")), r.toString());
    }

    @Test
    void messagesNameTheVersionAndTheReplacement() throws URISyntaxException {
        Report r = report();
        for (Finding f : r.findings()) {
            if (f.code().startsWith("KL")) {
                assertTrue(f.message().matches(".*\\bv\\d+\\.\\d+.*"), "no version: " + f);
            }
        }
        Finding project = r.withCodes("KL006").findings().get(0);
        assertTrue(project.message().contains("removed in v1.7"), project.message());
        assertTrue(project.hint().contains("kind: ProjectConfig, metadata: {name: kargo-nginx, namespace: kargo-nginx}")
                && project.hint().contains("{stageSelector: {name: staging}, autoPromotionEnabled: true}")
                && project.hint().contains("{stageSelector: {name: prod}, autoPromotionEnabled: false}"),
                project.hint());
        Finding dev = r.withCodes("KL001").findings().get(0);
        assertTrue(dev.hint().contains("requestedFreight: [{origin: {kind: Warehouse, name: nginx}, sources: "
                + "{direct: true}}]"), dev.hint());
        List<Finding> upstream = r.withCodes("KL002").findings();
        assertTrue(upstream.get(0).hint().contains("[{origin: {kind: Warehouse, name: nginx}, sources: {stages: "
                + "[nginx-dev-eastus]}}]"), upstream.get(0).hint());
        assertTrue(upstream.get(1).hint().contains("[{origin: {kind: Warehouse, name: nginx}, sources: {stages: "
                + "[nginx-staging-eastus]}}]"), "prod's origin is found two Stages up: " + upstream.get(1).hint());
        Finding mechanisms = r.withCodes("KL004").findings().get(0);
        assertTrue(mechanisms.message().contains("removed in v1.0") && mechanisms.message().contains("control-flow"),
                mechanisms.message());
        for (String step : List.of("{uses: git-clone, as: clone, config: {repoURL: "
                + "\"https://github.com/YOUR_ORG/gitops-platform.git\", checkout: [{branch: main, path: ./out}]}}",
                // a kustomize image path naming a Helm values file becomes a yaml-update of image.tag (what migrate
                // writes; kustomize-set-image cannot edit a values file)
                "{uses: yaml-update, config: {path: ./out/services/nginx/values-dev.yaml, updates: [{key: image.tag, "
                        + "value: '${{ imageFrom(\"your-registry.io/nginx\").Tag }}'}]}}",
                "{uses: git-commit, as: commit", "{uses: git-push, as: push, config: {path: ./out, targetBranch: "
                        + "main}}")) {
            assertTrue(mechanisms.hint().contains(step), "missing " + step + " in " + mechanisms.hint());
        }
        Finding semver = r.withCodes("KL008").findings().get(0);
        assertTrue(semver.message().contains("silently ignores") && semver.message().contains("unconstrained")
                && semver.hint().contains("to spec.subscriptions[0].image.constraint (same value)"),
                semver.message() + " / " + semver.hint());
    }
}
