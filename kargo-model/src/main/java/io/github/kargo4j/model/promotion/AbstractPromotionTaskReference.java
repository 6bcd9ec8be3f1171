package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.AbstractObjectMeta;
import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A promotion step's reference to a {@link PromotionTask} or {@link ClusterPromotionTask} ({@code task:}), whose
 * steps are inflated into the Promotion when it is created. Only legal in Stage promotion templates.
 */
@Value.Immutable
@PropertyOrder({"name", "kind"})
public abstract class AbstractPromotionTaskReference {

    /** @return the task name (required; a DNS-1123 subdomain of 1 to 253 characters) */
    public abstract @NotBlank @Size(max = 253) @Pattern(regexp = AbstractObjectMeta.K8S_NAME) String name();

    /** @return the kind as written; absent means {@code PromotionTask}; see {@link #kind()} */
    @JsonName("kind")
    public abstract Optional<@Pattern(regexp = "^(PromotionTask|ClusterPromotionTask)$") String> kindAsString();

    /** @return the kind, or {@link PromotionTaskKind#UNKNOWN} for a value this version does not know */
    public Optional<PromotionTaskKind> kind() {
        return kindAsString().map(v -> OpenEnum.parse(PromotionTaskKind.class, v));
    }

    /** @return the kind, with Kargo's default {@link PromotionTaskKind#PROMOTION_TASK} when absent */
    public PromotionTaskKind effectiveKind() {
        return kind().orElse(PromotionTaskKind.PROMOTION_TASK);
    }

    /** @return whether the reference is to a cluster-scoped {@link ClusterPromotionTask} */
    public boolean isClusterScoped() {
        return effectiveKind() == PromotionTaskKind.CLUSTER_PROMOTION_TASK;
    }

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name a PromotionTask name
     * @return a reference to the PromotionTask of that name (kind left to its default)
     */
    public static PromotionTaskReference of(String name) {
        return PromotionTaskReference.builder().name(name).build();
    }

    /**
     * @param name a ClusterPromotionTask name
     * @return a reference to the ClusterPromotionTask of that name
     */
    public static PromotionTaskReference cluster(String name) {
        return PromotionTaskReference.builder().name(name).kind(PromotionTaskKind.CLUSTER_PROMOTION_TASK).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param kind the raw kind
         * @return this builder
         */
        public abstract PromotionTaskReference.Builder kindAsString(String kind);

        /**
         * @param kind the kind; not {@link PromotionTaskKind#UNKNOWN}
         * @return this builder
         */
        public PromotionTaskReference.Builder kind(PromotionTaskKind kind) {
            return kindAsString(Enums.valueOf(kind));
        }
    }
}
