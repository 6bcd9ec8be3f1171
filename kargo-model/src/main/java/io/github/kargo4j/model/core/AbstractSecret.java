package io.github.kargo4j.model.core;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Kubernetes Secret ({@code v1}). Kargo credentials carry the label {@code kargo.akuity.io/cred-type}
 * ({@code git}, {@code helm}, {@code image} or {@code generic}) and keys such as {@code repoURL},
 * {@code username} and {@code password}.
 *
 * <p>The values of {@code data} and {@code stringData} never appear in {@link #toString()}; only the keys do. Nor
 * does anything of {@link #unknownFields()} (a misspelled {@code strigData:} keeps its values there): only how many
 * there are.
 */
@Value.Immutable
@PropertyOrder({"metadata", "type", "immutable", "data", "stringData"})
public abstract class AbstractSecret implements KargoResource {

    /** The label that marks a Secret as Kargo credentials. */
    public static final String CRED_TYPE_LABEL = "kargo.akuity.io/cred-type";

    @Override
    public final String apiVersion() {
        return "v1";
    }

    @Override
    public final String kind() {
        return "Secret";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Secret without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the Secret type, such as {@code Opaque} */
    public abstract Optional<String> type();

    /** @return whether the Secret is immutable */
    public abstract Optional<Boolean> immutable();

    /** @return base64-encoded values by key; never shown by {@code toString()} */
    @Value.Redacted
    public abstract Map<String, String> data();

    /** @return plain-text values by key; never shown by {@code toString()} */
    @Value.Redacted
    public abstract Map<String, String> stringData();

    /**
     * @return fields the model does not know, such as a misspelled {@code strigData}: secret like the rest, and
     *     never shown by {@code toString()}, not even their names (the JSON object's own {@code toString()} is its
     *     JSON text)
     */
    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return the credential type from the {@code kargo.akuity.io/cred-type} label, if the Secret has it */
    public Optional<CredentialType> credentialType() {
        return Optional.ofNullable(metadata().labels().get(CRED_TYPE_LABEL))
                .map(v -> OpenEnum.parse(CredentialType.class, v));
    }

    /**
     * @return for example {@code Secret{Secret kargo-demo/git-creds, type=Opaque, dataKeys=[], stringDataKeys=[repoURL,
     *     username, password], unknownFields=0}}: keys, never values
     */
    @Override
    public String toString() {
        return "Secret{" + ref() + ", type=" + type().orElse("") + ", dataKeys=" + data().keySet()
                + ", stringDataKeys=" + stringData().keySet() + ", unknownFields=" + unknownFields().size() + "}";
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract Secret.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Secret.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }
    }
}
