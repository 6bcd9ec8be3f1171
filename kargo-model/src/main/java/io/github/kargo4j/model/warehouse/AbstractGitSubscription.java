package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * A subscription to a Git repository ({@code subscriptions[].git}): each discovery picks the newest commit of
 * interest by {@link #commitSelectionStrategy()}. Fields Kargo no longer knows stay in {@link #unknownFields()};
 * Kargo stores and silently ignores them.
 */
@Value.Immutable
@PropertyOrder({"repoURL", "commitSelectionStrategy", "branch", "strictSemvers", "semverConstraint", "allowTags",
    "allowTagsRegexes", "ignoreTags", "ignoreTagsRegexes", "expressionFilter", "insecureSkipTLSVerify", "blobless",
    "includePaths", "excludePaths", "discoveryLimit", "since"})
public abstract class AbstractGitSubscription {

    /**
     * The rule for Git repository URLs: {@code https://}, {@code http://}, {@code ssh://} or SCP-style
     * {@code user@host:path}.
     */
    public static final String GIT_URL = "(?:^(ssh|https?)://(?:([\\w-]+)(:(.+))?@)?([\\w-]+(?:\\.[\\w-]+)*)"
            + "(?::(\\d{1,5}))?(/.*)$)|(?:^([\\w-]+)@([\\w+]+(?:\\.[\\w-]+)*):(/?.*))$";

    /** The rule for Git branch names. */
    public static final String GIT_BRANCH = "^[a-zA-Z0-9]([a-zA-Z0-9._\\/-]*[a-zA-Z0-9_-])?$";

    /**
     * @return the repository URL (required). The SSH forms ({@code ssh://} and {@code git@host:path}) are
     *     deprecated since Kargo v1.10 and will be removed in v1.13: use an HTTPS URL with token credentials.
     */
    public abstract @NotBlank @Pattern(regexp = GIT_URL) String repoURL();

    /** @return the commit selection strategy as written; see {@link #commitSelectionStrategy()} */
    @JsonName("commitSelectionStrategy")
    public abstract Optional<@Pattern(regexp = "^(NewestFromBranch|SemVer|Lexical|NewestTag)$") String>
            commitSelectionStrategyAsString();

    /**
     * @return how the newest commit of interest is chosen; absent means {@code NewestFromBranch};
     *     {@link CommitSelectionStrategy#UNKNOWN} for a value this version does not know
     */
    public Optional<CommitSelectionStrategy> commitSelectionStrategy() {
        return commitSelectionStrategyAsString().map(v -> OpenEnum.parse(CommitSelectionStrategy.class, v));
    }

    /**
     * @return the branch to follow, only for {@code NewestFromBranch}; absent means the repository's default
     *     branch. A valid branch name of 1 to 255 characters.
     */
    public abstract Optional<@Size(min = 1, max = 255) @Pattern(regexp = GIT_BRANCH) String> branch();

    /**
     * @return whether only tags with all of major, minor and patch count as semantic versions; only for
     *     {@code SemVer}; absent means {@code true}
     */
    public abstract Optional<Boolean> strictSemvers();

    /**
     * @return a semantic version constraint (Masterminds syntax, such as {@code ^1.2.0}) limiting the tags
     *     considered; only for {@code SemVer}; absent means no constraint
     */
    public abstract Optional<String> semverConstraint();

    /**
     * @return a regular expression limiting the tags considered.
     * @deprecated since Kargo v1.9, to be removed in v1.13, and since v1.11 discovery <b>fails</b> when it is set:
     *     use {@link #allowTagsRegexes()} with the same expression
     */
    @Deprecated(since = "Kargo v1.9")
    public abstract Optional<String> allowTags();

    /**
     * @return regular expressions a tag must match (any of them) to be considered; only for the tag strategies
     *     ({@code SemVer}, {@code Lexical}, {@code NewestTag})
     */
    public abstract List<String> allowTagsRegexes();

    /**
     * @return literal tags to ignore.
     * @deprecated since Kargo v1.9, to be removed in v1.13, and since v1.11 discovery <b>fails</b> when it is set:
     *     use {@link #ignoreTagsRegexes()} with one anchored, escaped expression per tag ({@code ^v1\.2\.3$})
     */
    @Deprecated(since = "Kargo v1.9")
    public abstract List<String> ignoreTags();

    /**
     * @return regular expressions excluding the tags they match; only for the tag strategies ({@code SemVer},
     *     {@code Lexical}, {@code NewestTag})
     */
    public abstract List<String> ignoreTagsRegexes();

    /**
     * @return an expr-lang boolean expression (without {@code ${{ }}}) filtering candidates by their metadata:
     *     commits ({@code id}, {@code commitDate}, {@code author}, {@code committer}, {@code subject}) for
     *     {@code NewestFromBranch}, tags ({@code tag}, {@code id}, {@code creatorDate}, {@code author},
     *     {@code committer}, {@code subject}, {@code tagger}, {@code annotation}) for the tag strategies
     */
    public abstract Optional<String> expressionFilter();

    /** @return whether TLS certificate errors are ignored when connecting; absent means {@code false} */
    public abstract Optional<Boolean> insecureSkipTLSVerify();

    /**
     * @return whether to clone without blobs ({@code --filter=blob:none}), which speeds up large repositories;
     *     the server must support partial clones (Kargo v1.11)
     */
    public abstract Optional<Boolean> blobless();

    /**
     * @return path selectors: only a change to a matching path produces Freight. A selector is a path prefix, or
     *     a pattern with a {@code glob:}, {@code regex:} or {@code regexp:} prefix.
     */
    public abstract List<String> includePaths();

    /** @return path selectors (as for {@link #includePaths()}) whose changes never produce Freight */
    public abstract List<String> excludePaths();

    /** @return how many commits discovery keeps, 1 to 100; absent means 20 */
    public abstract Optional<@Min(1) @Max(100) Integer> discoveryLimit();

    /**
     * @return an RFC 3339 date-time: discovery stops at commits older than it; absent means no cutoff
     *     (Kargo v1.10)
     */
    public abstract Optional<String> since();

    /**
     * @return fields this model does not know, kept as written; Kargo stores unknown keys of a subscription and
     *     ignores them
     */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param repoURL a repository URL
     * @return a subscription to the newest commit on the default branch of that repository
     */
    public static GitSubscription of(String repoURL) {
        return GitSubscription.builder().repoURL(repoURL).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param commitSelectionStrategy the raw strategy text
         * @return this builder
         */
        public abstract GitSubscription.Builder commitSelectionStrategyAsString(String commitSelectionStrategy);

        /**
         * @param commitSelectionStrategy the strategy
         * @return this builder
         * @throws IllegalArgumentException for {@link CommitSelectionStrategy#UNKNOWN}
         */
        public GitSubscription.Builder commitSelectionStrategy(CommitSelectionStrategy commitSelectionStrategy) {
            if (commitSelectionStrategy == CommitSelectionStrategy.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN has no JSON value; use commitSelectionStrategyAsString");
            }
            return commitSelectionStrategyAsString(commitSelectionStrategy.value());
        }
    }
}
