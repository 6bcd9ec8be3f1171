package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;

import java.util.List;

/**
 * Removed, renamed and deprecated shapes of older Kargo versions, codes {@code KL001} and up. Each finding names the
 * version that removed (or deprecated) the shape, what Kargo v1.11 does with it, and the replacement. Errors are
 * shapes Kargo v1.11 drops, ignores or fails on; warnings are deprecated shapes that still work.
 */
public final class LegacyRules {

    private LegacyRules() {
    }

    private static Rule rule(String code, String name, Severity severity, String summary) {
        return Rule.of(code, name, Category.LEGACY, severity, summary);
    }

    /** Stage spec.subscriptions.warehouse. */
    public static final Rule STAGE_SUBSCRIPTION_WAREHOUSE = rule("KL001", "stage-subscriptions-warehouse",
            Severity.ERROR, "Stage spec.subscriptions.warehouse, removed in Kargo v0.9 (use requestedFreight)");
    /** Stage spec.subscriptions.upstreamStages. */
    public static final Rule STAGE_SUBSCRIPTION_UPSTREAM = rule("KL002", "stage-subscriptions-upstream-stages",
            Severity.ERROR, "Stage spec.subscriptions.upstreamStages, removed in Kargo v0.9 (use requestedFreight)");
    /** Stage spec.subscriptions.repos. */
    public static final Rule STAGE_SUBSCRIPTION_REPOS = rule("KL003", "stage-subscriptions-repos", Severity.ERROR,
            "Stage spec.subscriptions.repos, removed in Kargo v0.2 (use a Warehouse)");
    /** Stage spec.promotionMechanisms. */
    public static final Rule STAGE_PROMOTION_MECHANISMS = rule("KL004", "stage-promotion-mechanisms",
            Severity.ERROR, "Stage spec.promotionMechanisms, removed in Kargo v1.0 (use promotionTemplate steps)");
    /** status.phase and status.message. */
    public static final Rule STATUS_PHASE = rule("KL005", "status-phase-message", Severity.WARNING,
            "Stage or Project status.phase / status.message, removed in Kargo v1.5 (use status.conditions)");
    /** Project spec. */
    public static final Rule PROJECT_SPEC = rule("KL006", "project-spec", Severity.ERROR,
            "Project spec (promotionPolicies, webhookReceivers), removed in Kargo v1.7 (use a ProjectConfig)");
    /** Promotion policy stage. */
    public static final Rule POLICY_STAGE = rule("KL007", "policy-stage", Severity.WARNING,
            "Promotion policy stage, deprecated since Kargo v1.5 (use stageSelector.name)");
    /** image.semverConstraint. */
    public static final Rule IMAGE_SEMVER_CONSTRAINT = rule("KL008", "image-semver-constraint", Severity.ERROR,
            "Image subscription semverConstraint, ignored since Kargo v1.9 (use constraint)");
    /** image.gitRepoURL. */
    public static final Rule IMAGE_GIT_REPO_URL = rule("KL009", "image-git-repo-url", Severity.ERROR,
            "Image subscription gitRepoURL, ignored since Kargo v1.7 (use the OCI source annotation)");
    /** image.tagSelectionStrategy. */
    public static final Rule IMAGE_TAG_SELECTION_STRATEGY = rule("KL010", "image-tag-selection-strategy",
            Severity.ERROR,
            "Image subscription tagSelectionStrategy, removed in Kargo v0.4 (use imageSelectionStrategy)");
    /** image.updateStrategy. */
    public static final Rule IMAGE_UPDATE_STRATEGY = rule("KL011", "image-update-strategy", Severity.ERROR,
            "Image subscription updateStrategy, removed in Kargo v0.3 (use imageSelectionStrategy)");
    /** chart.registryURL. */
    public static final Rule CHART_REGISTRY_URL = rule("KL012", "chart-registry-url", Severity.ERROR,
            "Chart subscription registryURL, removed in Kargo v0.4 (use repoURL)");
    /** allowTags. */
    public static final Rule ALLOW_TAGS = rule("KL013", "allow-tags", Severity.ERROR,
            "Subscription allowTags, on which discovery fails since Kargo v1.11 (use allowTagsRegexes)");
    /** ignoreTags. */
    public static final Rule IGNORE_TAGS = rule("KL014", "ignore-tags", Severity.ERROR,
            "Subscription ignoreTags, on which discovery fails since Kargo v1.11 (use ignoreTagsRegexes)");
    /** SSH Git URLs. */
    public static final Rule GIT_SSH_URL = rule("KL015", "git-ssh-url", Severity.WARNING,
            "An SSH or SCP-style Git URL, deprecated since Kargo v1.10 (use HTTPS)");
    /** sshPrivateKey credentials. */
    public static final Rule SSH_PRIVATE_KEY = rule("KL016", "ssh-private-key", Severity.WARNING,
            "A Git credentials Secret with sshPrivateKey, deprecated since Kargo v1.10 (use HTTPS credentials)");
    /** git-overwrite step. */
    public static final Rule STEP_GIT_OVERWRITE = rule("KL017", "step-git-overwrite", Severity.ERROR,
            "The git-overwrite step, renamed git-clear before Kargo v0.9");
    /** helm-update-image step. */
    public static final Rule STEP_HELM_UPDATE_IMAGE = rule("KL018", "step-helm-update-image", Severity.ERROR,
            "The helm-update-image step, removed in Kargo v1.3 (use yaml-update)");
    /** fromOrigin. */
    public static final Rule STEP_FROM_ORIGIN = rule("KL019", "step-from-origin", Severity.ERROR,
            "A step config fromOrigin, removed in Kargo v1.3 (pass warehouse() to the expression functions)");
    /** git-clone checkout fromFreight. */
    public static final Rule STEP_FROM_FREIGHT = rule("KL020", "step-checkout-from-freight", Severity.ERROR,
            "git-clone checkout fromFreight, removed in Kargo v1.3 (use commit with commitFrom())");
    /** argocd-update desiredCommitFromStep. */
    public static final Rule STEP_DESIRED_COMMIT_FROM_STEP = rule("KL021", "step-desired-commit-from-step",
            Severity.ERROR, "argocd-update desiredCommitFromStep, removed in Kargo v1.3 (use desiredRevision)");
    /** argocd-update helm.images repoURL and enum value. */
    public static final Rule STEP_HELM_IMAGE_SHAPE = rule("KL022", "step-argocd-helm-image", Severity.ERROR,
            "argocd-update helm.images repoURL and Tag/Digest value keywords, removed in Kargo v1.3");
    /** useDigest. */
    public static final Rule STEP_USE_DIGEST = rule("KL023", "step-use-digest", Severity.ERROR,
            "A kustomize image useDigest, removed in Kargo v1.3 (use digest with imageFrom())");
    /** git-open-pr sourceBranchFromStep. */
    public static final Rule STEP_SOURCE_BRANCH_FROM_STEP = rule("KL024", "step-source-branch-from-step",
            Severity.ERROR, "git-open-pr sourceBranchFromStep, removed in Kargo v1.3 (use sourceBranch)");
    /** git-wait-for-pr prNumberFromStep. */
    public static final Rule STEP_PR_NUMBER_FROM_STEP = rule("KL025", "step-pr-number-from-step", Severity.ERROR,
            "git-wait-for-pr prNumberFromStep, removed in Kargo v1.3 (use prNumber)");
    /** git-commit messageFromSteps. */
    public static final Rule STEP_MESSAGE_FROM_STEPS = rule("KL026", "step-message-from-steps", Severity.ERROR,
            "git-commit messageFromSteps, removed in Kargo v1.5 (use message)");
    /** git-commit author. */
    public static final Rule STEP_COMMIT_AUTHOR = rule("KL027", "step-git-commit-author", Severity.WARNING,
            "git-commit author, deprecated since Kargo v1.10 (use git-clone author or ClusterConfig gitClient)");
    /** git-open-pr createTargetBranch. */
    public static final Rule STEP_CREATE_TARGET_BRANCH = rule("KL028", "step-create-target-branch",
            Severity.WARNING, "git-open-pr createTargetBranch, a no-op deprecated since Kargo v1.10");
    /** Removed kinds. */
    public static final Rule REMOVED_KIND = rule("KL029", "removed-kind", Severity.ERROR,
            "A removed Kargo kind: Environment (now Stage) or PromotionPolicy (now ProjectConfig policies)");
    /** Freight removed fields. */
    public static final Rule FREIGHT_REMOVED_FIELD = rule("KL030", "freight-removed-field", Severity.WARNING,
            "A removed Freight field: id, warehouse, images[].gitRepoURL, commits[].healthCheckCommit");
    /** Freight charts[].registryURL. */
    public static final Rule FREIGHT_CHART_REGISTRY_URL = rule("KL031", "freight-chart-registry-url",
            Severity.ERROR, "Freight charts[].registryURL, removed in Kargo v0.4 (use repoURL)");
    /** The secrets expression map. */
    public static final Rule EXPRESSION_SECRETS = rule("KL032", "expression-secrets-map", Severity.ERROR,
            "The secrets expression variable, removed in Kargo v1.7 (use secret('name'))");
    /** freightMetadata with two arguments. */
    public static final Rule EXPRESSION_FREIGHT_METADATA = rule("KL033", "expression-freight-metadata-key",
            Severity.ERROR, "freightMetadata(name, key), removed in Kargo v1.10 (use freightMetadata(name).key)");
    /** git-open-pr output prNumber. */
    public static final Rule EXPRESSION_PR_NUMBER_OUTPUT = rule("KL034", "expression-pr-number-output",
            Severity.ERROR, "The git-open-pr output prNumber, removed in Kargo v1.7 (use pr.id)");
    /** kargo.akuity.io/project-secret label. */
    public static final Rule PROJECT_SECRET_LABEL = rule("KL035", "project-secret-label", Severity.WARNING,
            "The label kargo.akuity.io/project-secret, without effect since Kargo v1.5 (use cred-type: generic)");

