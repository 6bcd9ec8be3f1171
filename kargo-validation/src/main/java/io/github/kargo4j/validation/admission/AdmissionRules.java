package io.github.kargo4j.validation.admission;

import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;

import java.util.List;

/**
 * The rules Kargo's admission enforces (CRD CEL rules and Kargo's validating webhooks), codes {@code KA001} and up.
 * A resource with an error finding of these rules is rejected by the API server when applied. Single-field patterns
 * and bounds are the Bean Validation rules ({@code KF...}); these rules are the cross-field and structural ones.
 */
public final class AdmissionRules {

    private AdmissionRules() {
    }

    private static Rule rule(String code, String name, Severity severity, String summary) {
        return Rule.of(code, name, Category.ADMISSION, severity, summary);
    }

    /** S1: an origin requested twice by one Stage. */
    public static final Rule DUPLICATE_REQUESTED_ORIGIN = rule("KA001", "duplicate-requested-origin", Severity.ERROR,
            "A Stage requests Freight from the same Warehouse more than once");
    /** S2: MatchUpstream with direct. */
    public static final Rule MATCH_UPSTREAM_DIRECT = rule("KA002", "match-upstream-with-direct", Severity.ERROR,
            "A MatchUpstream selection policy on a request that also accepts Freight directly");
    /** S3: MatchUpstream without exactly one upstream Stage. */
    public static final Rule MATCH_UPSTREAM_STAGE_COUNT = rule("KA003", "match-upstream-stage-count", Severity.ERROR,
            "A MatchUpstream selection policy on a request without exactly one upstream Stage");
    /** S4: duplicate step alias. */
    public static final Rule DUPLICATE_STEP_ALIAS = rule("KA004", "duplicate-step-alias", Severity.ERROR,
            "Two steps of one promotion template or task have the same alias");
    /** S5: reserved step alias. */
    public static final Rule RESERVED_STEP_ALIAS = rule("KA005", "reserved-step-alias", Severity.ERROR,
            "A step alias of the form step-<n> or task-<n>, which Kargo reserves");
    /** S8 (CEL): exactly one of uses and task. */
    public static final Rule STEP_USES_OR_TASK = rule("KA006", "step-uses-or-task", Severity.ERROR,
            "A promotion template step that sets neither or both of uses and task");
    /** S6: task step with if. */
    public static final Rule TASK_STEP_IF = rule("KA007", "task-step-if", Severity.ERROR,
            "A promotion template step that references a task and has an if condition");
    /** S7: task step with config. */
    public static final Rule TASK_STEP_CONFIG = rule("KA008", "task-step-config", Severity.ERROR,
            "A promotion template step that references a task and has a config");
    /** S8 (CEL): task step with continueOnError. */
    public static final Rule TASK_STEP_CONTINUE_ON_ERROR = rule("KA009", "task-step-continue-on-error",
            Severity.ERROR, "A promotion template step that references a task and sets continueOnError");
    /** S8 (CEL): task step with retry. */
    public static final Rule TASK_STEP_RETRY = rule("KA010", "task-step-retry", Severity.ERROR,
            "A promotion template step that references a task and sets retry");
    /** PromotionTask CEL: steps use uses. */
    public static final Rule PROMOTION_TASK_STEP_USES = rule("KA011", "promotion-task-step-uses", Severity.ERROR,
            "A PromotionTask or ClusterPromotionTask step without uses, or referencing another task");
    /** Promotion CEL: steps use uses. */
    public static final Rule PROMOTION_STEP_USES = rule("KA012", "promotion-step-uses", Severity.WARNING,
            "A Promotion step without uses, or referencing a task");
    /** R5: exactly one of freight and origin. */
    public static final Rule PROMOTION_FREIGHT_OR_ORIGIN = rule("KA013", "promotion-freight-or-origin",
            Severity.ERROR, "A Promotion that sets neither or both of freight and origin");
    /** W1: subscription with not exactly one key. */
    public static final Rule SUBSCRIPTION_SHAPE = rule("KA014", "subscription-shape", Severity.ERROR,
            "A Warehouse subscription that does not have exactly one top-level key");
    /** W2: subscription kind without a subscriber. */
    public static final Rule SUBSCRIPTION_NO_SUBSCRIBER = rule("KA015", "subscription-no-subscriber",
            Severity.ERROR, "A Warehouse subscription of a kind Kargo has no subscriber for (not git, image or chart)");
    /** W4: Digest strategy without constraint. */
    public static final Rule IMAGE_DIGEST_CONSTRAINT = rule("KA016", "image-digest-constraint", Severity.ERROR,
            "An image subscription with the Digest strategy and no constraint (the tag to follow)");
    /** W5: http(s) chart repository without name. */
    public static final Rule CHART_NAME_REQUIRED = rule("KA017", "chart-name-required", Severity.ERROR,
            "A chart subscription to an HTTP(S) repository without a chart name");
    /** W5: OCI chart repository with name. */
    public static final Rule CHART_NAME_FORBIDDEN = rule("KA018", "chart-name-forbidden", Severity.ERROR,
            "A chart subscription to an oci:// repository that also sets a chart name");
    /** W3-W5: semver constraint that does not parse. */
    public static final Rule INVALID_SEMVER_CONSTRAINT = rule("KA019", "invalid-semver-constraint", Severity.ERROR,
            "A subscription semantic version constraint that Kargo cannot parse");
    /** Fields the selection strategy ignores. */
    public static final Rule SUBSCRIPTION_FIELD_IGNORED = rule("KA020", "subscription-field-ignored",
            Severity.WARNING, "A subscription field that its selection strategy ignores");
    /** W6: duplicate subscriptions. */
    public static final Rule DUPLICATE_SUBSCRIPTION = rule("KA021", "duplicate-subscription", Severity.ERROR,
            "Two subscriptions of one Warehouse to the same repository (or chart)");
    /** P1: ProjectConfig name. */
    public static final Rule PROJECT_CONFIG_NAME = rule("KA022", "project-config-name", Severity.ERROR,
            "A ProjectConfig whose name is not its namespace (the Project name)");
    /** ProjectConfig CEL: stage or stageSelector. */
    public static final Rule POLICY_STAGE_OR_SELECTOR = rule("KA023", "policy-stage-or-selector", Severity.ERROR,
            "A promotion policy that sets neither or both of stage and stageSelector");
    /** P3: unknown pattern prefix. */
    public static final Rule INVALID_PATTERN_IDENTIFIER = rule("KA024", "invalid-pattern-identifier",
            Severity.ERROR, "A promotion policy Stage name with a prefix other than regex:, regexp: or glob:");
    /** P4: pattern that does not compile. */
    public static final Rule INVALID_STAGE_PATTERN = rule("KA025", "invalid-stage-pattern", Severity.ERROR,
            "A promotion policy regex: or glob: Stage name pattern that does not compile");
    /** P5: duplicate exact policy names. */
    public static final Rule DUPLICATE_POLICY_STAGE = rule("KA026", "duplicate-policy-stage", Severity.ERROR,
            "Two promotion policies for the same exact Stage name");
    /** P6: duplicate receiver names. */
    public static final Rule DUPLICATE_RECEIVER_NAME = rule("KA027", "duplicate-receiver-name", Severity.ERROR,
            "Two webhook receivers with the same name");
    /** P7: receiver of more than one type. */
    public static final Rule MULTIPLE_RECEIVER_TYPES = rule("KA028", "multiple-receiver-types", Severity.ERROR,
            "A webhook receiver that configures more than one provider");
    /** P8: generic target without criteria. */
    public static final Rule GENERIC_TARGET_CRITERIA = rule("KA029", "generic-target-criteria", Severity.ERROR,
            "A generic webhook receiver target with no name, labelSelector or indexSelector");
    /** ClusterConfig name. */
    public static final Rule CLUSTER_CONFIG_NAME = rule("KA030", "cluster-config-name", Severity.ERROR,
            "A ClusterConfig not named cluster");
    /** F1: Freight without artifacts. */
    public static final Rule FREIGHT_WITHOUT_ARTIFACTS = rule("KA031", "freight-without-artifacts", Severity.ERROR,
            "A Freight with no commit, image, chart or artifact");
    /** Project check: namespace is not known to be a project. */
    public static final Rule NAMESPACE_NOT_PROJECT = new Rule("KA032", "namespace-not-project", Category.ADMISSION,
            Severity.ERROR, "Kargo resources in a namespace with no Project and no Kargo project Namespace in the set",
            true);
    /** Project check: Namespace without the project label. */
    public static final Rule NAMESPACE_NOT_LABELLED = rule("KA033", "namespace-not-labelled", Severity.ERROR,
            "A Namespace holding Kargo resources, or named like a Project, without the label kargo.akuity.io/project");
    /** list-type set: duplicate auto-rollback phases. */
    public static final Rule AUTO_ROLLBACK_DUPLICATE = rule("KA034", "auto-rollback-duplicate", Severity.ERROR,
            "A promotion policy autoRollback list that names a phase twice");
    /** F2: Freight alias used twice. */
    public static final Rule DUPLICATE_FREIGHT_ALIAS = rule("KA035", "duplicate-freight-alias", Severity.ERROR,
            "Two Freight in one namespace with the same alias");
    /** API server object metadata: a missing, empty or malformed metadata.name. */
    public static final Rule RESOURCE_NAME = rule("KA036", "resource-name", Severity.ERROR,
            "A resource without metadata.name, or with a name its kind does not allow");
    /** F3: a Freight artifact no subscription of the origin Warehouse matches. */
    public static final Rule FREIGHT_ARTIFACT_NOT_SUBSCRIBED = rule("KA037", "freight-artifact-not-subscribed",
            Severity.ERROR, "A Freight commit, image or chart that no subscription of its Warehouse matches");
    /** F3: a subscription of the origin Warehouse without an artifact in the Freight. */
    public static final Rule FREIGHT_SUBSCRIPTION_WITHOUT_ARTIFACT = rule("KA038",
            "freight-subscription-without-artifact", Severity.ERROR,
            "A Freight without a commit, image or chart for a git, image or chart subscription of its Warehouse");
    /** F3: several artifacts of the Freight for one subscription of the origin Warehouse. */
    public static final Rule FREIGHT_SUBSCRIPTION_MULTIPLE_ARTIFACTS = rule("KA039",
            "freight-subscription-multiple-artifacts", Severity.ERROR,
            "A Freight with more than one commit, image or chart for one subscription of its Warehouse");

