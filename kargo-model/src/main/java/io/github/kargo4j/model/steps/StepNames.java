package io.github.kargo4j.model.steps;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a step name ({@code uses}) means to Kargo v1.11: one of its built-in steps ({@link Steps#builtIn()}), a step
 * that only a later Kargo has, a step that only Akuity's commercial edition (the Akuity Platform)
 * has. (Steps Kargo removed are the legacy rules' concern.) Any other name fails the promotion when it reaches the step ("no promotion step runner registered").
 */
public final class StepNames {

    /** Steps on Kargo's main branch after v1.11.2, with the version that is expected to ship them. */
    private static final Map<String, String> NEWER = Map.of(
            "tar", "a Kargo release after v1.11 (it is on Kargo's main branch, not in v1.11.2)");

    /** Steps of the Akuity Platform, documented upstream but absent from open-source Kargo (kargo-api.md §13). */
    private static final Set<String> AKUITY_PLATFORM = Set.of(
            "gh-create-issue", "gh-issue-add-comment", "gh-issue-delete-comment", "gh-issue-update-comment",
            "gh-search-issues", "gh-update-issue", "gh-wait-for-issue-state", "gha-dispatch-workflow",
            "gha-wait-for-workflow", "hcl-update", "jfrog-evidence", "jira", "send-message", "snow-create",
            "snow-delete", "snow-query-for-records", "snow-update", "snow-wait-for-condition", "tf-apply",
            "tf-output", "tf-plan");

    private StepNames() {
    }

    /**
     * @param name a step name
     * @return whether it is a built-in step of Kargo v1.11
     */
    public static boolean isBuiltIn(String name) {
        return Steps.builtIn().containsKey(name);
    }

    /**
     * @param name a step name
     * @return the Kargo release that has the step, when only a release after v1.11 has it
     */
    public static Optional<String> newerKargo(String name) {
        return Optional.ofNullable(NEWER.get(name));
    }

    /**
     * @param name a step name
     * @return whether only the Akuity Platform (Akuity's commercial edition of Kargo) has the step
     */
    public static boolean isAkuityPlatformOnly(String name) {
        return AKUITY_PLATFORM.contains(name);
    }

    /** @return the names of the Akuity Platform's own steps */
    public static Set<String> akuityPlatformOnly() {
        return AKUITY_PLATFORM;
    }
}
