package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarehouseTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static Path fixtures() throws URISyntaxException {
        return Path.of(WarehouseTest.class.getResource("/roundtrip/warehouse").toURI());
    }

    private static Warehouse fixture(String name) throws Exception {
        String yaml = Files.readString(fixtures().resolve(name));
        return CODEC.parseOne(yaml, Warehouse.class);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() throws IOException, URISyntaxException {
        List<Path> files;
        try (Stream<Path> s = Files.list(fixtures())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> manifests = RoundTrip.assertLossless(Files.readString(f));
            assertFalse(manifests.isEmpty());
            for (Manifest m : manifests) {
                assertTrue(m.resource() instanceof Warehouse, "read as " + m.resource().getClass());
            }
        }));
    }

    @Test
    void readsGitSubscriptionAndStatus() throws Exception {
        Warehouse w = fixture("git-app-repo.yaml");
        assertEquals("kargo-managed-stack/security-scan-repo", w.namespace() + "/" + w.name());
        assertEquals(Optional.of(JsonString.of("owned by the security team; see docs/warehouses.md")),
                w.unknownFields().get("notes"));

        WarehouseSpec spec = w.spec();
        assertEquals(Optional.of("2m30s"), spec.interval());
        assertEquals(Optional.of(FreightCreationPolicy.AUTOMATIC), spec.freightCreationPolicy());
        assertEquals(Optional.of("commitFrom('https://github.com/example-org/security-scanner.git').Subject != ''"),
                spec.freightCreationCriteria().flatMap(FreightCreationCriteria::expression));
        assertEquals(Optional.of("east"), spec.shard());
        assertTrue(spec.unknownFields().containsKey("paused"));

        Subscription item = spec.subscriptions().get(0);
        assertEquals(Optional.of("git"), item.type());
        assertEquals(Optional.empty(), item.other());
        GitSubscription git = item.git().orElseThrow();
        assertEquals("https://github.com/example-org/security-scanner.git", git.repoURL());
        assertEquals(Optional.of(CommitSelectionStrategy.NEWEST_FROM_BRANCH), git.commitSelectionStrategy());
        assertEquals(Optional.of("main"), git.branch());
        assertEquals(Optional.of("!(subject contains '[skip kargo]')"), git.expressionFilter());
        assertEquals(Optional.of(false), git.insecureSkipTLSVerify());
        assertEquals(Optional.of(true), git.blobless());
        assertEquals(List.of("src", "glob:charts/*/values.yaml"), git.includePaths());
        assertEquals(List.of("regex:.*\\.md$"), git.excludePaths());
        assertEquals(Optional.of(10), git.discoveryLimit());
        assertEquals(Optional.of("2025-01-01T00:00:00Z"), git.since());
        assertEquals(Optional.of(JsonString.of("platform-team")), git.unknownFields().get("reviewers"));

        WarehouseStatus status = w.status().orElseThrow();
        assertEquals(2, status.conditions().size());
        assertEquals("Healthy", status.conditions().get(1).type());
        assertEquals(Optional.of("5f0e1c7a9b3d2e4f6a8b0c1d2e3f4a5b6c7d8e9f"), status.lastFreightID());
        assertEquals(Optional.of(3L), status.observedGeneration());
        assertEquals(Optional.of("2025-06-02T08:00:00Z"), status.lastHandledRefresh());
        assertTrue(status.unknownFields().containsKey("controllerVersion"));
        DiscoveredArtifacts found = status.discoveredArtifacts().orElseThrow();
        assertEquals(Optional.of("2025-06-02T08:00:04Z"), found.discoveredAt());
        GitDiscoveryResult result = found.git().get(0);
        assertEquals(git.repoURL(), result.repoURL());
        DiscoveredCommit newest = result.commits().get(0);
        assertEquals(Optional.of("9f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6"), newest.id());
        assertEquals(Optional.of("main"), newest.branch());
        assertEquals(Optional.of("Bump scanner rules to 2025.06"), newest.subject());
        assertEquals(Optional.of("Jane Doe <jane@example.org>"), newest.author());
        assertEquals(Optional.of("GitHub <noreply@github.com>"), newest.committer());
        assertEquals(Optional.of("2025-06-01T17:42:11Z"), newest.creatorDate());
        assertEquals(Optional.of(JsonString.of("verified")), newest.unknownFields().get("signature"));
        assertEquals(newest.id(), result.observedRefs().flatMap(ObservedRefs::branchHead));
    }

    @Test
    void readsImageSubscriptionsAndDiscoveredImages() throws Exception {
        WarehouseSpec spec = fixture("image-semver.yaml").spec();
        assertEquals(Optional.of(FreightCreationPolicy.MANUAL), spec.freightCreationPolicy());
        assertEquals(Optional.of("5m0s"), spec.interval());

        ImageSubscription app = spec.subscriptions().get(0).image().orElseThrow();
        assertEquals("your-registry.io/nginx", app.repoURL());
        assertEquals(Optional.of(ImageSelectionStrategy.SEM_VER), app.imageSelectionStrategy());
        assertEquals(Optional.of(true), app.strictSemvers());
        assertEquals(Optional.of("^1.0.0"), app.constraint());
        assertEquals(List.of("^1\\.\\d+\\.\\d+$"), app.allowTagsRegexes());
        assertEquals(List.of("^1\\.0\\.0$", "-rc\\d*$"), app.ignoreTagsRegexes());
        assertEquals(Optional.of("linux/amd64"), app.platform());
        assertEquals(Optional.of(false), app.insecureSkipTLSVerify());
        assertEquals(Optional.of(10), app.discoveryLimit());
        assertEquals(Optional.of(true), app.cacheByTag());
        assertEquals(JsonObject.EMPTY, app.unknownFields());

        ImageSubscription reloader = spec.subscriptions().get(1).image().orElseThrow();
        assertEquals(Optional.of(ImageSelectionStrategy.DIGEST), reloader.imageSelectionStrategy());
        assertEquals(Optional.of("stable"), reloader.constraint());
        assertEquals(Optional.of("linux/arm64/v8"), reloader.platform());

        ImageDiscoveryResult images = fixture("image-semver.yaml").status().orElseThrow()
                .discoveredArtifacts().orElseThrow().images().get(0);
        assertEquals(Optional.of("linux/amd64"), images.platform());
        DiscoveredImageReference ref = images.references().get(0);
        assertEquals("1.27.1", ref.tag());
        assertEquals("sha256:2a1b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b", ref.digest());
        assertEquals("https://github.com/example-org/nginx",
                ref.annotations().get("org.opencontainers.image.source"));
        assertEquals(Optional.of("2025-05-28T12:00:00Z"), ref.createdAt());
        assertEquals(Optional.of(JsonString.of("6.2MiB")), ref.unknownFields().get("size"));
        assertEquals(Optional.empty(), images.references().get(1).createdAt());
    }

    @Test
    void readsChartSubscriptionsOverHttpAndOci() throws Exception {
        Warehouse w = fixture("chart-http-oci.yaml");
        List<Subscription> subs = w.spec().subscriptions();
        assertEquals(List.of("chart", "chart", "git"), subs.stream().map(s -> s.type().orElseThrow()).toList());

        ChartSubscription redis = subs.get(0).chart().orElseThrow();
        assertEquals("https://charts.bitnami.com/bitnami", redis.repoURL());
        assertEquals(Optional.of("redis"), redis.name());
        assertEquals(Optional.of("^19.0.0"), redis.semverConstraint());
        assertEquals(Optional.of(5), redis.discoveryLimit());
        assertFalse(redis.isOci());

        ChartSubscription gateway = subs.get(1).chart().orElseThrow();
        assertTrue(gateway.isOci());
        assertEquals(Optional.empty(), gateway.name());
        assertEquals(Optional.of(">=2.1.0 <3.0.0"), gateway.semverConstraint());
        assertEquals(Optional.of(true), gateway.insecureSkipTLSVerify());
        assertEquals(Optional.of(JsonString.of("cosign")), gateway.unknownFields().get("verifySignatures"));

        GitSubscription values = subs.get(2).git().orElseThrow();
        assertEquals(Optional.of(CommitSelectionStrategy.SEM_VER), values.commitSelectionStrategy());
        assertEquals(Optional.of(false), values.strictSemvers());
        assertEquals(Optional.of("~2.4"), values.semverConstraint());
        assertEquals(List.of("^v"), values.allowTagsRegexes());
        assertEquals(List.of("^v2\\.4\\.0$"), values.ignoreTagsRegexes());

        DiscoveredArtifacts found = w.status().orElseThrow().discoveredArtifacts().orElseThrow();
        ChartDiscoveryResult redisVersions = found.charts().get(0);
        assertEquals(Optional.of("redis"), redisVersions.name());
        assertEquals(Optional.of("^19.0.0"), redisVersions.semverConstraint());
        assertEquals(List.of("19.6.4", "19.6.3"), redisVersions.versions());
        assertTrue(found.charts().get(1).unknownFields().containsKey("digests"));
        GitDiscoveryResult tags = found.git().get(0);
        assertEquals(Optional.of("v2.4.3"), tags.commits().get(0).tag());
        ObservedRefs refs = tags.observedRefs().orElseThrow();
        assertEquals(Optional.empty(), refs.branchHead());
        assertEquals(List.of("v2.4.2", "v2.4.3"), refs.tags().stream().map(DiscoveredRef::name).toList());
        assertEquals("c0ffee0000000000000000000000000000000002", refs.tags().get(1).id());
        assertTrue(refs.tags().get(1).unknownFields().containsKey("peeled"));
    }

    @Test
    void readsGenericSubscriptionAndResults() throws Exception {
        Warehouse w = fixture("generic.yaml");
        Subscription item = w.spec().subscriptions().get(0);
        assertEquals(Optional.of("huggingface"), item.type());
        assertTrue(item.git().isEmpty() && item.image().isEmpty() && item.chart().isEmpty());
        Map.Entry<String, GenericSubscription> other = item.other().orElseThrow();
        assertEquals("huggingface", other.getKey());
        GenericSubscription generic = other.getValue();
        assertEquals("sentiment-model", generic.name());
        assertEquals(Optional.of(5), generic.discoveryLimit());
        JsonObject config = generic.config().orElseThrow();
        assertEquals(Optional.of("example-org/sentiment-bert"), config.getString("repo"));
        assertEquals(Optional.of("1h"), w.spec().interval());
        assertEquals(Optional.of(ImageSelectionStrategy.NEWEST_BUILD),
                w.spec().subscriptions().get(1).image().orElseThrow().imageSelectionStrategy());

        DiscoveryResult result = w.status().orElseThrow().discoveredArtifacts().orElseThrow().results().get(0);
        assertEquals("sentiment-model", result.name());
        ArtifactReference v12 = result.artifactReferences().get(0);
        assertEquals(Optional.of("application/vnd.huggingface.model"), v12.artifactType());
        assertEquals("sentiment-model", v12.subscriptionName());
        assertEquals("v12", v12.version());
        assertEquals(Optional.of("8d7c6b5a"), v12.metadata().orElseThrow().getString("sha"));
        assertEquals(Optional.empty(), result.artifactReferences().get(1).artifactType());
        assertTrue(result.unknownFields().containsKey("lastError"));
    }

    @Test
    @SuppressWarnings("deprecation")
    void legacyFieldsStayInUnknownFieldsAndDeprecatedOnesAreTyped() throws Exception {
        Warehouse w = fixture("legacy-image.yaml");
        List<Subscription> subs = w.spec().subscriptions();

        ImageSubscription legacy = subs.get(0).image().orElseThrow();
        assertEquals(Optional.empty(), legacy.constraint(), "semverConstraint is not a typed alias of constraint");
        assertEquals(Optional.of(JsonString.of("^1.0.0")), legacy.unknownFields().get("semverConstraint"));
        assertEquals(Optional.of(10), legacy.discoveryLimit());

        ImageSubscription migrations = subs.get(1).image().orElseThrow();
        assertEquals(Optional.empty(), migrations.imageSelectionStrategy());
        assertEquals(List.of("tagSelectionStrategy", "gitRepoURL"), migrations.unknownFields().keys());
        assertEquals(Optional.of("^nightly-\\d{8}$"), migrations.allowTags());
        assertEquals(List.of("nightly-20240101"), migrations.ignoreTags());

        GitSubscription git = subs.get(2).git().orElseThrow();
        assertEquals("git@github.com:YOUR_ORG/gitops-platform.git", git.repoURL());
        assertEquals(Optional.of("^release-"), git.allowTags());
        assertEquals(List.of("release-broken"), git.ignoreTags());

        ChartSubscription chart = subs.get(3).chart().orElseThrow();
        assertEquals(Optional.of(JsonString.of("https://charts.example.org")),
                chart.unknownFields().get("registryURL"));

        String written = CODEC.toYaml(w);
        assertTrue(written.contains("semverConstraint: ^1.0.0"), written);
        assertTrue(written.contains("gitRepoURL: https://github.com/YOUR_ORG/gitops-platform.git"), written);
        assertTrue(written.contains("registryURL: https://charts.example.org"), written);
    }

    @Test
    void buildersProduceTheSameWarehouseAsTheFixture() throws Exception {
        Warehouse built = Warehouse.builder()
                .metadata(m -> m.namespace("kargo-ml").name("ml-models"))
                .spec(s -> s
                        .addSubscription(Subscription.generic("huggingface", GenericSubscription.builder()
                                .name("sentiment-model")
                                .config(JsonObject.builder()
                                        .put("repo", "example-org/sentiment-bert")
                                        .put("revisionPattern", "^v\\d+$")
                                        .put("private", true)
                                        .build())
                                .discoveryLimit(5)
                                .build()))
                        .addSubscription(sub -> sub.image(i -> i
                                .repoURL("ghcr.io/example-org/model-server")
                                .imageSelectionStrategy(ImageSelectionStrategy.NEWEST_BUILD)))
                        .interval("1h"))
                .status(st -> st.discoveredArtifacts(d -> d
                        .discoveredAt("2025-06-04T06:00:00Z")
                        .addImage(i -> i
                                .repoURL("ghcr.io/example-org/model-server")
                                .addReference(r -> r
                                        .tag("build-2025-06-03.4")
                                        .digest("sha256:" + "1".repeat(64))
                                        .createdAt("2025-06-03T20:14:00Z")))
                        .addResult(r -> r
                                .name("sentiment-model")
                                .addArtifactReference(a -> a
                                        .artifactType("application/vnd.huggingface.model")
                                        .subscriptionName("sentiment-model")
                                        .version("v12")
                                        .metadata(JsonObject.builder()
                                                .put("sha", "8d7c6b5a")
                                                .put("files", List.of("config.json", "model.safetensors"))
                                                .build()))
                                .addArtifactReference(a -> a.subscriptionName("sentiment-model").version("v11"))
                                .unknownFields(JsonObject.of("lastError", "")))))
                .build();
        assertEquals(fixture("generic.yaml"), built);
    }

    @Test
    void buildersCoverGitChartAndStatusConsumers() throws Exception {
        Warehouse read = fixture("chart-http-oci.yaml");
        Warehouse built = Warehouse.builder()
                .metadata(m -> m.namespace("kargo-platform").name("platform-charts"))
                .spec(s -> s
                        .addSubscription(Subscription.chart(ChartSubscription.builder()
                                .repoURL("https://charts.bitnami.com/bitnami").name("redis")
                                .semverConstraint("^19.0.0").discoveryLimit(5).insecureSkipTLSVerify(false).build()))
                        .addSubscription(sub -> sub.chart(c -> c
                                .repoURL("oci://ghcr.io/example-org/charts/gateway")
                                .semverConstraint(">=2.1.0 <3.0.0")
                                .insecureSkipTLSVerify(true)
                                .unknownFields(JsonObject.of("verifySignatures", "cosign"))))
                        .addSubscription(sub -> sub.git(g -> g
                                .repoURL("https://github.com/example-org/platform-values.git")
                                .commitSelectionStrategy(CommitSelectionStrategy.SEM_VER)
                                .strictSemvers(false)
                                .semverConstraint("~2.4")
                                .addAllowTagsRegex("^v")
                                .addIgnoreTagsRegex("^v2\\.4\\.0$")))
                        .freightCreationCriteria(c -> c.expression(
                                "chartFrom('https://charts.bitnami.com/bitnami', 'redis').Version != ''")))
                .status(st -> st.discoveredArtifacts(d -> d
                        .discoveredAt("2025-06-03T11:00:00Z")
                        .addChart(c -> c.repoURL("https://charts.bitnami.com/bitnami").name("redis")
                                .semverConstraint("^19.0.0").addVersion("19.6.4").addVersion("19.6.3"))
                        .addChart(c -> c.repoURL("oci://ghcr.io/example-org/charts/gateway")
                                .semverConstraint(">=2.1.0 <3.0.0").addVersion("2.3.0")
                                .unknownFields(JsonObject.of("digests", Map.of("2.3.0", "sha256:abc"))))
                        .addGit(g -> g
                                .repoURL("https://github.com/example-org/platform-values.git")
                                .addCommit(c -> c.id("c0ffee0000000000000000000000000000000001").tag("v2.4.3")
                                        .subject("Release 2.4.3").author("Release Bot <bot@example.org>")
                                        .committer("Release Bot <bot@example.org>")
                                        .creatorDate("2025-06-02T22:10:00Z"))
                                .observedRefs(o -> o
                                        .addTag(t -> t.name("v2.4.2").id("c0ffee0000000000000000000000000000000000"))
                                        .addTag(t -> t.name("v2.4.3").id("c0ffee0000000000000000000000000000000002")
                                                .unknownFields(JsonObject.of("peeled",
                                                        "c0ffee0000000000000000000000000000000001")))))))
                .build();
        assertEquals(read, built);
    }

    @Test
    void unknownEnumValuesRoundTripAndMapToUnknown() {
        String yaml = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: future
                  namespace: demo
                spec:
                  subscriptions:
                  - git:
                      repoURL: https://github.com/example/app.git
                      commitSelectionStrategy: NewestCommitAcrossBranches
                  - image:
                      repoURL: ghcr.io/example/app
                      imageSelectionStrategy: Alphabetical
                  freightCreationPolicy: OnApproval
                """;
        Warehouse w = (Warehouse) RoundTrip.assertLossless(yaml).get(0).resource();
        WarehouseSpec spec = w.spec();
        assertEquals(Optional.of(FreightCreationPolicy.UNKNOWN), spec.freightCreationPolicy());
        assertEquals(Optional.of("OnApproval"), spec.freightCreationPolicyAsString());
        GitSubscription git = spec.subscriptions().get(0).git().orElseThrow();
        assertEquals(Optional.of(CommitSelectionStrategy.UNKNOWN), git.commitSelectionStrategy());
        assertEquals(Optional.of("NewestCommitAcrossBranches"), git.commitSelectionStrategyAsString());
        ImageSubscription image = spec.subscriptions().get(1).image().orElseThrow();
        assertEquals(Optional.of(ImageSelectionStrategy.UNKNOWN), image.imageSelectionStrategy());
        assertEquals(Optional.of("Alphabetical"), image.imageSelectionStrategyAsString());
        assertTrue(CODEC.toYaml(w).contains("imageSelectionStrategy: Alphabetical"));

        assertThrows(IllegalArgumentException.class,
                () -> WarehouseSpec.builder().freightCreationPolicy(FreightCreationPolicy.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> GitSubscription.builder().commitSelectionStrategy(CommitSelectionStrategy.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> ImageSubscription.builder().imageSelectionStrategy(ImageSelectionStrategy.UNKNOWN));
        for (CommitSelectionStrategy s : CommitSelectionStrategy.values()) {
            if (s != CommitSelectionStrategy.UNKNOWN) {
                assertEquals(Optional.of(s), GitSubscription.builder().repoURL("https://x/y")
                        .commitSelectionStrategy(s).build().commitSelectionStrategy());
            }
        }
    }

    @Test
    void subscriptionTypeIsEmptyUnlessExactlyOneKey() {
        Subscription none = Subscription.builder().build();
        assertEquals(Optional.empty(), none.type());
        assertEquals(Optional.empty(), none.other());

        Subscription two = Subscription.builder().git(GitSubscription.of("https://github.com/example/app.git"))
                .image(ImageSubscription.of("ghcr.io/example/app")).build();
        assertEquals(Optional.empty(), two.type());

        Subscription typedPlusStray = Subscription.git(GitSubscription.of("https://github.com/example/app.git"))
                .withUnknownFields(JsonObject.of("image", Map.of("repoURL", "ghcr.io/example/app")));
        assertEquals(Optional.empty(), typedPlusStray.type());
        assertEquals(Optional.empty(), typedPlusStray.other());

        assertEquals(Optional.of("image"), Subscription.image(ImageSubscription.of("ghcr.io/example/app")).type());
        assertEquals(Optional.of("chart"), Subscription.chart(ChartSubscription.builder()
                .repoURL("oci://ghcr.io/example/charts/app").build()).type());

        assertThrows(IllegalArgumentException.class,
                () -> Subscription.generic("git", GenericSubscription.builder().name("x").build()));
        Subscription malformed = Subscription.builder()
                .unknownFields(JsonObject.of("custom", Map.of("config", Map.of()))).build();
        assertEquals(Optional.of("custom"), malformed.type());
        assertThrows(ManifestException.class, malformed::other, "a generic subscription needs a name");
        Subscription scalar = Subscription.builder().unknownFields(JsonObject.of("custom", "oops")).build();
        assertThrows(ManifestException.class, scalar::other);
    }

    @Test
    void genericSubscriptionIsWrittenUnderItsType() {
        Subscription s = Subscription.generic("artifactory", GenericSubscription.builder()
                .name("libs").discoveryLimit(3).build());
        JsonObject tree = KargoCodec.toTree(s).asObject();
        assertEquals(List.of("artifactory"), tree.keys());
        JsonObject value = tree.get("artifactory").orElseThrow().asObject();
        assertEquals(Optional.of("libs"), value.getString("name"));
        assertEquals(Optional.of(JsonNumber.of(3)), value.get("discoveryLimit"));
        assertEquals("libs", s.other().orElseThrow().getValue().name());
    }

    @Test
    void urlPatternsAcceptWhatKargoAcceptsAndRejectTheRest() {
        Pattern git = Pattern.compile(GitSubscription.GIT_URL);
        for (String ok : List.of("https://github.com/example/app.git", "http://gitea.local:3000/org/app",
                "ssh://git@github.com/example/app.git", "git@github.com:example/app.git",
                "https://user:token@git.example.com/app")) {
            assertTrue(git.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("github.com/example/app", "ftp://example.com/app", "https://")) {
            assertFalse(git.matcher(bad).matches(), bad);
        }
        Pattern gitResult = Pattern.compile(GitDiscoveryResult.GIT_URL);
        assertTrue(gitResult.matcher("git@github.com:example/app.git").matches());

        Pattern image = Pattern.compile(ImageSubscription.IMAGE_REPO);
        for (String ok : List.of("nginx", "your-registry.io/nginx", "localhost:5000/team/app",
                "ghcr.io/example-org/model-server", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")) {
            assertTrue(image.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("nginx:1.27", "https://ghcr.io/example/app", "ghcr.io/example/app@sha256:ab")) {
            assertFalse(image.matcher(bad).matches(), bad);
        }

        Pattern chart = Pattern.compile(ChartSubscription.CHART_REPO);
        for (String ok : List.of("https://charts.bitnami.com/bitnami", "oci://ghcr.io/example/charts/app",
                "http://localhost:8080")) {
            assertTrue(chart.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("ghcr.io/example/charts/app", "git://example.com/charts")) {
            assertFalse(chart.matcher(bad).matches(), bad);
        }

        Pattern branch = Pattern.compile(GitSubscription.GIT_BRANCH);
        assertTrue(branch.matcher("release/1.x").matches());
        assertFalse(branch.matcher("feature/").matches());

        Pattern platform = Pattern.compile(ImageSubscription.PLATFORM);
        assertTrue(platform.matcher("linux/amd64").matches());
        assertTrue(platform.matcher("linux/arm64/v8").matches());
        assertFalse(platform.matcher("linux").matches());

        Pattern duration = Pattern.compile(WarehouseSpec.DURATION);
        for (String ok : List.of("5m0s", "90s", "1h30m", "1.5h")) {
            assertTrue(duration.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("5", "1d", "500ms", "5 m")) {
            assertFalse(duration.matcher(bad).matches(), bad);
        }
    }
}
