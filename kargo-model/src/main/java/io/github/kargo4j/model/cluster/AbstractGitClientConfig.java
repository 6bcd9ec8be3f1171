package io.github.kargo4j.model.cluster;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LocalObjectReference;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The identity Kargo's Git client commits with, cluster-wide ({@code ClusterConfig.spec.gitClient}, since Kargo
 * v1.10). Replaces the deprecated {@code author} of the {@code git-commit} step as the default committer.
 */
@Value.Immutable
@PropertyOrder({"name", "email", "signingKeySecret"})
public abstract class AbstractGitClientConfig {

    /** @return the committer name (required, not empty) */
    public abstract @NotBlank String name();

    /** @return the committer email address (required, not empty) */
    public abstract @NotBlank @Email String email();

    /**
     * @return a Secret in Kargo's system-resources namespace whose {@code signingKey} data key holds the GPG private
     *     key commits are signed with; absent: commits are not signed
     */
    public abstract Optional<@Valid LocalObjectReference> signingKeySecret();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param signingKeySecret the signing-key Secret reference
         * @return this builder
         */
        public abstract GitClientConfig.Builder signingKeySecret(LocalObjectReference signingKeySecret);

        /**
         * @param signingKeySecret configures the signing-key Secret reference
         * @return this builder
         */
        public GitClientConfig.Builder signingKeySecret(Consumer<LocalObjectReference.Builder> signingKeySecret) {
            LocalObjectReference.Builder b = LocalObjectReference.builder();
            signingKeySecret.accept(b);
            return signingKeySecret(b.build());
        }
    }
}
