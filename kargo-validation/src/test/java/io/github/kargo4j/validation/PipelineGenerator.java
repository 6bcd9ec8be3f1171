package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.stage.AutoPromotionOptions;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.PromotionTemplate;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;
import io.github.kargo4j.model.warehouse.GitSubscription;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.model.warehouse.WarehouseSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random sets of Projects, Warehouses and Stages from a seed: dangling references, cycles, duplicates, missing names,
 * odd expressions, and field-constraint and name faults whose JSON paths it records, so that a test can compare them
 * with what rules KF001 and KA036 report.
 */
public final class PipelineGenerator {

    /** A generated set and the KF001 and KA036 findings it must produce, as {@code "Kind ns/name path"} lines. */
    public record Pipeline(List<KargoResource> resources, List<String> expectedFieldFindings) {
    }

    private static final String[] NAMESPACES = {"demo", "demo", "other", ""};
    private static final String[] WAREHOUSES = {"app", "api", "web", "ghost"};
    private static final String[] STAGES = {"dev", "qa", "uat", "prod", "s1", "s2"};
    private static final String[] STEPS = {"git-clone", "argocd-update", "yaml-update", "git-push", "unknown-step"};
    private static final String[] IFS = {"${{ success() }}", "true", "${{ broken", "${{ outputs.x.y == 1 }}", ""};

    private final Random random;
    private final List<String> expected = new ArrayList<>();

    private PipelineGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param seed the seed
     * @return a random pipeline, the same for the same seed
     */
    public static Pipeline generate(long seed) {
        // missing and malformed names are planted faults, which the builders would refuse
        return KubernetesNames.lenient(() -> generateLeniently(seed));
    }

