package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.Validate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldConstraintsCheckTest {

    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: %s
              namespace: demo
            spec:
              requestedFreight:
                - origin:
                    kind: %s
                    name: app
                  sources:
                    stages: [qa]
                    requiredSoakTime: %s
                    availabilityStrategy: %s
            """;

    private static String stage(String name, String kind, String soak, String strategy) {
        return STAGE.formatted(name, kind, soak, strategy);
    }

    private static List<Finding> kf001(String yaml) {
        return Validate.yaml(yaml).withCodes("KF001").findings();
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void aDurationWithDaysIsReportedAtItsLineWithTheHoursToWrite() {
        Finding f = only(kf001(stage("uat", "Warehouse", "1d", "All")));
        assertEquals("KF001", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.requestedFreight[0].sources.requiredSoakTime", f.path().toString());
        assertEquals(Optional.of("test.yaml"), f.source());
        assertEquals(Optional.of(new SourcePosition(13, 9)), f.position());
        assertEquals("spec.requestedFreight[0].sources.requiredSoakTime \"1d\" is not a duration like 5m or 1h30m",
                f.message());
        assertTrue(f.hint().startsWith("write \"24h\"; ") && f.hint().contains("s, m or h"), f.hint());
        assertEquals("Stage demo/uat", f.resource().toString());
    }

    @Test
    void aValidNeighbourHasNoFinding() {
        assertEquals(List.of(), kf001(stage("uat", "Warehouse", "24h", "All")));
        assertEquals(List.of(), kf001(stage("uat", "Warehouse", "1h30m", "OneOf")));
    }

    @Test
    void aWordyDurationGetsACompactSuggestion() {
        Finding f = only(kf001(stage("uat", "Warehouse", "\"1 hour 30 minutes\"", "All")));
        assertTrue(f.hint().startsWith("write \"1h30m\"; "), f.hint());
    }

    @Test
    void anInvalidNameIsLeftToTheNameRule() {
        // metadata.name follows its kind's rule (KA036), not a field constraint
        assertEquals(List.of(), kf001(stage("Bad_Name", "Warehouse", "1h", "All")));
        Finding f = only(Validate.yaml(stage("Bad_Name", "Warehouse", "1h", "All")).withCodes("KA036").findings());
        assertEquals("metadata.name", f.path().toString());
        assertTrue(f.message().startsWith("Stage name \"Bad_Name\" contains 'B'"), f.message());
        assertTrue(f.hint().startsWith("write \"bad-name\" (") , f.hint());
        assertEquals(Optional.of(new SourcePosition(4, 3)), f.position());
    }

    @Test
    void anEnumValueInTheWrongCaseGetsTheRightSpelling() {
        Finding f = only(kf001(stage("uat", "Warehouse", "1h", "oneOf")));
        assertEquals("spec.requestedFreight[0].sources.availabilityStrategy", f.path().toString());
        assertEquals("spec.requestedFreight[0].sources.availabilityStrategy \"oneOf\" is not one of All or OneOf",
                f.message());
        assertEquals("write \"OneOf\" (values are case-sensitive)", f.hint());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Finding f = only(kf001(stage("uat", "Warehouse", "1h", "Some")));
        assertEquals("use one of: All, OneOf (or leave it out)", f.hint());
    }

    @Test
    void theJsonNameOfAnAccessorIsUsed() {
        // kindAsString() is the JSON property "kind"
        Finding f = only(kf001(stage("uat", "Stage", "1h", "All")));
        assertEquals("spec.requestedFreight[0].origin.kind", f.path().toString());
        assertEquals("spec.requestedFreight[0].origin.kind \"Stage\" is not Warehouse", f.message());
        assertEquals("the only value Kargo accepts here is Warehouse", f.hint());
        assertEquals(Optional.of(new SourcePosition(9, 9)), f.position());
    }

    @Test
    void anEmptyRequiredValueIsReportedOnceAsEmpty() {
        Finding f = only(kf001(stage("uat", "\"\"", "1h", "All")));
        assertEquals("spec.requestedFreight[0].origin.kind", f.path().toString());
        assertEquals("spec.requestedFreight[0].origin.kind is empty", f.message());
    }

    @Test
    void anEmptyNameIsReportedOnceAndALongOneByItsLength() {
        assertEquals(List.of(), kf001(stage("\"\"", "Warehouse", "1h", "All")));
        Finding empty = only(Validate.yaml(stage("\"\"", "Warehouse", "1h", "All")).withCodes("KA036").findings());
        assertTrue(empty.message().startsWith("Stage in namespace \"demo\" has an empty metadata.name; the API "
                + "server rejects it: \"metadata.name: Required value: name or generateName is required\""),
                empty.message());
        Finding lng = only(Validate.yaml(stage("a".repeat(254), "Warehouse", "1h", "All")).withCodes("KA036")
                .findings());
        assertTrue(lng.message().contains("is 254 characters long, but a DNS-1123 subdomain has at most 253")
                && lng.message().endsWith("must be no more than 253 characters\""), lng.message());
        assertEquals("write \"" + "a".repeat(253) + "\" (lower-case letters, digits, '-' and '.', starting and "
                + "ending with a letter or digit, at most 253 characters), and update what refers to it by name",
                lng.hint());
        Finding both = only(Validate.yaml(stage("A".repeat(300), "Warehouse", "1h", "All")).withCodes("KA036")
                .findings());
        assertTrue(both.message().contains("must be no more than 253 characters, a lowercase RFC 1123 subdomain"),
                both.message());
    }

    @Test
    void anEmptyListThatMustNotBeEmptySaysWhatToAdd() {
        Finding f = only(kf001("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: uat, namespace: demo}
                spec:
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-clone
                """));
        assertEquals("spec.requestedFreight", f.path().toString());
        assertEquals("spec.requestedFreight is empty; it needs at least 1 entry", f.message());
        assertTrue(f.hint().contains("origin"), f.hint());
        assertEquals(Optional.of(new SourcePosition(4, 1)), f.position(), "the nearest existing ancestor: spec");
    }

    @Test
    void constraintsOnOptionalAndListElementsAreChecked() {
        // Optional<@Min(1) @Max(100) Integer>, List<@Pattern String>, and @Size(max = 2) on the list itself
        List<Finding> fs = kf001("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  interval: 5 minutes
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                        discoveryLimit: 500
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata: {name: demo, namespace: demo}
                spec:
                  promotionPolicies:
                    - stageSelector: {name: prod}
                      autoRollback:
                        onPromotion: [Failed, Bogus, Errored]
                """);
        List<String> paths = fs.stream().map(f -> f.path().toString()).toList();
        assertEquals(List.of("spec.interval", "spec.subscriptions[0].git.discoveryLimit",
                "spec.promotionPolicies[0].autoRollback.onPromotion",
                "spec.promotionPolicies[0].autoRollback.onPromotion[1]"), paths, fs.toString());
        assertEquals("spec.interval \"5 minutes\" is not a duration like 5m or 1h30m", fs.get(0).message());
        assertTrue(fs.get(0).hint().startsWith("write \"5m\"; "), fs.get(0).hint());
        assertEquals("spec.subscriptions[0].git.discoveryLimit is 500; it must be at most 100", fs.get(1).message());
        assertEquals("spec.promotionPolicies[0].autoRollback.onPromotion has 3 entries; at most 2 entries are"
                + " allowed", fs.get(2).message());
        assertEquals("spec.promotionPolicies[0].autoRollback.onPromotion[1] \"Bogus\" is not one of Failed or"
                + " Errored", fs.get(3).message());
        assertEquals(Optional.of(new SourcePosition(18, 31)), fs.get(3).position());
    }

    @Test
    void stepFieldsMapThroughNestedLists() {
        Finding f = only(kf001("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: uat, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: git-clone
                        - task:
                            name: Deploy
                            kind: ClusterPromotionTask
                """));
        assertEquals("spec.promotionTemplate.spec.steps[1].task.name", f.path().toString());
        assertEquals(Optional.of(new SourcePosition(13, 13)), f.position());
    }

    @Test
    void secretValuesAreNeverQuoted() {
        Finding f = only(Validate.yaml("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: My_Token
                  namespace: demo
                stringData:
                  password: hunter2
                """).withCodes("KA036").findings());
        assertEquals("metadata.name", f.path().toString());
        assertTrue(f.message().startsWith("Secret in namespace \"demo\": metadata.name is not a DNS-1123 subdomain"),
                f.message());
        assertFalse(f.message().contains("My_Token") || f.hint().contains("my-token"), f.toString());
        assertFalse(f.message().contains("hunter2") || f.hint().contains("hunter2"));
    }

    @Test
    void passwordsInUrlsAreMasked() {
        Finding f = only(kf001("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://bot:hunter2@github.com
                """));
        assertEquals("spec.subscriptions[0].git.repoURL", f.path().toString());
        assertFalse(f.message().contains("hunter2"), f.message());
        assertTrue(f.message().contains("https://bot:***@github.com") && f.message().contains("Git repository URL"),
                f.message());
    }

    @Test
    void statusIsNotChecked() {
        assertEquals(List.of(), kf001("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: uat, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                status:
                  lastPromotion:
                    name: uat.01
                    freight:
                      name: abc
                      origin: {kind: Nonsense, name: app}
                """));
    }

    @Test
    void resourcesBuiltInCodeGetPathsWithoutPositions() {
        KargoResource stage = KargoCodec.create().parse(stage("uat", "Warehouse", "2 days", "All")).get(0).resource();
        Report report = PipelineValidator.create().validateResources(List.of(stage));
        Finding f = only(report.withCodes("KF001").findings());
        assertEquals("spec.requestedFreight[0].sources.requiredSoakTime", f.path().toString());
        assertEquals(Optional.empty(), f.source());
        assertEquals(Optional.empty(), f.position());
        assertTrue(f.hint().startsWith("write \"48h\"; "), f.hint());
    }

    @Test
    void suggestionsAreOnlyMadeWhenTheyAreValid() {
        assertEquals("bad-name", Explanations.kubernetesName("Bad_Name"));
        assertEquals("app.v2", Explanations.kubernetesName("-App.-V2-"));
        assertEquals(null, Explanations.kubernetesName("___"));
        assertEquals("24h", Explanations.duration("1d"));
        assertEquals("1h30m", Explanations.duration("1h 30m"));
        assertEquals("168h", Explanations.duration("1 week"));
        assertEquals(null, Explanations.duration("soon"));
        assertEquals(null, Explanations.duration("5ms"));
        assertEquals("image_tag", Explanations.variableName("image-tag"));
        assertEquals("_1st", Explanations.variableName("1st"));
        assertEquals("ghcr.io/example/app", Explanations.imageRepository("ghcr.io/example/app:1.2.3"));
        assertEquals("localhost:5000/app", Explanations.imageRepository("localhost:5000/app@sha256:abc"));
        assertEquals("ghcr.io/example/app", Explanations.imageRepository("https://ghcr.io/example/app"));
    }

    @Test
    void genericResourcesAreNotJudged() {
        assertEquals(List.of(), kf001("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: system:kargo-viewer
                rules: []
                """));
    }

    @Test
    void messagesAreInterpolatedWithoutAnExpressionLanguage() {
        boolean el;
        try {
            Class.forName("jakarta.el.ExpressionFactory");
            el = true;
        } catch (ClassNotFoundException e) {
            el = false;
        }
        assertFalse(el, "the test class path must not hold an EL implementation");
        var meta = io.github.kargo4j.model.ObjectMeta.builder().namespace("x".repeat(300)).build();
        var messages = ModelValidation.validator().validate(meta).stream().map(v -> v.getMessage()).sorted().toList();
        assertTrue(messages.contains("size must be between 0 and 63"), messages.toString());
    }
}