    /** @return every admission rule, by code */
    public static List<Rule> all() {
        return List.of(DUPLICATE_REQUESTED_ORIGIN, MATCH_UPSTREAM_DIRECT, MATCH_UPSTREAM_STAGE_COUNT,
                DUPLICATE_STEP_ALIAS, RESERVED_STEP_ALIAS, STEP_USES_OR_TASK, TASK_STEP_IF, TASK_STEP_CONFIG,
                TASK_STEP_CONTINUE_ON_ERROR, TASK_STEP_RETRY, PROMOTION_TASK_STEP_USES, PROMOTION_STEP_USES,
                PROMOTION_FREIGHT_OR_ORIGIN, SUBSCRIPTION_SHAPE, SUBSCRIPTION_NO_SUBSCRIBER, IMAGE_DIGEST_CONSTRAINT,
                CHART_NAME_REQUIRED, CHART_NAME_FORBIDDEN, INVALID_SEMVER_CONSTRAINT, SUBSCRIPTION_FIELD_IGNORED,
                DUPLICATE_SUBSCRIPTION, PROJECT_CONFIG_NAME, POLICY_STAGE_OR_SELECTOR, INVALID_PATTERN_IDENTIFIER,
                INVALID_STAGE_PATTERN, DUPLICATE_POLICY_STAGE, DUPLICATE_RECEIVER_NAME, MULTIPLE_RECEIVER_TYPES,
                GENERIC_TARGET_CRITERIA, CLUSTER_CONFIG_NAME, FREIGHT_WITHOUT_ARTIFACTS, NAMESPACE_NOT_PROJECT,
                NAMESPACE_NOT_LABELLED, AUTO_ROLLBACK_DUPLICATE, DUPLICATE_FREIGHT_ALIAS, RESOURCE_NAME,
                FREIGHT_ARTIFACT_NOT_SUBSCRIBED, FREIGHT_SUBSCRIPTION_WITHOUT_ARTIFACT,
                FREIGHT_SUBSCRIPTION_MULTIPLE_ARTIFACTS);
    }
}
