package io.github.kargo4j.examples;

import io.github.kargo4j.builders.bundle.BundleLayout;
import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.builders.credentials.Credentials;
import io.github.kargo4j.builders.expr.Expr;
import io.github.kargo4j.builders.freight.FreightRequests;
import io.github.kargo4j.builders.rollouts.AnalysisTemplates;
import io.github.kargo4j.builders.rollouts.Args;
import io.github.kargo4j.builders.rollouts.Metrics;
import io.github.kargo4j.model.steps.Steps;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicySelector;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The pipeline of seed 000, built in Java: a Pulumi Kubernetes Operator pipeline with an approval gate, preview
 * stages, parallel dev/dev2 environments, verification through two AnalysisTemplates that query the Pulumi API, and a
 * ProjectConfig that auto-promotes every Stage but {@code qa}.
 *
 * <pre>
 * Warehouse (security-scan-repo)
 *     ↓
 * approvalgatedev            manual approval gate (no steps)
 *     ↓
 * devpreview, dev2preview    pulumi preview
 *     ↓
 * dev, dev2                  pulumi update
 *     ↓
 * qapreview                  needs both dev and dev2 (All)
 *     ↓
 * qa                         promoted by hand
 * </pre>
 *
 * Every non-gate Stage clones the manifests repository, sets {@code spec.commit} of {@code stacks/<stage>.yaml} to
 * the Freight's commit, commits and pushes; the Pulumi operator does the rest. Repository URLs, the Pulumi
 * organization and the tokens come from {@link Settings}, never from literals in the pipeline code.
 *
 * <p>Run: {@code ./mvnw -q -DskipTests package exec:java -pl kargo-examples -am
 * -Dexec.mainClass=io.github.kargo4j.examples.Seed000Pipeline -Dexec.args="target/seed-000 [--qa-gates]"}
 */
public final class Seed000Pipeline {

    private Seed000Pipeline() {
    }

    /**
     * Everything site-specific about the pipeline.
     *
     * @param namespace        the Kargo project (and namespace)
     * @param warehouse        the Warehouse name
     * @param appRepoURL       the application repository the Warehouse watches
     * @param manifestsRepoURL the repository holding the Pulumi stack files
     * @param pulumiOrg        the Pulumi organization
     * @param pulumiProject    the Pulumi project whose stacks are named after the Stages
     * @param githubUsername   the GitHub user Kargo pushes as
     * @param githubToken      the GitHub token Kargo pushes with
     * @param pulumiToken      the Pulumi API token the analysis templates use
     */
    public record Settings(String namespace, String warehouse, String appRepoURL, String manifestsRepoURL,
                           String pulumiOrg, String pulumiProject, String githubUsername, String githubToken,
                           String pulumiToken) {

        /** Checks that nothing is null. */
        public Settings {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(appRepoURL, "appRepoURL");
            Objects.requireNonNull(manifestsRepoURL, "manifestsRepoURL");
            Objects.requireNonNull(pulumiOrg, "pulumiOrg");
            Objects.requireNonNull(pulumiProject, "pulumiProject");
            Objects.requireNonNull(githubUsername, "githubUsername");
            Objects.requireNonNull(githubToken, "githubToken");
            Objects.requireNonNull(pulumiToken, "pulumiToken");
        }

        /**
         * Reads the settings from environment variables ({@code KARGO_NAMESPACE}, {@code KARGO_WAREHOUSE},
         * {@code APP_REPO_URL}, {@code MANIFESTS_REPO_URL}, {@code PULUMI_ORG}, {@code PULUMI_PROJECT},
         * {@code GITHUB_USERNAME}, {@code GITHUB_TOKEN}, {@code PULUMI_ACCESS_TOKEN}); each missing one falls back
         * to the placeholder of the seed's README.
         *
         * @param env the environment
         * @return the settings
         */
        public static Settings fromEnvironment(Map<String, String> env) {
            return new Settings(
                    env.getOrDefault("KARGO_NAMESPACE", "kargo-managed-stack"),
                    env.getOrDefault("KARGO_WAREHOUSE", "security-scan-repo"),
                    env.getOrDefault("APP_REPO_URL", "https://github.com/example-org/security-scanner.git"),
                    env.getOrDefault("MANIFESTS_REPO_URL", "https://github.com/example-org/kargo-manifests.git"),
                    env.getOrDefault("PULUMI_ORG", "example-org"),
                    env.getOrDefault("PULUMI_PROJECT", "security-scanner"),
                    env.getOrDefault("GITHUB_USERNAME", "REPLACE_WITH_GITHUB_USERNAME"),
                    env.getOrDefault("GITHUB_TOKEN", "REPLACE_WITH_GITHUB_PAT"),
                    env.getOrDefault("PULUMI_ACCESS_TOKEN", "REPLACE_WITH_PULUMI_TOKEN"));
        }
    }

