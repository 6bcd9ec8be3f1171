package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.model.steps.GitCloneConfig;
import io.github.kargo4j.model.steps.GitPushConfig;
import io.github.kargo4j.model.steps.YamlUpdateConfig;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.GitSubscription;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceTemplateTest {

    private static final String GIT = "https://github.com/myorg/platform.git";

    private static ServiceTemplate.Builder seedLike() {
        return ServiceTemplate.builder().imageRepository("myregistry.azurecr.io").gitRepoURL(GIT)
                .constraint("^1.0.0").discoveryLimit(10).region("eastus");
    }

    @Test
    void buildsTheSeedsProjectWithTheCurrentApi() {
        ProjectBundle b = seedLike().build().bundle("nginx");
        assertEquals("kargo-nginx", b.name());

        Namespace ns = b.namespace().orElseThrow();
        assertEquals("kargo-nginx", ns.name());
        assertEquals(Map.of("kargo.akuity.io/project", "true", "app.kubernetes.io/managed-by", "kargo"),
                ns.metadata().labels());
        assertEquals("kargo-nginx", b.project().orElseThrow().name());

        List<PromotionPolicy> policies = b.projectConfig().orElseThrow().promotionPolicies();
        assertEquals(3, policies.size());
        assertEquals(List.of("nginx-dev-eastus", "nginx-staging-eastus", "nginx-prod-eastus"),
                policies.stream().map(p -> p.stageSelector().orElseThrow().name().orElseThrow()).toList());
        assertEquals(List.of(true, true, false), policies.stream().map(PromotionPolicy::isAutoPromotionEnabled)
                .toList());
        assertTrue(policies.stream().allMatch(p -> p.stage().isEmpty()), "no deprecated policy stage field");

        Warehouse w = b.warehouses().get(0);
        assertEquals("nginx", w.name());
        ImageSubscription image = w.spec().subscriptions().get(0).image().orElseThrow();
        assertEquals("myregistry.azurecr.io/nginx", image.repoURL());
        assertEquals(Optional.of("^1.0.0"), image.constraint());
        assertEquals(Optional.of(10), image.discoveryLimit());
        assertTrue(image.unknownFields().isEmpty(), "no semverConstraint");
        GitSubscription git = w.spec().subscriptions().get(1).git().orElseThrow();
        assertEquals(GIT, git.repoURL());
        assertEquals(Optional.of("main"), git.branch());
        assertEquals(List.of("glob:services/nginx/**"), git.includePaths());
        assertEquals(List.of("glob:services/nginx/values-dev.yaml", "glob:services/nginx/values-staging.yaml",
                "glob:services/nginx/values-prod.yaml"), git.excludePaths());
        assertTrue(w.spec().shard().isEmpty());

        assertEquals(List.of("nginx-dev-eastus", "nginx-staging-eastus", "nginx-prod-eastus"),
                b.stages().stream().map(Stage::name).toList());
        FreightRequest first = b.stages().get(0).spec().requestedFreight().get(0);
        assertEquals("nginx", first.origin().name());
        assertEquals(Optional.of(true), first.sources().direct());
        FreightRequest prod = b.stages().get(2).spec().requestedFreight().get(0);
        assertEquals("nginx", prod.origin().name());
        assertEquals(List.of("nginx-staging-eastus"), prod.sources().stages());
        assertFalse(prod.sources().direct().orElse(false));
    }

    @Test
    void stagesUpdateTheHelmValuesFileWithYamlUpdateThenCommitAndPush() {
        Stage staging = seedLike().build().bundle("nginx").stages().get(1);
        List<PromotionStep> steps = staging.spec().promotionTemplate().orElseThrow().spec().steps();
        assertEquals(List.of("git-clone", "yaml-update", "git-commit", "git-push"),
                steps.stream().map(s -> s.uses().orElseThrow()).toList());

        GitCloneConfig clone = GitCloneConfig.from(steps.get(0)).orElseThrow();
        assertEquals(GIT, clone.repoURL());
        assertEquals(Optional.of("main"), clone.checkout().get(0).branch());
        YamlUpdateConfig update = YamlUpdateConfig.from(steps.get(1)).orElseThrow();
        assertEquals("./repo/services/nginx/values-staging.yaml", update.path());
        assertEquals("image.tag", update.updates().get(0).key());
        assertEquals(JsonString.of("${{ imageFrom(\"myregistry.azurecr.io/nginx\").Tag }}"),
                update.updates().get(0).value());
        assertEquals(Optional.of("main"), GitPushConfig.from(steps.get(3)).orElseThrow().targetBranch());

        String yaml = seedLike().build().bundle("nginx").toYaml();
        assertFalse(yaml.contains("kustomize-set-image"), yaml);
        assertFalse(yaml.contains("semverConstraint"), yaml);
        assertFalse(yaml.contains("promotionMechanisms"), yaml);
        assertFalse(yaml.contains("subscriptions:\n    warehouse"), yaml);
    }

    @Test
    void plainNamingAndCustomEnvironments() {
        ServiceTemplate t = ServiceTemplate.builder().imageRepository("ghcr.io/acme/{service}-image")
                .gitRepoURL(GIT).gitBranch("release").naming(FleetNaming.plain())
                .environments("qa", "uat", "live").autoPromote("qa").platform("linux/arm64")
                .valuesFile("envs/{env}/{service}.yaml").imageTagKey("app.image.tag").build();
        ProjectBundle b = t.bundle("billing");
        assertEquals(List.of("qa", "uat", "live"), b.stages().stream().map(Stage::name).toList());
        assertEquals(List.of(true, false, false), b.projectConfig().orElseThrow().promotionPolicies().stream()
                .map(PromotionPolicy::isAutoPromotionEnabled).toList());
        ImageSubscription image = b.warehouses().get(0).spec().subscriptions().get(0).image().orElseThrow();
        assertEquals("ghcr.io/acme/billing-image", image.repoURL());
        assertEquals(Optional.of("linux/arm64"), image.platform());
        assertTrue(image.constraint().isEmpty());
        YamlUpdateConfig update = YamlUpdateConfig.from(b.stages().get(2).spec().promotionTemplate()
                .orElseThrow().spec().steps().get(1)).orElseThrow();
        assertEquals("./repo/envs/live/billing.yaml", update.path());
        assertEquals("app.image.tag", update.updates().get(0).key());
        assertEquals("billing-live", FleetNaming.seed().stage("billing", "live", Optional.empty()));
    }

    @Test
    void shardGoesOnTheWarehouseAndEveryStage() {
        ProjectBundle b = seedLike().build().bundle("nginx", "shard-3");
        assertEquals(Optional.of("shard-3"), b.warehouses().get(0).spec().shard());
        assertTrue(b.stages().stream().allMatch(s -> s.spec().shard().equals(Optional.of("shard-3"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> seedLike().build().bundle("nginx", "shard/3"));
        assertTrue(e.getMessage().contains("shard name \"shard/3\""), e.getMessage());
    }

    @Test
    void refusesServiceNamesThatMakeInvalidNamesAndSaysWhy() {
        ServiceTemplate t = seedLike().build();
        IllegalArgumentException upper = assertThrows(IllegalArgumentException.class, () -> t.bundle("Nginx"));
        assertEquals("service \"Nginx\": service name \"Nginx\" contains 'N', but a DNS-1123 label has only "
                + "lower-case letters a-z, digits and '-'", upper.getMessage());

        String longName = "a".repeat(58);
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> t.bundle(longName));
        assertEquals("service \"" + longName + "\": namespace (and Project) name \"kargo-" + longName
                + "\" is 64 characters long, but a DNS-1123 label has at most 63", tooLong.getMessage());
        t.bundle("a".repeat(57));

        IllegalArgumentException underscore = assertThrows(IllegalArgumentException.class,
                () -> t.bundle("my_service"));
        assertTrue(underscore.getMessage().startsWith("service \"my_service\": service name"), underscore.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.bundle("../etc"));
        assertThrows(IllegalArgumentException.class, () -> t.bundle("-x"));

        ServiceTemplate longStages = seedLike().naming((s, env, region) -> s + "-" + env + "-" + "r".repeat(240))
                .build();
        IllegalArgumentException stage = assertThrows(IllegalArgumentException.class,
                () -> longStages.bundle("nginx"));
        assertTrue(stage.getMessage().startsWith("service \"nginx\": Stage name for staging \"nginx-staging-rrr"),
                stage.getMessage());
        assertTrue(stage.getMessage().endsWith("is 254 characters long, but a DNS-1123 subdomain has at most 253"),
                stage.getMessage());
    }

    @Test
    void refusesNamingSchemesThatRepeatStageNames() {
        ServiceTemplate t = seedLike().naming((s, env, region) -> s).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.bundle("nginx"));
        assertTrue(e.getMessage().contains("Stage name \"nginx\" is generated for two environments"),
                e.getMessage());
    }

    @Test
    void checksItsSettings() {
        assertThrows(IllegalStateException.class, () -> ServiceTemplate.builder().gitRepoURL(GIT).build());
        assertThrows(IllegalStateException.class, () -> ServiceTemplate.builder().imageRepository("r").build());
        IllegalStateException auto = assertThrows(IllegalStateException.class,
                () -> seedLike().autoPromote("dev", "qa").build());
        assertTrue(auto.getMessage().contains("\"qa\""), auto.getMessage());
        assertThrows(IllegalArgumentException.class, () -> seedLike().discoveryLimit(101));
        assertThrows(IllegalArgumentException.class, () -> seedLike().environments("dev", "dev"));
        assertThrows(IllegalArgumentException.class, () -> seedLike().environments(List.of()));
        IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
                () -> seedLike().environments("dev", "../prod"));
        assertTrue(env.getMessage().startsWith("environment \"../prod\" contains '.'"), env.getMessage());
        assertThrows(IllegalArgumentException.class, () -> seedLike().region("East US"));
        assertEquals(List.of("dev", "staging"), List.copyOf(seedLike().build().autoPromoted()));
        ServiceTemplate copy = seedLike().build().toBuilder().region(null).build();
        assertEquals("nginx-dev", copy.bundle("nginx").stages().get(0).name());
        assertTrue(seedLike().clearNamespaceLabels().build().bundle("x").namespace().orElseThrow().metadata()
                .labels().equals(Map.of("kargo.akuity.io/project", "true")));
    }
}
