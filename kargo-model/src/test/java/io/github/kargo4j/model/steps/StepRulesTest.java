package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules each step configuration checks when it is built, and the exact messages a user sees. */
class StepRulesTest {

    private static final String REPO = StepSamples.REPO;

    private static void fails(String message, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertEquals(message, e.getMessage());
    }

    // ------------------------------------------------------------------------------ required properties

    @Test
    void aMissingRequiredPropertyNamesTheStepAndTheProperty() {
        fails("git-clone: required property \"repoURL\" is not set",
                () -> Steps.gitClone(c -> c.addCheckout(co -> co.branch("main").path("./out"))));
        fails("git-clone: required property \"checkout\" is not set", () -> Steps.gitClone(c -> c.repoURL(REPO)));
        fails("git-clone: required property \"checkout[1].path\" is not set", () -> Steps.gitClone(c -> c.repoURL(REPO)
                .addCheckout(co -> co.path("./a")).addCheckout(co -> co.branch("main"))));
        fails("git-commit: required property \"author.email\" is not set", () -> Steps.gitCommit(c -> c.path("./out")
                .message("m").author(a -> a.name("Kargo"))));
        fails("argocd-update: required property \"apps[0].sources[0].helm.images[0].value\" is not set",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app")
                        .addSource(s -> s.repoURL(REPO).helm(h -> h.addImage(i -> i.key("image.tag")))))));
        fails("git-wait-for-pr: required property \"prNumber\" is not set",
                () -> Steps.gitWaitForPr(c -> c.repoURL(REPO)));
        fails("yaml-update: required property \"updates[0].value\" is not set",
                () -> Steps.yamlUpdate(c -> c.path("values.yaml").addUpdate(u -> u.key("image.tag"))));
        fails("set-metadata: required property \"updates[0].values\" is not set",
                () -> Steps.setMetadata(c -> c.addUpdate(u -> u.stage("dev"))));
    }

    @Test
    void aRequiredStringMustNotBeEmptyUnlessKargoAllowsIt() {
        fails("git-clone: required property \"repoURL\" must not be empty",
                () -> Steps.gitClone(c -> c.repoURL("").addCheckout(co -> co.path("./out"))));
        assertDoesNotThrow(() -> Steps.fileWrite(c -> c.path("./out/EMPTY").contents("")));
        assertDoesNotThrow(() -> Steps.helmTemplate(c -> c.path("./chart").outPath("./out").releaseName("r")
                .addSetValue("image.tag", "")));
    }

    @Test
    void aMissingPropertyIsReportedAlsoWhenTheConfigIsBuiltDirectlyOrCopied() {
        fails("copy: required property \"outPath\" is not set", () -> CopyConfig.builder().inPath("./a").build());
        CopyConfig copy = CopyConfig.builder().inPath("./a").outPath("./b").build();
        fails("copy: required property \"inPath\" is not set", () -> copy.withInPath(null));
    }

    // ----------------------------------------------------------------------------------- one-of rules

    @Test
    void gitCloneChecksOutAtMostOneOfBranchCommitAndTag() {
        fails("git-clone: checkout[0]: set at most one of \"branch\", \"commit\" or \"tag\"; found \"branch\" and \"tag\"",
                () -> Steps.gitClone(c -> c.repoURL(REPO).addCheckout(co -> co.branch("main").tag("v1").path("./out"))));
        fails("git-clone: checkout[1]: set at most one of \"branch\", \"commit\" or \"tag\"; found \"branch\", "
                        + "\"commit\" and \"tag\"",
                () -> Steps.gitClone(c -> c.repoURL(REPO).addCheckout(co -> co.path("./a"))
                        .addCheckout(co -> co.branch("main").commit("abc").tag("v1").path("./b"))));
        assertDoesNotThrow(() -> Steps.gitClone(c -> c.repoURL(REPO).addCheckout(co -> co.path("./default"))));
        // Kargo treats an empty string as not set
        assertDoesNotThrow(() -> Steps.gitClone(c -> c.repoURL(REPO)
                .addCheckout(co -> co.branch("").tag("v1").path("./out"))));
    }

    @Test
    void deleteTakesExactlyOneOfPathAndPaths() {
        fails("delete: set exactly one of \"path\" or \"paths\"; found none", () -> Steps.delete(c -> c.strict(true)));
        fails("delete: set exactly one of \"path\" or \"paths\"; found \"path\" and \"paths\"",
                () -> Steps.delete(c -> c.path("./a").addPath("./b")));
        assertDoesNotThrow(() -> Steps.delete(c -> c.path("./a")));
        assertDoesNotThrow(() -> Steps.delete(c -> c.addPath("./a").addPath("./b")));
    }

    @Test
    void argocdAppsAreNamedOrSelectedButNotBoth() {
        ArgocdAppSelector byApp = ArgocdAppSelector.builder().putMatchLabel("app", "guestbook").build();
        fails("argocd-update: apps[0]: set exactly one of \"name\" or \"selector\"; found none",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.namespace("argocd"))));
        fails("argocd-update: apps[1]: set exactly one of \"name\" or \"selector\"; found \"name\" and \"selector\"",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("a")).addApp(a -> a.name("b").selector(byApp))));
        fails("argocd-wait: apps[0]: set exactly one of \"name\" or \"selector\"; found none",
                () -> Steps.argocdWait(c -> c.addApp(a -> a.addWaitFor("health"))));
        fails("argocd-wait: apps[0]: set exactly one of \"name\" or \"selector\"; found \"name\" and \"selector\"",
                () -> Steps.argocdWait(c -> c.addApp(a -> a.name("a").selector(byApp))));
        assertDoesNotThrow(() -> Steps.argocdWait(c -> c.addApp("guestbook").addApp(a -> a.selector(byApp))));
    }

    @Test
    void anArgocdSelectorNeedsACriterion() {
        fails("argocd-update: apps[0].selector: set at least one of \"matchLabels\" or \"matchExpressions\"",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.selector(s -> { }))));
        fails("argocd-wait: apps[0].selector: set at least one of \"matchLabels\" or \"matchExpressions\"",
                () -> Steps.argocdWait(c -> c.addApp(a -> a.selector(ArgocdAppSelector.builder().build()))));
    }

    @Test
    void anArgocdSelectorRequirementNeedsAKeyAndAnOperator() {
        fails("argocd-wait: required property \"apps[0].selector.matchExpressions[0].operator\" is not set",
                () -> Steps.argocdWait(c -> c.addApp(a -> a.selector(s -> s.addMatchExpression(e -> e.key("env"))))));
        assertDoesNotThrow(() -> Steps.argocdWait(c -> c.addApp(a -> a.selector(s -> s
                .addMatchExpression("env", "In", "dev", "uat").addMatchExpression("canary", "DoesNotExist")))));
    }

    @Test
    void argocdSourceUpdatesTargetRevisionOnlyWithADesiredRevision() {
        fails("argocd-update: apps[0].sources[0]: \"updateTargetRevision: true\" requires \"desiredRevision\"",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app")
                        .addSource(s -> s.repoURL(REPO).updateTargetRevision(true)))));
        assertDoesNotThrow(() -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app")
                .addSource(s -> s.repoURL(REPO).updateTargetRevision(false)))));
        assertDoesNotThrow(() -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app")
                .addSource(s -> s.repoURL(REPO).updateTargetRevision(true).desiredRevision("abc")))));
    }

    @Test
    void imagesSetATagOrADigest() {
        fails("argocd-update: apps[0].sources[0].kustomize.images[0]: set at most one of \"tag\" or \"digest\"; "
                        + "found \"tag\" and \"digest\"",
                () -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app").addSource(s -> s.repoURL(REPO)
                        .kustomize(k -> k.addImage(i -> i.repoURL("ghcr.io/acme/app").tag("1").digest("sha256:1")))))));
        assertDoesNotThrow(() -> Steps.argocdUpdate(c -> c.addApp(a -> a.name("app").addSource(s -> s.repoURL(REPO)
                .kustomize(k -> k.addImage(i -> i.repoURL("ghcr.io/acme/app")))))));
        fails("kustomize-set-image: images[0]: set exactly one of \"tag\" or \"digest\"; found none",
                () -> Steps.kustomizeSetImage(c -> c.path("./out").addImage(i -> i.image("ghcr.io/acme/app"))));
        fails("kustomize-set-image: images[0]: set exactly one of \"tag\" or \"digest\"; found \"tag\" and \"digest\"",
                () -> Steps.kustomizeSetImage(c -> c.path("./out")
                        .addImage(i -> i.image("ghcr.io/acme/app").tag("1").digest("sha256:1"))));
    }

    @Test
    void gitPushPushesToAtMostOneTarget() {
        fails("git-push: set at most one of \"generateTargetBranch: true\", \"targetBranch\" or \"tag\"; "
                        + "found \"generateTargetBranch: true\" and \"targetBranch\"",
                () -> Steps.gitPush(c -> c.path("./out").generateTargetBranch(true).targetBranch("main")));
        fails("git-push: set at most one of \"generateTargetBranch: true\", \"targetBranch\" or \"tag\"; "
                        + "found \"targetBranch\" and \"tag\"",
                () -> Steps.gitPush(c -> c.path("./out").targetBranch("main").tag("v1")));
        fails("git-push: set at most one of \"tag\" or \"force: true\"; found \"tag\" and \"force: true\"",
                () -> Steps.gitPush(c -> c.path("./out").tag("v1").force(true)));
        assertDoesNotThrow(() -> Steps.gitPush(c -> c.path("./out")));
        assertDoesNotThrow(() -> Steps.gitPush(c -> c.path("./out").generateTargetBranch(false).targetBranch("main")));
        // an expression is only known when the promotion runs: not counted
        assertDoesNotThrow(() -> Steps.gitPush(c -> c.path("./out")
                .generateTargetBranch("${{ vars.newBranch }}").targetBranch("main")));
        fails("github-push: set at most one of \"generateTargetBranch: true\" or \"targetBranch\"; "
                        + "found \"generateTargetBranch: true\" and \"targetBranch\"",
                () -> Steps.githubPush(c -> c.path("./out").generateTargetBranch(true).targetBranch("main")));
    }

    @Test
    void composeOutputNeedsAnOutput() {
        fails("compose-output: set at least one output", () -> Steps.composeOutput(c -> { }));
        fails("compose-output: set at least one output", () -> ComposeOutputConfig.of(JsonObject.EMPTY));
    }

    @Test
    void numbersRespectTheSchemaBounds() {
        fails("git-push: property \"maxAttempts\" must be at least 1, found 0",
                () -> Steps.gitPush(c -> c.path("./out").maxAttempts(0)));
        fails("github-push: property \"maxAttempts\" must be at most 2147483647, found 2147483648",
                () -> Steps.githubPush(c -> c.path("./out").maxAttempts(2147483648L)));
        fails("git-merge-pr: property \"prNumber\" must be at least 1, found 0",
                () -> Steps.gitMergePr(c -> c.repoURL(REPO).prNumber(0)));
        fails("untar: property \"stripComponents\" must be at least 0, found -1",
                () -> Steps.untar(c -> c.inPath("a.tgz").outPath("./a").stripComponents(-1)));
        assertDoesNotThrow(() -> Steps.untar(c -> c.inPath("a.tgz").outPath("./a").stripComponents(0)));
    }

    // ------------------------------------------------------------------------------------- expressions

    @Test
    void nonStringPropertiesTakeAnExpressionButNotAPlainString() {
        fails("git-wait-for-pr: property \"prNumber\" must be a whole number or a ${{ }} expression, found \"42\"",
                () -> GitWaitForPrConfig.builder().prNumber("42"));
        fails("git-clone: property \"checkout[].create\" must be true, false or a ${{ }} expression, found \"true\"",
                () -> GitCheckout.builder().create("true"));
        fails("helm-template: property \"setValues[].literal\" must be true, false or a ${{ }} expression, "
                + "found \"yes\"", () -> HelmSetValue.builder().literal("yes"));
        fails("argocd-update: property \"apps[].sources[].updateTargetRevision\" must be true, false or a ${{ }} "
                + "expression, found \"no\"", () -> ArgocdSourceUpdate.builder().updateTargetRevision("no"));
        fails("expected true, false or a ${{ }} expression, found \"maybe\"",
                () -> BooleanOrExpression.expression("maybe"));
        fails("expected a whole number or a ${{ }} expression, found \"${{ unclosed\"",
                () -> IntegerOrExpression.expression("${{ unclosed"));
        assertEquals("\"${% outputs['a'].x %}\"", IntegerOrExpression.expression("${% outputs['a'].x %}").toString());
    }
}