    /** The AnalysisTemplate that checks a Pulumi preview. */
    public static final String PREVIEW_TEMPLATE = "pulumi-preview-success";
    /** The AnalysisTemplate that checks a Pulumi update. */
    public static final String UPDATE_TEMPLATE = "pulumi-update-success";

    /**
     * @param s the settings
     * @return the seed 000 pipeline
     */
    public static ProjectBundle build(Settings s) {
        return bundle(s, List.of(
                gate(s, "approvalgatedev", List.of()),
                stage(s, "devpreview", PREVIEW_TEMPLATE, false, "approvalgatedev"),
                stage(s, "dev2preview", PREVIEW_TEMPLATE, false, "approvalgatedev"),
                stage(s, "dev", UPDATE_TEMPLATE, false, "devpreview"),
                stage(s, "dev2", UPDATE_TEMPLATE, false, "dev2preview"),
                stage(s, "qapreview", PREVIEW_TEMPLATE, true, "dev", "dev2"),
                stage(s, "qa", UPDATE_TEMPLATE, false, "qapreview")));
    }

    /**
     * The variant with two QA approval gates, functional and security, that {@code qapreview} needs both of
     * ({@code availabilityStrategy: All}).
     *
     * @param s the settings
     * @return the variant pipeline
     */
    public static ProjectBundle buildWithQaGates(Settings s) {
        return bundle(s, List.of(
                gate(s, "approvalgatedev", List.of()),
                stage(s, "devpreview", PREVIEW_TEMPLATE, false, "approvalgatedev"),
                stage(s, "dev2preview", PREVIEW_TEMPLATE, false, "approvalgatedev"),
                stage(s, "dev", UPDATE_TEMPLATE, false, "devpreview"),
                stage(s, "dev2", UPDATE_TEMPLATE, false, "dev2preview"),
                gate(s, "approvalgateqafunctional", List.of("dev", "dev2")),
                gate(s, "approvalgateqasecurity", List.of("dev", "dev2")),
                stage(s, "qapreview", PREVIEW_TEMPLATE, true, "approvalgateqafunctional", "approvalgateqasecurity"),
                stage(s, "qa", UPDATE_TEMPLATE, false, "qapreview")));
    }

    private static ProjectBundle bundle(Settings s, List<Stage> stages) {
        ProjectBundle.Builder b = ProjectBundle.builder(s.namespace())
                .addSecret(Credentials.git("github-creds").namespace(s.namespace())
                        .repoURL(s.manifestsRepoURL()).usernamePassword(s.githubUsername(), s.githubToken()).build())
                .addSecret(Credentials.generic("pulumisecret").namespace(s.namespace())
                        .put("PULUMI_ACCESS_TOKEN", s.pulumiToken()).build())
                .addWarehouse(Warehouse.builder()
                        .metadata(m -> m.name(s.warehouse()).namespace(s.namespace()))
                        .spec(w -> w.addSubscription(Subscription.builder()
                                .git(g -> g.repoURL(s.appRepoURL()).branch("main")).build()))
                        .build())
                .addAnalysisTemplate(pulumiTemplate(s, PREVIEW_TEMPLATE, "preview"))
                .addAnalysisTemplate(pulumiTemplate(s, UPDATE_TEMPLATE, "update"))
                .projectConfig(projectConfig(s, stages));
        stages.forEach(b::addStage);
        return b.build();
    }

