package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/**
 * An argument Kargo passes to the AnalysisRuns of a Stage's verification. It only overrides arguments the
 * templates declare (others are silently ignored).
 */
@Value.Immutable
@PropertyOrder({"name", "value"})
public abstract class AbstractAnalysisRunArgument {

    /** @return the argument name (required) */
    public abstract String name();

    /**
     * @return the value (required); may use {@code ${{ }}} expressions (with {@code ctx.project},
     *     {@code ctx.stage}, Stage {@code vars}), which must evaluate to a string: use {@code quote()}
     */
    public abstract String value();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name  the name
     * @param value the value
     * @return the argument
     */
    public static AnalysisRunArgument of(String name, String value) {
        return AnalysisRunArgument.builder().name(name).value(value).build();
    }
}
