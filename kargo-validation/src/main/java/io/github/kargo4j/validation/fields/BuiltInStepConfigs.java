package io.github.kargo4j.validation.fields;

import java.util.Map;
import java.util.Optional;

/**
 * The config keys of the built-in steps used by the seed pipelines, written from Kargo v1.11's step reference
 * (kargo-api.md §13). A test compares them with Kargo's published step schemas when those are at hand. Removed
 * keys (such as {@code fromOrigin}) are not listed: {@link io.github.kargo4j.validation.legacy.LegacyShapes} keeps them from being reported here.
 */
final class BuiltInStepConfigs implements StepConfigShapes {

    private static final KnownFields AUTHOR = KnownFields.paths("name", "email", "signingKey");

    static final BuiltInStepConfigs INSTANCE = new BuiltInStepConfigs();

    private final Map<String, KnownFields> steps = Map.of(
            "git-clone", KnownFields.paths("repoURL", "insecureSkipTLSVerify", "recurseSubmodules", "blobless",
                    "author.name", "author.email", "author.signingKey",
                    "checkout[].path", "checkout[].branch", "checkout[].commit", "checkout[].tag",
                    "checkout[].create", "checkout[].as", "checkout[].sparse[]"),
            "git-commit", KnownFields.paths("path", "message").withField("author", AUTHOR),
            "git-push", KnownFields.paths("path", "generateTargetBranch", "targetBranch", "tag", "force",
                    "maxAttempts", "provider"),
            "yaml-update", KnownFields.paths("path", "updates[].key", "updates[].value"),
            "kustomize-set-image", KnownFields.paths("path", "images[].image", "images[].tag", "images[].digest",
                    "images[].name", "images[].newName"),
            "argocd-update", KnownFields.paths("apps[].name", "apps[].namespace",
                    "apps[].selector.matchLabels",
                    "apps[].selector.matchExpressions[].key", "apps[].selector.matchExpressions[].operator",
                    "apps[].selector.matchExpressions[].values[]",
                    "apps[].sources[].repoURL", "apps[].sources[].chart", "apps[].sources[].desiredRevision",
                    "apps[].sources[].updateTargetRevision",
                    "apps[].sources[].kustomize.images[].repoURL", "apps[].sources[].kustomize.images[].tag",
                    "apps[].sources[].kustomize.images[].digest", "apps[].sources[].kustomize.images[].newName",
                    "apps[].sources[].helm.images[].key", "apps[].sources[].helm.images[].value"),
            "http", KnownFields.paths("url", "method", "headers[].name", "headers[].value",
                    "queryParams[].name", "queryParams[].value", "body", "insecureSkipTLSVerify", "proxy",
                    "timeout", "pollInterval", "responseContentType", "successExpression", "failureExpression",
                    "errorExpression", "outputs[].name", "outputs[].fromExpression"),
            "git-open-pr", KnownFields.paths("repoURL", "sourceBranch", "targetBranch", "title", "description",
                    "labels[]", "provider", "insecureSkipTLSVerify", "createTargetBranch"),
            "git-wait-for-pr", KnownFields.paths("repoURL", "prNumber", "provider", "insecureSkipTLSVerify",
                    "pollInterval"));

    private BuiltInStepConfigs() {
    }

    @Override
    public Optional<KnownFields> configOf(String step) {
        return Optional.ofNullable(steps.get(step));
    }

    /** @return the step names this lookup knows */
    java.util.Set<String> stepNames() {
        return steps.keySet();
    }
}
