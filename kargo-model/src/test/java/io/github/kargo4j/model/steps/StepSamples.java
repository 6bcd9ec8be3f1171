package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Representative configurations of every built-in step, built with the typed builders and plain values (no
 * expressions). Together, the samples of a step set every property of its schema at every depth, so that the
 * schema tests can check both directions: what the builders write is valid, and nothing in the schema is
 * unreachable from the builders.
 */
final class StepSamples {

    private StepSamples() {
    }

    static final String REPO = "https://github.com/acme/manifests.git";

    /** @return samples by step name, in the order of {@link Steps#builtIn()} */
    static Map<String, List<StepConfig>> all() {
        Map<String, List<StepConfig>> m = new LinkedHashMap<>();
        m.put("argocd-update", List.of(ArgocdUpdateConfig.builder()
                .addApp(a -> a.name("guestbook-dev").namespace("argocd")
                        .addSource(s -> s.repoURL(REPO).chart("guestbook").desiredRevision("abc123")
                                .updateTargetRevision(true)
                                .helm(h -> h.addImage("image.tag", "1.2.3")
                                        .addImage(i -> i.key("image.repository").value("ghcr.io/acme/guestbook"))))
                        .addSource(s -> s.repoURL("https://github.com/acme/kustomize.git")
                                .kustomize(k -> k.addImage(i -> i.repoURL("ghcr.io/acme/guestbook").tag("1.2.3")
                                                .newName("registry.local/guestbook"))
                                        .addImage(i -> i.repoURL("ghcr.io/acme/sidecar")
                                                .digest("sha256:0123456789abcdef")))))
                .addApp(a -> a.selector(sel -> sel.putMatchLabel("app", "guestbook")
                        .addMatchExpression(e -> e.key("env").operator("In").addValue("dev").addValue("uat"))))
                .build()));
        m.put("argocd-wait", List.of(ArgocdWaitConfig.builder()
                .addApp(a -> a.name("guestbook-dev").namespace("argocd").addWaitFor("health").addWaitFor("sync"))
                .addApp(a -> a.selector(sel -> sel.putMatchLabel("app", "guestbook")
                        .addMatchExpression("tier", "NotIn", "canary")))
                .build()));
        m.put("compose-output", List.of(ComposeOutputConfig.builder()
                .put("prURL", "https://github.com/acme/manifests/pull/7").put("attempts", 3).put("merged", true)
                .build()));
        m.put("copy", List.of(CopyConfig.builder().inPath("./src").outPath("./out").ignore("*.md\n.git/").build()));
        m.put("delete", List.of(
                DeleteConfig.builder().path("./out/*.tmp").pathsAreGlobs(true).strict(false).build(),
                DeleteConfig.builder().addPath("./out/a.yaml").addPath("./out/b.yaml").build()));
        m.put("fail", List.of(FailConfig.builder().message("not on Fridays").build()));
        m.put("file-write", List.of(FileWriteConfig.builder().path("./out/VERSION").contents("1.2.3\n")
                .permissions("0644").overwrite(true).build()));
        m.put("git-clear", List.of(GitClearConfig.builder().path("./out").build()));
        m.put("git-clone", List.of(GitCloneConfig.builder().repoURL(REPO)
                .addCheckout(c -> c.branch("main").path("./src").as("source").addSparse("apps/guestbook"))
                .addCheckout(c -> c.branch("stage/dev").create(true).path("./out"))
                .addCheckout(c -> c.commit("abc123").path("./pinned"))
                .addCheckout(c -> c.tag("v1.2.3").path("./released"))
                .author(a -> a.name("Kargo").email("kargo@example.com").signingKey("ABCDEF0123456789"))
                .insecureSkipTLSVerify(false).recurseSubmodules(true).blobless(true)
                .build()));
        m.put("git-commit", List.of(GitCommitConfig.builder().path("./out").message("Promote guestbook")
                .author(a -> a.name("Kargo").email("kargo@example.com").signingKey("ABCDEF0123456789"))
                .build()));
        m.put("git-merge-pr", List.of(GitMergePrConfig.builder().repoURL(REPO).prNumber(42)
                .provider(GitProvider.GITHUB).insecureSkipTLSVerify(false).waitUntilMergeable(true)
                .pollInterval(Duration.ofSeconds(20)).mergeMethod("squash").build()));
        m.put("git-open-pr", List.of(GitOpenPrConfig.builder().repoURL(REPO).sourceBranch("kargo/promotion/p1")
                .targetBranch("stage/dev").title("Promote guestbook").description("Automated promotion")
                .addLabel("kargo").addLabel("dev").provider(GitProvider.GITLAB).insecureSkipTLSVerify(false)
                .createTargetBranch(false).build()));
        m.put("git-push", List.of(
                GitPushConfig.builder().path("./out").targetBranch("stage/dev").force(true).maxAttempts(5)
                        .provider("github").build(),
                GitPushConfig.builder().path("./out").generateTargetBranch(true).build(),
                GitPushConfig.builder().path("./out").tag("v1.2.3").force(false).build()));
        m.put("git-tag", List.of(GitTagConfig.builder().path("./out").tag("v1.2.3").message("Release 1.2.3")
                .force(false).build()));
        m.put("git-wait-for-pr", List.of(GitWaitForPrConfig.builder().repoURL(REPO).prNumber(42)
                .provider(GitProvider.AZURE).insecureSkipTLSVerify(false).pollInterval("1m").build()));
        m.put("github-push", List.of(
                GithubPushConfig.builder().path("./out").targetBranch("stage/dev").force(true).maxAttempts(3)
                        .insecureSkipTLSVerify(false).build(),
                GithubPushConfig.builder().path("./out").generateTargetBranch(true).build()));
        m.put("helm-template", List.of(HelmTemplateConfig.builder().path("./src/charts/guestbook")
                .outPath("./out/manifests.yaml").outLayout("flat").releaseName("guestbook").useReleaseName(true)
                .namespace("guestbook").addValuesFile("./src/values.yaml").ignoreMissingValueFiles(true)
                .addSetValue("image.tag", "1.2.3").addSetValue(v -> v.key("replicas").value("3").literal(true))
                .buildDependencies(true).includeCRDs(true).disableHooks(true).skipTests(true)
                .kubeVersion("1.30.0").addApiVersion("monitoring.coreos.com/v1").build()));
        m.put("helm-update-chart", List.of(HelmUpdateChartConfig.builder().path("./src/charts/umbrella")
                .addChart("https://charts.example.com", "guestbook", "1.2.3")
                .addChart(c -> c.repository("oci://ghcr.io/acme/charts").name("redis").version("19.0.0"))
                .build()));
        m.put("http", List.of(HttpConfig.builder().method("POST").url("https://api.example.com/deploys")
                .addHeader("Content-Type", "application/json").addQueryParam("stage", "dev")
                .body("{\"version\": \"1.2.3\"}").insecureSkipTLSVerify(false).proxy("http://proxy.local:3128")
                .timeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMinutes(1))
                .responseContentType("application/json").addOutput("id", "response.body.id")
                .successExpression("response.status == 201").failureExpression("response.status >= 500")
                .errorExpression("response.body.error").build()));
        m.put("http-download", List.of(HttpDownloadConfig.builder().url("https://example.com/app.tgz")
                .outPath("./app.tgz").allowOverwrite(true).addHeader("Authorization", "Bearer token")
                .addQueryParam("version", "1.2.3").insecureSkipTLSVerify(false).timeout(Duration.ofMinutes(5))
                .build()));
        m.put("json-parse", List.of(JsonParseConfig.builder().path("./out/package.json")
                .addOutput("version", "version").build()));
        m.put("json-update", List.of(JsonUpdateConfig.builder().path("./out/config.json")
                .addUpdate("image.tag", "1.2.3").addUpdate("replicas", 3).addUpdate("debug", false)
                .addUpdate("ports", JsonArray.of(JsonNumber.of(80), JsonNumber.of(443)))
                .build()));
        m.put("kustomize-build", List.of(KustomizeBuildConfig.builder().path("./src/overlays/dev")
                .outPath("./out").outputFormat("kustomize")
                .plugin(p -> p.helm(h -> h.addApiVersion("monitoring.coreos.com/v1").kubeVersion("1.30.0")))
                .build()));
        m.put("kustomize-set-image", List.of(KustomizeSetImageConfig.builder().path("./src/overlays/dev")
                .addImage(i -> i.image("ghcr.io/acme/guestbook").tag("1.2.3").name("guestbook")
                        .newName("registry.local/guestbook"))
                .addImage(i -> i.image("ghcr.io/acme/sidecar").digest("sha256:0123456789abcdef"))
                .build()));
        m.put("oci-download", List.of(OciDownloadConfig.builder().imageRef("ghcr.io/acme/bundle:1.2.3")
                .outPath("./bundle.tgz").allowOverwrite(true).mediaType("application/vnd.acme.bundle.v1.tar+gzip")
                .insecureSkipTLSVerify(false).build()));
        m.put("oci-push", List.of(OciPushConfig.builder().srcRef("oci://ghcr.io/acme/charts/guestbook:1.2.3")
                .destRef("oci://ghcr.io/acme/charts/guestbook:prod")
                .putAnnotation("manifest:org.opencontainers.image.version", "1.2.3")
                .insecureSkipTLSVerify(false).build()));
        m.put("set-freight-alias", List.of(SetFreightAliasConfig.builder().name("f0123456789").alias("golden")
                .build()));
        m.put("set-metadata", List.of(SetMetadataConfig.builder()
                .addUpdate(u -> u.stage("dev").putValue("deployedVersion", "1.2.3")
                        .putValue("approved", JsonBoolean.TRUE))
                .addUpdate(u -> u.kind("Freight").name("f0123456789")
                        .putValue("ticket", JsonObject.of("id", "OPS-1")))
                .build()));
        m.put("toml-parse", List.of(TomlParseConfig.builder().path("./out/Cargo.toml")
                .addOutput(o -> o.name("version").fromExpression("package.version")).build()));
        m.put("toml-update", List.of(TomlUpdateConfig.builder().path("./out/config.toml")
                .addUpdate("server.port", 8080).addUpdate(u -> u.key("server.host").value("0.0.0.0")).build()));
        m.put("untar", List.of(UntarConfig.builder().inPath("./app.tgz").outPath("./app").stripComponents(1)
                .ignore("*.md").build()));
        m.put("yaml-merge", List.of(YamlMergeConfig.builder().addInFile("./base.yaml").addInFile("./dev.yaml")
                .outFile("./out/values.yaml").ignoreMissingFiles(true).build()));
        m.put("yaml-parse", List.of(YamlParseConfig.builder().path("./out/values.yaml")
                .addOutput("tag", "image.tag").build()));
        m.put("yaml-update", List.of(YamlUpdateConfig.builder().path("./out/values.yaml")
                .addUpdate("image.tag", "1.2.3").addUpdate("replicas", JsonNumber.of(2))
                .addUpdate(ValueUpdate.of("image.pullPolicy", JsonString.of("Always"))).build()));
        return m;
    }
}
