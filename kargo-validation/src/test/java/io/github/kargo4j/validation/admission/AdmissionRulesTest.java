package io.github.kargo4j.validation.admission;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.model.io.KargoCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.github.kargo4j.validation.Severity.ERROR;
import static io.github.kargo4j.validation.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each admission rule fires on a manifest Kargo rejects, and not on its valid neighbour. */
class AdmissionRulesTest {

    static String stage(String spec) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: prod, namespace: demo}
                spec:
                """ + spec.indent(2);
    }

    static String templateStep(String step) {
        return stage("""
                requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: {direct: true}
                promotionTemplate:
                  spec:
                    steps:
                    - uses: git-clone
                      as: clone
                """ + step.indent(4));
    }

    static String task(String steps) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata: {name: deploy, namespace: demo}
                spec:
                  steps:
                """ + steps.indent(2);
    }

    static String warehouse(String subscriptions) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                """ + subscriptions.indent(2);
    }

    static String projectConfig(String name, String spec) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata: {name: %s, namespace: demo}
                spec:
                """.formatted(name) + spec.indent(2);
    }

    static String promotion(String spec) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Promotion
                metadata: {name: p1, namespace: demo}
                spec:
                  stage: dev
                """ + spec.indent(2);
    }

    static String freight(String name, String body) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata: {name: %s, namespace: demo}
                origin: {kind: Warehouse, name: app}
                """.formatted(name) + body;
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.of("KA001", ERROR, "spec.requestedFreight[2]",
                        "Stage \"prod\"|Warehouse \"app\"|requests 1 and 3|requested multiple times", stage("""
                                requestedFreight:
                                - {origin: {kind: Warehouse, name: app}, sources: {stages: [a]}}
                                - {origin: {kind: Warehouse, name: other}, sources: {stages: [a]}}
                                - {origin: {kind: Warehouse, name: app}, sources: {stages: [b]}}
                                - {origin: {kind: Warehouse, name: app}, sources: {stages: [c]}}
                                """), stage("""
                                requestedFreight:
                                - {origin: {kind: Warehouse, name: app}, sources: {stages: [a, b, c]}}
                                - {origin: {kind: Warehouse, name: other}, sources: {stages: [a]}}
                                """)),
                RuleCase.of("KA002", ERROR, "spec.requestedFreight[0].sources.autoPromotionOptions.selectionPolicy",
                        "MatchUpstream|direct: true|Warehouse \"app\"|cannot be used when accepting Freight directly",
                        stage("""
                                requestedFreight:
                                - origin: {kind: Warehouse, name: app}
                                  sources: {direct: true, stages: [uat], autoPromotionOptions: {selectionPolicy: MatchUpstream}}
                                """), stage("""
                                requestedFreight:
                                - origin: {kind: Warehouse, name: app}
                                  sources: {direct: true, stages: [uat], autoPromotionOptions: {selectionPolicy: NewestFreight}}
                                """)),
                RuleCase.of("KA003", ERROR, "spec.requestedFreight[0].sources.autoPromotionOptions.selectionPolicy",
                        "MatchUpstream|no upstream Stage|requires exactly one upstream Stage", stage("""
                                requestedFreight:
                                - origin: {kind: Warehouse, name: app}
                                  sources: {autoPromotionOptions: {selectionPolicy: MatchUpstream}}
                                """), stage("""
                                requestedFreight:
                                - origin: {kind: Warehouse, name: app}
                                  sources: {stages: [uat], autoPromotionOptions: {selectionPolicy: MatchUpstream}}
                                """)),
                RuleCase.of("KA004", ERROR, "spec.promotionTemplate.spec.steps[1].as",
                        "Stage \"prod\"|step 2|\"clone\"|step 1|step alias duplicates that of "
                                + "spec.promotionTemplate.spec.steps[0]", templateStep("""
                                - uses: git-commit
                                  as: ' clone '
                                """), templateStep("""
                                - uses: git-commit
                                  as: clone-2
                                """)),
                RuleCase.of("KA005", ERROR, "spec.steps[0].as", "PromotionTask \"deploy\"|\"task-3\"|step alias is reserved",
                        task("""
                                - uses: git-clone
                                  as: task-3
                                """), task("""
                                - uses: git-clone
                                  as: task-three
                                """)),
                RuleCase.of("KA006", ERROR, "spec.promotionTemplate.spec.steps[1]",
                        "step 2|both uses (\"http\") and task (\"deploy\")|exactly one of uses or task", templateStep("""
                                - uses: http
                                  task: {name: deploy}
                                """), templateStep("""
                                - task: {name: deploy}
                                """)),
                RuleCase.of("KA007", ERROR, "spec.promotionTemplate.spec.steps[1].if",
                        "task \"deploy\"|cannot have an 'if' condition", templateStep("""
                                - task: {name: deploy}
                                  if: ${{ success() }}
                                """), templateStep("""
                                - uses: http
                                  if: ${{ success() }}
                                """)),
                RuleCase.of("KA008", ERROR, "spec.promotionTemplate.spec.steps[1].config",
                        "task \"deploy\"|cannot have a config", templateStep("""
                                - task: {name: deploy}
                                  config: {}
                                """), templateStep("""
                                - task: {name: deploy}
                                  vars: [{name: branch, value: main}]
                                """)),
                RuleCase.of("KA009", ERROR, "spec.promotionTemplate.spec.steps[1].continueOnError",
                        "task \"deploy\"|cannot set continueOnError", templateStep("""
                                - task: {name: deploy}
                                  continueOnError: false
                                """), templateStep("""
                                - uses: http
                                  continueOnError: true
                                """)),
                RuleCase.of("KA010", ERROR, "spec.promotionTemplate.spec.steps[1].retry",
                        "task \"deploy\"|cannot set retry", templateStep("""
                                - task: {name: deploy, kind: ClusterPromotionTask}
                                  retry: {timeout: 5m}
                                """), templateStep("""
                                - uses: argocd-update
                                  retry: {timeout: 5m}
                                """)),
                RuleCase.of("KA011", ERROR, "spec.steps[1]",
                        "step 2|has no uses|must have uses set and must not reference another task", task("""
                                - uses: git-clone
                                - as: commit
                                """), task("""
                                - uses: git-clone
                                - uses: git-commit
                                  as: commit
                                """)),
                RuleCase.of("KA012", WARNING, "spec.steps[0]",
                        "Promotion \"p1\"|task \"deploy\"|must have uses set and must not reference a task|replaces",
                        promotion("""
                                freight: abc
                                steps:
                                - task: {name: deploy}
                                """), promotion("""
                                freight: abc
                                steps:
                                - uses: argocd-update
                                """)),
                RuleCase.of("KA013", ERROR, "spec",
                        "both freight (\"abc\") and origin (Warehouse \"app\")|exactly one of spec.freight or spec.origin",
                        promotion("""
                                freight: abc
                                origin: {kind: Warehouse, name: app}
                                """), promotion("""
                                freight: abc
                                """)),
                RuleCase.of("KA014", ERROR, "spec.subscriptions[1]",
                        "subscription 2|no key|subscription at index 1 must be an object with exactly one top-level "
                                + "field, but has 0 fields", warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git'}
                                - {}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git'}
                                """)),
                RuleCase.of("KA015", ERROR, "spec.subscriptions[0].helm",
                        "\"helm\"|only git, image and chart|no matching registration found", warehouse("""
                                - helm: {name: app, config: {repoURL: 'https://charts.example.com'}}
                                """), warehouse("""
                                - chart: {repoURL: 'https://charts.example.com', name: app}
                                """)),
                RuleCase.of("KA016", ERROR, "spec.subscriptions[0].image.constraint",
                        "ghcr.io/example/app|Digest|removed semverConstraint no longer counts|must be set when "
                                + "imageSelectionStrategy is Digest", warehouse("""
                                - image: {repoURL: ghcr.io/example/app, imageSelectionStrategy: Digest, semverConstraint: latest}
                                """), warehouse("""
                                - image: {repoURL: ghcr.io/example/app, imageSelectionStrategy: NewestBuild}
                                """)),
                RuleCase.of("KA017", ERROR, "spec.subscriptions[0].chart.name",
                        "http://charts.example.com|must be non-empty if repoURL starts with http:// or https://",
                        warehouse("""
                                - chart: {repoURL: 'http://charts.example.com', name: ''}
                                """), warehouse("""
                                - chart: {repoURL: 'oci://ghcr.io/example/charts/app'}
                                """)),
                RuleCase.of("KA018", ERROR, "spec.subscriptions[0].chart.name",
                        "oci://ghcr.io/example/app|\"app\"|must be empty if repoURL starts with oci://", warehouse("""
                                - chart: {repoURL: 'oci://ghcr.io/example/app', name: app}
                                """), warehouse("""
                                - chart: {repoURL: 'https://ghcr.io/example', name: app}
                                """)),
                RuleCase.of("KA019", ERROR, "spec.subscriptions[0].git.semverConstraint",
                        "\">= 1.0 <\"|does not parse|Invalid value", warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: SemVer, semverConstraint: '>= 1.0 <'}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: SemVer, semverConstraint: '>= 1.0 <2'}
                                """)),
                RuleCase.of("KA020", WARNING, "spec.subscriptions[0].git.branch",
                        "branch|NewestTag|silently ignores", warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: NewestTag, branch: main}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: NewestFromBranch, branch: main}
                                """)),
                RuleCase.of("KA021", ERROR, "spec.subscriptions[1].git.repoURL",
                        "subscription 2|same Git repository as subscription 1|already exists at|multiple artifacts",
                        warehouse("""
                                - git: {repoURL: 'https://github.com/Example/App.git'}
                                - git: {repoURL: 'https://bot@github.com/example/app/'}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git'}
                                - git: {repoURL: 'https://github.com/example/app-config.git'}
                                """)),
                RuleCase.of("KA022", ERROR, "metadata.name",
                        "namespace \"demo\"|named \"config\"|must match project name", projectConfig("config", """
                                promotionPolicies: [{stageSelector: {name: dev}}]
                                """), projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {name: dev}}]
                                """)),
                RuleCase.of("KA023", ERROR, "spec.promotionPolicies[0]",
                        "both stage (\"dev\") and stageSelector|exactly one of stage or stageSelector",
                        projectConfig("demo", """
                                promotionPolicies: [{stage: dev, stageSelector: {name: dev}}]
                                """), projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {}}]
                                """)),
                RuleCase.of("KA024", ERROR, "spec.promotionPolicies[0].stageSelector.name",
                        "\"regx:^dev\"|invalid pattern identifier \\\"regx\\\"", projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {name: 'regx:^dev'}}]
                                """), projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {name: 'regexp:^dev'}}]
                                """)),
                RuleCase.of("KA025", ERROR, "spec.promotionPolicies[0].stageSelector.name",
                        "\"regex:dev-(\"|does not compile", projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {name: 'regex:dev-('}}]
                                """), projectConfig("demo", """
                                promotionPolicies: [{stageSelector: {name: 'regex:dev-\\('}}]
                                """)),
                RuleCase.of("KA026", ERROR, "spec.promotionPolicies[2]",
                        "policies 1 and 3|Stage \"prod\"|stage name already defined at spec.promotionPolicies[0]",
                        projectConfig("demo", """
                                promotionPolicies:
                                - {stage: prod}
                                - {stageSelector: {name: 'glob:prod'}}
                                - {stageSelector: {name: prod}}
                                """), projectConfig("demo", """
                                promotionPolicies:
                                - {stage: prod}
                                - {stageSelector: {name: 'glob:prod'}}
                                - {stageSelector: {matchLabels: {tier: prod}}}
                                """)),
                RuleCase.of("KA027", ERROR, "spec.webhookReceivers[1].name",
                        "receivers 1 and 2|\"push\"|webhook receiver name already defined at spec.webhookReceivers[0]",
                        projectConfig("demo", """
                                webhookReceivers:
                                - {name: push, github: {secretRef: {name: s}}}
                                - {name: push, quay: {secretRef: {name: s}}}
                                """), projectConfig("demo", """
                                webhookReceivers:
                                - {name: push, github: {secretRef: {name: s}}}
                                - {name: push-quay, quay: {secretRef: {name: s}}}
                                """)),
                RuleCase.of("KA028", ERROR, "spec.webhookReceivers[0]",
                        "\"hooks\"|3 providers|found 3: [DockerHub Quay Generic]", projectConfig("demo", """
                                webhookReceivers:
                                - name: hooks
                                  dockerhub: {secretRef: {name: s}}
                                  quay: {secretRef: {name: s}}
                                  harbor: {secretRef: {name: s}}
                                  generic: {secretRef: {name: s}, actions: [{action: Refresh, targetSelectionCriteria: [{kind: Warehouse, name: app}]}]}
                                """), projectConfig("demo", """
                                webhookReceivers:
                                - name: hooks
                                  quay: {secretRef: {name: s}}
                                  harbor: {secretRef: {name: s}}
                                """)),
                RuleCase.of("KA029", ERROR, "spec.webhookReceivers[0].generic.actions[0].targetSelectionCriteria[1]",
                        "target 2 of action 1|\"ci\"|at least one of name, labelSelector, or indexSelector",
                        projectConfig("demo", """
                                webhookReceivers:
                                - name: ci
                                  generic:
                                    secretRef: {name: s}
                                    actions:
                                    - action: Refresh
                                      targetSelectionCriteria:
                                      - {kind: Warehouse, labelSelector: {matchLabels: {team: a}}}
                                      - {kind: Warehouse, name: '', labelSelector: {}}
                                """), projectConfig("demo", """
                                webhookReceivers:
                                - name: ci
                                  generic:
                                    secretRef: {name: s}
                                    actions:
                                    - action: Refresh
                                      targetSelectionCriteria:
                                      - {kind: Warehouse, labelSelector: {matchLabels: {team: a}}}
                                      - {kind: Warehouse, indexSelector: {matchIndices: [{key: subscribedURLs, operator: Equals, value: x}]}}
                                """)),
                RuleCase.of("KA030", ERROR, "metadata.name", "\"default\"|must be \\\"cluster\\\"", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: ClusterConfig
                                metadata: {name: default}
                                """, """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: ClusterConfig
                                metadata: {name: cluster}
                                """),
                RuleCase.of("KA031", ERROR, "$", "Freight \"f1\"|Warehouse \"app\"|at least one commit, image, or chart",
                        freight("f1", "alias: empty\n"), freight("f1", "artifacts: [{subscriptionName: s, version: v1}]\n")),
                RuleCase.of("KA032", WARNING, "metadata.namespace",
                        "Warehouse \"app\"|namespace \"demo\"|no Project \"demo\"|is not a project", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: dmeo}
                                ---
                                """ + warehouse("- image: {repoURL: ghcr.io/example/app}\n")
                                + "---\n" + stage("requestedFreight: [{origin: {kind: Warehouse, name: app}, "
                                + "sources: {direct: true}}]\n"), """
                                apiVersion: v1
                                kind: Namespace
                                metadata:
                                  name: demo
                                  labels: {kargo.akuity.io/project: "true"}
                                ---
                                """ + warehouse("- image: {repoURL: ghcr.io/example/app}\n")),
                RuleCase.of("KA033", ERROR, "metadata.labels",
                        "Namespace \"demo\"|\"false\" instead of \"true\"|Warehouse \"app\"|is not a project", """
                                apiVersion: v1
                                kind: Namespace
                                metadata:
                                  name: demo
                                  labels: {kargo.akuity.io/project: "false"}
                                ---
                                """ + warehouse("- image: {repoURL: ghcr.io/example/app}\n"), """
                                apiVersion: v1
                                kind: Namespace
                                metadata:
                                  name: other
                                ---
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: demo}
                                ---
                                """ + warehouse("- image: {repoURL: ghcr.io/example/app}\n")),
                RuleCase.of("KA034", ERROR, "spec.promotionPolicies[0].autoRollback.onPromotion[1]",
                        "onPromotion|\"Errored\" twice|Duplicate value", projectConfig("demo", """
                                promotionPolicies:
                                - stageSelector: {name: prod}
                                  autoRollback: {onPromotion: [Errored, Errored], onVerification: [Failed, Error]}
                                """), projectConfig("demo", """
                                promotionPolicies:
                                - stageSelector: {name: prod}
                                  autoRollback: {onPromotion: [Errored, Failed], onVerification: [Failed, Error]}
                                """)),
                RuleCase.of("KA035", ERROR, "alias", "Freight \"f2\"|\"blue-cat\"|Freight \"f1\"|alias already used",
                        freight("f1", "alias: blue-cat\nimages: [{repoURL: a, tag: '1'}]\n") + "---\n"
                                + freight("f2", "alias: blue-cat\nimages: [{repoURL: a, tag: '2'}]\n"),
                        freight("f1", "alias: blue-cat\nimages: [{repoURL: a, tag: '1'}]\n") + "---\n"
                                + freight("f2", "alias: blue-cat\nimages: [{repoURL: a, tag: '2'}]\n")
                                        .replace("namespace: demo", "namespace: other")),
                RuleCase.of("KA036", ERROR, "metadata.name",
                        "Stage in namespace \"demo\" has no metadata.name|name or generateName is required",
                        stage("requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]\n")
                                .replace("{name: prod, namespace: demo}", "{namespace: demo}"),
                        stage("requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]\n")),
                RuleCase.of("KA037", ERROR, "images[0].repoURL", "Freight \"f1\"|\"ghcr.io/example/other\"|"
                                + "no subscription found for image repository in Warehouse \\\"app\\\"",
                        imageAndGit("https://github.com/example/app") + freight("f1", """
                                images:
                                - {repoURL: ghcr.io/example/other, tag: '1'}
                                - {repoURL: ghcr.io/example/app, tag: '1'}
                                commits: [{repoURL: 'https://github.com/example/app', id: abc}]
                                """),
                        imageAndGit("https://github.com/example/app") + freight("f1", """
                                images: [{repoURL: ghcr.io/example/app, tag: '1'}]
                                commits: [{repoURL: 'https://github.com/example/app.git', id: abc}]
                                """)),
                RuleCase.of("KA038", ERROR, "commits", "Freight \"f1\"|spec.subscriptions[1]|no artifact found for "
                                + "subscription \\\"https://github.com/example/app\\\" of Warehouse \\\"app\\\"",
                        imageAndGit("https://github.com/Example/App.git")
                                + freight("f1", "images: [{repoURL: ghcr.io/example/app, tag: '1'}]\n"),
                        imageAndGit("https://github.com/Example/App.git") + freight("f1", """
                                images: [{repoURL: ghcr.io/example/app, tag: '1'}]
                                commits: [{repoURL: 'https://github.com/example/app', id: abc}]
                                """)),
                RuleCase.of("KA039", ERROR, "charts[1]", "Freight \"f1\"|2 charts|charts[0], charts[1]|"
                                + "multiple artifacts found for subscription \\\"ghcr.io/example/charts/app\\\"",
                        warehouse("- chart: {repoURL: 'oci://ghcr.io/example/charts/app'}\n") + "---\n"
                                + freight("f1", """
                                charts:
                                - {repoURL: 'oci://ghcr.io/example/charts/app', version: 1.0.0}
                                - {repoURL: 'OCI://ghcr.io/example/charts/app', version: 1.0.1}
                                """),
                        warehouse("- chart: {repoURL: 'oci://ghcr.io/example/charts/app'}\n") + "---\n"
                                + freight("f1", "charts: [{repoURL: 'OCI://ghcr.io/example/charts/app', "
                                + "version: 1.0.1}]\n")));
    }

    /** Warehouse "app" with an image and a git subscription, and a document separator. */
    static String imageAndGit(String gitRepoURL) {
        return warehouse("- image: {repoURL: ghcr.io/example/app}\n- git: {repoURL: '" + gitRepoURL + "'}\n") + "---\n";
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("cases")
    void ruleFires(RuleCase c) {
        c.assertTriggers();
    }

    @ParameterizedTest(name = "{0} valid neighbour")
    @MethodSource("cases")
    void validNeighbourIsClean(RuleCase c) {
        c.assertNeighbourClean();
    }

    @Test
    void everyAdmissionRuleHasACase() {
        assertEquals(AdmissionRules.all().stream().map(r -> r.code()).toList(),
                cases().map(RuleCase::code).toList());
    }

    @Test
    void namespaceWithoutProjectIsAnErrorInACompleteSet() {
        String yaml = warehouse("- image: {repoURL: ghcr.io/example/app}\n");
        Report partial = TestValidation.validate(yaml);
        assertTrue(partial.withCodes("KA032").findings().isEmpty(), "a set without projects is not judged");
        Report complete = PipelineValidator.builder().complete(true).build()
                .validateManifests(KargoCodec.create().parse(yaml, "w.yaml"));
        List<Finding> f = complete.withCodes("KA032").findings();
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void projectOverUnlabelledNamespaceIsRefused() {
        List<Finding> f = TestValidation.findings("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: demo}
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: demo}
                """, "KA033");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("failed to initialize Project"), f.get(0).message());
    }

    @Test
    void subscriptionsWithSeveralProblemsAreEachReported() {
        Report r = TestValidation.validate(warehouse("""
                - image: {repoURL: ghcr.io/example/app, imageSelectionStrategy: Lexical, constraint: '^1'}
                - image: {repoURL: ghcr.io/example/app, imageSelectionStrategy: SemVer, constraint: 'x.y'}
                - chart: {repoURL: 'oci://ghcr.io/example/app', semverConstraint: '~1.2'}
                - chart: {repoURL: 'oci://ghcr.io/example/app:1.0'}
                - git: {repoURL: 'https://github.com/example/app.git', allowTagsRegexes: ['^v'], ignoreTagsRegexes: ['rc']}
                """));
        assertEquals(List.of("spec.subscriptions[0].image.constraint", "spec.subscriptions[1].image.constraint",
                        "spec.subscriptions[1].image.repoURL", "spec.subscriptions[3].chart.repoURL", "spec.subscriptions[4].git.allowTagsRegexes",
                        "spec.subscriptions[4].git.ignoreTagsRegexes"),
                r.withCodes("KA019", "KA020", "KA021").findings().stream().map(f -> f.path().toString()).sorted()
                        .toList(), r.toString());
    }
}