    /** A manual approval gate: a Stage without steps (control flow). */
    private static Stage gate(Settings s, String name, List<String> upstreams) {
        return Stage.builder()
                .metadata(m -> m.name(name).namespace(s.namespace()))
                .spec(spec -> spec.addRequestedFreight(upstreams.isEmpty()
                        ? FreightRequests.fromWarehouse(s.warehouse()).direct()
                        : FreightRequests.fromWarehouse(s.warehouse()).viaStages(upstreams)))
                .build();
    }

    /** A Stage that updates its Pulumi stack file and verifies the Pulumi operation. */
    private static Stage stage(Settings s, String name, String template, boolean requireAll, String... upstreams) {
        var request = FreightRequests.fromWarehouse(s.warehouse()).viaStages(upstreams);
        return Stage.builder()
                .metadata(m -> m.name(name).namespace(s.namespace()))
                .spec(spec -> spec
                        .addRequestedFreight(requireAll ? request.requireAll() : request)
                        // Stage vars, unlike template vars, are visible to verification args too
                        .addVar(ExpressionVariable.of("appRepo", s.appRepoURL()))
                        .promotionTemplate(t -> t.spec(updateStackFile(s, name)))
                        .verification(v -> v
                                .addAnalysisTemplate(a -> a.name(template))
                                .addArg(a -> a.name("stack-name").value(name))
                                .addArg(a -> a.name("commit-id").value(commitId()))))
                .build();
    }

    private static Expr commitId() {
        return Expr.commitFrom(Expr.vars("appRepo")).id();
    }

    /**
     * The promotion steps every non-gate Stage shares, as a reusable fragment: git-clone, yaml-update, git-commit,
     * git-push. They read the Stage variable {@code appRepo}.
     *
     * @param s     the settings
     * @param stage the Stage whose stack file is updated
     * @return the fragment
     */
    public static Consumer<PromotionTemplateSpec.Builder> updateStackFile(Settings s, String stage) {
        return t -> t
                .addVar(ExpressionVariable.of("manifestsRepo", s.manifestsRepoURL()))
                .addStep(Steps.gitClone(c -> c.repoURL(Expr.vars("manifestsRepo"))
                        .addCheckout(co -> co.branch("main").path("./manifests"))))
                .addStep(Steps.yamlUpdate(c -> c.path("./manifests/stacks/" + stage + ".yaml")
                        .addUpdate("spec.commit", commitId())).withAs("update-stack"))
                .addStep(Steps.gitCommit(c -> c.path("./manifests")
                        .message("Update " + stage + " to " + commitId())).withAs("commit"))
                .addStep(Steps.gitPush(c -> c.path("./manifests").targetBranch("main")));
    }

    private static AnalysisTemplate pulumiTemplate(Settings s, String name, String operation) {
        return AnalysisTemplates.of(s.namespace(), name, spec -> spec
                .addArg(Args.required("stack-name"))
                .addArg(Args.required("commit-id"))
                .addArg(Args.of("pulumi-org", s.pulumiOrg()))
                .addArg(Args.fromSecret("pulumi-token", "pulumisecret", "PULUMI_ACCESS_TOKEN"))
                .addMetric(Metrics.web("pulumi-" + operation + "-succeeded", "https://api.pulumi.com/api/stacks/"
                                + Args.placeholder("pulumi-org") + "/" + s.pulumiProject() + "/"
                                + Args.placeholder("stack-name") + "/updates/latest")
                        .header("Authorization", "token " + Args.placeholder("pulumi-token"))
                        .header("Accept", "application/vnd.pulumi+8")
                        .timeout(Duration.ofSeconds(20))
                        .jsonPath("{$.info}")
                        .initialDelay(Duration.ofMinutes(5))
                        .interval(Duration.ofMinutes(1))
                        .count(5)
                        .failureLimit(2)
                        .successCondition("result.status == \"succeeded\" && result.commit == \""
                                + Args.placeholder("commit-id") + "\"")));
    }

