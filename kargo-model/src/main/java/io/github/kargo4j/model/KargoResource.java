package io.github.kargo4j.model;

import io.github.kargo4j.model.json.JsonObject;

/**
 * A Kubernetes object: any document with {@code apiVersion}, {@code kind} and {@code metadata}. Typed Kargo kinds,
 * Argo Rollouts analysis templates, core kinds and {@link io.github.kargo4j.model.generic.GenericResource} all
 * implement it.
 */
public interface KargoResource {

    /** The API version of every Kargo kind. */
    String KARGO_API_VERSION = "kargo.akuity.io/v1alpha1";
    /** The API version of Argo Rollouts' analysis kinds. */
    String ROLLOUTS_API_VERSION = "argoproj.io/v1alpha1";

    /** @return the {@code apiVersion}, such as {@code kargo.akuity.io/v1alpha1} */
    String apiVersion();

    /** @return the {@code kind}, such as {@code Stage} */
    String kind();

    /** @return the object's metadata */
    ObjectMeta metadata();

    /** @return top-level fields this model does not know, kept as written so that they survive a round trip */
    JsonObject unknownFields();

    /** @return {@code metadata.name}, or the empty string if the object has none */
    default String name() {
        return metadata().name().orElse("");
    }

    /** @return {@code metadata.namespace}, or the empty string for cluster-scoped or namespace-less objects */
    default String namespace() {
        return metadata().namespace().orElse("");
    }

    /** @return a short reference for messages: {@code Stage kargo-demo/dev} */
    default String ref() {
        String ns = namespace();
        return kind() + " " + (ns.isEmpty() ? "" : ns + "/") + name();
    }
}
