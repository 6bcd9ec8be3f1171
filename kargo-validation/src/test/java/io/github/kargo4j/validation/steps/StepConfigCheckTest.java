package io.github.kargo4j.validation.steps;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.Validate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KS rules through the whole validator, on the mistakes a new user makes. */
class StepConfigCheckTest {

    private static String stage(String steps) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                  promotionTemplate:
                    spec:
                      steps:
                """ + steps.indent(8);
    }

    private static List<Finding> ks(String yaml) {
        Report r = Validate.yaml(yaml);
        return r.findings().stream().filter(f -> f.code().startsWith("KS")).toList();
    }

    private static Finding only(String yaml) {
        List<Finding> found = ks(yaml);
        assertEquals(1, found.size(), () -> "expected one KS finding, found " + found);
        return found.get(0);
    }

    @Test
    void gitCloneWithoutRepoUrl() {
        Finding f = only(stage("""
                - uses: git-clone
                  config:
                    checkout:
                      - branch: main
                        path: ./out
                """));
        assertEquals("KS003", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.repoURL", f.path().toString());
        assertTrue(f.message().contains("git-clone: required property \"repoURL\" is not set"), f.message());
        assertTrue(f.message().contains("invalid git-clone config: (root): repoURL is required"), f.message());
        assertTrue(f.hint().contains("repoURL"), f.hint());
        assertEquals(17, f.position().orElseThrow().line(), "the config object that lacks it");
    }

    @Test
    void nestedPathsAreInKargoTerms() {
        Finding f = only(stage("""
                - uses: git-clone
                  config:
                    repoURL: https://github.com/example/deploy.git
                    checkout:
                      - branch: main
                        path: ./a
                      - branch: stage
                        path: ""
                """));
        assertEquals("KS005", f.code());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.checkout[1].path", f.path().toString());
        assertTrue(f.message().contains("checkout.1.path: String length must be greater than or equal to 1"),
                f.message());
        assertEquals(23, f.position().orElseThrow().line(), "the line of checkout[1].path");
    }

    @Test
    void yamlUpdateWithoutUpdatesAndGitCommitWithoutPath() {
        List<Finding> found = ks(stage("""
                - uses: yaml-update
                  config:
                    path: ./out/values.yaml
                - uses: git-commit
                  config:
                    message: promote
                """));
        assertEquals(List.of("KS003", "KS003"), found.stream().map(Finding::code).toList());
        assertTrue(found.get(0).message().contains("\"updates\""), found.get(0).message());
        assertTrue(found.get(1).message().contains("\"path\""), found.get(1).message());
        assertTrue(found.get(1).message().startsWith("step 2 of Stage \"dev\""), found.get(1).message());
    }

    @Test
    void argocdUpdateAppWithNeitherNameNorSelector() {
        Finding f = only(stage("""
                - uses: argocd-update
                  config:
                    apps:
                      - namespace: argocd
                """));
        assertEquals("KS010", f.code());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.apps[0]", f.path().toString());
        assertTrue(f.message().contains("set exactly one of \"name\" or \"selector\"; found none"), f.message());
        assertTrue(f.message().contains("apps.0: Must validate one and only one schema (oneOf)"), f.message());
    }

    @Test
    void aMisspeltBuiltInStepSuggestsTheRightOne() {
        Finding f = only(stage("""
                - uses: git-psuh
                  config:
                    path: ./out
                """));
        assertEquals("KS001", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].uses", f.path().toString());
        assertEquals("Did you mean `git-push`?", f.hint());
        assertTrue(f.message().contains("registration with name git-psuh not found"), f.message());
    }

    @Test
    void stepsOfALaterKargoOrOfTheAkuityPlatformAreWarnings() {
        List<Finding> found = ks(stage("""
                - uses: tar
                  config:
                    inPath: ./out
                - uses: send-message
                  config:
                    message: hi
                """));
        assertEquals(List.of("KS002", "KS002"), found.stream().map(Finding::code).toList());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(found.get(0).message().contains("after v1.11"), found.get(0).message());
        assertTrue(found.get(1).message().contains("Akuity Platform"), found.get(1).message());
    }

    @Test
    void aCustomStepOfTheSetIsKnown() {
        List<Finding> found = ks(stage("""
                - uses: notify-team
                  config:
                    channel: ops
                """) + """
                ---
                apiVersion: ee.kargo.akuity.io/v1alpha1
                kind: CustomPromotionStep
                metadata:
                  name: notify-team
                  namespace: demo
                """);
        assertEquals(List.of(), found);
    }

    @Test
    void expressionsAreLeftToThePromotion() {
        List<Finding> found = ks(stage("""
                - uses: git-clone
                  config:
                    repoURL: ${{ vars.repo }}
                    recurseSubmodules: ${{ vars.submodules }}
                    checkout: ${{ vars.checkouts }}
                - uses: git-push
                  config:
                    path: ./out
                    generateTargetBranch: ${{ vars.generate }}
                    targetBranch: main
                    maxAttempts: ${{ vars.attempts }}
                - uses: argocd-update
                  config:
                    apps:
                      - name: ${{ ctx.stage }}
                        selector: ${{ vars.selector }}
                """));
        assertEquals(List.of(), found);
    }

    @Test
    void aConflictThatNoExpressionCanResolveIsStillReported() {
        Finding f = only(stage("""
                - uses: git-push
                  config:
                    path: ./out
                    generateTargetBranch: true
                    targetBranch: main
                    tag: ${{ vars.tag }}
                """));
        assertEquals("KS009", f.code());
        assertTrue(f.message().contains("\"generateTargetBranch: true\" and \"targetBranch\""), f.message());
    }

    @Test
    void promotionTasksClusterPromotionTasksAndPromotionsAreChecked() {
        List<Finding> found = ks("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: update
                  namespace: demo
                spec:
                  steps:
                    - uses: git-commit
                      config:
                        path: ./out
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ClusterPromotionTask
                metadata:
                  name: push
                spec:
                  steps:
                    - uses: git-push
                      config:
                        targetBranch: main
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Promotion
                metadata:
                  name: dev.01.abc
                  namespace: demo
                spec:
                  stage: dev
                  freight: abc
                  steps:
                    - uses: untar
                      config:
                        inPath: ./a.tgz
                        outPath: ./a
                        stripComponents: -1
                """);
        assertEquals(List.of("KS003 spec.steps[0].config.message", "KS003 spec.steps[0].config.path",
                        "KS006 spec.steps[0].config.stripComponents"),
                found.stream().map(f -> f.code() + " " + f.path()).toList());
    }

    @Test
    void taskStepsAndStepsWithoutUsesAreNotThisChecksConcern() {
        List<Finding> found = ks(stage("""
                - task:
                    name: update
                - as: nothing
                """));
        assertEquals(List.of(), found);
    }

    @Test
    void theRulesAreRegisteredAndDocumented() {
        for (String code : List.of("KS001", "KS002", "KS003", "KS004", "KS005", "KS006", "KS007", "KS008", "KS009",
                "KS010", "KS011")) {
            assertTrue(PipelineValidator.rules().containsKey(code), code);
            assertTrue(io.github.kargo4j.validation.RuleDocs.explain(code).isPresent(), code);
        }
    }
}
