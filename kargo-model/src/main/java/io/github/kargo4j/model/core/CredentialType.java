package io.github.kargo4j.model.core;

import io.github.kargo4j.model.OpenEnum;

/** The value of the label {@code kargo.akuity.io/cred-type} on a Secret. */
public enum CredentialType implements OpenEnum {
    /** Git repository credentials. */
    GIT("git"),
    /** Helm chart repository credentials. */
    HELM("helm"),
    /** Container image registry credentials. */
    IMAGE("image"),
    /** Arbitrary secret data, read in expressions with {@code secret()} / {@code sharedSecret()}. */
    GENERIC("generic"),
    /** A value this version of kargo4j does not know. */
    UNKNOWN("");

    private final String value;

    CredentialType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
