package io.github.kargo4j.builders.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.Verification;
import io.github.kargo4j.model.steps.GitCloneConfig;
import io.github.kargo4j.model.steps.GitCommitConfig;
import io.github.kargo4j.model.steps.Steps;
import io.github.kargo4j.model.steps.YamlUpdateConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** User code passes an {@link Expr} to the model's builders as it is: no {@code toString()}. */
class ExprArgumentsTest {

    private static final Expr REPO = Expr.vars("repo");
    private static final Expr COMMIT = Expr.commitFrom(REPO).id();

    @Test
    void stepConfigSettersTakeAnExpr() {
        PromotionStep clone = Steps.gitClone(c -> c.repoURL(REPO)
                .addCheckout(co -> co.commit(COMMIT).path("./src")));
        GitCloneConfig config = GitCloneConfig.from(clone).orElseThrow();
        assertEquals("${{ vars.repo }}", config.repoURL());
        assertEquals(Optional.of("${{ commitFrom(vars.repo).ID }}"), config.checkout().get(0).commit());

        PromotionStep commit = Steps.gitCommit(c -> c.path("./src").message(Expr.ctx().stage()));
        assertEquals("${{ ctx.stage }}", GitCommitConfig.from(commit).orElseThrow().message());
    }

    @Test
    void keyValueHelpersTakeAnExpr() {
        PromotionStep update = Steps.yamlUpdate(c -> c.path("values.yaml").addUpdate("image.tag", COMMIT));
        assertEquals(JsonString.of("${{ commitFrom(vars.repo).ID }}"),
                YamlUpdateConfig.from(update).orElseThrow().updates().get(0).value());

        assertEquals(Optional.of("${{ vars.repo }}"), ExpressionVariable.of("r", REPO).value());
        assertEquals("${{ vars.repo }}", AnalysisRunArgument.of("r", REPO).value());
        assertEquals("${{ vars.repo }}", AnalysisRunArgument.builder().name("r").value(REPO).build().value());
        assertEquals(Optional.of("${{ vars.repo }}"),
                ExpressionVariable.builder().name("r").value(REPO).build().value());
        Verification v = Verification.builder().addArg("commit", COMMIT).build();
        assertEquals("${{ commitFrom(vars.repo).ID }}", v.args().get(0).value());
    }

    @Test
    void stepConditionsAndVariablesTakeAnExpr() {
        PromotionStep step = PromotionStep.builder().uses("git-push").ifCondition(Expr.success())
                .addVar("repo", REPO).build();
        assertEquals(Optional.of("${{ success() }}"), step.ifCondition());
        assertEquals(Optional.of("${{ vars.repo }}"), step.vars().get(0).value());

        PromotionStep task = Steps.task("notify", t -> t.addVar("repo", REPO));
        assertEquals(Optional.of("${{ vars.repo }}"), task.vars().get(0).value());
    }
}
