package io.github.kargo4j.model.project;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** An action a generic webhook receiver performs, and when ({@code generic.actions[]}). */
@Value.Immutable
@PropertyOrder({"action", "whenExpression", "parameters", "targetSelectionCriteria"})
public abstract class AbstractGenericWebhookAction {

    /** @return the action as written (required; Kargo v1.11 knows only {@code Refresh}) */
    @JsonName("action")
    public abstract @Pattern(regexp = "^(Refresh)$") String actionAsString();

    /** @return the action, or {@link GenericWebhookActionType#UNKNOWN} for a value this version does not know */
    public GenericWebhookActionType action() {
        return OpenEnum.parse(GenericWebhookActionType.class, actionAsString());
    }

    /**
     * @return an expression over the request that must be true for the action to run, for example
     *     {@code ${{ request.header('X-Event') == 'push' }}}; absent runs the action on every request
     */
    public abstract Optional<String> whenExpression();

    /** @return action-specific parameters; values are literals or expressions over the request */
    public abstract Map<String, String> parameters();

    /**
     * @return which resources the action applies to; each entry's criteria are ANDed (the CRD rejects an
     *     explicitly empty list)
     */
    public abstract List<@Valid GenericWebhookTargetSelectionCriteria> targetSelectionCriteria();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param action the action as written
         * @return this builder
         */
        public abstract GenericWebhookAction.Builder actionAsString(String action);

        /**
         * @param action the action
         * @return this builder
         */
        public GenericWebhookAction.Builder action(GenericWebhookActionType action) {
            return actionAsString(action.value());
        }

        /**
         * @param element a target selection criterion to append
         * @return this builder
         */
        public abstract GenericWebhookAction.Builder addTargetSelectionCriteria(
                GenericWebhookTargetSelectionCriteria element);

        /**
         * @param element configures a target selection criterion to append
         * @return this builder
         */
        public GenericWebhookAction.Builder addTargetSelectionCriteria(
                Consumer<GenericWebhookTargetSelectionCriteria.Builder> element) {
            GenericWebhookTargetSelectionCriteria.Builder b = GenericWebhookTargetSelectionCriteria.builder();
            element.accept(b);
            return addTargetSelectionCriteria(b.build());
        }
    }
}
