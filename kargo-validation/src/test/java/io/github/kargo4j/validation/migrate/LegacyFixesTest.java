package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every legacy rule with a fix: the finding carries it, its hint names exactly what the fix writes, and migrating
 * the file removes the finding without adding an error.
 */
class LegacyFixesTest {

    private static final String HEAD = "apiVersion: kargo.akuity.io/v1alpha1\n";

    @TempDir
    Path dir;

    record Case(String code, String yaml) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static String warehouse(String image) {
        return HEAD + "kind: Warehouse\nmetadata:\n  name: app\n  namespace: demo\nspec:\n  subscriptions:\n"
                + "  - image:\n      repoURL: ghcr.io/example/app\n" + image;
    }

    private static String stage(String step) {
        return HEAD + "kind: Stage\nmetadata:\n  name: dev\n  namespace: demo\nspec:\n  requestedFreight:\n"
                + "  - origin: {kind: Warehouse, name: app}\n    sources: {direct: true}\n  promotionTemplate:\n"
                + "    spec:\n      steps:\n      - uses: git-clone\n        as: clone\n        config:\n"
                + "          repoURL: https://github.com/example/deploy.git\n          checkout:\n"
                + "          - branch: main\n            path: ./out\n" + step;
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("KL008", warehouse("      semverConstraint: ^1.0.0  # keep this comment\n")),
                new Case("KL010", warehouse("      tagSelectionStrategy: Lexical\n")),
                new Case("KL011", warehouse("      updateStrategy: Alphabetical\n")),
                new Case("KL013", warehouse("      imageSelectionStrategy: Lexical\n      allowTags: ^v1\\.\n")),
                new Case("KL014", warehouse("      imageSelectionStrategy: Lexical\n      ignoreTags: [latest, v1.0]\n")),
                new Case("KL018", stage("      - uses: helm-update-image\n        config:\n          path: ./out/values.yaml\n"
                        + "          images:\n          - {image: ghcr.io/example/app, key: image.tag, value: Tag}\n")),
                new Case("KL020", stage("      - uses: git-clone\n        config:\n"
                        + "          repoURL: https://github.com/example/app.git\n          checkout:\n"
                        + "          - fromFreight: true\n            fromOrigin: {kind: Warehouse, name: app}\n"
                        + "            path: ./src\n")),
                new Case("KL021", stage("      - uses: git-commit\n        as: commit\n        config: {path: ./out, "
                        + "message: m}\n      - uses: argocd-update\n        config:\n          apps:\n"
                        + "          - name: app\n            sources:\n"
                        + "            - repoURL: https://github.com/example/deploy.git\n"
                        + "              desiredCommitFromStep: commit\n")),
                new Case("KL022", stage("      - uses: argocd-update\n        config:\n          apps:\n"
                        + "          - name: app\n            sources:\n"
                        + "            - repoURL: https://github.com/example/deploy.git\n              helm:\n"
                        + "                images:\n                - repoURL: ghcr.io/example/app\n"
                        + "                  key: image.tag\n                  value: Tag\n")),
                new Case("KL023", stage("      - uses: kustomize-set-image\n        config:\n          path: ./out\n"
                        + "          images:\n          - image: ghcr.io/example/app\n            useDigest: true\n")),
                new Case("KL024", stage("      - uses: git-commit\n        as: commit\n        config:\n"
                        + "          path: ./out\n          message: m\n      - uses: git-push\n        as: push\n"
                        + "        config: {path: ./out, generateTargetBranch: true}\n"
                        + "      - uses: git-open-pr\n        as: open-pr\n        config:\n"
                        + "          repoURL: https://github.com/example/deploy.git\n"
                        + "          sourceBranchFromStep: push\n          targetBranch: main\n")),
                new Case("KL025", stage("      - uses: git-open-pr\n        as: open-pr\n        config:\n"
                        + "          repoURL: https://github.com/example/deploy.git\n"
                        + "          sourceBranch: env/dev\n          targetBranch: main\n"
                        + "      - uses: git-wait-for-pr\n        config:\n"
                        + "          repoURL: https://github.com/example/deploy.git\n"
                        + "          prNumberFromStep: open-pr\n")),
                new Case("KL026", stage("      - uses: yaml-update\n        as: update-image\n        config:\n"
                        + "          path: ./out/values.yaml\n          updates: [{key: image.tag, value: v1}]\n"
                        + "      - uses: git-commit\n        config:\n          path: ./out\n"
                        + "          messageFromSteps:\n          - update-image  # the image step\n")),
                new Case("KL028", stage("      - uses: git-open-pr\n        config:\n"
                        + "          repoURL: https://github.com/example/deploy.git\n"
                        + "          sourceBranch: env/dev\n          targetBranch: main\n"
                        + "          createTargetBranch: true\n")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void applyingTheFixRemovesTheFindingAndTheHintNamesWhatItWrites(Case c) throws IOException {
        Path file = dir.resolve("r.yaml");
        Files.writeString(file, c.yaml());
        Report before = PipelineValidator.create().validate(file);
        List<Finding> found = before.withCodes(c.code()).findings();
        assertEquals(1, found.size(), before.toString());
        Finding f = found.get(0);
        Fix fix = f.fix().orElseThrow(() -> new AssertionError("no fix: " + f.hint()));
        assertEquals(fix.hint(), f.hint());
        for (Fix.Edit e : fix.edits()) {
            JsonValue written = e instanceof Fix.Replace r ? r.value() : e instanceof Fix.ReplacePair r ? r.value()
                    : e instanceof Fix.Add a ? a.value() : null;
            assertTrue(f.hint().contains(e.path().toString()), f.hint());
            if (written != null) {
                assertTrue(f.hint().contains(FlowYaml.write(written)), f.hint());
            }
            if (e instanceof Fix.RenameKey r) {
                assertTrue(f.hint().contains(r.newKey()), f.hint());
            }
        }
        MigrationPlan plan = Migrator.create().plan(List.of(file));
        assertEquals(List.of(), plan.problems());
        assertEquals(1, plan.files().size(), plan.diff());
        plan.write();
        Report after = PipelineValidator.create().validate(file);
        assertTrue(after.withCodes(c.code()).findings().isEmpty(), after + "\n" + Files.readString(file));
        assertTrue(after.findings().stream().filter(x -> x.severity() == io.github.kargo4j.validation.Severity.ERROR)
                .count() <= before.findings().stream()
                .filter(x -> x.severity() == io.github.kargo4j.validation.Severity.ERROR).count() - 1
                || f.severity() != io.github.kargo4j.validation.Severity.ERROR, after.toString());
        assertFalse(Files.readString(file).contains(c.code()));
        assertTrue(Migrator.create().plan(List.of(file)).isEmpty(), "a second run finds nothing");
    }

    @Test
    void aResourceWithALegacyErrorThatNeedsADecisionIsLeftAsItWas() throws IOException {
        Path file = dir.resolve("r.yaml");
        String yaml = stage("      - uses: kustomize-set-image\n        config:\n          path: ./out\n"
                + "          images:\n          - image: ghcr.io/example/app\n            tag: v1\n"
                + "            fromOrigin: {kind: Warehouse, name: app}\n"
                + "      - uses: git-commit\n        config:\n          path: ./out\n"
                + "          messageFromSteps: [clone]\n");
        Files.writeString(file, yaml);
        MigrationPlan plan = Migrator.create().plan(List.of(file));
        assertEquals(1, plan.problems().size(), plan.problems().toString());
        assertTrue(plan.problems().get(0).message().contains("(KL019) has no automatic replacement"),
                plan.problems().get(0).message());
        assertEquals(List.of(), plan.files(), "the Stage is migrated completely or not at all");
    }
}
