package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.validation.admission.RuleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.github.kargo4j.validation.Severity.ERROR;
import static io.github.kargo4j.validation.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each legacy rule fires on the old shape, naming the version and the replacement, and not on the current shape. */
class LegacyRulesTest {

    static String stage(String name, String spec) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: %s, namespace: demo}
                spec:
                """.formatted(name) + spec.indent(2);
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

    static String task(String steps) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata: {name: deploy, namespace: demo}
                spec:
                  steps:
                """ + steps.indent(2);
    }

    static String freight(String body) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata: {name: f1, namespace: demo}
                origin: {kind: Warehouse, name: app}
                """ + body;
    }

    static final String DIRECT = "requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {direct: true}}]\n";

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.of("KL001", ERROR, "spec.subscriptions.warehouse",
                        "Stage \"dev\"|Warehouse \"app\"|removed in v0.9|rejects the Stage", stage("dev", """
                                subscriptions: {warehouse: app}
                                """), stage("dev", DIRECT)),
                RuleCase.of("KL002", ERROR, "spec.subscriptions.upstreamStages",
                        "Stage \"uat\"|[dev]|removed in v0.9|API server drops it", stage("dev", """
                                subscriptions: {warehouse: app}
                                """) + "---\n" + stage("uat", """
                                subscriptions: {upstreamStages: [{name: dev}]}
                                """), stage("dev", DIRECT) + "---\n" + stage("uat", """
                                requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {stages: [dev]}}]
                                """)),
                RuleCase.of("KL003", ERROR, "spec.subscriptions.repos", "Stage \"dev\"|removed in Kargo v0.2|Warehouse",
                        stage("dev", DIRECT + "subscriptions: {repos: {git: [{repoURL: 'https://x/y.git'}]}}\n"),
                        stage("dev", DIRECT)),
                RuleCase.of("KL004", ERROR, "spec.promotionMechanisms",
                        "Stage \"dev\"|removed in v1.0|promotionTemplate is what Kargo runs", stage("dev", DIRECT + """
                                promotionMechanisms: {argoCDAppUpdates: [{appName: dev}]}
                                promotionTemplate: {spec: {steps: [{uses: argocd-update, config: {apps: [{name: dev}]}}]}}
                                """), stage("dev", DIRECT + """
                                promotionTemplate: {spec: {steps: [{uses: argocd-update, config: {apps: [{name: dev}]}}]}}
                                """)),
                RuleCase.of("KL005", WARNING, "status.message",
                        "Project \"demo\"|status.message|removed in v1.5", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: demo}
                                status: {message: ready}
                                """, """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: demo}
                                status: {conditions: [{type: Ready, status: "True", reason: Ready, message: ok, lastTransitionTime: '2026-01-01T00:00:00Z'}]}
                                """),
                RuleCase.of("KL006", ERROR, "spec",
                        "Project \"demo\"|1 webhook receiver|removed in v1.7|drops it", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: demo}
                                spec: {webhookReceivers: [{name: gh, github: {secretRef: {name: s}}}]}
                                """, """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Project
                                metadata: {name: demo}
                                """),
                RuleCase.of("KL007", WARNING, "spec.promotionPolicies[1].stage",
                        "policy 2|Stage \"prod\"|deprecated since Kargo v1.5", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: ProjectConfig
                                metadata: {name: demo, namespace: demo}
                                spec:
                                  promotionPolicies:
                                  - stageSelector: {name: dev}
                                  - stage: prod
                                """, """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: ProjectConfig
                                metadata: {name: demo, namespace: demo}
                                spec:
                                  promotionPolicies:
                                  - stageSelector: {name: dev}
                                  - stageSelector: {name: prod}
                                """),
                RuleCase.of("KL008", ERROR, "spec.subscriptions[0].image.semverConstraint",
                        "\"~2.0\"|removed in v1.9|silently ignores|unconstrained", warehouse("""
                                - image: {repoURL: nginx, semverConstraint: ~2.0}
                                """), warehouse("""
                                - image: {repoURL: nginx, constraint: ~2.0}
                                """)),
                RuleCase.of("KL009", ERROR, "spec.subscriptions[0].image.gitRepoURL",
                        "gitRepoURL|removed in v1.7|silently ignores", warehouse("""
                                - image: {repoURL: nginx, gitRepoURL: 'https://github.com/nginx/nginx'}
                                """), warehouse("""
                                - image: {repoURL: nginx}
                                """)),
                RuleCase.of("KL010", ERROR, "spec.subscriptions[0].image.tagSelectionStrategy",
                        "\"Lexical\"|v0.4|silently ignores|default strategy SemVer", warehouse("""
                                - image: {repoURL: nginx, tagSelectionStrategy: Lexical}
                                """), warehouse("""
                                - image: {repoURL: nginx, imageSelectionStrategy: Lexical}
                                """)),
                RuleCase.of("KL011", ERROR, "spec.subscriptions[0].image.updateStrategy",
                        "\"Digest\"|v0.3|(imageSelectionStrategy Digest applies)", warehouse("""
                                - image: {repoURL: nginx, updateStrategy: Digest, imageSelectionStrategy: Digest, constraint: latest}
                                """), warehouse("""
                                - image: {repoURL: nginx, imageSelectionStrategy: Digest, constraint: latest}
                                """)),
                RuleCase.of("KL012", ERROR, "spec.subscriptions[0].chart.registryURL",
                        "registryURL \"https://charts.example.com\"|v0.4|silently ignores", warehouse("""
                                - chart: {repoURL: 'https://charts.example.com', name: app, registryURL: 'https://charts.example.com'}
                                """), warehouse("""
                                - chart: {repoURL: 'https://charts.example.com', name: app}
                                """)),
                RuleCase.of("KL013", ERROR, "spec.subscriptions[0].git.allowTags",
                        "\"^v1\\.\"|deprecated in Kargo v1.9|AllowTags is deprecated and unsupported as of v1.11.0",
                        warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: SemVer, allowTags: '^v1\\.'}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: SemVer, allowTagsRegexes: ['^v1\\.']}
                                """)),
                RuleCase.of("KL014", ERROR, "spec.subscriptions[0].git.ignoreTags",
                        "[v1.0.0-rc.1]|v1.9|the NewestFromBranch strategy ignores it", warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', ignoreTags: [v1.0.0-rc.1]}
                                """), warehouse("""
                                - git: {repoURL: 'https://github.com/example/app.git', commitSelectionStrategy: NewestTag, ignoreTagsRegexes: ['^v1\\.0\\.0-rc\\.1$']}
                                """)),
                RuleCase.of("KL015", WARNING, "spec.steps[0].config.repoURL",
                        "git-clone|ssh://git@example.com:2222/app.git|deprecated since Kargo v1.10", task("""
                                - uses: git-clone
                                  config: {repoURL: 'ssh://git@example.com:2222/app.git', checkout: [{path: ./src}]}
                                """), task("""
                                - uses: git-clone
                                  config: {repoURL: 'https://example.com/app.git', checkout: [{path: ./src}]}
                                """)),
                RuleCase.of("KL016", WARNING, "data.sshPrivateKey",
                        "Secret \"repo\"|sshPrivateKey|deprecated since Kargo v1.10", """
                                apiVersion: v1
                                kind: Secret
                                metadata: {name: repo, namespace: demo, labels: {kargo.akuity.io/cred-type: git}}
                                data: {repoURL: Z2l0QGdpdGh1Yi5jb206eC95LmdpdA==, sshPrivateKey: c2VjcmV0LWtleS12YWx1ZQ==}
                                """, """
                                apiVersion: v1
                                kind: Secret
                                metadata: {name: repo, namespace: demo, labels: {kargo.akuity.io/cred-type: git}}
                                data: {repoURL: aHR0cHM6Ly9naXRodWIuY29tL3gveS5naXQ=, password: c2VjcmV0LXZhbHVl}
                                """),
                RuleCase.of("KL017", ERROR, "spec.steps[0].uses", "git-overwrite|renamed git-clear|no such step",
                        task("- uses: git-overwrite\n  config: {inPath: ./a, outPath: ./b}\n"),
                        task("- uses: git-clear\n  config: {path: ./b}\n")),
                RuleCase.of("KL018", ERROR, "spec.steps[0].uses", "helm-update-image|removed in v1.3|no such step",
                        task("- uses: helm-update-image\n  config: {path: v.yaml, images: [{image: nginx, key: a, "
                                + "value: ImageAndDigest}]}\n"),
                        task("- uses: yaml-update\n  config: {path: v.yaml, updates: [{key: a, value: x}]}\n")),
                RuleCase.of("KL019", ERROR, "spec.steps[0].config.apps[0].sources[0].kustomize.fromOrigin",
                        "argocd-update|config.apps[0].sources[0].kustomize|Warehouse \"w2\"|removed in v1.3", task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', kustomize: {fromOrigin: {kind: Warehouse, name: w2}, images: [{repoURL: nginx}]}}]}]}
                                """), task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', kustomize: {images: [{repoURL: nginx, tag: x}]}}]}]}
                                """)),
                RuleCase.of("KL020", ERROR, "spec.steps[0].config.checkout[1].fromFreight",
                        "checkout[1]|fromFreight|removed in v1.3", task("""
                                - uses: git-clone
                                  config: {repoURL: 'https://x/y.git', checkout: [{branch: main, path: ./out}, {fromFreight: true, path: ./src}]}
                                """), task("""
                                - uses: git-clone
                                  config: {repoURL: 'https://x/y.git', checkout: [{branch: main, path: ./out}, {commit: abc, path: ./src}]}
                                """)),
                RuleCase.of("KL021", ERROR, "spec.steps[0].config.apps[0].sources[1].desiredCommitFromStep",
                        "apps[0].sources[1]|step \"commit\"|removed in v1.3", task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/a.git'}, {repoURL: 'https://x/y.git', desiredCommitFromStep: commit}]}]}
                                """), task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/a.git'}, {repoURL: 'https://x/y.git', desiredRevision: abc}]}]}
                                """)),
                RuleCase.of("KL022", ERROR, "spec.steps[0].config.apps[0].sources[0].helm.images[0].value",
                        "\"image.tag\"|value keyword Tag|set to \"Tag\"", task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', helm: {images: [{key: image.tag, value: Tag}]}}]}]}
                                """), task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', helm: {images: [{key: image.tag, value: Tags}]}}]}]}
                                """)),
                RuleCase.of("KL023", ERROR, "spec.steps[0].config.apps[0].sources[0].kustomize.images[0].useDigest",
                        "argocd-update|useDigest|image nginx|removed in v1.3", task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', kustomize: {images: [{repoURL: nginx, useDigest: false}]}}]}]}
                                """), task("""
                                - uses: argocd-update
                                  config: {apps: [{name: a, sources: [{repoURL: 'https://x/y.git', kustomize: {images: [{repoURL: nginx, tag: '1.0'}]}}]}]}
                                """)),
                RuleCase.of("KL024", ERROR, "spec.steps[0].config.sourceBranchFromStep",
                        "git-open-pr|step \"push\"|removed in v1.3", task("""
                                - uses: git-open-pr
                                  config: {repoURL: 'https://x/y.git', sourceBranchFromStep: push, targetBranch: main}
                                """), task("""
                                - uses: git-open-pr
                                  config: {repoURL: 'https://x/y.git', sourceBranch: feature, targetBranch: main}
                                """)),
                RuleCase.of("KL025", ERROR, "spec.steps[0].config.prNumberFromStep",
                        "git-wait-for-pr|step \"pr\"|removed in v1.3", task("""
                                - uses: git-wait-for-pr
                                  config: {repoURL: 'https://x/y.git', prNumberFromStep: pr}
                                """), task("""
                                - uses: git-wait-for-pr
                                  config: {repoURL: 'https://x/y.git', prNumber: 42}
                                """)),
                RuleCase.of("KL026", ERROR, "spec.steps[0].config.messageFromSteps",
                        "git-commit|[a, b]|removed in v1.5", task("""
                                - uses: git-commit
                                  config: {path: ./out, messageFromSteps: [a, b]}
                                """), task("""
                                - uses: git-commit
                                  config: {path: ./out, message: "${{ outputs['a'].commitMessage }}"}
                                """)),
                RuleCase.of("KL027", WARNING, "spec.steps[0].config.author",
                        "git-commit|author|deprecated since Kargo v1.10", task("""
                                - uses: git-commit
                                  config: {path: ./out, message: m, author: {name: a, email: a@example.com}}
                                """), task("""
                                - uses: git-clone
                                  config: {repoURL: 'https://x/y.git', checkout: [{path: ./out}], author: {name: a, email: a@example.com}}
                                """)),
                RuleCase.of("KL028", WARNING, "spec.steps[0].config.createTargetBranch",
                        "git-open-pr|createTargetBranch|v1.10", task("""
                                - uses: git-open-pr
                                  config: {repoURL: 'https://x/y.git', sourceBranch: a, targetBranch: b, createTargetBranch: false}
                                """), task("""
                                - uses: git-open-pr
                                  config: {repoURL: 'https://x/y.git', sourceBranch: a, targetBranch: b}
                                """)),
                RuleCase.of("KL029", ERROR, "kind", "Environment \"dev\"|renamed to Stage in v0.1.0", """
                                apiVersion: kargo.akuity.io/v1alpha1
                                kind: Environment
                                metadata: {name: dev, namespace: demo}
                                spec: {subscriptions: {repos: {}}}
                                """, """
                                apiVersion: example.com/v1alpha1
                                kind: Environment
                                metadata: {name: dev, namespace: demo}
                                """),
                RuleCase.of("KL030", WARNING, "images[0].gitRepoURL",
                        "Freight \"f1\"|images[0].gitRepoURL|removed in Kargo v1.7",
                        freight("images: [{repoURL: nginx, tag: '1', gitRepoURL: 'https://x/y'}]\n"),
                        freight("images: [{repoURL: nginx, tag: '1', annotations: {org.opencontainers.image.source: "
                                + "'https://x/y'}}]\n")),
                RuleCase.of("KL031", ERROR, "charts[0].registryURL",
                        "charts[0]|registryURL|removed in Kargo v0.4|rejects the Freight",
                        freight("charts: [{registryURL: 'https://charts.example.com', name: app, version: 1.0.0}]\n"),
                        freight("charts: [{repoURL: 'https://charts.example.com', name: app, version: 1.0.0, "
                                + "registryURL: 'https://charts.example.com'}]\n")),
                RuleCase.of("KL032", ERROR, "spec.steps[0].vars[0].value",
                        "variable \"token\"|secrets map|removed in v1.7", task("""
                                - uses: http
                                  vars: [{name: token, value: "${{ secrets['hooks'].token }}"}]
                                  config: {url: 'https://example.com'}
                                """), task("""
                                - uses: http
                                  vars: [{name: token, value: "${{ secret('hooks').token }}"}]
                                  config: {url: 'https://example.com', body: "secrets.token is ${{ vars.token }}"}
                                """)),
                RuleCase.of("KL033", ERROR, "spec.steps[0].if",
                        "the if condition|freightMetadata(name, key)|removed in v1.10", task("""
                                - uses: http
                                  if: "${{ freightMetadata(ctx.targetFreight.name, 'approved') == 'yes' }}"
                                  config: {url: 'https://example.com'}
                                """), task("""
                                - uses: http
                                  if: "${{ freightMetadata(ctx.targetFreight.name).approved == 'yes' && quote(1, 2) != '' }}"
                                  config: {url: 'https://example.com'}
                                """)),
                RuleCase.of("KL034", ERROR, "spec.steps[1].config.prNumber",
                        "config.prNumber|output prNumber|removed in v1.7|pr.id", task("""
                                - uses: git-open-pr
                                  config: {repoURL: 'https://x/y.git', sourceBranch: a, targetBranch: b}
                                - uses: git-wait-for-pr
                                  config: {repoURL: 'https://x/y.git', prNumber: "${{ outputs['step-1'].prNumber }}"}
                                """), task("""
                                - uses: compose-output
                                  as: pr
                                  config: {prNumber: 3}
                                - uses: git-wait-for-pr
                                  config: {repoURL: 'https://x/y.git', prNumber: "${{ outputs['pr'].prNumber }}"}
                                """)),
                RuleCase.of("KL035", WARNING, "metadata.labels[\"kargo.akuity.io/project-secret\"]",
                        "Secret \"hooks\"|kargo.akuity.io/project-secret|without effect since v1.5", """
                                apiVersion: v1
                                kind: Secret
                                metadata: {name: hooks, namespace: demo, labels: {kargo.akuity.io/project-secret: "true"}}
                                """, """
                                apiVersion: v1
                                kind: Secret
                                metadata: {name: hooks, namespace: demo, labels: {kargo.akuity.io/cred-type: generic}}
                                """));
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
    void everyLegacyRuleHasACase() {
        assertEquals(LegacyRules.all().stream().map(r -> r.code()).toList(), cases().map(RuleCase::code).toList());
    }
}
