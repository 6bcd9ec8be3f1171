/**
 * JSON Schemas of the Kargo kinds, generated from the kargo4j model at build time: {@link
 * io.github.kargo4j.schemas.KargoSchemas} hands them out in the layouts of yaml-language-server and kubeconform.
 */
package io.github.kargo4j.schemas;
