package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A piece of Freight: a set of artifact versions (commits, images, charts, generic artifacts) from one origin
 * Warehouse, promoted through Stages as a unit. Freight has <b>no spec</b>: its fields sit at the top level of
 * the document. Warehouses usually create it; it can also be created by hand (for example with
 * {@code freightCreationPolicy: Manual}).
 *
 * <p>On create Kargo replaces {@code metadata.name} with a SHA-1 of the origin and artifacts, so a client must
 * not rely on a name of its own; a manifest still needs one to be applied, and the builder refuses a Freight
 * without a valid name. Admission requires at least one commit, image, chart or artifact, each matching
 * a subscription of the origin Warehouse; origin and artifacts are immutable afterwards. Removed fields
 * ({@code id}, {@code warehouse}) are kept in {@link #unknownFields()}.
 */
@Value.Immutable
@PropertyOrder({"metadata", "origin", "alias", "discoveredAt", "commits", "images", "charts", "artifacts", "status"})
public abstract class AbstractFreight implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "Freight";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Freight without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return where the Freight originated: its Warehouse (required; replaces the removed {@code warehouse}) */
    public abstract @Valid FreightOrigin origin();

    /**
     * @return a human-friendly name, unique in the namespace and kept in sync with the label
     *     {@code kargo.akuity.io/alias}; Kargo generates one (adjective-animal) when absent
     */
    public abstract Optional<String> alias();

    /** @return when the Freight was discovered or created (RFC 3339); defaults to its creation time */
    public abstract Optional<String> discoveredAt();

    /** @return the Git commits */
    public abstract List<@Valid GitCommit> commits();

    /** @return the container images */
    public abstract List<@Valid Image> images();

    /** @return the Helm charts */
    public abstract List<@Valid Chart> charts();

    /** @return other artifacts, found by generic subscriptions (Kargo v1.9 and later) */
    public abstract List<@Valid ArtifactReference> artifacts();

    /** @return the status, as reported by Kargo */
    public abstract Optional<@Valid FreightStatus> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return this Freight as a {@link FreightReference}: name, origin and artifacts */
    public FreightReference toReference() {
        return FreightReference.builder()
                .name(metadata().name())
                .origin(origin())
                .commits(commits())
                .images(images())
                .charts(charts())
                .artifacts(artifacts())
                .build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract Freight.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Freight.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param origin the origin
         * @return this builder
         */
        public abstract Freight.Builder origin(FreightOrigin origin);

        /**
         * @param origin configures the origin
         * @return this builder
         */
        public Freight.Builder origin(Consumer<FreightOrigin.Builder> origin) {
            FreightOrigin.Builder b = FreightOrigin.builder();
            origin.accept(b);
            return origin(b.build());
        }

        /**
         * @param commit a commit
         * @return this builder
         */
        public abstract Freight.Builder addCommit(GitCommit commit);

        /**
         * @param commit configures a commit
         * @return this builder
         */
        public Freight.Builder addCommit(Consumer<GitCommit.Builder> commit) {
            GitCommit.Builder b = GitCommit.builder();
            commit.accept(b);
            return addCommit(b.build());
        }

        /**
         * @param image an image
         * @return this builder
         */
        public abstract Freight.Builder addImage(Image image);

        /**
         * @param image configures an image
         * @return this builder
         */
        public Freight.Builder addImage(Consumer<Image.Builder> image) {
            Image.Builder b = Image.builder();
            image.accept(b);
            return addImage(b.build());
        }

        /**
         * @param chart a chart
         * @return this builder
         */
        public abstract Freight.Builder addChart(Chart chart);

        /**
         * @param chart configures a chart
         * @return this builder
         */
        public Freight.Builder addChart(Consumer<Chart.Builder> chart) {
            Chart.Builder b = Chart.builder();
            chart.accept(b);
            return addChart(b.build());
        }

        /**
         * @param artifact an artifact
         * @return this builder
         */
        public abstract Freight.Builder addArtifact(ArtifactReference artifact);

        /**
         * @param artifact configures an artifact
         * @return this builder
         */
        public Freight.Builder addArtifact(Consumer<ArtifactReference.Builder> artifact) {
            ArtifactReference.Builder b = ArtifactReference.builder();
            artifact.accept(b);
            return addArtifact(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract Freight.Builder status(FreightStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public Freight.Builder status(Consumer<FreightStatus.Builder> status) {
            FreightStatus.Builder b = FreightStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
