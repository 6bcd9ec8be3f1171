package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a Warehouse's latest discovery found ({@code status.discoveredArtifacts}): per subscription, the newest
 * artifacts, newest first, up to the subscription's discovery limit.
 */
@Value.Immutable
@PropertyOrder({"discoveredAt", "git", "images", "charts", "results"})
public abstract class AbstractDiscoveredArtifacts {

    /** @return when the discovery ran (RFC 3339) */
    public abstract Optional<String> discoveredAt();

    /** @return the commits found, one entry per Git subscription */
    public abstract List<GitDiscoveryResult> git();

    /** @return the image references found, one entry per image subscription */
    public abstract List<ImageDiscoveryResult> images();

    /** @return the chart versions found, one entry per chart subscription */
    public abstract List<ChartDiscoveryResult> charts();

    /** @return the artifacts found, one entry per generic subscription */
    public abstract List<DiscoveryResult> results();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param git a Git result to append
         * @return this builder
         */
        public abstract DiscoveredArtifacts.Builder addGit(GitDiscoveryResult git);

        /**
         * @param git configures a Git result to append
         * @return this builder
         */
        public DiscoveredArtifacts.Builder addGit(Consumer<GitDiscoveryResult.Builder> git) {
            GitDiscoveryResult.Builder b = GitDiscoveryResult.builder();
            git.accept(b);
            return addGit(b.build());
        }

        /**
         * @param image an image result to append
         * @return this builder
         */
        public abstract DiscoveredArtifacts.Builder addImage(ImageDiscoveryResult image);

        /**
         * @param image configures an image result to append
         * @return this builder
         */
        public DiscoveredArtifacts.Builder addImage(Consumer<ImageDiscoveryResult.Builder> image) {
            ImageDiscoveryResult.Builder b = ImageDiscoveryResult.builder();
            image.accept(b);
            return addImage(b.build());
        }

        /**
         * @param chart a chart result to append
         * @return this builder
         */
        public abstract DiscoveredArtifacts.Builder addChart(ChartDiscoveryResult chart);

        /**
         * @param chart configures a chart result to append
         * @return this builder
         */
        public DiscoveredArtifacts.Builder addChart(Consumer<ChartDiscoveryResult.Builder> chart) {
            ChartDiscoveryResult.Builder b = ChartDiscoveryResult.builder();
            chart.accept(b);
            return addChart(b.build());
        }

        /**
         * @param result a generic result to append
         * @return this builder
         */
        public abstract DiscoveredArtifacts.Builder addResult(DiscoveryResult result);

        /**
         * @param result configures a generic result to append
         * @return this builder
         */
        public DiscoveredArtifacts.Builder addResult(Consumer<DiscoveryResult.Builder> result) {
            DiscoveryResult.Builder b = DiscoveryResult.builder();
            result.accept(b);
            return addResult(b.build());
        }
    }
}
