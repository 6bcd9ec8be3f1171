package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.admission.TestValidation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replacements in hints are complete, valid manifests that no longer trigger the legacy rules. */
class MigrationHintsTest {

    private static final String MECHANISMS = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: prod, namespace: demo}
            spec:
              requestedFreight: [{origin: {kind: Warehouse, name: app}, sources: {stages: [uat]}}]
              promotionMechanisms:
                origin: {kind: Warehouse, name: app}
                gitRepoUpdates:
                - repoURL: https://github.com/example/deploy.git
                  readBranch: main
                  writeBranch: env/prod
                  render: {}
                  helm:
                    images:
                    - {image: ghcr.io/example/app, valuesFilePath: charts/app/values.yaml, key: image.tag, value: ImageAndTag}
                    charts:
                    - {repository: 'https://charts.example.com', name: db, chartPath: charts/app}
                  pullRequest: {github: {}}
                argoCDAppUpdates:
                - appName: app-prod
                  appNamespace: argocd
                  sourceUpdates:
                  - repoURL: https://github.com/example/deploy.git
                    updateTargetRevision: true
                    kustomize: {images: [{image: ghcr.io/example/app, useDigest: true}]}
            """;

    /** @return the template the fix writes */
    private static JsonObject template(Finding f) {
        Fix.ReplacePair edit = (Fix.ReplacePair) f.fix().orElseThrow().edits().get(0);
        assertEquals("promotionTemplate", edit.newKey());
        return (JsonObject) edit.value();
    }

    private static List<PromotionStep> stepsFromFix(Finding f) {
        String yaml = "apiVersion: kargo.akuity.io/v1alpha1\nkind: PromotionTask\nmetadata: {name: t, namespace: demo}\n"
                + "spec: " + FlowYaml.write(template(f).getOrNull("spec")) + "\n";
        return KargoCodec.create().parseOne(yaml, PromotionTask.class).spec().steps();
    }

    @Test
    void promotionMechanismsBecomeEquivalentSteps() {
        Finding f = TestValidation.findings(MECHANISMS, "KL004").get(0);
        List<PromotionStep> steps = stepsFromFix(f);
        assertTrue(f.hint().contains(FlowYaml.write(template(f))), f.hint());
        assertEquals(List.of("git-clone", "git-clear", "yaml-update", "helm-update-chart", "kustomize-build",
                "git-commit", "git-push", "git-open-pr", "git-wait-for-pr", "argocd-update"),
                steps.stream().map(s -> s.uses().orElse("")).toList());
        assertTrue(f.hint().contains("{branch: main, path: ./src}"), f.hint());
        assertTrue(f.hint().contains("{branch: env/prod, path: ./out}"), f.hint());
        assertTrue(f.hint().contains("${{ imageFrom(\"ghcr.io/example/app\", warehouse(\"app\")).RepoURL }}:"
                + "${{ imageFrom(\"ghcr.io/example/app\", warehouse(\"app\")).Tag }}"), f.hint());
        assertTrue(f.hint().contains("chartFrom(\"https://charts.example.com\", \"db\", warehouse(\"app\")).Version"),
                f.hint());
        assertTrue(f.hint().contains("prNumber: \"${{ outputs['open-pr'].pr.id }}\""), f.hint());
        assertTrue(f.hint().contains("desiredRevision: \"${{ outputs['commit'].commit }}\""), f.hint());
        assertTrue(f.hint().contains("digest: '${{ imageFrom(\"ghcr.io/example/app\", warehouse(\"app\")).Digest }}'"),
                f.hint());
    }

    @Test
    void replacedStepsAreCleanOfLegacyShapes() {
        Finding f = TestValidation.findings(MECHANISMS, "KL004").get(0);
        String template = FlowYaml.write(template(f));
        String migrated = MECHANISMS.substring(0, MECHANISMS.indexOf("  promotionMechanisms:"))
                + "  promotionTemplate: " + template + "\n";
        Report r = TestValidation.validate(migrated);
        assertTrue(r.findings().stream().noneMatch(x -> x.code().startsWith("KL")
                || x.code().startsWith("KA") && x.severity() == Severity.ERROR), r.toString());
    }

    @Test
    void secretValuesNeverAppearInFindings() {
        String value = "c2VjcmV0LWtleS12YWx1ZQ==";
        Report r = TestValidation.validate("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: repo
                  namespace: demo
                  labels: {kargo.akuity.io/cred-type: git, kargo.akuity.io/project-secret: "true"}
                data: {sshPrivateKey: %s}
                stringData: {sshPrivateKey: plain-secret-text, repoURL: 'git@github.com:x/y.git'}
                """.formatted(value));
        assertEquals(3, r.findings().size(), r.toString());
        for (Finding f : r.findings()) {
            for (String s : List.of(value, "secret-key-value", "plain-secret-text", "git@github.com:x/y.git")) {
                assertFalse(f.message().contains(s) || f.hint().contains(s), f.toString());
            }
        }
    }
}
