package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;

import java.util.List;

/**
 * Credentials for an image registry or a Helm chart repository: user name and password, AWS ECR keys, or a
 * Google service account key.
 *
 * @param <S> the concrete builder type
 */
public abstract sealed class RegistryCredentials<S extends RegistryCredentials<S>> extends RepositoryCredentials<S>
        permits ImageCredentials, HelmCredentials {

    RegistryCredentials(CredentialType type, String name) {
        super(type, name);
    }

    /**
     * Amazon ECR with an access key. (ECR through the controller's workload identity needs no Secret at all.)
     *
     * @param region          the AWS region, such as {@code eu-west-1}
     * @param accessKeyId     the access key ID
     * @param secretAccessKey the secret access key
     * @return this builder
     */
    public final S aws(String region, String accessKeyId, String secretAccessKey) {
        value(Credentials.AWS_REGION, Credentials.requireText(region, "region"));
        value(Credentials.AWS_ACCESS_KEY_ID, Credentials.requireText(accessKeyId, "accessKeyId"));
        return value(Credentials.AWS_SECRET_ACCESS_KEY, Credentials.requireText(secretAccessKey, "secretAccessKey"));
    }

    /**
     * Google Artifact Registry with a service account key.
     *
     * @param base64JsonKey the service account's JSON key, base64-encoded
     * @return this builder
     */
    public final S gcpServiceAccountKey(String base64JsonKey) {
        return value(Credentials.GCP_SERVICE_ACCOUNT_KEY, Credentials.requireText(base64JsonKey, "base64JsonKey"));
    }

    @Override
    List<String> methods() {
        List<String> m = super.methods();
        if (has(Credentials.AWS_ACCESS_KEY_ID)) {
            m.add("aws");
        }
        if (has(Credentials.GCP_SERVICE_ACCOUNT_KEY)) {
            m.add("gcpServiceAccountKey");
        }
        return m;
    }
}
