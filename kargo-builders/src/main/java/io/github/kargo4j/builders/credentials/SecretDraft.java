package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.core.CredentialType;
import io.github.kargo4j.model.core.Secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every Kargo credentials Secret builder has: name, namespace, labels, annotations and the
 * {@code kargo.akuity.io/cred-type} label. Values are held only until {@link #build()}; the builder's
 * {@link #toString()} shows the keys, never the values (as {@link Secret#toString()} does).
 *
 * @param <S> the concrete builder type
 */
public abstract sealed class SecretDraft<S extends SecretDraft<S>>
        permits RepositoryCredentials, GenericSecret {

    private final CredentialType type;
    private final String name;
    private String namespace;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private boolean base64;

    SecretDraft(CredentialType type, String name) {
        this.type = type;
        this.name = Credentials.requireText(name, "name");
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }

    /**
     * @param namespace the Project namespace, or the shared-resources namespace for credentials every Project may
     *                  use
     * @return this builder
     */
    public final S namespace(String namespace) {
        this.namespace = Credentials.requireText(namespace, "namespace");
        return self();
    }

    /**
     * @param key   a label key
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for {@code kargo.akuity.io/cred-type}, which the builder sets itself
     */
    public final S label(String key, String value) {
        if (Secret.CRED_TYPE_LABEL.equals(key)) {
            throw new IllegalArgumentException(Secret.CRED_TYPE_LABEL + " is set by the builder ("
                    + type.value() + "); choose Credentials.git/helm/image/generic instead");
        }
        labels.put(Credentials.requireText(key, "key"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * @param key   an annotation key
     * @param value its value
     * @return this builder
     */
    public final S annotation(String key, String value) {
        annotations.put(Credentials.requireText(key, "key"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * @param description free text the Kargo UI shows ({@code kargo.akuity.io/description})
     * @return this builder
     */
    public final S description(String description) {
        return annotation("kargo.akuity.io/description", description);
    }

    /**
     * For a Secret in the shared-resources namespace: Kargo copies it into every Project namespace
     * ({@code kargo.akuity.io/replicate-to: "*"}).
     *
     * @return this builder
     */
    public final S replicateToAllProjects() {
        return annotation("kargo.akuity.io/replicate-to", "*");
    }

    /**
     * Writes the values base64-encoded under {@code data} instead of as plain text under {@code stringData} (the
     * default, which {@code kubectl apply} converts to {@code data}).
     *
     * @return this builder
     */
    public final S base64Encoded() {
        this.base64 = true;
        return self();
    }

    final S value(String key, String value) {
        Objects.requireNonNull(value, key);
        values.put(key, value);
        return self();
    }

    final S without(String key) {
        values.remove(key);
        return self();
    }

    final boolean has(String key) {
        return values.containsKey(key);
    }

    /** Checks the combination of keys before {@link #build()}; throws {@link IllegalStateException}. */
    void check() {
    }

    /**
     * @return the Secret, labelled {@code kargo.akuity.io/cred-type}
     * @throws IllegalStateException if the credentials are incomplete or mix ways to authenticate
     */
    public final Secret build() {
        check();
        ObjectMeta.Builder meta = ObjectMeta.builder().name(name);
        if (namespace != null) {
            meta.namespace(namespace);
        }
        meta.putLabel(Secret.CRED_TYPE_LABEL, type.value()).putAllLabels(labels).putAllAnnotations(annotations);
        Secret.Builder b = Secret.builder().metadata(meta.build());
        if (base64) {
            Base64.Encoder enc = Base64.getEncoder();
            values.forEach((k, v) -> b.putData(k, enc.encodeToString(v.getBytes(StandardCharsets.UTF_8))));
        } else {
            b.putAllStringData(values);
        }
        return b.build();
    }

    /** @return the kind, name and keys, never the values */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{" + (namespace == null ? "" : namespace + "/") + name + ", type="
                + type.value() + ", keys=" + values.keySet() + "}";
    }
}
