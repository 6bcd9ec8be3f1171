package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/** The status Kargo reports for a Project. */
@Value.Immutable
@PropertyOrder({"conditions", "stats"})
public abstract class AbstractProjectStatus {

    /** @return conditions such as {@code Ready} */
    public abstract List<Condition> conditions();

    /** @return counts of Warehouses and Stages and how many are healthy */
    public abstract Optional<ProjectStats> stats();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
