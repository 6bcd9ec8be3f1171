package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@link Steps} factory, typed views and the JSON the builders write. */
class StepsTest {

    private static final String REPO = StepSamples.REPO;

    @Test
    void buildsStepsWithUsesAndConfigAndReadsThemBackAsTypedViews() {
        PromotionStep clone = Steps.gitClone(c -> c.repoURL(REPO)
                .addCheckout(co -> co.branch("main").path("./manifests")));
        PromotionStep commit = Steps.gitCommit(c -> c.path("./manifests").message("Promote")).withAs("commit");

        assertEquals(Optional.of("git-clone"), clone.uses());
        assertEquals(JsonObject.builder().put("repoURL", REPO)
                .put("checkout", JsonArray.of(JsonObject.builder().put("branch", "main").put("path", "./manifests")
                        .build()))
                .build(), clone.config().orElseThrow());
        assertEquals(Optional.of("commit"), commit.as());

        GitCloneConfig view = GitCloneConfig.from(clone).orElseThrow();
        assertEquals(REPO, view.repoURL());
        assertEquals(Optional.of("main"), view.checkout().get(0).branch());
        assertEquals(Optional.empty(), GitCloneConfig.from(commit), "a git-commit step has no git-clone view");
        assertEquals("Promote", GitCommitConfig.from(commit).orElseThrow().message());
        assertEquals(Optional.empty(), GitCloneConfig.from(Steps.task("deploy")), "a task step has no view");
    }

    @Test
    void writesPropertiesInKargosOrderWhateverTheOrderOfTheCalls() {
        PromotionStep step = Steps.gitClone(c -> c.blobless(true).addCheckout(co -> co.path("./out").branch("main"))
                .repoURL(REPO));
        assertEquals(List.of("repoURL", "checkout", "blobless"), step.config().orElseThrow().keys());
        assertEquals(List.of("branch", "path"),
                ((JsonObject) ((JsonArray) step.config().orElseThrow().getOrNull("checkout")).get(0)).keys());
    }

    @Test
    void anyBuiltInStepHasAGenericTypedView() {
        PromotionStep push = Steps.gitPush(c -> c.path("./out").targetBranch("main"));
        assertEquals(Optional.of(GitPushConfig.builder().path("./out").targetBranch("main").build()), Steps.view(push));
        assertEquals(Optional.empty(), Steps.view(Steps.of("acme-notify", JsonObject.of("channel", "#deploys"))));
        assertEquals(Optional.empty(), Steps.view(Steps.clusterTask("notify")));
        assertEquals(Optional.of(GitPushConfig.class), Steps.configType("git-push"));
        assertEquals(Optional.empty(), Steps.configType("git-overwrite"));
        assertEquals(34, Steps.builtIn().size());
    }

    @Test
    void aConfigThatBreaksTheStepsRulesHasNoTypedView() {
        PromotionStep broken = Steps.of("git-clone", JsonObject.of("repoURL", REPO));
        ManifestException e = assertThrows(ManifestException.class, () -> GitCloneConfig.from(broken));
        assertTrue(e.getMessage().contains("git-clone: required property \"checkout\" is not set"), e.getMessage());
        PromotionStep noConfig = PromotionStep.builder().uses("git-clear").build();
        assertThrows(ManifestException.class, () -> GitClearConfig.from(noConfig));
    }

    @Test
    void keepsFieldsTheTypeDoesNotKnow() {
        JsonObject config = JsonObject.builder().put("path", "./out").put("fromTheFuture", true)
                .put("message", "m").build();
        PromotionStep step = Steps.of("git-commit", config);
        GitCommitConfig view = GitCommitConfig.from(step).orElseThrow();
        assertEquals(JsonObject.of("fromTheFuture", true), view.unknownFields());
        assertEquals(JsonObject.builder().put("path", "./out").put("message", "m").put("fromTheFuture", true).build(),
                view.toConfig());
        assertEquals(view, GitCommitConfig.from(Steps.gitCommit(view)).orElseThrow());
    }

