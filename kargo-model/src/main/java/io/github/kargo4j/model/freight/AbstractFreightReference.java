package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A simplified copy of a piece of {@link Freight}, as found in Stage and Promotion status blocks: its name, origin
 * and artifacts.
 */
@Value.Immutable
@PropertyOrder({"name", "origin", "commits", "images", "charts", "artifacts"})
public abstract class AbstractFreightReference {

    /**
     * @return the Freight name, derived deterministically from its contents (two pieces of Freight are equal when
     *     their names are)
     */
    public abstract Optional<String> name();

    /** @return where the Freight originated: its Warehouse */
    public abstract Optional<@Valid FreightOrigin> origin();

    /** @return the Git commits */
    public abstract List<@Valid GitCommit> commits();

    /** @return the container images */
    public abstract List<@Valid Image> images();

    /** @return the Helm charts */
    public abstract List<@Valid Chart> charts();

    /** @return other artifacts, found by generic subscriptions */
    public abstract List<@Valid ArtifactReference> artifacts();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param origin the origin
         * @return this builder
         */
        public abstract FreightReference.Builder origin(FreightOrigin origin);

        /**
         * @param origin configures the origin
         * @return this builder
         */
        public FreightReference.Builder origin(Consumer<FreightOrigin.Builder> origin) {
            FreightOrigin.Builder b = FreightOrigin.builder();
            origin.accept(b);
            return origin(b.build());
        }

        /**
         * @param commit a commit
         * @return this builder
         */
        public abstract FreightReference.Builder addCommit(GitCommit commit);

        /**
         * @param commit configures a commit
         * @return this builder
         */
        public FreightReference.Builder addCommit(Consumer<GitCommit.Builder> commit) {
            GitCommit.Builder b = GitCommit.builder();
            commit.accept(b);
            return addCommit(b.build());
        }

        /**
         * @param image an image
         * @return this builder
         */
        public abstract FreightReference.Builder addImage(Image image);

        /**
         * @param image configures an image
         * @return this builder
         */
        public FreightReference.Builder addImage(Consumer<Image.Builder> image) {
            Image.Builder b = Image.builder();
            image.accept(b);
            return addImage(b.build());
        }

        /**
         * @param chart a chart
         * @return this builder
         */
        public abstract FreightReference.Builder addChart(Chart chart);

        /**
         * @param chart configures a chart
         * @return this builder
         */
        public FreightReference.Builder addChart(Consumer<Chart.Builder> chart) {
            Chart.Builder b = Chart.builder();
            chart.accept(b);
            return addChart(b.build());
        }

        /**
         * @param artifact an artifact
         * @return this builder
         */
        public abstract FreightReference.Builder addArtifact(ArtifactReference artifact);

        /**
         * @param artifact configures an artifact
         * @return this builder
         */
        public FreightReference.Builder addArtifact(Consumer<ArtifactReference.Builder> artifact) {
            ArtifactReference.Builder b = ArtifactReference.builder();
            artifact.accept(b);
            return addArtifact(b.build());
        }
    }
}
