package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.JsonName;
import io.github.kargo4j.model.OpenEnum;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * A subscription to a container image repository ({@code subscriptions[].image}): each discovery picks the newest
 * image by {@link #imageSelectionStrategy()}.
 *
 * <p>Removed fields are not typed and stay in {@link #unknownFields()}, where Kargo stores and silently ignores
 * them: {@code semverConstraint} (removed in v1.9; its value belongs in {@link #constraint()}, and without it
 * selection is unconstrained), {@code gitRepoURL} (removed in v1.7), {@code tagSelectionStrategy} and
 * {@code updateStrategy} (both replaced by {@code imageSelectionStrategy}).
 */
@Value.Immutable
@PropertyOrder({"repoURL", "imageSelectionStrategy", "strictSemvers", "constraint", "allowTags", "allowTagsRegexes",
    "ignoreTags", "ignoreTagsRegexes", "platform", "insecureSkipTLSVerify", "discoveryLimit", "cacheByTag"})
public abstract class AbstractImageSubscription {

    /** The rule for image repository URLs: an optional registry host (and port), then the path, without a tag. */
    public static final String IMAGE_REPO = "^(\\w+([\\.-]\\w+)*(:[\\d]+)?/)?(\\w+([\\.-]\\w+)*)(/\\w+([\\.-]\\w+)*)*$";

    /**
     * The rule for {@link #platform()}: {@code <os>/<arch>} with an optional {@code /<variant>}, as Kargo's webhook
     * accepts it (Kargo's published JSON schema, {@code ^\w+/\w+$}, omits the variant).
     */
    public static final String PLATFORM = "^\\w+/\\w+(/\\w+)?$";

    /** @return the image repository, such as {@code ghcr.io/example/app}, without a tag (required) */
    public abstract @NotBlank @Pattern(regexp = IMAGE_REPO) String repoURL();

    /** @return the image selection strategy as written; see {@link #imageSelectionStrategy()} */
    @JsonName("imageSelectionStrategy")
    public abstract Optional<@Pattern(regexp = "^(SemVer|Lexical|Digest|NewestBuild)$") String>
            imageSelectionStrategyAsString();

    /**
     * @return how the newest image is chosen; absent means {@code SemVer}; {@link ImageSelectionStrategy#UNKNOWN}
     *     for a value this version does not know
     */
    public Optional<ImageSelectionStrategy> imageSelectionStrategy() {
        return imageSelectionStrategyAsString().map(v -> OpenEnum.parse(ImageSelectionStrategy.class, v));
    }

    /**
     * @return whether only tags with all of major, minor and patch count as semantic versions; only for
     *     {@code SemVer}; absent means {@code true}
     */
    public abstract Optional<Boolean> strictSemvers();

    /**
     * @return the strategy-specific constraint: for {@code SemVer} an optional semantic version range (such as
     *     {@code ^1.0.0}); for {@code Digest} the mutable tag to follow, <b>required</b>; ignored by
     *     {@code Lexical} and {@code NewestBuild}. Replaces the removed {@code semverConstraint} (Kargo v1.7).
     */
    public abstract Optional<String> constraint();

    /**
     * @return a regular expression limiting the tags considered.
     * @deprecated since Kargo v1.9, to be removed in v1.13, and since v1.11 discovery <b>fails</b> when it is set:
     *     use {@link #allowTagsRegexes()} with the same expression
     */
    @Deprecated(since = "Kargo v1.9")
    public abstract Optional<String> allowTags();

    /** @return regular expressions a tag must match (any of them) to be considered; applied before the limit */
    public abstract List<String> allowTagsRegexes();

    /**
     * @return literal tags to ignore.
     * @deprecated since Kargo v1.9, to be removed in v1.13, and since v1.11 discovery <b>fails</b> when it is set:
     *     use {@link #ignoreTagsRegexes()} with one anchored, escaped expression per tag ({@code ^v1\.2\.3$})
     */
    @Deprecated(since = "Kargo v1.9")
    public abstract List<String> ignoreTags();

    /** @return regular expressions excluding the tags they match; applied before the limit */
    public abstract List<String> ignoreTagsRegexes();

    /**
     * @return the platform images must be built for, {@code <os>/<arch>} (such as {@code linux/arm64}); absent
     *     means the operating system and architecture of the Kargo controller
     */
    public abstract Optional<@Pattern(regexp = PLATFORM) String> platform();

    /** @return whether TLS certificate errors are ignored when connecting; absent means {@code false} */
    public abstract Optional<Boolean> insecureSkipTLSVerify();

    /** @return how many images discovery keeps after tag filtering, 1 to 100; absent means 20 */
    public abstract Optional<@Min(1) @Max(100) Integer> discoveryLimit();

    /**
     * @return whether image metadata is cached by tag, which is faster but stale if tags are mutable; absent
     *     means {@code false}. An operator may require it for every strategy except {@code Digest}.
     */
    public abstract Optional<Boolean> cacheByTag();

    /**
     * @return fields this model does not know, kept as written: notably the removed {@code semverConstraint},
     *     {@code gitRepoURL}, {@code tagSelectionStrategy} and {@code updateStrategy}, which Kargo ignores
     */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param repoURL an image repository
     * @return a subscription to the semantically greatest tag of that repository
     */
    public static ImageSubscription of(String repoURL) {
        return ImageSubscription.builder().repoURL(repoURL).build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param imageSelectionStrategy the raw strategy text
         * @return this builder
         */
        public abstract ImageSubscription.Builder imageSelectionStrategyAsString(String imageSelectionStrategy);

        /**
         * @param imageSelectionStrategy the strategy
         * @return this builder
         * @throws IllegalArgumentException for {@link ImageSelectionStrategy#UNKNOWN}
         */
        public ImageSubscription.Builder imageSelectionStrategy(ImageSelectionStrategy imageSelectionStrategy) {
            if (imageSelectionStrategy == ImageSelectionStrategy.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN has no JSON value; use imageSelectionStrategyAsString");
            }
            return imageSelectionStrategyAsString(imageSelectionStrategy.value());
        }
    }
}