    @Test
    void taskStepsReferenceATaskAndPassVariables() {
        PromotionStep task = Steps.task("deploy", t -> t.as("deploy").addVar("image", "${{ vars.image }}")
                .addVar(v -> v.name("replicas").value("3")));
        assertEquals("deploy", task.task().orElseThrow().name());
        assertEquals(PromotionTaskKind.PROMOTION_TASK, task.task().orElseThrow().kind().orElseThrow());
        assertEquals(Optional.of("deploy"), task.as());
        assertEquals(List.of(ExpressionVariable.of("image", "${{ vars.image }}"), ExpressionVariable.of("replicas", "3")),
                task.vars());
        assertEquals(Optional.empty(), task.uses());
        assertEquals(Optional.empty(), task.config());

        PromotionStep shared = Steps.clusterTask("notify", t -> t.addVar(ExpressionVariable.of("channel", "#ops")));
        assertTrue(shared.task().orElseThrow().isClusterScoped());
        assertEquals(JsonObject.builder().put("name", "notify").put("kind", "ClusterPromotionTask").build(),
                ((JsonObject) KargoCodec.toTree(shared)).getOrNull("task"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Steps.task(""));
        assertEquals("task step: the name of the task is not set", e.getMessage());
    }

    @Test
    void customStepsTakeAJsonConfig() {
        JsonObject config = JsonObject.of("channel", "#deploys");
        PromotionStep step = Steps.of("acme-notify", config);
        assertEquals(Optional.of("acme-notify"), step.uses());
        assertEquals(Optional.of(config), step.config());
        assertThrows(IllegalArgumentException.class, () -> Steps.of("", config));
        assertEquals(Steps.gitClear(c -> c.path("./out")), Steps.of(GitClearConfig.builder().path("./out").build()));
    }

    @Test
    void expressionsInNonStringPropertiesAreWrittenAsStringsAndReadBack() {
        PromotionStep step = Steps.gitWaitForPr(c -> c.repoURL(REPO).prNumber("${{ outputs['open-pr'].pr.id }}")
                .insecureSkipTLSVerify("${{ vars.insecure }}"));
        JsonObject config = step.config().orElseThrow();
        assertEquals(JsonString.of("${{ outputs['open-pr'].pr.id }}"), config.getOrNull("prNumber"));
        GitWaitForPrConfig view = GitWaitForPrConfig.from(step).orElseThrow();
        assertTrue(view.prNumber().isExpression());
        assertEquals(Optional.of("${{ outputs['open-pr'].pr.id }}"), view.prNumber().expression());
        assertEquals(Optional.empty(), view.prNumber().value());
        assertFalse(view.insecureSkipTLSVerify().orElseThrow().isTrue());

        GitWaitForPrConfig plain = GitWaitForPrConfig.from(Steps.gitWaitForPr(c -> c.repoURL(REPO).prNumber(7)))
                .orElseThrow();
        assertEquals(Optional.of(7L), plain.prNumber().value());
        assertEquals(JsonNumber.of(7), plain.toConfig().getOrNull("prNumber"));

        ManifestException e = assertThrows(ManifestException.class, () -> GitWaitForPrConfig.from(
                Steps.of("git-wait-for-pr", JsonObject.builder().put("repoURL", REPO).put("prNumber", 1.5).build())));
        assertTrue(e.getMessage().contains("expected a whole number or a ${{ }} expression"), e.getMessage());
    }

    @Test
    void typedOverloadsWriteKargosText() {
        JsonObject merge = Steps.gitMergePr(c -> c.repoURL(REPO).prNumber(3).provider(GitProvider.GITEA)
                .waitUntilMergeable(true).pollInterval(Duration.ofSeconds(90))).config().orElseThrow();
        assertEquals(JsonString.of("gitea"), merge.getOrNull("provider"));
        assertEquals(JsonBoolean.TRUE, merge.getOrNull("wait"));
        assertEquals(JsonString.of("1m30s"), merge.getOrNull("pollInterval"));

        assertEquals("2h", StepValues.goDuration("http", "timeout", Duration.ofHours(2)));
        assertEquals("1s500ms", StepValues.goDuration("http", "timeout", Duration.ofMillis(1500)));
        assertEquals("0s", StepValues.goDuration("http", "timeout", Duration.ZERO));
        assertEquals("250us", StepValues.goDuration("http", "timeout", Duration.ofNanos(250_000)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Steps.http(c -> c.url("https://example.com").timeout(Duration.ofSeconds(-1))));
        assertEquals("http: property \"timeout\" must not be negative, found PT-1S", e.getMessage());

        JsonObject yaml = Steps.yamlUpdate(c -> c.path("values.yaml").addUpdate("a", "x").addUpdate("b", 2)
                .addUpdate("c", true)).config().orElseThrow();
        assertEquals(JsonArray.of(
                JsonObject.builder().put("key", "a").put("value", "x").build(),
                JsonObject.builder().put("key", "b").put("value", 2).build(),
                JsonObject.builder().put("key", "c").put("value", true).build()), yaml.getOrNull("updates"));
    }

    @Test
    void composeOutputWritesItsOutputsAsTheConfig() {
        PromotionStep step = Steps.composeOutput(c -> c.put("prURL", "${{ outputs['open-pr'].pr.url }}")
                .put("attempts", 2)).withAs("summary");
        assertEquals(JsonObject.builder().put("prURL", "${{ outputs['open-pr'].pr.url }}").put("attempts", 2).build(),
                step.config().orElseThrow());
        ComposeOutputConfig view = ComposeOutputConfig.from(step).orElseThrow();
        assertEquals(Optional.of(JsonNumber.of(2)), view.output("attempts"));
        assertEquals(view, ComposeOutputConfig.builder().from(view).build());
        assertEquals(JsonString.of("x"), view.withOutput("extra", JsonString.of("x")).outputs().getOrNull("extra"));
        assertThrows(ManifestException.class,
                () -> ComposeOutputConfig.from(Steps.of("compose-output", JsonObject.EMPTY)));
    }
}
