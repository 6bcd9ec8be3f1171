package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

import java.util.Optional;

/** The retry policy of a promotion step ({@code retry:}). */
@Value.Immutable
@PropertyOrder({"timeout", "errorThreshold"})
public abstract class AbstractPromotionStepRetry {

    /**
     * @return the soft limit (a Go duration such as {@code 10m}) on how long a step that keeps reporting
     *     {@code Running} is retried; checked after each run, so the step may run once past it. Absent means the
     *     step's own default (5m for {@code argocd-update} and {@code argocd-wait}), else 0: no limit
     */
    public abstract Optional<String> timeout();

    /**
     * @return how many consecutive failures abandon the step and fail the Promotion; 0 or absent means the step's
     *     default, else 1 (fail on the first error, no retries). There is no "infinite" value
     */
    public abstract Optional<@Min(0) Integer> errorThreshold();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