    private static Pipeline generateLeniently(long seed) {
        PipelineGenerator g = new PipelineGenerator(seed);
        List<KargoResource> out = new ArrayList<>();
        if (g.random.nextBoolean()) {
            out.add(Project.builder().metadata(ObjectMeta.named(g.random.nextBoolean() ? "demo" : "other")).build());
        }
        int warehouses = g.random.nextInt(5);
        for (int i = 0; i < warehouses; i++) {
            out.add(g.warehouse());
        }
        int stages = g.random.nextInt(8);
        for (int i = 0; i < stages; i++) {
            out.add(g.stage());
        }
        java.util.Collections.shuffle(out, g.random);
        return new Pipeline(List.copyOf(out), List.copyOf(g.expected));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private ObjectMeta metadata(String[] names, List<String> faultsOut) {
        ObjectMeta.Builder m = ObjectMeta.builder();
        String ns = pick(NAMESPACES);
        if (!ns.isEmpty()) {
            m.namespace(ns);
        }
        if (chance(8)) {
            faultsOut.add("metadata.name");
            return m.build();
        }
        if (chance(8)) {
            m.name("Bad_" + pick(names));
            faultsOut.add("metadata.name");
        } else {
            m.name(pick(names));
        }
        return m.build();
    }

    private void expect(KargoResource r, List<String> paths) {
        for (String p : paths) {
            expected.add(ResourceRef.of(r) + " " + JsonPath.parse(p));
        }
    }

    private Warehouse warehouse() {
        List<String> faults = new ArrayList<>();
        ObjectMeta meta = metadata(WAREHOUSES, faults);
        WarehouseSpec.Builder spec = WarehouseSpec.builder();
        int subscriptions = random.nextInt(3);
        if (subscriptions == 0) {
            faults.add("spec.subscriptions");
        }
        for (int i = 0; i < subscriptions; i++) {
            String base = "spec.subscriptions[" + i + "]";
            if (random.nextBoolean()) {
                ImageSubscription.Builder image = ImageSubscription.builder();
                if (chance(15)) {
                    image.repoURL("ghcr.io/example/app:1.0");
                    faults.add(base + ".image.repoURL");
                } else {
                    image.repoURL("ghcr.io/example/" + pick(WAREHOUSES));
                }
                limit(base + ".image", faults).ifPresent(image::discoveryLimit);
                spec.addSubscription(Subscription.image(image.build()));
            } else {
                GitSubscription.Builder git = GitSubscription.builder();
                if (chance(15)) {
                    git.repoURL("github.com example");
                    faults.add(base + ".git.repoURL");
                } else {
                    git.repoURL("https://github.com/example/" + pick(WAREHOUSES) + ".git");
                }
                if (chance(30)) {
                    git.branch(random.nextBoolean() ? "main" : "release/1.2");
                }
                limit(base + ".git", faults).ifPresent(git::discoveryLimit);
                spec.addSubscription(Subscription.git(git.build()));
            }
        }
        if (chance(40)) {
            if (chance(25)) {
                spec.interval("1d");
                faults.add("spec.interval");
            } else {
                spec.interval(random.nextBoolean() ? "5m" : "1h30m");
            }
        }
        Warehouse w = Warehouse.builder().metadata(meta).spec(spec.build()).build();
        expect(w, faults);
        return w;
    }

    private java.util.Optional<Integer> limit(String base, List<String> faults) {
        if (!chance(30)) {
            return java.util.Optional.empty();
        }
        int limit = random.nextInt(130) - 10;
        if (limit < 1 || limit > 100) {
            faults.add(base + ".discoveryLimit");
        }
        return java.util.Optional.of(limit);
    }

    private Stage stage() {
        List<String> faults = new ArrayList<>();
        ObjectMeta meta = metadata(STAGES, faults);
        StageSpec.Builder spec = StageSpec.builder();
        int requests = random.nextInt(3);
        if (requests == 0 && !chance(20)) {
            requests = 1;
        }
        if (requests == 0) {
            faults.add("spec.requestedFreight");
        }
        for (int i = 0; i < requests; i++) {
            String base = "spec.requestedFreight[" + i + "]";
            FreightSources.Builder sources = FreightSources.builder();
            if (random.nextBoolean()) {
                sources.direct(random.nextBoolean());
            }
            int upstream = random.nextInt(3);
            for (int u = 0; u < upstream; u++) {
                sources.addStage(pick(STAGES));
            }
            if (chance(30)) {
                if (chance(30)) {
                    sources.requiredSoakTime("2 days");
                    faults.add(base + ".sources.requiredSoakTime");
                } else {
                    sources.requiredSoakTime(random.nextBoolean() ? "1h" : "30m");
                }
            }
            if (chance(30)) {
                String[] strategies = {"All", "OneOf", "", "Some"};
                String s = pick(strategies);
                if (s.equals("Some")) {
                    faults.add(base + ".sources.availabilityStrategy");
                }
                sources.availabilityStrategyAsString(s);
            }
            if (chance(30)) {
                String[] policies = {"NewestFreight", "MatchUpstream", "Oldest"};
                String p = pick(policies);
                if (p.equals("Oldest")) {
                    faults.add(base + ".sources.autoPromotionOptions.selectionPolicy");
                }
                sources.autoPromotionOptions(AutoPromotionOptions.builder().selectionPolicyAsString(p).build());
            }
            String origin = chance(5) ? "" : pick(WAREHOUSES);
            if (origin.isEmpty()) {
                faults.add(base + ".origin.name");
            }
            spec.addRequestedFreight(FreightRequest.builder()
                    .origin(FreightOrigin.builder().kindAsString("Warehouse").name(origin).build())
                    .sources(sources.build()).build());
        }
        if (chance(60)) {
            spec.promotionTemplate(PromotionTemplate.builder().spec(template(faults)).build());
        }
        if (chance(20)) {
            boolean bad = chance(30);
            spec.addVar(ExpressionVariable.builder().name(bad ? "image-tag" : "imageTag").value("${{ vars.x }}")
                    .build());
            if (bad) {
                faults.add("spec.vars[0].name");
            }
        }
        Stage s = Stage.builder().metadata(meta).spec(spec.build()).build();
        expect(s, faults);
        return s;
    }

    private PromotionTemplateSpec template(List<String> faults) {
        PromotionTemplateSpec.Builder t = PromotionTemplateSpec.builder();
        int steps = random.nextInt(5);
        for (int i = 0; i < steps; i++) {
            String base = "spec.promotionTemplate.spec.steps[" + i + "]";
            PromotionStep.Builder step = PromotionStep.builder();
            if (chance(15)) {
                boolean bad = chance(30);
                step.task(PromotionTaskReference.builder().name(bad ? "Deploy" : "deploy")
                        .kindAsString(random.nextBoolean() ? "PromotionTask" : "ClusterPromotionTask").build());
                if (bad) {
                    faults.add(base + ".task.name");
                }
            } else if (chance(5)) {
                step.uses("");
                faults.add(base + ".uses");
            } else {
                step.uses(pick(STEPS));
                step.config(JsonObject.builder().put("path", "./src").put("message", "${{ vars.x }}").build());
            }
            if (chance(30)) {
                step.as(random.nextBoolean() ? "step-1" : "commit");
            }
            if (chance(30)) {
                step.ifCondition(pick(IFS));
            }
            if (chance(10)) {
                step.addVar(ExpressionVariable.builder().name("1st").build());
                faults.add(base + ".vars[0].name");
            }
            t.addStep(step.build());
        }
        return t.build();
    }
}
