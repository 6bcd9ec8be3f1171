package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The freight-graph check: every {@code KG} rule ({@link GraphRules}), run project by project over one index of
 * each project's resources. Work is linear in the resources and references of the set (plus one pass over the
 * Stages for each promotion policy with a name pattern or label selector), and nothing recurses.
 *
 * <ul>
 *   <li>the Stage graph: cycles, missing upstream Stages and Warehouses, upstreams without the origin, requests
 *       without a source, Stages no Freight can reach ({@code KG001} to {@code KG006});</li>
 *   <li>ProjectConfig promotion policies: selecting nothing, shadowed, ambiguous auto-promotion ({@code KG007} to
 *       {@code KG009});</li>
 *   <li>verification: missing analysis templates, arguments left without a value or never declared
 *       ({@code KG010} to {@code KG012});</li>
 *   <li>promotion tasks: missing tasks, required task variables not provided ({@code KG013}, {@code KG014}).</li>
 * </ul>
 */
public final class GraphCheck implements Check {

    /** Creates the check. */
    public GraphCheck() {
    }

    @Override
    public List<Rule> rules() {
        return GraphRules.all();
    }

    @Override
    public void run(ValidationContext context) {
        // each project's graph on its own, one pass each: linear in the pipeline, and the projects side by side
        context.inParallel(ProjectIndex.of(context), PerProject.INSTANCE);
    }

    /** Checks one project's graph (a named class, not a lambda: no call site to link at start-up). */
    private static final class PerProject implements BiConsumer<ValidationContext, ProjectIndex> {
        static final PerProject INSTANCE = new PerProject();

        @Override
        public void accept(ValidationContext c, ProjectIndex project) {
            StageGraphRules.check(c, project);
            PromotionPolicyRules.check(c, project);
            VerificationRules.check(c, project);
            PromotionTaskRules.check(c, project);
        }
    }
}
