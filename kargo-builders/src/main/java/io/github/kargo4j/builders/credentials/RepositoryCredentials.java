package io.github.kargo4j.builders.credentials;

import io.github.kargo4j.model.core.CredentialType;

import java.util.ArrayList;
import java.util.List;

/**
 * Credentials for one repository (or every repository a regular expression matches): {@code repoURL} is
 * required, plus one way to authenticate.
 *
 * @param <S> the concrete builder type
 */
public abstract sealed class RepositoryCredentials<S extends RepositoryCredentials<S>> extends SecretDraft<S>
        permits GitCredentials, RegistryCredentials {

    RepositoryCredentials(CredentialType type, String name) {
        super(type, name);
    }

    /**
     * @param repoURL the exact repository URL the credentials are for
     * @return this builder
     */
    public final S repoURL(String repoURL) {
        value(Credentials.REPO_URL, Credentials.requireText(repoURL, "repoURL"));
        return without(Credentials.REPO_URL_IS_REGEX);
    }

    /**
     * Uses the credentials for every repository whose URL matches a regular expression
     * ({@code repoURLIsRegex: "true"}). Within a namespace an exact {@code repoURL} match wins over a pattern.
     *
     * @param regex a Go regular expression, such as {@code ^https://github.com/example-org/.*$}
     * @return this builder
     */
    public final S repoURLPattern(String regex) {
        value(Credentials.REPO_URL, Credentials.requireText(regex, "regex"));
        return value(Credentials.REPO_URL_IS_REGEX, "true");
    }

    /**
     * Basic authentication, or a personal access token as the password.
     *
     * @param username the user name
     * @param password the password or token
     * @return this builder
     */
    public final S usernamePassword(String username, String password) {
        value(Credentials.USERNAME, Credentials.requireText(username, "username"));
        return value(Credentials.PASSWORD, Credentials.requireText(password, "password"));
    }

    /** @return the names of the ways to authenticate that are set, for the "only one" check */
    List<String> methods() {
        List<String> m = new ArrayList<>();
        if (has(Credentials.USERNAME)) {
            m.add("usernamePassword");
        }
        return m;
    }

    @Override
    void check() {
        if (!has(Credentials.REPO_URL)) {
            throw new IllegalStateException(this + " has no repoURL: call repoURL(...) or repoURLPattern(...)");
        }
        List<String> m = methods();
        if (m.size() > 1) {
            throw new IllegalStateException(this + " mixes ways to authenticate (" + String.join(", ", m)
                    + "); a credentials Secret should use one");
        }
    }
}
