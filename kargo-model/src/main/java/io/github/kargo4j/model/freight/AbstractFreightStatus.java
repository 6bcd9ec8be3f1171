package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Map;

/**
 * The status of a piece of Freight: where it is approved, in use and verified, and metadata set by promotion
 * steps. Freight is approved for a Stage by patching {@code approvedFor} through the status subresource, or with
 * the CLI, UI or API.
 */
@Value.Immutable
@PropertyOrder({"approvedFor", "currentlyIn", "verifiedIn", "metadata"})
public abstract class AbstractFreightStatus {

    /**
     * @return the Stages, by name, for which the Freight was approved by hand (for example for a hotfix), which
     *     makes it available there without verification upstream
     */
    public abstract Map<String, @Valid ApprovedStage> approvedFor();

    /** @return the Stages, by name, that currently use the Freight */
    public abstract Map<String, @Valid CurrentStage> currentlyIn();

    /** @return the Stages, by name, in which the Freight was verified */
    public abstract Map<String, @Valid VerifiedStage> verifiedIn();

    /** @return arbitrary JSON values by key, set by {@code set-metadata} steps and read with {@code freightMetadata()} */
    public abstract Map<String, JsonValue> metadata();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param stage a Stage name
     * @return whether the Freight was approved by hand for that Stage
     */
    public boolean isApprovedFor(String stage) {
        return approvedFor().containsKey(stage);
    }

    /**
     * @param stage a Stage name
     * @return whether the Freight was verified in that Stage
     */
    public boolean isVerifiedIn(String stage) {
        return verifiedIn().containsKey(stage);
    }

    /**
     * @param stage a Stage name
     * @return whether that Stage currently uses the Freight
     */
    public boolean isCurrentlyIn(String stage) {
        return currentlyIn().containsKey(stage);
    }
}
