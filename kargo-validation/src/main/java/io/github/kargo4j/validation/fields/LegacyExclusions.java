package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.json.JsonPath;

import java.util.Set;

/**
 * THE ONE PLACE listing removed legacy fields that the unknown-field check must NOT report: the legacy rules
 * ({@code KL...}) report each of them with a migration hint, so a second, vaguer "unknown field" finding would only
 * be noise. When a legacy rule is added or dropped, update this list with it. Nothing below an excluded field is
 * checked either.
 */
final class LegacyExclusions {

    private LegacyExclusions() {
    }

    /**
     * {@code Kind path} pairs; {@code *} as kind matches every kind, {@code [*]} matches any list index. Sources:
     * kargo-api.md §17.
     */
    private static final Set<String> RESOURCE_FIELDS = Set.of(
            // §17.2 Stage: v0.x subscriptions and promotion mechanisms
            "Stage spec.subscriptions",
            "Stage spec.promotionMechanisms",
            // §17.1 Project spec (removed v1.7; now ProjectConfig)
            "Project spec",
            // §17.3 removed image and chart subscription fields
            "Warehouse spec.subscriptions[*].image.semverConstraint",
            "Warehouse spec.subscriptions[*].image.gitRepoURL",
            "Warehouse spec.subscriptions[*].image.tagSelectionStrategy",
            "Warehouse spec.subscriptions[*].image.updateStrategy",
            "Warehouse spec.subscriptions[*].chart.registryURL",
            // §17.4 Freight
            "Freight id",
            "Freight warehouse",
            // §17.2 status.phase / status.message (removed v1.5 where the kind no longer has them)
            "* status.phase",
            "* status.message");

    /** §17.5: removed step config keys, excluded at any depth of a step's {@code config}. */
    private static final Set<String> STEP_CONFIG_KEYS = Set.of(
            "fromOrigin", "fromFreight", "desiredCommitFromStep", "sourceBranchFromStep", "prNumberFromStep",
            "messageFromSteps", "useDigest");

    /**
     * @param kind the resource kind
     * @param path the path of an unknown field in the resource
     * @return whether a legacy rule reports that field
     */
    static boolean isLegacyField(String kind, JsonPath path) {
        String p = pattern(path);
        return RESOURCE_FIELDS.contains(kind + " " + p) || RESOURCE_FIELDS.contains("* " + p);
    }

    /**
     * @param key an unknown key inside a step's {@code config}
     * @return whether a legacy rule reports that key
     */
    static boolean isLegacyStepConfigKey(String key) {
        return STEP_CONFIG_KEYS.contains(key);
    }

    private static String pattern(JsonPath path) {
        StringBuilder sb = new StringBuilder();
        for (Object seg : path.segments()) {
            if (seg instanceof Integer) {
                sb.append("[*]");
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(seg);
            }
        }
        return sb.toString();
    }
}
