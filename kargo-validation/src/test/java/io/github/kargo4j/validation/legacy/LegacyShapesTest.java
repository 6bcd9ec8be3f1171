package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.freight.Chart;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.freight.GitCommit;
import io.github.kargo4j.model.freight.Image;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectStatus;
import io.github.kargo4j.model.stage.StageSpec;
import io.github.kargo4j.model.stage.StageStatus;
import io.github.kargo4j.model.warehouse.ChartSubscription;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.admission.TestValidation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shape {@link LegacyShapes} lists is reported by a legacy rule at its own path. */
class LegacyShapesTest {

    /** A document per model type, with {@code %s} where the removed field goes, and the path of that place. */
    private static final Map<Class<?>, String[]> HOLDERS = Map.of(
            StageSpec.class, new String[] {"kind: Stage\nmetadata: {name: s, namespace: d}\nspec:\n  requestedFreight: "
                    + "[{origin: {kind: Warehouse, name: w}, sources: {direct: true}}]\n  %s: {warehouse: w}\n", "spec"},
            StageStatus.class, new String[] {"kind: Stage\nmetadata: {name: s, namespace: d}\nspec:\n  requestedFreight: "
                    + "[{origin: {kind: Warehouse, name: w}, sources: {direct: true}}]\nstatus: {%s: x}\n", "status"},
            ProjectStatus.class, new String[] {"kind: Project\nmetadata: {name: p}\nstatus: {%s: x}\n", "status"},
            Project.class, new String[] {"kind: Project\nmetadata: {name: p}\n%s: {promotionPolicies: []}\n", "$"},
            ImageSubscription.class, new String[] {"kind: Warehouse\nmetadata: {name: w, namespace: d}\nspec: "
                    + "{subscriptions: [{image: {repoURL: nginx, %s: x}}]}\n", "spec.subscriptions[0].image"},
            ChartSubscription.class, new String[] {"kind: Warehouse\nmetadata: {name: w, namespace: d}\nspec: "
                    + "{subscriptions: [{chart: {repoURL: 'oci://x/y', %s: x}}]}\n", "spec.subscriptions[0].chart"},
            Freight.class, new String[] {"kind: Freight\nmetadata: {name: f, namespace: d}\norigin: {kind: Warehouse, "
                    + "name: w}\nimages: [{repoURL: x, tag: '1'}]\n%s: x\n", "$"},
            Image.class, new String[] {"kind: Freight\nmetadata: {name: f, namespace: d}\norigin: {kind: Warehouse, "
                    + "name: w}\nimages: [{repoURL: x, tag: '1', %s: x}]\n", "images[0]"},
            GitCommit.class, new String[] {"kind: Freight\nmetadata: {name: f, namespace: d}\norigin: {kind: Warehouse, "
                    + "name: w}\ncommits: [{repoURL: x, id: a, %s: x}]\n", "commits[0]"},
            Chart.class, new String[] {"kind: Freight\nmetadata: {name: f, namespace: d}\norigin: {kind: Warehouse, "
                    + "name: w}\ncharts: [{repoURL: x, name: c, version: '1', %s: x}]\n", "charts[0]"});

    @TestFactory
    Stream<DynamicTest> everyListedFieldIsReported() {
        assertEquals(HOLDERS.keySet().size(), HOLDERS.keySet().stream()
                .filter(t -> !LegacyShapes.removedFields(t).isEmpty()).count());
        return HOLDERS.entrySet().stream().flatMap(h -> LegacyShapes.removedFields(h.getKey()).stream()
                .map(field -> DynamicTest.dynamicTest(h.getKey().getSimpleName() + "." + field, () -> {
                    String yaml = "apiVersion: kargo.akuity.io/v1alpha1\n" + h.getValue()[0].formatted(field);
                    Report r = TestValidation.validate(yaml);
                    String path = (h.getValue()[1].equals("$") ? "" : h.getValue()[1] + ".") + field;
                    assertTrue(r.findings().stream().anyMatch(f -> f.code().startsWith("KL")
                            && (f.path().toString().equals(path) || f.path().toString().startsWith(path + "."))),
                            path + " not reported:\n" + r);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyListedStepConfigFieldIsReported() {
        return LegacyShapes.removedStepConfigFields().stream().map(field -> DynamicTest.dynamicTest(field, () -> {
            String uses = switch (field) {
                case "fromFreight", "fromOrigin" -> "git-clone";
                case "desiredCommitFromStep" -> "argocd-update";
                case "useDigest" -> "kustomize-set-image";
                case "sourceBranchFromStep" -> "git-open-pr";
                case "prNumberFromStep" -> "git-wait-for-pr";
                default -> "git-commit";
            };
            String config = switch (uses) {
                case "git-clone" -> "{repoURL: 'https://x/y.git', checkout: [{path: ./src, %s: true}]}";
                case "argocd-update" -> "{apps: [{name: a, sources: [{repoURL: 'https://x/y.git', %s: s}]}]}";
                case "kustomize-set-image" -> "{path: ., images: [{image: nginx, %s: true}]}";
                default -> "{path: ., %s: [a]}";
            };
            String yaml = "apiVersion: kargo.akuity.io/v1alpha1\nkind: PromotionTask\nmetadata: {name: t, namespace: d}\n"
                    + "spec: {steps: [{uses: " + uses + ", config: " + config.formatted(field) + "}]}\n";
            Report r = TestValidation.validate(yaml);
            assertTrue(r.findings().stream().anyMatch(f -> f.code().startsWith("KL")
                    && f.path().toString().endsWith("." + field)), field + " not reported:\n" + r);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyListedStepAndKindIsReported() {
        Stream<DynamicTest> steps = LegacyShapes.removedSteps().stream().map(s -> DynamicTest.dynamicTest(s, () ->
                assertTrue(TestValidation.validate("apiVersion: kargo.akuity.io/v1alpha1\nkind: PromotionTask\n"
                        + "metadata: {name: t, namespace: d}\nspec: {steps: [{uses: " + s + "}]}\n").findings().stream()
                        .anyMatch(f -> f.code().startsWith("KL") && f.path().toString().equals("spec.steps[0].uses")))));
        Stream<DynamicTest> kinds = LegacyShapes.removedKinds().stream().map(k -> DynamicTest.dynamicTest(k, () ->
                assertTrue(TestValidation.validate("apiVersion: kargo.akuity.io/v1alpha1\nkind: " + k
                        + "\nmetadata: {name: x, namespace: d}\n").findings().stream()
                        .anyMatch(f -> f.code().equals("KL029")))));
        return Stream.concat(steps, kinds);
    }
}
