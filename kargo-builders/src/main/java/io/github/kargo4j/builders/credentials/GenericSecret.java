package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;

import java.util.Map;
import java.util.Objects;

/**
 * A generic Secret ({@code kargo.akuity.io/cred-type: generic}): arbitrary keys that promotion steps read with
 * {@code secret("name").key} (or {@code sharedSecret(...)} from the shared-resources namespace), and that
 * analysis templates read with {@code valueFrom.secretKeyRef}.
 *
 * <pre>{@code
 * Secret pulumi = Credentials.generic("pulumisecret").namespace("kargo-managed-stack")
 *     .put("PULUMI_ACCESS_TOKEN", token)
 *     .build();
 * }</pre>
 */
public final class GenericSecret extends SecretDraft<GenericSecret> {

    GenericSecret(String name) {
        super(CredentialType.GENERIC, name);
    }

    /**
     * @param key   a key
     * @param value its value
     * @return this builder
     */
    public GenericSecret put(String key, String value) {
        return value(Credentials.requireText(key, "key"), value);
    }

    /**
     * @param entries keys and values, added in the map's order
     * @return this builder
     */
    public GenericSecret putAll(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries").forEach(this::put);
        return this;
    }
}
