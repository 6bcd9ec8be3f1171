package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admission and legacy checks never fail on what they are given: free-form trees (step configs, removed fields,
 * subscription items, legacy kinds) filled with random JSON of the wrong shapes, names that are missing or dangling.
 * Oracle: no {@code KR002} (a check threw) in the report.
 */
class NeverThrowsTest {

    private static final String[] KEYS = {"warehouse", "upstreamStages", "name", "repos", "gitRepoUpdates", "kustomize",
        "images", "helm", "charts", "argoCDAppUpdates", "sourceUpdates", "origin", "fromOrigin", "useDigest",
        "checkout", "fromFreight", "apps", "sources", "promotionPolicies", "webhookReceivers", "stage", "registryURL",
        "semverConstraint", "messageFromSteps", "repoURL", "value", "key", "render", "pullRequest", "id", "path"};
    private static final String[] USES = {"git-clone", "argocd-update", "git-commit", "git-open-pr",
        "git-wait-for-pr", "kustomize-set-image", "helm-update-image", "git-overwrite", "helm-update-chart", "http"};
    private static final String[] STRINGS = {"", "x", "Tag", "${{ secrets.a.b }}", "${{ freightMetadata(a, ",
        "${{ outputs['p'].prNumber }}", "git@h:r", "ssh://", "oci://", "https://", "regex:(", "glob:[", "${%", "}}"};

    private static JsonValue random(Random r, int depth) {
        int k = depth > 4 ? r.nextInt(4) : r.nextInt(6);
        return switch (k) {
            case 0 -> JsonString.of(STRINGS[r.nextInt(STRINGS.length)]);
            case 1 -> JsonNumber.of(r.nextInt(5) - 2);
            case 2 -> r.nextBoolean() ? JsonBoolean.of(r.nextBoolean()) : JsonNull.INSTANCE;
            case 3 -> JsonString.of(KEYS[r.nextInt(KEYS.length)]);
            case 4 -> {
                JsonArray.Builder b = JsonArray.builder();
                for (int i = r.nextInt(3); i >= 0; i--) {
                    b.add(random(r, depth + 1));
                }
                yield b.build();
            }
            default -> {
                JsonObject.Builder b = JsonObject.builder();
                for (int i = r.nextInt(4); i >= 0; i--) {
                    b.put(KEYS[r.nextInt(KEYS.length)], random(r, depth + 1));
                }
                yield b.build();
            }
        };
    }

    private static String json(JsonValue v) {
        return v.toString();
    }

    private static List<String> documents(Random r) {
        String ns = r.nextBoolean() ? "demo" : "";
        String meta = "{name: " + (r.nextBoolean() ? "s" + r.nextInt(3) : "''") + (ns.isEmpty() ? "" : ", namespace: "
                + ns) + "}";
        List<String> docs = new ArrayList<>();
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata: " + meta + "\nspec: {subscriptions: "
                + json(random(r, 0)) + ", promotionMechanisms: " + json(random(r, 0)) + ", promotionTemplate: {spec: "
                + "{steps: [{uses: " + USES[r.nextInt(USES.length)] + ", as: 'step-1', config: " + json(JsonObject.of(
                KEYS[r.nextInt(KEYS.length)], random(r, 0))) + "}, {task: {name: t}, config: {}}]}}}\n");
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: Warehouse\nmetadata: " + meta + "\nspec: {subscriptions: "
                + "[{image: {repoURL: nginx, semverConstraint: " + json(random(r, 0)) + ", updateStrategy: "
                + json(random(r, 0)) + "}}, {chart: {repoURL: 'oci://x/y', registryURL: " + json(random(r, 0))
                + "}}, " + json(JsonObject.of(KEYS[r.nextInt(KEYS.length)], random(r, 0))) + "]}\n");
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata: " + meta.replace(", namespace: demo", "")
                + "\nspec: " + json(random(r, 0)) + "\nstatus: {phase: " + json(random(r, 0)) + "}\n");
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: " + (r.nextBoolean() ? "PromotionPolicy" : "Environment")
                + "\nmetadata: " + meta + "\nstage: " + json(random(r, 0)) + "\nenableAutoPromotion: "
                + json(random(r, 0)) + "\n");
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: Freight\nmetadata: " + meta + "\norigin: {kind: Warehouse, "
                + "name: w}\nid: " + json(random(r, 0)) + "\ncharts: [{registryURL: " + json(random(r, 0)) + "}]\n");
        docs.add("apiVersion: kargo.akuity.io/v1alpha1\nkind: PromotionTask\nmetadata: " + meta + "\nspec: {steps: "
                + "[{uses: " + USES[r.nextInt(USES.length)] + ", config: " + json(JsonObject.builder().put("apps", random(r, 0))
                .put("images", random(r, 0)).build()) + "}, {task: {name: x}}]}\n");
        return docs;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 22, 33, 44, 55, 66, 77, 88, 99, 1234})
    void checksNeverFail(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 40; round++) {
            List<Manifest> manifests = new ArrayList<>();
            for (String doc : documents(r)) {
                try {
                    manifests.addAll(KargoCodec.create().parse(doc));
                } catch (ManifestException e) {
                    // a shape the model cannot bind (such as a non-string stage) is a read error, not our concern
                }
            }
            Report report = PipelineValidator.builder().complete(r.nextBoolean()).build().validateManifests(manifests);
            assertTrue(report.withCodes("KR002").findings().isEmpty(), report.toString());
            assertTrue(manifests.size() >= 3, "too few documents bound: " + manifests.size());
        }
    }
}
