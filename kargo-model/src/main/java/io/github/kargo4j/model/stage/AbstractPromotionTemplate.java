package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.function.Consumer;

/** How a Stage incorporates Freight: the template of its Promotions ({@code spec.promotionTemplate}). */
@Value.Immutable
@PropertyOrder({"spec"})
public abstract class AbstractPromotionTemplate {

    /** @return the template's variables and steps (required) */
    public abstract @Valid PromotionTemplateSpec spec();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract PromotionTemplate.Builder spec(PromotionTemplateSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public PromotionTemplate.Builder spec(Consumer<PromotionTemplateSpec.Builder> spec) {
            PromotionTemplateSpec.Builder b = PromotionTemplateSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }
    }
}
