package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnknownFieldCheckTest {

    static Report validate(String yaml) {
        return PipelineValidator.create().validateManifests(KargoCodec.create().parse(yaml, "test.yaml"));
    }

    static List<Finding> unknown(String yaml) {
        return validate(yaml).withCodes("KU001", "KU002", "KU003").findings();
    }

    static Finding only(String yaml) {
        List<Finding> fs = unknown(yaml);
        assertEquals(1, fs.size(), () -> "expected exactly one KU finding, got " + fs);
        return fs.get(0);
    }

    static final String STAGE_HEAD = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: prod
              namespace: demo
            spec:
            """;

    static String stage(String specBody) {
        return STAGE_HEAD + specBody.stripIndent().indent(2);
    }

    static final String REQUEST = """
            requestedFreight:
              - origin:
                  kind: Warehouse
                  name: app
                sources:
                  direct: true
            """;

    // ------------------------------------------------------------------------------------------------ KU001

    @Test
    void fieldBesideItsParentIsReportedWithTheNearbyPath() {
        Finding f = only(stage("""
                requestedFreight:
                  - origin:
                      kind: Warehouse
                      name: app
                    sources:
                      stages: [qa-east, qa-west]
                    availabilityStrategy: All
                """));
        assertEquals("KU001", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.requestedFreight[0].availabilityStrategy", f.path().toString());
        assertTrue(f.message().contains("Stage prod"), f.message());
        assertTrue(f.message().contains("did you mean `spec.requestedFreight[0].sources.availabilityStrategy`?"),
                f.message());
        assertTrue(f.message().contains("drops it"), f.message());
        assertEquals("move `availabilityStrategy` to `spec.requestedFreight[0].sources.availabilityStrategy`",
                f.hint());
        assertEquals(13, f.position().orElseThrow().line());
    }

    @Test
    void fieldInItsRightPlaceIsNotReported() {
        assertEquals(List.of(), unknown(stage("""
                requestedFreight:
                  - origin:
                      kind: Warehouse
                      name: app
                    sources:
                      stages: [qa-east, qa-west]
                      availabilityStrategy: All
                """)));
    }

    @Test
    void otherSpellingOfAKnownFieldIsARename() {
        Finding f = only(stage(REQUEST + "Shard: east\n"));
        assertEquals("spec.Shard", f.path().toString());
        assertTrue(f.message().contains("did you mean `spec.shard`?"), f.message());
        assertEquals("rename `Shard` to `shard`", f.hint());
    }

    @Test
    void misspeltFieldGetsTheNearName() {
        Finding f = only(stage(REQUEST + """
                promotionTemplat:
                  spec:
                    steps:
                      - uses: fail
                """));
        assertTrue(f.message().contains("did you mean `spec.promotionTemplate`?"), f.message());
    }

    @Test
    void fieldInTheWrongSiblingOfItsParentIsFound() {
        Finding f = only(stage("""
                requestedFreight:
                  - origin:
                      kind: Warehouse
                      name: app
                      direct: true
                    sources: {}
                """));
        assertEquals("spec.requestedFreight[0].origin.direct", f.path().toString());
        assertTrue(f.message().contains("did you mean `spec.requestedFreight[0].sources.direct`?"), f.message());
    }

    @Test
    void fieldOneLevelTooDeepIsFoundInTheParent() {
        Finding f = only(stage(REQUEST + """
                verification:
                  analysisTemplates:
                    - name: smoke
                      args:
                        - name: a
                          value: b
                """));
        assertEquals("spec.verification.analysisTemplates[0].args", f.path().toString());
        assertTrue(f.message().contains("did you mean `spec.verification.args`?"), f.message());
    }

    @Test
    void unknownFieldWithoutNeighbourListsTheKnownFields() {
        Finding f = only(stage(REQUEST + "colour: blue\n"));
        assertFalse(f.message().contains("did you mean"), f.message());
        assertTrue(f.hint().startsWith("remove `colour`"), f.hint());
        assertTrue(f.hint().contains("requestedFreight, promotionTemplate, verification, vars, shard"), f.hint());
    }

    @Test
    void topLevelTypoIsReported() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                specs: {}
                """);
        assertEquals("specs", f.path().toString());
        assertTrue(f.message().startsWith("Warehouse app: `specs` is not a field of the Kargo v1.11 Warehouse schema"),
                f.message());
        assertTrue(f.message().contains("did you mean `spec`?"), f.message());
    }

    @Test
    void metadataTyposAreReportedButServerSetFieldsAreNot() {
        List<Finding> fs = unknown("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                  uid: 0b7c5d2e
                  resourceVersion: "42"
                  generation: 3
                  creationTimestamp: "2025-01-01T00:00:00Z"
                  managedFields: []
                  lables:
                    team: a
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                """);
        assertEquals(1, fs.size(), fs::toString);
        assertEquals("metadata.lables", fs.get(0).path().toString());
        assertTrue(fs.get(0).message().contains("did you mean `metadata.labels`?"), fs.get(0).message());
    }

    @Test
    void otherKindsTypedByTheModelAreCheckedToo() {
        Finding secret = only("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: creds
                  namespace: demo
                stringdata:
                  password: hunter2
                """);
        assertEquals("stringdata", secret.path().toString());
        assertTrue(secret.message().contains("Kubernetes Secret schema"), secret.message());
        assertTrue(secret.message().contains("did you mean `stringData`?"), secret.message());
        assertFalse(secret.message().contains("hunter2"), "never print Secret values");
        assertFalse(secret.hint().contains("hunter2"), "never print Secret values");

        Finding at = only("""
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata:
                  name: smoke
                  namespace: demo
                spec:
                  metrics:
                    - name: ok
                      successConditon: result == 1
                      provider:
                        web:
                          url: https://example.com
                """);
        assertEquals("spec.metrics[0].successConditon", at.path().toString());
        assertTrue(at.message().contains("Argo Rollouts AnalysisTemplate schema"), at.message());
        assertTrue(at.message().contains("did you mean `spec.metrics[0].successCondition`?"), at.message());
    }

    @Test
    void unknownKindsOtherGroupsAndFreeFormPartsAreNotReported() {
        assertEquals(List.of(), unknown("""
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: app
                spec:
                  whatever: 1
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: KargoThing
                metadata:
                  name: x
                spec:
                  anything: goes
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: demo
                  labels:
                    kargo.akuity.io/project: "true"
                spec:
                  finalizers: [kubernetes]
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata:
                  name: f
                  namespace: demo
                origin:
                  kind: Warehouse
                  name: app
                artifacts:
                  - artifactType: oci
                    subscriptionName: s
                    version: v1
                    metadata:
                      free: form
                """));
    }

    @Test
    void removedLegacyFieldsAreLeftToTheLegacyRules() {
        assertEquals(List.of(), unknown("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: old
                  namespace: demo
                spec:
                  subscriptions:
                    warehouse: app
                  promotionMechanisms:
                    gitRepoUpdates: []
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: argocd-update
                          config:
                            apps:
                              - name: app
                                fromOrigin:
                                  kind: Warehouse
                                  name: app
                                sources:
                                  - repoURL: https://github.com/example/app.git
                                    desiredCommitFromStep: clone
                                    kustomize:
                                      images:
                                        - repoURL: ghcr.io/example/app
                                          useDigest: true
                        - uses: git-clone
                          config:
                            repoURL: https://github.com/example/app.git
                            checkout:
                              - fromFreight: true
                                path: ./src
                        - uses: git-commit
                          config:
                            path: ./src
                            messageFromSteps: [update]
                        - uses: git-open-pr
                          config:
                            repoURL: https://github.com/example/app.git
                            sourceBranchFromStep: push
                            targetBranch: main
                        - uses: git-wait-for-pr
                          config:
                            repoURL: https://github.com/example/app.git
                            prNumberFromStep: pr
                status:
                  phase: Steady
                  message: ok
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata:
                  name: demo
                spec:
                  promotionPolicies:
                    - stage: dev
                      autoPromotionEnabled: true
                status:
                  phase: Ready
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                        semverConstraint: ^1.0.0
                        gitRepoURL: https://github.com/example/app.git
                        tagSelectionStrategy: SemVer
                        updateStrategy: SemVer
                    - chart:
                        repoURL: https://charts.example.com
                        registryURL: https://charts.example.com
                        name: app
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata:
                  name: f
                  namespace: demo
                id: abc
                warehouse: app
                origin:
                  kind: Warehouse
                  name: app
                commits:
                  - repoURL: https://github.com/example/app.git
                    id: abc
                """));
    }

    @Test
    void legacyNamesAreExcludedOnlyWhereTheyWereFields() {
        Finding f = only(stage(REQUEST + "useDigest: true\n"));
        assertEquals("spec.useDigest", f.path().toString());
    }

    // ------------------------------------------------------------------------------------------------ KU002

    @Test
    void unknownKeyInASubscriptionIsStoredAndIgnored() {
        Finding f = only("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                        allowTagRegexes: ['^v1\\.']
                """);
        assertEquals("KU002", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.subscriptions[0].image.allowTagRegexes", f.path().toString());
        assertTrue(f.message().contains("Warehouse app"), f.message());
        assertTrue(f.message().contains("is not a field of an image subscription"), f.message());
        assertTrue(f.message().contains("stores it but ignores it"), f.message());
        assertTrue(f.message().contains("did you mean `spec.subscriptions[0].image.allowTagsRegexes`?"),
                f.message());
        assertEquals("rename `allowTagRegexes` to `allowTagsRegexes`", f.hint());
    }

    @Test
    void knownSubscriptionKeysAndOtherSubscriptionTypesAreNotReported() {
        assertEquals(List.of(), unknown("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                        allowTagsRegexes: ['^v1\\.']
                        constraint: ^1.0.0
                    - git:
                        repoURL: https://github.com/example/app.git
                        commitSelectionStrategy: SemVer
                        semverConstraint: ^1.0.0
                    - chart:
                        repoURL: oci://ghcr.io/example/charts/app
                        semverConstraint: ^1.0.0
                    - artifactory:
                        name: a
                        config:
                          anything: goes
                """));
    }

    @Test
    void gitAndChartSubscriptionsAreCheckedToo() {
        List<Finding> fs = unknown("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                        includePath: [apps/]
                    - chart:
                        repoURL: https://charts.example.com
                        chartName: app
                """);
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.code().equals("KU002")), fs::toString);
        assertTrue(fs.get(0).message().contains("git subscription"), fs.get(0).message());
        assertTrue(fs.get(0).message().contains("`spec.subscriptions[0].git.includePaths`"), fs.get(0).message());
        assertTrue(fs.get(1).message().contains("chart subscription"), fs.get(1).message());
    }

    // ------------------------------------------------------------------------------------------------ KU003

    @Test
    void stepConfigKeyBesideTheListItBelongsInIsReported() {
        Finding f = only(stage(REQUEST + """
                promotionTemplate:
                  spec:
                    steps:
                      - uses: git-clone
                        config:
                          repoURL: https://github.com/example/deploy.git
                          path: ./out
                          checkout:
                            - branch: main
                """));
        assertEquals("KU003", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.path", f.path().toString());
        assertTrue(f.message().contains("step 1 (`git-clone`)"), f.message());
        assertTrue(f.message().contains("the promotion fails"), f.message());
        assertTrue(f.message().contains("did you mean `spec.promotionTemplate.spec.steps[0].config.checkout[0].path`?"),
                f.message());
    }

    @Test
    void validStepConfigsAreNotReported() {
        assertEquals(List.of(), unknown(stage(REQUEST + """
                promotionTemplate:
                  spec:
                    steps:
                      - uses: git-clone
                        config:
                          repoURL: https://github.com/example/deploy.git
                          checkout:
                            - branch: main
                              path: ./out
                      - uses: http
                        as: check
                        config:
                          url: https://example.com
                          headers:
                            - name: Accept
                              value: application/json
                          successExpression: response.status == 200
                          outputs:
                            - name: id
                              fromExpression: response.body.id
                      - uses: argocd-update
                        config:
                          apps:
                            - selector:
                                matchLabels:
                                  any-label: goes
                              sources:
                                - repoURL: https://github.com/example/deploy.git
                                  helm:
                                    images:
                                      - key: image.tag
                                        value: v1
                      - uses: custom-step
                        config:
                          whatever: 1
                """)));
    }

    @Test
    void stepFieldThatBelongsInTheConfigIsFound() {
        Finding f = only(stage(REQUEST + """
                promotionTemplate:
                  spec:
                    steps:
                      - uses: git-push
                        as: push
                        targetBranch: main
                        config:
                          path: ./out
                """));
        assertEquals("KU001", f.code());
        assertEquals("spec.promotionTemplate.spec.steps[0].targetBranch", f.path().toString());
        assertTrue(f.message().contains("did you mean `spec.promotionTemplate.spec.steps[0].config.targetBranch`?"),
                f.message());
    }

    @Test
    void stepConfigsOfTasksAndPromotionsAreCheckedToo() {
        List<Finding> fs = unknown("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: t
                  namespace: demo
                spec:
                  steps:
                    - uses: yaml-update
                      config:
                        path: values.yaml
                        update:
                          - key: a
                            value: b
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Promotion
                metadata:
                  name: p
                  namespace: demo
                spec:
                  stage: dev
                  freight: abc
                  steps:
                    - uses: git-commit
                      config:
                        path: ./out
                        mesage: hi
                """);
        assertEquals(2, fs.size(), fs::toString);
        assertEquals("spec.steps[0].config.update", fs.get(0).path().toString());
        assertTrue(fs.get(0).message().contains("`spec.steps[0].config.updates`"), fs.get(0).message());
        assertEquals("spec.steps[0].config.mesage", fs.get(1).path().toString());
        assertTrue(fs.get(1).message().contains("`spec.steps[0].config.message`"), fs.get(1).message());
    }

    // ------------------------------------------------------------------------------------------------ in code

    @Test
    void resourcesBuiltInCodeAreWalkedThroughTheirTree() {
        Stage stage = Stage.builder()
                .metadata(ObjectMeta.of("demo", "prod"))
                .spec(s -> s.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse("app"),
                        FreightSources.builder().direct(true).build()))
                        .unknownFields(JsonObject.of("shrad", JsonString.of("east"))))
                .build();
        Report r = PipelineValidator.create().validateResources(List.of(stage)).withCodes("KU001");
        assertEquals(1, r.findings().size(), r::toString);
        Finding f = r.findings().get(0);
        assertEquals(JsonPath.parse("spec.shrad"), f.path());
        assertTrue(f.position().isEmpty());
        assertTrue(f.message().contains("did you mean `spec.shard`?"), f.message());
    }

    // ------------------------------------------------------------------------------------------------ plug point

    @Test
    void stepConfigShapesArePluggable() {
        StepConfigShapes fake = StepConfigShapes.of(Map.of("my-step", KnownFields.paths("name", "target.url")));
        Report r = PipelineValidator.builder().addCheck(new UnknownFieldCheck(fake)).build()
                .validateManifests(KargoCodec.create().parse(stage(REQUEST + """
                        promotionTemplate:
                          spec:
                            steps:
                              - uses: my-step
                                config:
                                  name: a
                                  target:
                                    url: https://example.com
                                    uri: https://example.com
                        """), "t.yaml")).withCodes("KU003");
        assertEquals(1, r.findings().size(), r::toString);
        assertEquals("spec.promotionTemplate.spec.steps[0].config.target.uri", r.findings().get(0).path().toString());
        assertTrue(r.findings().get(0).message().contains("`my-step`"), r.findings().get(0).message());
    }

    @Test
    void typedStepConfigsPlugInThroughTheirShape() {
        StepConfigShapes typed = StepConfigShapes.fromTypes(Map.of("origin-step", FreightOrigin.class));
        KnownFields origin = typed.configOf("origin-step").orElseThrow();
        assertEquals(java.util.Set.of("kind", "name"), origin.names());
        assertTrue(typed.configOf("git-clone").isEmpty());
        assertTrue(typed.orElse(StepConfigShapes.builtIn()).configOf("git-clone").isPresent());
        assertTrue(StepConfigShapes.none().configOf("git-clone").isEmpty());
        assertTrue(StepConfigShapes.defaults().configOf("git-push").isPresent(),
                "defaults fall back on the built-in shapes");
    }

    @Test
    void knownFieldsFromPaths() {
        KnownFields k = KnownFields.paths("a", "b[].c", "b[].d.e", "f.*");
        assertEquals(java.util.Set.of("a", "b", "f"), k.names());
        assertTrue(k.isList("b"));
        assertFalse(k.isList("a"));
        assertTrue(k.field("a").orElseThrow().isAny());
        assertTrue(k.field("f").orElseThrow().isAny());
        assertEquals(java.util.Set.of("c", "d"), k.field("b").orElseThrow().names());
        assertTrue(k.field("zzz").isEmpty());
        assertEquals(java.util.Set.of("a", "b[].c", "b[].d.e", "f"), k.describePaths());
        assertTrue(KnownFields.paths("*").isAny());
        assertTrue(KnownFields.mapOf(KnownFields.any()).acceptsAnyName());
    }
}
