package io.github.kargo4j.model.steps;

/**
 * The Git hosting providers that the pull-request and push steps know ({@code provider}). Kargo infers the provider
 * from the repository URL when it is not set.
 */
public enum GitProvider {
    /** Azure DevOps. */
    AZURE("azure"),
    /** Bitbucket. */
    BITBUCKET("bitbucket"),
    /** Gitea. */
    GITEA("gitea"),
    /** GitHub or GitHub Enterprise. */
    GITHUB("github"),
    /** GitLab. */
    GITLAB("gitlab");

    private final String value;

    GitProvider(String value) {
        this.value = value;
    }

    /** @return the JSON text, such as {@code github} */
    public String value() {
        return value;
    }
}
