package io.github.kargo4j.model.project;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The configuration of a Kargo Project: promotion policies (which Stages auto-promote), webhook receivers that
 * trigger Warehouse refreshes, and UI deep links. Namespaced; there is one per Project and its name must equal the
 * namespace, which is the Project name (the Kargo webhook rejects anything else: {@code name "<n>" must match
 * project name "<ns>"}).
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractProjectConfig implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "ProjectConfig";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a ProjectConfig without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the configuration; absent means no policies, receivers or links */
    public abstract Optional<@Valid ProjectConfigSpec> spec();

    /** @return the status, as reported by Kargo */
    public abstract Optional<ProjectConfigStatus> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return the promotion policies in order (empty when there is no spec) */
    public List<PromotionPolicy> promotionPolicies() {
        Optional<ProjectConfigSpec> spec = spec();
        return spec.isPresent() ? spec.get().promotionPolicies() : List.of();
    }

    /**
     * The policy that governs a Stage, chosen as Kargo chooses it: the <b>first</b> policy whose selector matches
     * the Stage's name and labels wins, even when a later policy also matches. A broad policy (an empty selector,
     * a loose glob) placed early therefore shadows every policy after it.
     *
     * @param stageName   the Stage name
     * @param stageLabels the Stage's labels
     * @return the governing policy, or empty if none matches (auto-promotion is then disabled)
     * @throws IllegalArgumentException if a policy consulted before the match has a name pattern or label
     *                                  selector that Kargo could not parse either
     */
    public Optional<PromotionPolicy> policyFor(String stageName, Map<String, String> stageLabels) {
        Objects.requireNonNull(stageName, "stageName");
        Objects.requireNonNull(stageLabels, "stageLabels");
        for (PromotionPolicy policy : promotionPolicies()) {
            if (policy.matches(stageName, stageLabels)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /**
     * @param project the Project name, which is also its namespace and the name of its ProjectConfig
     * @return a builder with the metadata set to {@code project/project}
     */
    public static ProjectConfig.Builder forProject(String project) {
        return ProjectConfig.builder().metadata(ObjectMeta.of(project, project));
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract ProjectConfig.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public ProjectConfig.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the configuration
         * @return this builder
         */
        public abstract ProjectConfig.Builder spec(ProjectConfigSpec spec);

        /**
         * @param spec configures the configuration
         * @return this builder
         */
        public ProjectConfig.Builder spec(Consumer<ProjectConfigSpec.Builder> spec) {
            ProjectConfigSpec.Builder b = ProjectConfigSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract ProjectConfig.Builder status(ProjectConfigStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public ProjectConfig.Builder status(Consumer<ProjectConfigStatus.Builder> status) {
            ProjectConfigStatus.Builder b = ProjectConfigStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
