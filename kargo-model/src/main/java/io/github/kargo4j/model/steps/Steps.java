package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import io.github.kargo4j.model.promotion.PromotionTaskReference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Factories for promotion steps: one per built-in step of Kargo v1.11, named after it in camel case
 * ({@code git-clone} is {@link #gitClone(Consumer)}), plus task steps and custom steps.
 *
 * <pre>{@code
 * PromotionStep clone = Steps.gitClone(c -> c.repoURL("https://github.com/acme/manifests.git")
 *         .addCheckout(co -> co.branch("main").path("./out")));
 * PromotionStep commit = Steps.gitCommit(c -> c.path("./out").message("Promote")).withAs("commit");
 * PromotionStep shared = Steps.clusterTask("notify", t -> t.addVar("channel", "#deploys"));
 * }</pre>
 *
 * Each factory builds the step's typed configuration, which checks the required properties and the step's rules,
 * and returns a {@link PromotionStep} that {@code uses} the step with that configuration as its {@code config}.
 * Set the alias, condition or retry policy on the result with {@code withAs}, {@code withIfCondition},
 * {@code withContinueOnError} and {@code withRetry}.
 */
public final class Steps {

    private static final Map<String, Class<? extends StepConfig>> BUILT_IN;

    static {
        Map<String, Class<? extends StepConfig>> r = new LinkedHashMap<>();
        r.put(ArgocdUpdateConfig.STEP, ArgocdUpdateConfig.class);
        r.put(ArgocdWaitConfig.STEP, ArgocdWaitConfig.class);
        r.put(ComposeOutputConfig.STEP, ComposeOutputConfig.class);
        r.put(CopyConfig.STEP, CopyConfig.class);
        r.put(DeleteConfig.STEP, DeleteConfig.class);
        r.put(FailConfig.STEP, FailConfig.class);
        r.put(FileWriteConfig.STEP, FileWriteConfig.class);
        r.put(GitClearConfig.STEP, GitClearConfig.class);
        r.put(GitCloneConfig.STEP, GitCloneConfig.class);
        r.put(GitCommitConfig.STEP, GitCommitConfig.class);
        r.put(GitMergePrConfig.STEP, GitMergePrConfig.class);
        r.put(GitOpenPrConfig.STEP, GitOpenPrConfig.class);
        r.put(GitPushConfig.STEP, GitPushConfig.class);
        r.put(GitTagConfig.STEP, GitTagConfig.class);
        r.put(GitWaitForPrConfig.STEP, GitWaitForPrConfig.class);
        r.put(GithubPushConfig.STEP, GithubPushConfig.class);
        r.put(HelmTemplateConfig.STEP, HelmTemplateConfig.class);
        r.put(HelmUpdateChartConfig.STEP, HelmUpdateChartConfig.class);
        r.put(HttpConfig.STEP, HttpConfig.class);
        r.put(HttpDownloadConfig.STEP, HttpDownloadConfig.class);
        r.put(JsonParseConfig.STEP, JsonParseConfig.class);
        r.put(JsonUpdateConfig.STEP, JsonUpdateConfig.class);
        r.put(KustomizeBuildConfig.STEP, KustomizeBuildConfig.class);
        r.put(KustomizeSetImageConfig.STEP, KustomizeSetImageConfig.class);
        r.put(OciDownloadConfig.STEP, OciDownloadConfig.class);
        r.put(OciPushConfig.STEP, OciPushConfig.class);
        r.put(SetFreightAliasConfig.STEP, SetFreightAliasConfig.class);
        r.put(SetMetadataConfig.STEP, SetMetadataConfig.class);
        r.put(TomlParseConfig.STEP, TomlParseConfig.class);
        r.put(TomlUpdateConfig.STEP, TomlUpdateConfig.class);
        r.put(UntarConfig.STEP, UntarConfig.class);
        r.put(YamlMergeConfig.STEP, YamlMergeConfig.class);
        r.put(YamlParseConfig.STEP, YamlParseConfig.class);
        r.put(YamlUpdateConfig.STEP, YamlUpdateConfig.class);
        BUILT_IN = Collections.unmodifiableMap(r);
    }

    private Steps() {
    }

    /** @return the built-in steps of Kargo v1.11 that have a typed configuration, by step name */
    public static Map<String, Class<? extends StepConfig>> builtIn() {
        return BUILT_IN;
    }

    /**
     * @param uses a step name
     * @return the typed configuration of that built-in step, or empty for a custom or unknown step
     */
    public static Optional<Class<? extends StepConfig>> configType(String uses) {
        return Optional.ofNullable(BUILT_IN.get(uses));
    }

    /**
     * The typed view of any built-in step's configuration, such as a {@link GitCloneConfig} for a step that uses
     * {@code git-clone}.
     *
     * @param step a promotion step
     * @return its typed configuration, or empty for a task step, a custom step or an unknown step
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit the step's type or
     *     breaks one of its rules
     */
    public static Optional<StepConfig> view(PromotionStep step) {
        return step.uses().flatMap(Steps::configType).map(type -> bind(type, step));
    }

    static <T> Optional<T> view(PromotionStep step, String name, Class<T> type) {
        if (!step.uses().filter(name::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(bind(type, step));
    }

    private static <T> T bind(Class<T> type, PromotionStep step) {
        return KargoCodec.bind(type, step.config().orElse(JsonObject.EMPTY));
    }

    /**
     * A step that runs a custom step, or a built-in step this version does not know, with a configuration given as
     * a JSON tree.
     *
     * @param uses   the step name
     * @param config its configuration
     * @return a step that uses {@code uses}
     */
    public static PromotionStep of(String uses, JsonObject config) {
        if (Objects.requireNonNull(uses, "uses").isEmpty()) {
            throw new IllegalArgumentException("a step needs a name (\"uses\")");
        }
        return PromotionStep.of(uses, Objects.requireNonNull(config, "config"));
    }

    /**
     * @param config the typed configuration of any built-in step
     * @return a step that uses that step with that configuration
     */
    public static PromotionStep of(StepConfig config) {
        return config.toStep();
    }

    /**
     * A step of a Stage's promotion template that runs the steps of a PromotionTask in the Stage's project.
     *
     * @param promotionTaskName the name of the PromotionTask
     * @return a step with {@code task: {name, kind: PromotionTask}}
     */
    public static PromotionStep task(String promotionTaskName) {
        return task(promotionTaskName, t -> { });
    }

    /**
     * A step of a Stage's promotion template that runs the steps of a PromotionTask in the Stage's project.
     *
     * @param promotionTaskName the name of the PromotionTask
     * @param step              sets the alias and the task's variables
     * @return a step with {@code task: {name, kind: PromotionTask}} and the given variables
     */
    public static PromotionStep task(String promotionTaskName, Consumer<TaskStepBuilder> step) {
        return taskStep(PromotionTaskReference.builder().name(taskName(promotionTaskName))
                .kind(PromotionTaskKind.PROMOTION_TASK).build(), step);
    }

    /**
     * A step of a Stage's promotion template that runs the steps of a cluster-wide ClusterPromotionTask.
     *
     * @param clusterPromotionTaskName the name of the ClusterPromotionTask
     * @return a step with {@code task: {name, kind: ClusterPromotionTask}}
     */
    public static PromotionStep clusterTask(String clusterPromotionTaskName) {
        return clusterTask(clusterPromotionTaskName, t -> { });
    }

    /**
     * A step of a Stage's promotion template that runs the steps of a cluster-wide ClusterPromotionTask.
     *
     * @param clusterPromotionTaskName the name of the ClusterPromotionTask
     * @param step                     sets the alias and the task's variables
     * @return a step with {@code task: {name, kind: ClusterPromotionTask}} and the given variables
     */
    public static PromotionStep clusterTask(String clusterPromotionTaskName, Consumer<TaskStepBuilder> step) {
        return taskStep(PromotionTaskReference.cluster(taskName(clusterPromotionTaskName)), step);
    }

    private static String taskName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("task step: the name of the task is not set");
        }
        return name;
    }

    private static PromotionStep taskStep(PromotionTaskReference reference, Consumer<TaskStepBuilder> step) {
        TaskStepBuilder b = new TaskStepBuilder();
        step.accept(b);
        return b.build(reference);
    }

    // ------------------------------------------------------------------------------------------ built-in steps

    /**
     * {@code argocd-update}: Updates Argo CD Applications (sources, Helm parameters, Kustomize images) and waits until
     * they are synced and healthy.
     *
     * @param config configures the step; see {@link ArgocdUpdateConfig}
     * @return a step that uses {@code argocd-update}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep argocdUpdate(Consumer<ArgocdUpdateConfig.Builder> config) {
        ArgocdUpdateConfig.Builder b = ArgocdUpdateConfig.builder();
        config.accept(b);
        return argocdUpdate(b.build());
    }

    /**
     * {@code argocd-update}: Updates Argo CD Applications (sources, Helm parameters, Kustomize images) and waits until
     * they are synced and healthy.
     *
     * @param config the configuration
     * @return a step that uses {@code argocd-update}
     */
    public static PromotionStep argocdUpdate(ArgocdUpdateConfig config) {
        return config.toStep();
    }

    /**
     * {@code argocd-wait}: Waits until Argo CD Applications reach the requested conditions (health, sync,
     * operation...).
     *
     * @param config configures the step; see {@link ArgocdWaitConfig}
     * @return a step that uses {@code argocd-wait}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep argocdWait(Consumer<ArgocdWaitConfig.Builder> config) {
        ArgocdWaitConfig.Builder b = ArgocdWaitConfig.builder();
        config.accept(b);
        return argocdWait(b.build());
    }

    /**
     * {@code argocd-wait}: Waits until Argo CD Applications reach the requested conditions (health, sync,
     * operation...).
     *
     * @param config the configuration
     * @return a step that uses {@code argocd-wait}
     */
    public static PromotionStep argocdWait(ArgocdWaitConfig config) {
        return config.toStep();
    }

    /**
     * {@code compose-output}: Publishes values, usually expressions over earlier outputs, as this step's output.
     *
     * @param config configures the step; see {@link ComposeOutputConfig}
     * @return a step that uses {@code compose-output}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep composeOutput(Consumer<ComposeOutputConfig.Builder> config) {
        ComposeOutputConfig.Builder b = ComposeOutputConfig.builder();
        config.accept(b);
        return composeOutput(b.build());
    }

    /**
     * {@code compose-output}: Publishes values, usually expressions over earlier outputs, as this step's output.
     *
     * @param config the configuration
     * @return a step that uses {@code compose-output}
     */
    public static PromotionStep composeOutput(ComposeOutputConfig config) {
        return config.toStep();
    }

    /**
     * {@code copy}: Copies a file or directory.
     *
     * @param config configures the step; see {@link CopyConfig}
     * @return a step that uses {@code copy}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep copy(Consumer<CopyConfig.Builder> config) {
        CopyConfig.Builder b = CopyConfig.builder();
        config.accept(b);
        return copy(b.build());
    }

    /**
     * {@code copy}: Copies a file or directory.
     *
     * @param config the configuration
     * @return a step that uses {@code copy}
     */
    public static PromotionStep copy(CopyConfig config) {
        return config.toStep();
    }

    /**
     * {@code delete}: Deletes files or directories.
     *
     * @param config configures the step; see {@link DeleteConfig}
     * @return a step that uses {@code delete}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep delete(Consumer<DeleteConfig.Builder> config) {
        DeleteConfig.Builder b = DeleteConfig.builder();
        config.accept(b);
        return delete(b.build());
    }

    /**
     * {@code delete}: Deletes files or directories.
     *
     * @param config the configuration
     * @return a step that uses {@code delete}
     */
    public static PromotionStep delete(DeleteConfig config) {
        return config.toStep();
    }

    /**
     * {@code fail}: Fails the promotion, with an optional message.
     *
     * @param config configures the step; see {@link FailConfig}
     * @return a step that uses {@code fail}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep fail(Consumer<FailConfig.Builder> config) {
        FailConfig.Builder b = FailConfig.builder();
        config.accept(b);
        return fail(b.build());
    }

    /**
     * {@code fail}: Fails the promotion, with an optional message.
     *
     * @param config the configuration
     * @return a step that uses {@code fail}
     */
    public static PromotionStep fail(FailConfig config) {
        return config.toStep();
    }

    /**
     * {@code file-write}: Writes a file.
     *
     * @param config configures the step; see {@link FileWriteConfig}
     * @return a step that uses {@code file-write}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep fileWrite(Consumer<FileWriteConfig.Builder> config) {
        FileWriteConfig.Builder b = FileWriteConfig.builder();
        config.accept(b);
        return fileWrite(b.build());
    }

    /**
     * {@code file-write}: Writes a file.
     *
     * @param config the configuration
     * @return a step that uses {@code file-write}
     */
    public static PromotionStep fileWrite(FileWriteConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-clear}: Removes every file of a working directory except {@code .git/}.
     *
     * @param config configures the step; see {@link GitClearConfig}
     * @return a step that uses {@code git-clear}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitClear(Consumer<GitClearConfig.Builder> config) {
        GitClearConfig.Builder b = GitClearConfig.builder();
        config.accept(b);
        return gitClear(b.build());
    }

    /**
     * {@code git-clear}: Removes every file of a working directory except {@code .git/}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-clear}
     */
    public static PromotionStep gitClear(GitClearConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-clone}: Clones a repository and checks out branches, commits or tags into working directories.
     *
     * @param config configures the step; see {@link GitCloneConfig}
     * @return a step that uses {@code git-clone}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitClone(Consumer<GitCloneConfig.Builder> config) {
        GitCloneConfig.Builder b = GitCloneConfig.builder();
        config.accept(b);
        return gitClone(b.build());
    }

    /**
     * {@code git-clone}: Clones a repository and checks out branches, commits or tags into working directories.
     *
     * @param config the configuration
     * @return a step that uses {@code git-clone}
     */
    public static PromotionStep gitClone(GitCloneConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-commit}: Commits all changes of a working directory; outputs {@code commit}.
     *
     * @param config configures the step; see {@link GitCommitConfig}
     * @return a step that uses {@code git-commit}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitCommit(Consumer<GitCommitConfig.Builder> config) {
        GitCommitConfig.Builder b = GitCommitConfig.builder();
        config.accept(b);
        return gitCommit(b.build());
    }

    /**
     * {@code git-commit}: Commits all changes of a working directory; outputs {@code commit}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-commit}
     */
    public static PromotionStep gitCommit(GitCommitConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-merge-pr}: Merges a pull request; outputs {@code commit}.
     *
     * @param config configures the step; see {@link GitMergePrConfig}
     * @return a step that uses {@code git-merge-pr}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitMergePr(Consumer<GitMergePrConfig.Builder> config) {
        GitMergePrConfig.Builder b = GitMergePrConfig.builder();
        config.accept(b);
        return gitMergePr(b.build());
    }

    /**
     * {@code git-merge-pr}: Merges a pull request; outputs {@code commit}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-merge-pr}
     */
    public static PromotionStep gitMergePr(GitMergePrConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-open-pr}: Opens a pull request; outputs {@code pr.id} and {@code pr.url}.
     *
     * @param config configures the step; see {@link GitOpenPrConfig}
     * @return a step that uses {@code git-open-pr}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitOpenPr(Consumer<GitOpenPrConfig.Builder> config) {
        GitOpenPrConfig.Builder b = GitOpenPrConfig.builder();
        config.accept(b);
        return gitOpenPr(b.build());
    }

    /**
     * {@code git-open-pr}: Opens a pull request; outputs {@code pr.id} and {@code pr.url}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-open-pr}
     */
    public static PromotionStep gitOpenPr(GitOpenPrConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-push}: Pushes the commits of a working directory; outputs {@code branch}, {@code commit} and
     * {@code commitURL}.
     *
     * @param config configures the step; see {@link GitPushConfig}
     * @return a step that uses {@code git-push}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitPush(Consumer<GitPushConfig.Builder> config) {
        GitPushConfig.Builder b = GitPushConfig.builder();
        config.accept(b);
        return gitPush(b.build());
    }

    /**
     * {@code git-push}: Pushes the commits of a working directory; outputs {@code branch}, {@code commit} and
     * {@code commitURL}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-push}
     */
    public static PromotionStep gitPush(GitPushConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-tag}: Creates an annotated tag in a working directory; outputs {@code commit}.
     *
     * @param config configures the step; see {@link GitTagConfig}
     * @return a step that uses {@code git-tag}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitTag(Consumer<GitTagConfig.Builder> config) {
        GitTagConfig.Builder b = GitTagConfig.builder();
        config.accept(b);
        return gitTag(b.build());
    }

    /**
     * {@code git-tag}: Creates an annotated tag in a working directory; outputs {@code commit}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-tag}
     */
    public static PromotionStep gitTag(GitTagConfig config) {
        return config.toStep();
    }

    /**
     * {@code git-wait-for-pr}: Waits until a pull request is merged; outputs {@code commit}.
     *
     * @param config configures the step; see {@link GitWaitForPrConfig}
     * @return a step that uses {@code git-wait-for-pr}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep gitWaitForPr(Consumer<GitWaitForPrConfig.Builder> config) {
        GitWaitForPrConfig.Builder b = GitWaitForPrConfig.builder();
        config.accept(b);
        return gitWaitForPr(b.build());
    }

    /**
     * {@code git-wait-for-pr}: Waits until a pull request is merged; outputs {@code commit}.
     *
     * @param config the configuration
     * @return a step that uses {@code git-wait-for-pr}
     */
    public static PromotionStep gitWaitForPr(GitWaitForPrConfig config) {
        return config.toStep();
    }

    /**
     * {@code github-push}: Pushes the commits of a working directory through the GitHub API.
     *
     * @param config configures the step; see {@link GithubPushConfig}
     * @return a step that uses {@code github-push}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep githubPush(Consumer<GithubPushConfig.Builder> config) {
        GithubPushConfig.Builder b = GithubPushConfig.builder();
        config.accept(b);
        return githubPush(b.build());
    }

    /**
     * {@code github-push}: Pushes the commits of a working directory through the GitHub API.
     *
     * @param config the configuration
     * @return a step that uses {@code github-push}
     */
    public static PromotionStep githubPush(GithubPushConfig config) {
        return config.toStep();
    }

    /**
     * {@code helm-template}: Renders a Helm chart to manifests.
     *
     * @param config configures the step; see {@link HelmTemplateConfig}
     * @return a step that uses {@code helm-template}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep helmTemplate(Consumer<HelmTemplateConfig.Builder> config) {
        HelmTemplateConfig.Builder b = HelmTemplateConfig.builder();
        config.accept(b);
        return helmTemplate(b.build());
    }

    /**
     * {@code helm-template}: Renders a Helm chart to manifests.
     *
     * @param config the configuration
     * @return a step that uses {@code helm-template}
     */
    public static PromotionStep helmTemplate(HelmTemplateConfig config) {
        return config.toStep();
    }

    /**
     * {@code helm-update-chart}: Updates the dependencies of an umbrella Helm chart; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link HelmUpdateChartConfig}
     * @return a step that uses {@code helm-update-chart}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep helmUpdateChart(Consumer<HelmUpdateChartConfig.Builder> config) {
        HelmUpdateChartConfig.Builder b = HelmUpdateChartConfig.builder();
        config.accept(b);
        return helmUpdateChart(b.build());
    }

    /**
     * {@code helm-update-chart}: Updates the dependencies of an umbrella Helm chart; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code helm-update-chart}
     */
    public static PromotionStep helmUpdateChart(HelmUpdateChartConfig config) {
        return config.toStep();
    }

    /**
     * {@code http}: Sends an HTTP request and judges the response with expressions.
     *
     * @param config configures the step; see {@link HttpConfig}
     * @return a step that uses {@code http}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep http(Consumer<HttpConfig.Builder> config) {
        HttpConfig.Builder b = HttpConfig.builder();
        config.accept(b);
        return http(b.build());
    }

    /**
     * {@code http}: Sends an HTTP request and judges the response with expressions.
     *
     * @param config the configuration
     * @return a step that uses {@code http}
     */
    public static PromotionStep http(HttpConfig config) {
        return config.toStep();
    }

    /**
     * {@code http-download}: Downloads a file over HTTP.
     *
     * @param config configures the step; see {@link HttpDownloadConfig}
     * @return a step that uses {@code http-download}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep httpDownload(Consumer<HttpDownloadConfig.Builder> config) {
        HttpDownloadConfig.Builder b = HttpDownloadConfig.builder();
        config.accept(b);
        return httpDownload(b.build());
    }

    /**
     * {@code http-download}: Downloads a file over HTTP.
     *
     * @param config the configuration
     * @return a step that uses {@code http-download}
     */
    public static PromotionStep httpDownload(HttpDownloadConfig config) {
        return config.toStep();
    }

    /**
     * {@code json-parse}: Reads values from a JSON file into outputs.
     *
     * @param config configures the step; see {@link JsonParseConfig}
     * @return a step that uses {@code json-parse}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep jsonParse(Consumer<JsonParseConfig.Builder> config) {
        JsonParseConfig.Builder b = JsonParseConfig.builder();
        config.accept(b);
        return jsonParse(b.build());
    }

    /**
     * {@code json-parse}: Reads values from a JSON file into outputs.
     *
     * @param config the configuration
     * @return a step that uses {@code json-parse}
     */
    public static PromotionStep jsonParse(JsonParseConfig config) {
        return config.toStep();
    }

    /**
     * {@code json-update}: Sets values in a JSON file; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link JsonUpdateConfig}
     * @return a step that uses {@code json-update}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep jsonUpdate(Consumer<JsonUpdateConfig.Builder> config) {
        JsonUpdateConfig.Builder b = JsonUpdateConfig.builder();
        config.accept(b);
        return jsonUpdate(b.build());
    }

    /**
     * {@code json-update}: Sets values in a JSON file; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code json-update}
     */
    public static PromotionStep jsonUpdate(JsonUpdateConfig config) {
        return config.toStep();
    }

    /**
     * {@code kustomize-build}: Renders a kustomization to manifests.
     *
     * @param config configures the step; see {@link KustomizeBuildConfig}
     * @return a step that uses {@code kustomize-build}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep kustomizeBuild(Consumer<KustomizeBuildConfig.Builder> config) {
        KustomizeBuildConfig.Builder b = KustomizeBuildConfig.builder();
        config.accept(b);
        return kustomizeBuild(b.build());
    }

    /**
     * {@code kustomize-build}: Renders a kustomization to manifests.
     *
     * @param config the configuration
     * @return a step that uses {@code kustomize-build}
     */
    public static PromotionStep kustomizeBuild(KustomizeBuildConfig config) {
        return config.toStep();
    }

    /**
     * {@code kustomize-set-image}: Sets images in a kustomization; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link KustomizeSetImageConfig}
     * @return a step that uses {@code kustomize-set-image}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep kustomizeSetImage(Consumer<KustomizeSetImageConfig.Builder> config) {
        KustomizeSetImageConfig.Builder b = KustomizeSetImageConfig.builder();
        config.accept(b);
        return kustomizeSetImage(b.build());
    }

    /**
     * {@code kustomize-set-image}: Sets images in a kustomization; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code kustomize-set-image}
     */
    public static PromotionStep kustomizeSetImage(KustomizeSetImageConfig config) {
        return config.toStep();
    }

    /**
     * {@code oci-download}: Pulls one layer of an OCI artifact to a file.
     *
     * @param config configures the step; see {@link OciDownloadConfig}
     * @return a step that uses {@code oci-download}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep ociDownload(Consumer<OciDownloadConfig.Builder> config) {
        OciDownloadConfig.Builder b = OciDownloadConfig.builder();
        config.accept(b);
        return ociDownload(b.build());
    }

    /**
     * {@code oci-download}: Pulls one layer of an OCI artifact to a file.
     *
     * @param config the configuration
     * @return a step that uses {@code oci-download}
     */
    public static PromotionStep ociDownload(OciDownloadConfig config) {
        return config.toStep();
    }

    /**
     * {@code oci-push}: Copies or re-tags an OCI artifact; outputs {@code image}, {@code digest} and {@code tag}.
     *
     * @param config configures the step; see {@link OciPushConfig}
     * @return a step that uses {@code oci-push}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep ociPush(Consumer<OciPushConfig.Builder> config) {
        OciPushConfig.Builder b = OciPushConfig.builder();
        config.accept(b);
        return ociPush(b.build());
    }

    /**
     * {@code oci-push}: Copies or re-tags an OCI artifact; outputs {@code image}, {@code digest} and {@code tag}.
     *
     * @param config the configuration
     * @return a step that uses {@code oci-push}
     */
    public static PromotionStep ociPush(OciPushConfig config) {
        return config.toStep();
    }

    /**
     * {@code set-freight-alias}: Gives a piece of Freight a new alias.
     *
     * @param config configures the step; see {@link SetFreightAliasConfig}
     * @return a step that uses {@code set-freight-alias}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep setFreightAlias(Consumer<SetFreightAliasConfig.Builder> config) {
        SetFreightAliasConfig.Builder b = SetFreightAliasConfig.builder();
        config.accept(b);
        return setFreightAlias(b.build());
    }

    /**
     * {@code set-freight-alias}: Gives a piece of Freight a new alias.
     *
     * @param config the configuration
     * @return a step that uses {@code set-freight-alias}
     */
    public static PromotionStep setFreightAlias(SetFreightAliasConfig config) {
        return config.toStep();
    }

    /**
     * {@code set-metadata}: Sets metadata on Stages and Freight.
     *
     * @param config configures the step; see {@link SetMetadataConfig}
     * @return a step that uses {@code set-metadata}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep setMetadata(Consumer<SetMetadataConfig.Builder> config) {
        SetMetadataConfig.Builder b = SetMetadataConfig.builder();
        config.accept(b);
        return setMetadata(b.build());
    }

    /**
     * {@code set-metadata}: Sets metadata on Stages and Freight.
     *
     * @param config the configuration
     * @return a step that uses {@code set-metadata}
     */
    public static PromotionStep setMetadata(SetMetadataConfig config) {
        return config.toStep();
    }

    /**
     * {@code toml-parse}: Reads values from a TOML file into outputs.
     *
     * @param config configures the step; see {@link TomlParseConfig}
     * @return a step that uses {@code toml-parse}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep tomlParse(Consumer<TomlParseConfig.Builder> config) {
        TomlParseConfig.Builder b = TomlParseConfig.builder();
        config.accept(b);
        return tomlParse(b.build());
    }

    /**
     * {@code toml-parse}: Reads values from a TOML file into outputs.
     *
     * @param config the configuration
     * @return a step that uses {@code toml-parse}
     */
    public static PromotionStep tomlParse(TomlParseConfig config) {
        return config.toStep();
    }

    /**
     * {@code toml-update}: Sets values in a TOML file; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link TomlUpdateConfig}
     * @return a step that uses {@code toml-update}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep tomlUpdate(Consumer<TomlUpdateConfig.Builder> config) {
        TomlUpdateConfig.Builder b = TomlUpdateConfig.builder();
        config.accept(b);
        return tomlUpdate(b.build());
    }

    /**
     * {@code toml-update}: Sets values in a TOML file; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code toml-update}
     */
    public static PromotionStep tomlUpdate(TomlUpdateConfig config) {
        return config.toStep();
    }

    /**
     * {@code untar}: Extracts a tar archive.
     *
     * @param config configures the step; see {@link UntarConfig}
     * @return a step that uses {@code untar}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep untar(Consumer<UntarConfig.Builder> config) {
        UntarConfig.Builder b = UntarConfig.builder();
        config.accept(b);
        return untar(b.build());
    }

    /**
     * {@code untar}: Extracts a tar archive.
     *
     * @param config the configuration
     * @return a step that uses {@code untar}
     */
    public static PromotionStep untar(UntarConfig config) {
        return config.toStep();
    }

    /**
     * {@code yaml-merge}: Merges YAML files into one; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link YamlMergeConfig}
     * @return a step that uses {@code yaml-merge}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep yamlMerge(Consumer<YamlMergeConfig.Builder> config) {
        YamlMergeConfig.Builder b = YamlMergeConfig.builder();
        config.accept(b);
        return yamlMerge(b.build());
    }

    /**
     * {@code yaml-merge}: Merges YAML files into one; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code yaml-merge}
     */
    public static PromotionStep yamlMerge(YamlMergeConfig config) {
        return config.toStep();
    }

    /**
     * {@code yaml-parse}: Reads values from a YAML file into outputs.
     *
     * @param config configures the step; see {@link YamlParseConfig}
     * @return a step that uses {@code yaml-parse}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep yamlParse(Consumer<YamlParseConfig.Builder> config) {
        YamlParseConfig.Builder b = YamlParseConfig.builder();
        config.accept(b);
        return yamlParse(b.build());
    }

    /**
     * {@code yaml-parse}: Reads values from a YAML file into outputs.
     *
     * @param config the configuration
     * @return a step that uses {@code yaml-parse}
     */
    public static PromotionStep yamlParse(YamlParseConfig config) {
        return config.toStep();
    }

    /**
     * {@code yaml-update}: Sets values in a YAML file; outputs {@code commitMessage}.
     *
     * @param config configures the step; see {@link YamlUpdateConfig}
     * @return a step that uses {@code yaml-update}
     * @throws IllegalArgumentException if a required property is not set or a rule of the step is broken
     */
    public static PromotionStep yamlUpdate(Consumer<YamlUpdateConfig.Builder> config) {
        YamlUpdateConfig.Builder b = YamlUpdateConfig.builder();
        config.accept(b);
        return yamlUpdate(b.build());
    }

    /**
     * {@code yaml-update}: Sets values in a YAML file; outputs {@code commitMessage}.
     *
     * @param config the configuration
     * @return a step that uses {@code yaml-update}
     */
    public static PromotionStep yamlUpdate(YamlUpdateConfig config) {
        return config.toStep();
    }
}
