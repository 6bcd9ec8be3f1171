/**
 * Kargo credentials Secrets with the right {@code kargo.akuity.io/cred-type} label and keys:
 * {@link io.github.kargo4j.builders.credentials.Credentials} ({@code git}, {@code helm}, {@code image},
 * {@code generic}).
 */
package io.github.kargo4j.builders.credentials;