    /** @return every legacy rule, by code */
    public static List<Rule> all() {
        return List.of(STAGE_SUBSCRIPTION_WAREHOUSE, STAGE_SUBSCRIPTION_UPSTREAM, STAGE_SUBSCRIPTION_REPOS,
                STAGE_PROMOTION_MECHANISMS, STATUS_PHASE, PROJECT_SPEC, POLICY_STAGE, IMAGE_SEMVER_CONSTRAINT,
                IMAGE_GIT_REPO_URL, IMAGE_TAG_SELECTION_STRATEGY, IMAGE_UPDATE_STRATEGY, CHART_REGISTRY_URL,
                ALLOW_TAGS, IGNORE_TAGS, GIT_SSH_URL, SSH_PRIVATE_KEY, STEP_GIT_OVERWRITE, STEP_HELM_UPDATE_IMAGE,
                STEP_FROM_ORIGIN, STEP_FROM_FREIGHT, STEP_DESIRED_COMMIT_FROM_STEP, STEP_HELM_IMAGE_SHAPE,
                STEP_USE_DIGEST, STEP_SOURCE_BRANCH_FROM_STEP, STEP_PR_NUMBER_FROM_STEP, STEP_MESSAGE_FROM_STEPS,
                STEP_COMMIT_AUTHOR, STEP_CREATE_TARGET_BRANCH, REMOVED_KIND, FREIGHT_REMOVED_FIELD,
                FREIGHT_CHART_REGISTRY_URL, EXPRESSION_SECRETS, EXPRESSION_FREIGHT_METADATA,
                EXPRESSION_PR_NUMBER_OUTPUT, PROJECT_SECRET_LABEL);
    }
}
