package io.github.kargo4j.builders.credentials;

import java.util.Objects;

/**
 * Kargo credentials Secrets, labelled {@code kargo.akuity.io/cred-type} and holding the keys Kargo reads
 * ({@code repoURL}, {@code username}, {@code password}, GitHub App, AWS and GCP keys). Kargo looks credentials up in
 * the Project namespace first, then in the shared-resources namespace; an exact {@code repoURL} beats a pattern.
 *
 * <pre>{@code
 * Secret git = Credentials.git("github-creds").namespace(project)
 *     .repoURLPattern("^https://github.com/example-org/.*$")
 *     .githubApp(clientId, installationId, privateKeyPem)
 *     .build();
 * Secret ecr = Credentials.image("ecr").namespace(project)
 *     .repoURL("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app")
 *     .aws("eu-west-1", accessKeyId, secretAccessKey)
 *     .build();
 * }</pre>
 *
 * <p>Pass secret values in from your configuration or environment; the builders and the resulting
 * {@link io.github.kargo4j.model.core.Secret} never show them in {@code toString()}. Values are written as
 * {@code stringData} unless {@link SecretDraft#base64Encoded()} is called.
 */
public final class Credentials {

    /** The repository URL, or a regular expression when {@link #REPO_URL_IS_REGEX} is {@code "true"}. */
    public static final String REPO_URL = "repoURL";
    /** {@code "true"} to read {@link #REPO_URL} as a regular expression. */
    public static final String REPO_URL_IS_REGEX = "repoURLIsRegex";
    /** The user name of basic authentication. */
    public static final String USERNAME = "username";
    /** The password or token of basic authentication. */
    public static final String PASSWORD = "password";
    /** A PEM SSH private key (git only; deprecated in Kargo v1.10). */
    public static final String SSH_PRIVATE_KEY = "sshPrivateKey";
    /** A GitHub App's client ID. */
    public static final String GITHUB_APP_CLIENT_ID = "githubAppClientID";
    /** A GitHub App's numeric ID (older alternative to the client ID). */
    public static final String GITHUB_APP_ID = "githubAppID";
    /** A GitHub App installation's ID. */
    public static final String GITHUB_APP_INSTALLATION_ID = "githubAppInstallationID";
    /** A GitHub App's PEM private key. */
    public static final String GITHUB_APP_PRIVATE_KEY = "githubAppPrivateKey";
    /** The AWS region of an ECR registry. */
    public static final String AWS_REGION = "awsRegion";
    /** An AWS access key ID. */
    public static final String AWS_ACCESS_KEY_ID = "awsAccessKeyID";
    /** An AWS secret access key. */
    public static final String AWS_SECRET_ACCESS_KEY = "awsSecretAccessKey";
    /** A base64-encoded Google service account JSON key. */
    public static final String GCP_SERVICE_ACCOUNT_KEY = "gcpServiceAccountKey";

    private Credentials() {
    }

    /**
     * @param name the Secret name
     * @return a builder for Git repository credentials
     */
    public static GitCredentials git(String name) {
        return new GitCredentials(name);
    }

    /**
     * @param name the Secret name
     * @return a builder for Helm chart repository credentials
     */
    public static HelmCredentials helm(String name) {
        return new HelmCredentials(name);
    }

    /**
     * @param name the Secret name
     * @return a builder for container image registry credentials
     */
    public static ImageCredentials image(String name) {
        return new ImageCredentials(name);
    }

    /**
     * @param name the Secret name
     * @return a builder for a generic Secret, read in expressions with {@code secret()} / {@code sharedSecret()}
     */
    public static GenericSecret generic(String name) {
        return new GenericSecret(name);
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
