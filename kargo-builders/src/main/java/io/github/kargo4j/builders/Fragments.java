package io.github.kargo4j.builders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reusable pieces of a pipeline. In kargo4j a fragment is just a {@code Consumer} of a model builder: the model's
 * builders take one wherever a nested object goes ({@code StageSpec.Builder.promotionTemplate(Consumer)},
 * {@code PromotionTemplate.Builder.spec(Consumer)}, ...), so a fragment written once is applied to as many Stages
 * as needed, which is what one project per service at scale needs.
 *
 * <pre>{@code
 * // one GitOps promotion, shared by every Stage
 * Consumer<PromotionTemplateSpec.Builder> gitOps = t -> t
 *     .addVar(ExpressionVariable.of("manifestsRepo", "https://github.com/org/manifests.git"))
 *     .addStep(cloneStep).addStep(updateStep).addStep(commitStep).addStep(pushStep);
 *
 * // a per-Stage fragment is a function returning one
 * Function<String, Consumer<StageSpec.Builder>> upstreamOf =
 *     up -> s -> s.addRequestedFreight(FreightRequests.fromWarehouse("app").viaStages(up));
 *
 * Stage uat = Stage.builder().metadata(m -> m.name("uat").namespace(project))
 *     .spec(Fragments.andThen(upstreamOf.apply("test"), s -> s.promotionTemplate(p -> p.spec(gitOps))))
 *     .build();
 * }</pre>
 */
public final class Fragments {

    private Fragments() {
    }

    /**
     * Combines fragments into one that applies them in order; later fragments see (and may override) what earlier
     * ones set.
     *
     * @param first the first fragment
     * @param more  further fragments
     * @param <B>   the builder type
     * @return the combined fragment
     */
    @SafeVarargs
    public static <B> Consumer<B> andThen(Consumer<? super B> first, Consumer<? super B>... more) {
        Objects.requireNonNull(first, "first");
        List<Consumer<? super B>> rest = new ArrayList<>(more.length);
        for (Consumer<? super B> c : more) {
            rest.add(Objects.requireNonNull(c, "fragment"));
        }
        return builder -> {
            first.accept(builder);
            for (Consumer<? super B> c : rest) {
                c.accept(builder);
            }
        };
    }

    /**
     * Applies fragments to a builder and returns it, for builders created outside a {@code Consumer} overload.
     *
     * @param builder   the builder
     * @param fragments fragments applied in order
     * @param <B>       the builder type
     * @return the same builder
     */
    @SafeVarargs
    public static <B> B apply(B builder, Consumer<? super B>... fragments) {
        Objects.requireNonNull(builder, "builder");
        for (Consumer<? super B> f : fragments) {
            Objects.requireNonNull(f, "fragment").accept(builder);
        }
        return builder;
    }
}
