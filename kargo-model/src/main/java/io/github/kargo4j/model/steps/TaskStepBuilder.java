package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTaskReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures a step that runs a (Cluster)PromotionTask ({@link Steps#task(String, Consumer)},
 * {@link Steps#clusterTask(String, Consumer)}): its alias and the values of the task's variables. A task step has
 * nothing else: no {@code config}, {@code if}, {@code retry} or {@code continueOnError}.
 */
public final class TaskStepBuilder {

    private String as;
    private final List<ExpressionVariable> vars = new ArrayList<>();

    TaskStepBuilder() {
    }

    /**
     * @param alias the alias by which later steps read the task's outputs ({@code outputs['<alias>']})
     * @return this builder
     */
    public TaskStepBuilder as(String alias) {
        this.as = Objects.requireNonNull(alias, "alias");
        return this;
    }

    /**
     * @param name  the name of one of the task's variables
     * @param value its value, possibly an expression; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
     * @return this builder
     */
    public TaskStepBuilder addVar(String name, CharSequence value) {
        return addVar(ExpressionVariable.of(name, value));
    }

    /**
     * @param variable a variable passed to the task
     * @return this builder
     */
    public TaskStepBuilder addVar(ExpressionVariable variable) {
        vars.add(Objects.requireNonNull(variable, "variable"));
        return this;
    }

    /**
     * @param variable configures a variable passed to the task
     * @return this builder
     */
    public TaskStepBuilder addVar(Consumer<ExpressionVariable.Builder> variable) {
        ExpressionVariable.Builder b = ExpressionVariable.builder();
        variable.accept(b);
        return addVar(b.build());
    }

    PromotionStep build(PromotionTaskReference task) {
        PromotionStep.Builder b = PromotionStep.builder().task(task).addAllVars(vars);
        if (as != null) {
            b.as(as);
        }
        return b.build();
    }
}
