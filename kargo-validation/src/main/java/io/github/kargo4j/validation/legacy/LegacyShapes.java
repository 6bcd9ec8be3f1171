package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
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

import java.util.Map;
import java.util.Set;

/**
 * The removed shapes the legacy rules ({@code KL...}) report, for other checks that look at unknown fields: a field
 * listed here already gets a finding that names its replacement, so a generic "unknown field" finding would only
 * repeat it.
 */
public final class LegacyShapes {

    private static final Map<Class<?>, Set<String>> FIELDS = Map.of(
            StageSpec.class, Set.of("subscriptions", "promotionMechanisms"),
            StageStatus.class, Set.of("phase", "message"),
            ProjectStatus.class, Set.of("phase", "message"),
            Project.class, Set.of("spec"),
            ImageSubscription.class, Set.of("semverConstraint", "gitRepoURL", "tagSelectionStrategy", "updateStrategy"),
            ChartSubscription.class, Set.of("registryURL"),
            Freight.class, Set.of("id", "warehouse"),
            Image.class, Set.of("gitRepoURL"),
            GitCommit.class, Set.of("healthCheckCommit"),
            Chart.class, Set.of("registryURL"));

    private static final Set<String> STEP_CONFIG_FIELDS = Set.of("fromOrigin", "fromFreight", "desiredCommitFromStep",
            "useDigest", "sourceBranchFromStep", "prNumberFromStep", "messageFromSteps");

    private LegacyShapes() {
    }

    /**
     * @param modelType a model type (the immutable class, such as {@code ImageSubscription.class})
     * @return the JSON names of removed fields of that type that a legacy rule reports (kept by the model in its
     *     {@code unknownFields()}); empty for other types
     */
    public static Set<String> removedFields(Class<?> modelType) {
        return FIELDS.getOrDefault(modelType, Set.of());
    }

    /** @return the keys of built-in step configs that a legacy rule reports wherever they appear */
    public static Set<String> removedStepConfigFields() {
        return STEP_CONFIG_FIELDS;
    }

    /** @return the names of removed built-in steps ({@code uses}) that a legacy rule reports */
    public static Set<String> removedSteps() {
        return Set.of("git-overwrite", "helm-update-image");
    }

    /** @return the removed kinds of {@code kargo.akuity.io} that a legacy rule reports */
    public static Set<String> removedKinds() {
        return Set.of("Environment", "PromotionPolicy");
    }

    /**
     * @param template a Stage's {@code promotionTemplate} as written
     * @return whether a promotionTemplate says nothing: null, or no spec, or a spec with no steps and nothing else
     */
    public static boolean isEmptyTemplate(JsonValue template) {
        if (template instanceof JsonNull) {
            return true;
        }
        if (!(template instanceof JsonObject t) || !Set.of("spec").containsAll(t.keys())) {
            return false;
        }
        JsonValue spec = t.getOrNull("spec");
        if (spec == null || spec instanceof JsonNull) {
            return true;
        }
        if (!(spec instanceof JsonObject so) || !Set.of("steps").containsAll(so.keys())) {
            return false;
        }
        JsonValue steps = so.getOrNull("steps");
        return steps == null || steps instanceof JsonNull || (steps instanceof JsonArray a && a.isEmpty());
    }
}
