package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;
import io.github.kargo4j.model.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Git repository credentials ({@code kargo.akuity.io/cred-type: git}): a user name and password or token, a GitHub
 * App, or (deprecated) an SSH key.
 *
 * <pre>{@code
 * Secret creds = Credentials.git("github-creds")
 *     .namespace("kargo-managed-stack")
 *     .repoURL("https://github.com/example-org/kargo-manifests.git")
 *     .usernamePassword(user, token)          // values from your configuration, never literals
 *     .build();
 * }</pre>
 */
public final class GitCredentials extends RepositoryCredentials<GitCredentials> {

    /** The annotation that narrows the repositories a GitHub App token may reach, per project. */
    public static final String GITHUB_TOKEN_SCOPES = "kargo.akuity.io/github-token-scopes";

    GitCredentials(String name) {
        super(CredentialType.GIT, name);
    }

    /**
     * Authenticates as a GitHub App installation, identified by the App's client ID (the form Kargo prefers).
     *
     * @param clientId       the App's client ID
     * @param installationId the installation ID
     * @param privateKey     the App's private key (PEM)
     * @return this builder
     */
    public GitCredentials githubApp(String clientId, String installationId, String privateKey) {
        without(Credentials.GITHUB_APP_ID);
        value(Credentials.GITHUB_APP_CLIENT_ID, Credentials.requireText(clientId, "clientId"));
        return githubAppKeys(installationId, privateKey);
    }

    /**
     * Authenticates as a GitHub App installation identified by the numeric App ID (the older form; prefer
     * {@link #githubApp(String, String, String)} with the client ID).
     *
     * @param appId          the App ID
     * @param installationId the installation ID
     * @param privateKey     the App's private key (PEM)
     * @return this builder
     */
    public GitCredentials githubAppById(String appId, String installationId, String privateKey) {
        without(Credentials.GITHUB_APP_CLIENT_ID);
        value(Credentials.GITHUB_APP_ID, Credentials.requireText(appId, "appId"));
        return githubAppKeys(installationId, privateKey);
    }

    private GitCredentials githubAppKeys(String installationId, String privateKey) {
        value(Credentials.GITHUB_APP_INSTALLATION_ID, Credentials.requireText(installationId, "installationId"));
        return value(Credentials.GITHUB_APP_PRIVATE_KEY, Credentials.requireText(privateKey, "privateKey"));
    }

    /**
     * Limits which repositories the GitHub App token may reach for each project
     * ({@value #GITHUB_TOKEN_SCOPES}, written as JSON).
     *
     * @param scopes repository names by project name
     * @return this builder
     */
    public GitCredentials githubTokenScopes(Map<String, List<String>> scopes) {
        Objects.requireNonNull(scopes, "scopes");
        return annotation(GITHUB_TOKEN_SCOPES, JsonValue.of(scopes).toString());
    }

    /**
     * Authenticates with an SSH private key.
     *
     * @param privateKey the key (PEM)
     * @return this builder
     * @deprecated since Kargo v1.10 (removal planned in v1.13), with SSH and SCP-style repository URLs: use an HTTPS
     *     URL with a token ({@code usernamePassword}) or a GitHub App
     */
    @Deprecated(since = "Kargo v1.10")
    public GitCredentials sshPrivateKey(String privateKey) {
        return value(Credentials.SSH_PRIVATE_KEY, Credentials.requireText(privateKey, "privateKey"));
    }

    @Override
    List<String> methods() {
        List<String> m = super.methods();
        if (has(Credentials.GITHUB_APP_PRIVATE_KEY)) {
            m.add("githubApp");
        }
        if (has(Credentials.SSH_PRIVATE_KEY)) {
            m.add("sshPrivateKey");
        }
        return m;
    }
}
