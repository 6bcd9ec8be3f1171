package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;

/**
 * Helm chart repository credentials ({@code kargo.akuity.io/cred-type: helm}); {@code repoURL} is an http(s)
 * repository or an OCI one ({@code oci://...}).
 */
public final class HelmCredentials extends RegistryCredentials<HelmCredentials> {

    HelmCredentials(String name) {
        super(CredentialType.HELM, name);
    }
}
