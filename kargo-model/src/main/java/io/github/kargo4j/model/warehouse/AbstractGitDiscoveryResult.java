package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The commits discovery found for one {@link GitSubscription}. */
@Value.Immutable
@PropertyOrder({"repoURL", "commits", "observedRefs"})
public abstract class AbstractGitDiscoveryResult {

    /** The repository URL rule of a discovery result (as {@link GitSubscription#GIT_URL}, without the final anchor). */
    public static final String GIT_URL = "(?:^(ssh|https?)://(?:([\\w-]+)(:(.+))?@)?([\\w-]+(?:\\.[\\w-]+)*)"
            + "(?::(\\d{1,5}))?(/.*)$)|(?:^([\\w-]+)@([\\w+]+(?:\\.[\\w-]+)*):(/?.*))";

    /** @return the repository URL of the subscription */
    public abstract @NotBlank @Pattern(regexp = GIT_URL) String repoURL();

    /** @return the commits found, newest first; empty if discovery succeeded but nothing matched */
    public abstract List<DiscoveredCommit> commits();

    /**
     * @return the remote refs seen by the latest successful discovery, which lets Kargo skip a clone when nothing
     *     moved; absent for results written before Kargo recorded them
     */
    public abstract Optional<ObservedRefs> observedRefs();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param commit a commit to append
         * @return this builder
         */
        public abstract GitDiscoveryResult.Builder addCommit(DiscoveredCommit commit);

        /**
         * @param commit configures a commit to append
         * @return this builder
         */
        public GitDiscoveryResult.Builder addCommit(Consumer<DiscoveredCommit.Builder> commit) {
            DiscoveredCommit.Builder b = DiscoveredCommit.builder();
            commit.accept(b);
            return addCommit(b.build());
        }

        /**
         * @param observedRefs the observed refs
         * @return this builder
         */
        public abstract GitDiscoveryResult.Builder observedRefs(ObservedRefs observedRefs);

        /**
         * @param observedRefs configures the observed refs
         * @return this builder
         */
        public GitDiscoveryResult.Builder observedRefs(Consumer<ObservedRefs.Builder> observedRefs) {
            ObservedRefs.Builder b = ObservedRefs.builder();
            observedRefs.accept(b);
            return observedRefs(b.build());
        }
    }
}
