package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;

import java.util.List;

/**
 * The freight-graph rules ({@code KG...}) and the checks that report them. Each rule is documented in
 * {@code rules/<CODE>.md} ({@code kargo4j explain KG001}).
 */
public final class GraphRules {

    /** Stages that request Freight from each other in a cycle. */
    public static final Rule STAGE_CYCLE = Rule.of("KG001", "stage-cycle", Category.GRAPH, Severity.ERROR,
            "Stages request Freight from each other in a cycle, where promotion stalls");
    /** An upstream Stage that is not in the project. */
    public static final Rule MISSING_UPSTREAM_STAGE = new Rule("KG002", "missing-upstream-stage", Category.GRAPH,
            Severity.ERROR, "A Stage requests Freight from an upstream Stage that does not exist", true);
    /** A requested origin Warehouse that is not in the project. */
    public static final Rule MISSING_WAREHOUSE = new Rule("KG003", "missing-warehouse", Category.GRAPH,
            Severity.ERROR, "A Stage requests Freight from a Warehouse that does not exist", true);
    /** An upstream Stage that does not request the origin itself. */
    public static final Rule UPSTREAM_LACKS_ORIGIN = Rule.of("KG004", "upstream-lacks-origin", Category.GRAPH,
            Severity.ERROR, "An upstream Stage does not request Freight of that origin, so none can ever come from it");
    /** A request with neither {@code direct} nor upstream Stages. */
    public static final Rule NO_FREIGHT_SOURCE = Rule.of("KG005", "no-freight-source", Category.GRAPH,
            Severity.WARNING, "A Freight request has neither direct: true nor upstream Stages");
    /** A request no Freight can reach. */
    public static final Rule UNREACHABLE_STAGE = Rule.of("KG006", "unreachable-stage", Category.GRAPH,
            Severity.WARNING, "No Freight can flow into a Stage from its Warehouse; only manual approval can feed it");
    /** A promotion policy that selects no Stage. */
    public static final Rule POLICY_SELECTS_NO_STAGE = new Rule("KG007", "policy-selects-no-stage", Category.GRAPH,
            Severity.WARNING, "A ProjectConfig promotion policy selects no Stage of the project", true);
    /** A promotion policy shadowed by earlier ones. */
    public static final Rule POLICY_SHADOWED = Rule.of("KG008", "policy-shadowed", Category.GRAPH,
            Severity.WARNING, "A promotion policy never applies: earlier policies match every Stage it matches");
    /** Auto-promotion from several upstreams where any one of them suffices. */
    public static final Rule AMBIGUOUS_AUTO_PROMOTION = Rule.of("KG009", "ambiguous-auto-promotion",
            Category.GRAPH, Severity.WARNING,
            "A Stage auto-promotes the newest Freight verified in any one of several upstream Stages");
    /** A verification template that is not in the set. */
    public static final Rule MISSING_ANALYSIS_TEMPLATE = new Rule("KG010", "missing-analysis-template",
            Category.GRAPH, Severity.ERROR, "A Stage's verification names an analysis template that does not exist",
            true);
    /** A template argument nobody gives a value. */
    public static final Rule ANALYSIS_ARG_MISSING = Rule.of("KG011", "analysis-arg-missing", Category.GRAPH,
            Severity.ERROR, "An analysis template argument has no value and the Stage does not pass one");
    /** A Stage argument no template declares. */
    public static final Rule ANALYSIS_ARG_UNDECLARED = Rule.of("KG012", "analysis-arg-undeclared", Category.GRAPH,
            Severity.WARNING, "A Stage passes a verification argument that no analysis template declares");
    /** A task step naming a task that is not in the set. */
    public static final Rule MISSING_PROMOTION_TASK = new Rule("KG013", "missing-promotion-task", Category.GRAPH,
            Severity.ERROR, "A promotion step names a PromotionTask or ClusterPromotionTask that does not exist",
            true);
    /** A required task variable nobody provides. */
    public static final Rule TASK_VAR_MISSING = Rule.of("KG014", "task-var-missing", Category.GRAPH,
            Severity.ERROR, "A promotion task needs a variable that the step referencing it does not provide");

    private GraphRules() {
    }

    /** @return every graph rule, by code */
    public static List<Rule> all() {
        return List.of(STAGE_CYCLE, MISSING_UPSTREAM_STAGE, MISSING_WAREHOUSE, UPSTREAM_LACKS_ORIGIN,
                NO_FREIGHT_SOURCE, UNREACHABLE_STAGE, POLICY_SELECTS_NO_STAGE, POLICY_SHADOWED,
                AMBIGUOUS_AUTO_PROMOTION, MISSING_ANALYSIS_TEMPLATE, ANALYSIS_ARG_MISSING, ANALYSIS_ARG_UNDECLARED,
                MISSING_PROMOTION_TASK, TASK_VAR_MISSING);
    }

    /** @return the check that reports the graph rules, {@link GraphCheck} */
    public static List<Check> checks() {
        return List.of(new GraphCheck());
    }
}
