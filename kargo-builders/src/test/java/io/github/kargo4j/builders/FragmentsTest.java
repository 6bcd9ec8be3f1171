package io.github.kargo4j.builders;

import io.github.kargo4j.builders.expr.Expr;
import io.github.kargo4j.builders.freight.FreightRequests;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FragmentsTest {

    /** One GitOps promotion, written once. */
    private static final Consumer<PromotionTemplateSpec.Builder> GIT_OPS = t -> t
            .addVar(ExpressionVariable.of("manifestsRepo", "https://github.com/example-org/kargo-manifests.git"))
            .addStep(PromotionStep.of("git-clone", JsonObject.of("repoURL", Expr.vars("manifestsRepo").toString())))
            .addStep(PromotionStep.of("yaml-update", JsonObject.builder()
                    .put("path", Expr.template("./manifests/stacks/%s.yaml", Expr.ctx().stage()))
                    .build()))
            .addStep(PromotionStep.of("git-push", JsonObject.of("path", "./manifests")));

    /** A per-Stage fragment is a function that returns one. */
    private static final Function<String, Consumer<StageSpec.Builder>> UPSTREAM =
            up -> s -> s.addRequestedFreight(FreightRequests.fromWarehouse("app").viaStages(up));

    private static Stage stage(String name, String upstream) {
        return Stage.builder()
                .metadata(m -> m.name(name).namespace("p"))
                .spec(Fragments.andThen(UPSTREAM.apply(upstream), s -> s.promotionTemplate(p -> p.spec(GIT_OPS))))
                .build();
    }

    @Test
    void oneFragmentIsAppliedToManyStages() {
        List<Stage> stages = new ArrayList<>();
        String upstream = "test";
        for (String name : List.of("uat", "staging", "prod")) {
            stages.add(stage(name, upstream));
            upstream = name;
        }
        PromotionTemplateSpec expected = Fragments.apply(PromotionTemplateSpec.builder(), GIT_OPS).build();
        for (Stage s : stages) {
            assertEquals(expected, s.spec().promotionTemplate().orElseThrow().spec());
        }
        assertEquals(List.of("test"), stages.get(0).spec().requestedFreight().get(0).sources().stages());
        assertEquals(List.of("staging"), stages.get(2).spec().requestedFreight().get(0).sources().stages());
        assertEquals(3, expected.steps().size());
        assertEquals("./manifests/stacks/${{ ctx.stage }}.yaml",
                expected.steps().get(1).config().orElseThrow().getString("path").orElseThrow());
    }

    @Test
    void andThenAppliesInOrderAndLaterFragmentsWin() {
        Consumer<StageSpec.Builder> shardA = s -> s.shard("a");
        Consumer<StageSpec.Builder> shardB = s -> s.shard("b");
        StageSpec spec = Fragments.apply(StageSpec.builder(), UPSTREAM.apply("x"), Fragments.andThen(shardA, shardB))
                .build();
        assertEquals("b", spec.shard().orElseThrow());
        List<String> order = new ArrayList<>();
        Fragments.<List<String>>andThen(l -> order.add("1"), l -> order.add("2"), l -> order.add("3"))
                .accept(order);
        assertEquals(List.of("1", "2", "3"), order);
    }

    @Test
    void applyReturnsTheSameBuilderAndBuildsAreIndependent() {
        StageSpec.Builder b = StageSpec.builder();
        assertSame(b, Fragments.apply(b, UPSTREAM.apply("x")));
        Stage one = stage("one", "x");
        Stage two = stage("one", "x");
        assertEquals(one, two);
        assertNotSame(one, two);
        assertThrows(NullPointerException.class, () -> Fragments.andThen(null));
    }
}