    /** Auto-promotion for every Stage with steps except {@code qa}; gates are promoted by approval. */
    private static ProjectConfig projectConfig(Settings s, List<Stage> stages) {
        ProjectConfig.Builder b = ProjectConfig.builder()
                .metadata(m -> m.name(s.namespace()).namespace(s.namespace()));
        return b.spec(spec -> {
            for (Stage stage : stages) {
                if (!stage.isControlFlow()) {
                    spec.addPromotionPolicy(p -> p.stageSelector(PromotionPolicySelector.byName(stage.name()))
                            .autoPromotionEnabled(!stage.name().equals("qa")));
                }
            }
        }).build();
    }

    /**
     * The file layout of seed 000: {@code 01-github-credentials.yaml}, {@code 01-secrets.yaml},
     * {@code 02-approval-gate-dev.yaml}, {@code 02-stage-dev-preview2.yaml}, {@code 03-analysis-template-update.yaml},
     * {@code 04-project-config.yaml}, plus {@code 02-warehouse.yaml} for the Warehouse the seed applies elsewhere.
     *
     * @return the layout
     */
    public static BundleLayout seedLayout() {
        return (group, r) -> fileName(r);
    }

    static String fileName(KargoResource r) {
        String name = r.name();
        return switch (r.kind()) {
            case "Secret" -> r instanceof Secret sec && sec.metadata().labels().containsValue("git")
                    ? "01-github-credentials.yaml" : "01-secrets.yaml";
            case "Warehouse" -> "02-warehouse.yaml";
            case "Stage" -> name.startsWith("approvalgate")
                    ? "02-approval-gate-" + gateSuffix(name.substring("approvalgate".length())) + ".yaml"
                    : "02-stage-" + stageSuffix(name) + ".yaml";
            case "AnalysisTemplate" -> "03-analysis-template-" + name.replace("pulumi-", "").replace("-success", "")
                    + ".yaml";
            case "ProjectConfig" -> "04-project-config.yaml";
            default -> "05-" + r.kind().toLowerCase(java.util.Locale.ROOT) + "-" + name + ".yaml";
        };
    }

    /** {@code qafunctional} is written {@code qa-functional}. */
    private static String gateSuffix(String s) {
        return s.startsWith("qa") && s.length() > 2 ? "qa-" + s.substring(2) : s;
    }

    /** {@code dev2preview} is written {@code dev-preview2}, {@code qapreview} {@code qa-preview}, as in the seed. */
    private static String stageSuffix(String name) {
        if (!name.endsWith("preview")) {
            return name;
        }
        String base = name.substring(0, name.length() - "preview".length());
        String letters = base.replaceAll("[0-9]+$", "");
        return letters + "-preview" + base.substring(letters.length());
    }

    /**
     * Writes the pipeline to a directory in the seed's layout.
     *
     * @param args the target directory (default {@code target/seed-000}), and {@code --qa-gates} for the variant
     */
    public static void main(String[] args) {
        Path dir = Path.of("target/seed-000");
        boolean variant = false;
        for (String a : args) {
            if (a.equals("--qa-gates")) {
                variant = true;
            } else {
                dir = Path.of(a);
            }
        }
        Settings settings = Settings.fromEnvironment(System.getenv());
        ProjectBundle bundle = variant ? buildWithQaGates(settings) : build(settings);
        List<Path> files = bundle.writeTo(dir, seedLayout());
        System.out.println("wrote " + bundle.resources().size() + " resources to " + files.size() + " files in "
                + dir.toAbsolutePath());
    }
}
