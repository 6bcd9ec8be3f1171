package io.github.kargo4j.model.project;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * An external link the Kargo UI shows on a Freight or Stage ({@code freightLinks[]} / {@code stageLinks[]} of a
 * ProjectConfig or ClusterConfig, since Kargo v1.11). The URL is an expression evaluated against the resource.
 */
@Value.Immutable
@PropertyOrder({"title", "url", "description", "if"})
public abstract class AbstractDeepLink {

    /** @return the label shown for the link (required, not empty) */
    public abstract @NotBlank String title();

    /** @return an expression that resolves to the link's address (required, not empty) */
    public abstract @NotBlank String url();

    /** @return a short human-readable summary shown beside the link */
    public abstract Optional<String> description();

    /**
     * @return the JSON {@code if}: an expression condition; when set, the link is shown only when it evaluates
     *     to true
     */
    @JsonName("if")
    public abstract Optional<String> ifCondition();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param title the label
     * @param url   the address expression
     * @return a link with only those fields
     */
    public static DeepLink of(String title, String url) {
        return DeepLink.builder().title(title).url(url).build();
    }
}
