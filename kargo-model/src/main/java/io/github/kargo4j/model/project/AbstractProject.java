package io.github.kargo4j.model.project;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Kargo Project: cluster-scoped, it creates (or adopts) the namespace of its own name and groups Warehouses,
 * Stages and the rest. Since Kargo v1.7 a Project has <b>no spec</b>: promotion policies live in a
 * {@link ProjectConfig} of the same name. A legacy {@code spec} (v1.4 and earlier) is kept in
 * {@link #unknownFields()} so that it survives a round trip and can be migrated ({@link #legacySpec()}).
 */
@Value.Immutable
@PropertyOrder({"metadata", "status"})
public abstract class AbstractProject implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "Project";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Project without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the status, as reported by Kargo */
    public abstract Optional<ProjectStatus> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @return the {@code spec} of a Project written for Kargo v1.6 or earlier ({@code promotionPolicies}), which
     *     the API server now prunes; replaced by a {@link ProjectConfig} named like the project
     */
    public Optional<JsonValue> legacySpec() {
        return unknownFields().get("spec");
    }

    /**
     * @param name the project name (also its namespace)
     * @return a Project with only that name
     */
    public static Project named(String name) {
        return Project.builder().metadata(ObjectMeta.named(name)).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract Project.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Project.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }
    }
}
