package io.github.kargo4j.validation.preview;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.validation.preview.RenderedStep.Decision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionPreviewTest {

    private static final String APP = "https://github.com/example-org/app.git";

    static List<Manifest> read(String yaml) {
        return KargoCodec.create().parse(yaml, "pipeline.yaml");
    }

    /** A Stage in namespace demo requesting Warehouse w, with the given spec lines after requestedFreight. */
    static String stage(String name, String rest) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: %s
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: w}
                      sources: {direct: true}
                %s
                """.formatted(name, rest.indent(2).stripTrailing());
    }

    static RenderedPromotion render(String yaml) {
        return PromotionPreview.builder().manifests(read(yaml)).commit(APP, "abc123").build().render("dev");
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object tree, Object... path) {
        Object v = tree;
        for (Object p : path) {
            v = p instanceof Integer i ? ((List<Object>) v).get(i) : ((Map<String, Object>) v).get(p);
        }
        return (T) v;
    }

    @Nested
    class Vars {
        @Test
        void stageVarsThenTemplateVarsEachSeeingTheOnesBefore() {
            RenderedPromotion p = render(stage("dev", """
                    vars:
                      - {name: a, value: one}
                      - {name: b, value: "${{ vars.a }}-b"}
                    promotionTemplate:
                      spec:
                        vars:
                          - {name: c, value: "${{ vars.b }}-c"}
                          - {name: a, value: three}
                        steps:
                          - uses: fake
                            config: {x: "${{ vars.a }}/${{ vars.b }}/${{ vars.c }}"}
                    """));
            assertEquals(List.of(), p.allErrors());
            assertEquals(Map.of("a", "three", "b", "one-b", "c", "one-b-c"), p.vars());
            assertEquals("three/one-b/one-b-c", p.step("step-1").configOrThrow().get("x"));
        }

        @Test
        void stepVarsOverridePromotionVarsAndSeeOutputsGiven() {
            String yaml = stage("dev", """
                    vars: [{name: env, value: dev}]
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: fake
                            as: first
                          - uses: fake
                            vars:
                              - {name: env, value: "${{ vars.env }}-override"}
                              - {name: pr, value: "${{ outputs.first.pr }}"}
                            config: {env: "${{ vars.env }}", pr: "${{ vars.pr }}"}
                    """);
            RenderedStep unknown = PromotionPreview.builder().manifests(read(yaml)).build().render("dev")
                    .step("step-2");
            assertEquals("dev-override", unknown.configOrThrow().get("env"));
            assertEquals("<var 'pr', which reads outputs (known only when the promotion runs): ${{ vars.pr }}>",
                    unknown.configOrThrow().get("pr"));
            assertEquals("<output of step 'first' (known only when the promotion runs): ${{ outputs.first.pr }}>",
                    unknown.vars().get("pr"));

            RenderedStep known = PromotionPreview.builder().manifests(read(yaml)).output("first", "pr", 42)
                    .build().render("dev").step("step-2");
            assertEquals(42L, known.configOrThrow().get("pr"));
        }

        @Test
        void aFailingPromotionVariableIsAnErrorNamingItsPlace() {
            RenderedPromotion p = render(stage("dev", """
                    vars: [{name: bad, value: "${{ vars.missing.x }}"}]
                    promotionTemplate:
                      spec:
                        steps: [{uses: fake, config: {a: b}}]
                    """));
            assertEquals(1, p.errors().size(), p.errors().toString());
            String e = p.errors().get(0);
            assertTrue(e.startsWith("pipeline.yaml:10:22: "), e);
            assertTrue(e.contains("Stage demo/dev spec.vars[0].value: error pre-processing promotion variable \"bad\""),
                    e);
            assertTrue(p.step("step-1").error().orElseThrow().contains("not rendered"));
        }
    }

    @Nested
    class Tasks {
        static final String TASK = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata: {name: deploy, namespace: demo}
                spec:
                  vars:
                    - {name: env}
                    - {name: region, value: eu}
                  steps:
                    - uses: fake
                      config: {target: "${{ vars.env }}-${{ vars.region }}", commit: "${{ commitFrom(vars.repo).ID }}"}
                    - uses: fake
                      as: push
                      config: {prev: "${{ task.outputs['step-1'].sha }}", all: "${{ outputs['deploy::step-1'].sha }}"}
                ---
                """;

        @Test
        void taskStepsAreInlinedWithTheirAliasesAndVars() {
            RenderedPromotion p = render(TASK + stage("dev", """
                    vars: [{name: repo, value: "%s"}]
                    promotionTemplate:
                      spec:
                        steps:
                          - task: {name: deploy}
                            as: deploy
                            vars: [{name: env, value: prod}]
                          - task: {name: deploy}
                            vars: [{name: env, value: qa}, {name: region, value: us}]
                    """.formatted(APP)));
            assertEquals(List.of(), p.allErrors());
            assertEquals(List.of("deploy::step-1", "deploy::push", "task-2::step-1", "task-2::push"),
                    p.steps().stream().map(RenderedStep::alias).toList());
            assertEquals("PromotionTask/deploy", p.step("deploy::step-1").task().orElseThrow());
            assertEquals("prod-eu", p.step("deploy::step-1").configOrThrow().get("target"));
            assertEquals("abc123", p.step("deploy::step-1").configOrThrow().get("commit"));
            assertEquals("qa-us", p.step("task-2::step-1").configOrThrow().get("target"));
            assertEquals("<output of step 'deploy::step-1' (known only when the promotion runs): "
                    + "${{ task.outputs['step-1'].sha }}>", p.step("deploy::push").configOrThrow().get("prev"));
        }

        @Test
        void givenOutputsReachTaskOutputsWithoutThePrefix() {
            RenderedPromotion p = PromotionPreview.builder().manifests(read(TASK + stage("dev", """
                    vars: [{name: repo, value: "%s"}]
                    promotionTemplate:
                      spec:
                        steps:
                          - task: {name: deploy}
                            as: deploy
                            vars: [{name: env, value: prod}]
                    """.formatted(APP)))).commit(APP, "abc123").output("deploy::step-1", "sha", "f00d").build()
                    .render("dev");
            assertEquals(Map.of("prev", "f00d", "all", "f00d"), p.step("deploy::push").configOrThrow());
        }

        @Test
        void aMissingRequiredTaskVariableAndAMissingTaskAreErrors() {
            RenderedPromotion p = render(TASK + stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - task: {name: deploy}
                          - task: {name: nowhere}
                    """));
            assertEquals(2, p.errors().size(), p.errors().toString());
            assertTrue(p.errors().get(0).contains("inflate task steps for task \"deploy\" (\"task-1\"): missing value "
                    + "for variable \"env\""), p.errors().get(0));
            assertTrue(p.errors().get(1).contains("PromotionTask \"nowhere\" not found in namespace \"demo\""),
                    p.errors().get(1));
            assertTrue(p.steps().isEmpty());
        }
    }

    @Nested
    class Conditions {
        @Test
        void ifIsDecidedOnTheHappyPathOrUndecidable() {
            RenderedPromotion p = render(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - {uses: fake, as: a, if: "${{ ctx.stage == 'dev' }}", config: {x: "1"}}
                          - {uses: fake, as: b, if: "${{ ctx.stage == 'prod' }}", config: {x: "${{ nope.nope }}"}}
                          - {uses: fake, as: c, if: "${{ status('a') == 'Succeeded' && status('b') == 'Skipped' }}"}
                          - {uses: fake, as: d, if: "${{ success() && !failure() && always() }}"}
                          - {uses: fake, as: e, if: "${{ outputs.a.merged }}", config: {v: "${{ vars }}"}}
                          - {uses: fake, as: f, if: "${{ 'yes' }}"}
                    """));
            assertEquals(Decision.RUNS, p.step("a").decision());
            assertEquals(Decision.SKIPPED, p.step("b").decision());
            assertTrue(p.step("b").config().isEmpty());
            assertTrue(p.step("b").error().isEmpty());
            assertEquals(Decision.RUNS, p.step("c").decision());
            assertEquals(Decision.RUNS, p.step("d").decision());
            assertEquals(Decision.UNDECIDED, p.step("e").decision());
            assertEquals(Map.of("v", Map.of()), p.step("e").configOrThrow());
            assertTrue(p.step("f").error().orElseThrow().endsWith("step 'f' (fake): expression must evaluate to a "
                    + "boolean, got string"), p.step("f").error().orElseThrow());
        }
    }

    @Nested
    class Values {
        @Test
        void integralNumbersAreIntegersAsKargoReadsThemBack() {
            RenderedPromotion p = render(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: fake
                            config:
                              sum: "${{ 1 + 2 }}"
                              half: "${{ 3 / 2 }}"
                              div: "${{ 4 / 2 }}"
                              literal: 5
                              text: "${{ quote(7) }}"
                              list: "${{ [1, 2.5] }}"
                              flag: "${{ true }}"
                    """));
            Map<String, Object> c = p.step("step-1").configOrThrow();
            assertEquals(3L, c.get("sum"));
            assertEquals(1.5, c.get("half"));
            assertEquals(2L, c.get("div"));
            assertEquals(5L, c.get("literal"));
            assertEquals("7", c.get("text"));
            assertEquals(List.of(1L, 2.5), c.get("list"));
            assertEquals(Boolean.TRUE, c.get("flag"));
        }

        @Test
        void secretValuesAreRedactedEverywhere() {
            String yaml = stage("dev", """
                    vars: [{name: token, value: "${{ secret('creds').token }}"}]
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: fake
                            config:
                              header: "Bearer ${{ secret('creds').token }}"
                              viaVar: "${{ vars.token }}"
                              missing: "${{ secret('nope') }}"
                              shared: "${{ sharedSecret('s').k }}"
                              cm: "${{ configMap('cm').region }}"
                          - uses: fake
                            as: boom
                            config: {n: "${{ int(secret('creds').token) }}"}
                    verification:
                      args: [{name: auth, value: "${{ secret('creds').token }}"}]
                    """);
            PreviewValues values = PreviewValues.builder().secret("creds", Map.of("token", "s3cr3t-value"))
                    .sharedSecret("s", Map.of("k", "shared-secret")).configMap("cm", Map.of("region", "eu")).build();
            RenderedPromotion p = PromotionPreview.builder().manifests(read(yaml)).values(values).build()
                    .render("dev");
            Map<String, Object> c = p.step("step-1").configOrThrow();
            assertEquals("Bearer <redacted>", c.get("header"));
            assertEquals("<redacted>", c.get("viaVar"));
            assertEquals(Map.of(), c.get("missing"));
            assertEquals("<redacted>", c.get("shared"));
            assertEquals("eu", c.get("cm"));
            assertEquals("<redacted>", p.vars().get("token"));
            assertEquals("<redacted>", p.verification().get(0).value().orElseThrow());
            String error = p.step("boom").error().orElseThrow();
            assertTrue(error.contains("<redacted>") && !error.contains("s3cr3t"), error);
            String all = PreviewReport.text(List.of(p)) + PreviewReport.tree(List.of(p));
            assertFalse(all.contains("s3cr3t") || all.contains("shared-secret"), all);
            assertFalse(values.toString().contains("s3cr3t"));
        }

        @Test
        void stepMetasAndVarsThatCannotBeEvaluatedArePlaceholdersToo() {
            RenderedPromotion p = render(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: fake
                            vars: [{name: major, value: "${{ semverParse('1.2.3').Major() }}"}]
                            config:
                              meta: "${{ stepMetas['x'].status }}"
                              viaVar: "v${{ vars.major }}"
                    """));
            Map<String, Object> c = p.step("step-1").configOrThrow();
            assertEquals("<step metadata (stepMetas) (known only when the promotion runs): "
                    + "${{ stepMetas['x'].status }}>", c.get("meta"));
            assertEquals("<var 'major', which is not evaluated offline: v${{ vars.major }}>", c.get("viaVar"));
        }

        @Test
        void semverDiffIsEvaluatedAndSemverParseIsAPlaceholder() {
            RenderedPromotion p = render(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: fake
                            config:
                              major: "${{ semverDiff('v1.2.3', '2.0') }}"
                              minor: "${{ semverDiff('1.2.3', '1.3.0') }}"
                              meta: "${{ semverDiff('1.2.3+a', '1.2.3+b') }}"
                              none: "${{ semverDiff('1.2', '1.2.0') }}"
                              bad: "${{ semverDiff('x', '1.0.0') }}"
                              parsed: "${{ semverParse('1.2.3').Major() }}"
                    """));
            Map<String, Object> c = p.step("step-1").configOrThrow();
            assertEquals("Major", c.get("major"));
            assertEquals("Minor", c.get("minor"));
            assertEquals("Metadata", c.get("meta"));
            assertEquals("None", c.get("none"));
            assertEquals("Incomparable", c.get("bad"));
            assertEquals("<not evaluated offline: semverParse(): ${{ semverParse('1.2.3').Major() }}>",
                    c.get("parsed"));
        }

        @Test
        void anErrorNamesFileLineColumnStepAndPathInsideTheConfig() {
            RenderedPromotion p = render(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps:
                          - uses: yaml-update
                            as: bad
                            config:
                              updates:
                                - {key: a, value: "${{ vars.nope.x }}"}
                    """));
            String e = p.step("bad").error().orElseThrow();
            assertTrue(e.startsWith("pipeline.yaml:17:26: "), e);
            assertTrue(e.contains("Stage demo/dev spec.promotionTemplate.spec.steps[0].config.updates[0].value: "
                    + "step 'bad' (yaml-update): config.updates[0].value: "), e);
            assertTrue(p.step("bad").config().isEmpty());
            assertThrows(IllegalStateException.class, () -> p.step("bad").configOrThrow());
        }
    }

    @Nested
    class Freight {
        static final String WAREHOUSES = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                    - git: {repoURL: "https://github.com/example-org/app"}
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: img, namespace: demo}
                spec:
                  subscriptions:
                    - image: {repoURL: "ghcr.io/example-org/api"}
                ---
                """;

        static final String TWO_ORIGINS = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                    - origin: {kind: Warehouse, name: img}
                      sources: {direct: true}
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: fake
                          config:
                            commit: "${{ commitFrom('https://GitHub.com/example-org/app.git').ID }}"
                            viaOrigin: "${{ commitFrom('https://github.com/example-org/app', warehouse('app')).ID }}"
                            tag: "${{ imageFrom('ghcr.io/example-org/api').Tag }}"
                            wrongOrigin: "${{ imageFrom('ghcr.io/example-org/api', warehouse('app')) }}"
                            name: "${{ ctx.targetFreight.origin.name }}"
                """;

        @Test
        void artifactsGoToTheOriginWhoseWarehouseSubscribes() {
            RenderedPromotion p = PromotionPreview.builder().manifests(read(WAREHOUSES + TWO_ORIGINS))
                    .commit(APP, "abc123").image("ghcr.io/example-org/api", "1.4.0", null).build().render("dev");
            assertEquals(List.of(), p.allErrors());
            Map<String, Object> c = p.step("step-1").configOrThrow();
            assertEquals("abc123", c.get("commit"));
            assertEquals("abc123", c.get("viaOrigin"));
            assertEquals("1.4.0", c.get("tag"));
            assertEquals("null", String.valueOf(c.get("wrongOrigin")));
            assertEquals("app", c.get("name"));
            assertEquals(List.of("Warehouse/app", "Warehouse/img"), p.freight().stream()
                    .map(RenderedPromotion.FreightUsed::origin).toList());
        }

        @Test
        void anArtifactNoOriginCanBeToldForIsAnError() {
            RenderedPromotion p = PromotionPreview.builder().manifests(read(TWO_ORIGINS)).commit(APP, "abc123")
                    .build().render("dev");
            assertTrue(p.errors().get(0).contains("cannot tell which requested origin provides it"),
                    p.errors().toString());
        }

        @Test
        void aLookupThatFindsNothingGivesAHint() {
            RenderedPromotion p = PromotionPreview.builder().manifests(read(stage("dev", """
                    promotionTemplate:
                      spec:
                        steps: [{uses: fake, config: {id: "${{ commitFrom('https://example.com/other.git').ID }}"}}]
                    """))).build().render("dev");
            String e = p.step("step-1").error().orElseThrow();
            assertTrue(e.contains("commitFrom(\"https://example.com/other.git\") found nothing in the Freight"), e);
        }

        @Test
        void freightIdIsTheOneKargoComputes() {
            // pkg/api/freight.go GenerateFreightID: sha1("Warehouse/w:" + "https://github.com/example-org/app:abc123")
            RenderedPromotion p = render(stage("dev", "promotionTemplate: {spec: {steps: [{uses: fake}]}}"));
            assertEquals(sha1("Warehouse/w:https://github.com/example-org/app:abc123"), p.freight().get(0).name());
        }

        static String sha1(String s) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                        .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Nested
    class Verification {
        @Test
        void argumentsSeeStageVarsAndMustBeStrings() {
            RenderedPromotion p = render(stage("dev", """
                    vars:
                      - {name: repo, value: "%s"}
                      - {name: short, value: "${{ commitFrom(vars.repo).ID }}"}
                    verification:
                      analysisTemplates: [{name: t}]
                      args:
                        - {name: commit, value: "${{ vars.short }}"}
                        - {name: stage, value: "${{ ctx.project }}/${{ ctx.stage }}"}
                        - {name: number, value: "${{ 1 + 1 }}"}
                    """.formatted(APP)));
            assertEquals("abc123", p.verification().get(0).value().orElseThrow());
            assertEquals("demo/dev", p.verification().get(1).value().orElseThrow());
            assertTrue(p.verification().get(2).error().orElseThrow().endsWith("evaluated argument \"number\" value is "
                    + "not a string but float64"), p.verification().get(2).error().orElseThrow());
        }
    }

    @Nested
    class Lookup {
        @Test
        void unknownAndAmbiguousStageNamesAreClearErrors() {
            PromotionPreview preview = PromotionPreview.builder().manifests(read(stage("dev", "")
                    + "---\n" + stage("dev", "").replace("namespace: demo", "namespace: other"))).build();
            PreviewException none = assertThrows(PreviewException.class, () -> preview.render("prod"));
            assertTrue(none.getMessage().contains("no Stage named 'prod'"), none.getMessage());
            PreviewException two = assertThrows(PreviewException.class, () -> preview.render("dev"));
            assertTrue(two.getMessage().contains("name one as NAMESPACE/NAME"), two.getMessage());
            assertEquals("other", preview.render("other/dev").project());
        }
    }

    @Test
    void aDeeplyNestedComputedValueIsAnErrorNotACrash() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        RenderedPromotion p = render(stage("dev", """
                promotionTemplate:
                  spec:
                    steps:
                      - {uses: fake, config: {v: "${{ '%s' }}"}}
                """.formatted(deep)));
        String e = p.step("step-1").error().orElseThrow();
        assertTrue(e.contains("nested more than " + PromotionPreview.MAX_VALUE_DEPTH + " levels deep"), e);
        assertTrue(PreviewReport.text(List.of(p)).contains("levels deep"));
    }

    @Test
    void seed000EveryStageRendersWithTheCommit() {
        PromotionPreview preview = PromotionPreview.builder()
                .manifests(KargoCodec.create().readAll(Path.of("../kargo-examples/src/main/resources/seed-000"))
                        .orThrow())
                .commit("https://github.com/example-org/security-scanner.git", "4b825dc").build();
        List<RenderedPromotion> all = preview.renderAll();
        assertEquals(7, all.size());
        for (RenderedPromotion p : all) {
            assertEquals(List.of(), p.allErrors(), p.stage());
            if (!p.steps().isEmpty()) {
                assertEquals("4b825dc", at(p.step("update-stack").configOrThrow(), "updates", 0, "value"));
                assertEquals("Update " + p.stage() + " to 4b825dc", p.step("commit").configOrThrow().get("message"));
                assertEquals("4b825dc", p.verification().get(1).value().orElseThrow());
            }
        }
    }
}
