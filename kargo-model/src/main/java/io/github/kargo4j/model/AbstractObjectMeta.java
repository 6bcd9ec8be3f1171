package io.github.kargo4j.model;

import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kubernetes object metadata. The fields a manifest author sets are typed; every other field (uid,
 * resourceVersion, managedFields, ...) is kept in {@link #unknownFields()} and written back unchanged.
 */
@Value.Immutable
@PropertyOrder({"name", "generateName", "namespace", "labels", "annotations", "finalizers", "ownerReferences"})
public abstract class AbstractObjectMeta {

    /**
     * DNS-1123 subdomain: the rule for most Kubernetes and Kargo object names, and for fields that name one
     * ({@link KubernetesNames#DNS1123_SUBDOMAIN}).
     */
    public static final String K8S_NAME = KubernetesNames.DNS1123_SUBDOMAIN;

    /**
     * @return the object name; every typed resource needs one that follows its kind's rule (a DNS-1123 label for
     *     Namespaces and Projects, a DNS-1123 subdomain for the others), and refuses to be built without it (see
     *     {@link KubernetesNames#requireName(KargoResource)})
     */
    public abstract Optional<String> name();

    /** @return a prefix from which the server generates a unique name */
    public abstract Optional<String> generateName();

    /** @return the namespace; absent for cluster-scoped kinds and for documents applied with {@code -n} */
    public abstract Optional<@Size(max = 63) String> namespace();

    /** @return labels */
    public abstract Map<String, String> labels();

    /** @return annotations */
    public abstract Map<String, String> annotations();

    /** @return finalizers */
    public abstract List<String> finalizers();

    /** @return owner references, kept as written */
    public abstract List<JsonObject> ownerReferences();

    /** @return every other metadata field, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name a name
     * @return metadata with only that name
     */
    public static ObjectMeta named(String name) {
        return ObjectMeta.builder().name(name).build();
    }

    /**
     * @param namespace a namespace
     * @param name      a name
     * @return metadata with that namespace and name
     */
    public static ObjectMeta of(String namespace, String name) {
        return ObjectMeta.builder().namespace(namespace).name(name).build();
    }
}
