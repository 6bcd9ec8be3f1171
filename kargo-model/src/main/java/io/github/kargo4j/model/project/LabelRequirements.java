package io.github.kargo4j.model.project;

import io.github.kargo4j.model.common.LabelSelectorRequirement;

import java.util.List;
import java.util.Map;

/** Kubernetes label-selector evaluation ({@code metav1.LabelSelectorAsSelector} semantics). */
final class LabelRequirements {

    private LabelRequirements() {
    }

    static boolean matches(Map<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions,
                           Map<String, String> labels) {
        for (LabelSelectorRequirement r : matchExpressions) {
            check(r);
        }
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : matchExpressions) {
            String value = labels.get(r.key());
            boolean ok = switch (r.operator()) {
                case "In" -> value != null && r.values().contains(value);
                case "NotIn" -> value == null || !r.values().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalStateException("unreachable");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void check(LabelSelectorRequirement r) {
        switch (r.operator()) {
            case "In", "NotIn" -> {
                if (r.values().isEmpty()) {
                    throw new IllegalArgumentException("label requirement on \"" + r.key() + "\": values must not"
                            + " be empty for operator " + r.operator());
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (!r.values().isEmpty()) {
                    throw new IllegalArgumentException("label requirement on \"" + r.key() + "\": values must be"
                            + " empty for operator " + r.operator());
                }
            }
            default -> throw new IllegalArgumentException("label requirement on \"" + r.key() + "\": \""
                    + r.operator() + "\" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)");
        }
    }
}
