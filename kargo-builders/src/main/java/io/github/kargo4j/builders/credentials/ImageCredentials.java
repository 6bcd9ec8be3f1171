package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;

/**
 * Container image registry credentials ({@code kargo.akuity.io/cred-type: image}); {@code repoURL} is the image
 * repository, such as {@code ghcr.io/example-org/app}.
 */
public final class ImageCredentials extends RegistryCredentials<ImageCredentials> {

    ImageCredentials(String name) {
        super(CredentialType.IMAGE, name);
    }
}
