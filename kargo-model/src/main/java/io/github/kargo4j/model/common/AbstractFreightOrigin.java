package io.github.kargo4j.model.common;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/** Where Freight comes from: today always a Warehouse. Written {@code Warehouse/<name>} in status maps. */
@Value.Immutable
@PropertyOrder({"kind", "name"})
public abstract class AbstractFreightOrigin {

    /** @return the kind as written (Kargo v1.11: {@code Warehouse}) */
    @JsonName("kind")
    public abstract @NotBlank @Pattern(regexp = "^(Warehouse)$") String kindAsString();

    /** @return the kind, or {@link OriginKind#UNKNOWN} for a value this version does not know */
    public OriginKind kind() {
        return OpenEnum.parse(OriginKind.class, kindAsString());
    }

    /** @return the Warehouse name */
    public abstract @NotBlank String name();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return the canonical string form, {@code Warehouse/<name>} */
    public String key() {
        return kindAsString() + "/" + name();
    }

    /**
     * @param name a Warehouse name
     * @return the origin {@code Warehouse/<name>}
     */
    public static FreightOrigin warehouse(String name) {
        return FreightOrigin.builder().kindAsString("Warehouse").name(name).build();
    }
}
