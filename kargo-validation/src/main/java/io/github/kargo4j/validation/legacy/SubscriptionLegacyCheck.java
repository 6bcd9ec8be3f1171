package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.warehouse.ChartSubscription;
import io.github.kargo4j.model.warehouse.GitSubscription;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Legacy Warehouse subscription fields. Kargo v1.11 stores unknown keys inside a subscription and silently ignores
 * them, so a removed field keeps its value in the cluster but no longer has any effect; the deprecated tag filters
 * make discovery fail.
 */
public final class SubscriptionLegacyCheck implements Check {

    private static final JsonPath SUBSCRIPTIONS = JsonPath.ROOT.key("spec").key("subscriptions");
    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.+*?()|\\[\\]{}^$]");

    /** Creates the check. */
    public SubscriptionLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.IMAGE_SEMVER_CONSTRAINT, LegacyRules.IMAGE_GIT_REPO_URL,
                LegacyRules.IMAGE_TAG_SELECTION_STRATEGY, LegacyRules.IMAGE_UPDATE_STRATEGY,
                LegacyRules.CHART_REGISTRY_URL, LegacyRules.ALLOW_TAGS, LegacyRules.IGNORE_TAGS,
                LegacyRules.GIT_SSH_URL);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entriesOf(Warehouse.class)) {
            Warehouse w = (Warehouse) e.resource();
            String who = "Warehouse \"" + w.name() + "\"";
            List<Subscription> subs = w.spec().subscriptions();
            for (int i = 0; i < subs.size(); i++) {
                Subscription s = subs.get(i);
                JsonPath p = SUBSCRIPTIONS.index(i);
                if (s.image().isPresent()) {
                    image(ctx, e, who, s.image().get(), p.key(Subscription.IMAGE));
                }
                if (s.git().isPresent()) {
                    git(ctx, e, who, s.git().get(), p.key(Subscription.GIT));
                }
                if (s.chart().isPresent()) {
                    chart(ctx, e, who, s.chart().get(), p.key(Subscription.CHART));
                }
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static void image(ValidationContext ctx, Entry e, String who, ImageSubscription im, JsonPath p) {
        String sub = who + ": the subscription to image repository " + im.repoURL();
        JsonObject unknown = im.unknownFields();
        String ignored = "Kargo stores it but silently ignores it";
        if (unknown.containsKey("semverConstraint")) {
            String value = Json.text(unknown.getOrNull("semverConstraint"));
            String constraint = im.constraint().orElse("");
            Reports.report(ctx, LegacyRules.IMAGE_SEMVER_CONSTRAINT, e, p.key("semverConstraint"),
                    sub + " sets semverConstraint \"" + value + "\", deprecated in Kargo v1.7 and removed in v1.9: "
                            + ignored + (constraint.isEmpty() ? ", so image selection is unconstrained and any newer "
                            + "version (a new major version too) is picked up" : " (constraint \"" + constraint
                            + "\" applies)"),
                    constraint.isEmpty() ? Fix.of("rename semverConstraint to constraint, the field Kargo reads",
                            new Fix.RenameKey(p.key("semverConstraint"), "constraint"))
                            : value.equals(constraint) ? Fix.of("delete semverConstraint: constraint holds the same "
                            + "value", new Fix.Remove(p.key("semverConstraint")))
                            : "delete semverConstraint, or move its value to constraint; constraint is the field "
                            + "Kargo reads");
        }
        if (unknown.containsKey("gitRepoURL")) {
            ctx.report(LegacyRules.IMAGE_GIT_REPO_URL, e, p.key("gitRepoURL"),
                    sub + " sets gitRepoURL, deprecated in Kargo v1.5 and removed in v1.7: " + ignored
                            + ", and Freight no longer records it",
                    Fix.of("delete gitRepoURL, which Kargo ignores; label the images with the OCI annotation "
                            + "org.opencontainers.image.source (Kargo copies image annotations into Freight)",
                            new Fix.Remove(p.key("gitRepoURL"))));
        }
        String current = im.imageSelectionStrategyAsString().orElse("");
        String fallback = current.isEmpty() ? ", so the subscription uses the default strategy SemVer"
                : " (imageSelectionStrategy " + current + " applies)";
        if (unknown.containsKey("tagSelectionStrategy")) {
            String value = Json.text(unknown.getOrNull("tagSelectionStrategy"));
            ctx.report(LegacyRules.IMAGE_TAG_SELECTION_STRATEGY, e, p.key("tagSelectionStrategy"),
                    sub + " sets tagSelectionStrategy \"" + value + "\", renamed imageSelectionStrategy in Kargo "
                            + "v0.4: " + ignored + fallback,
                    current.isEmpty() ? Fix.of("rename tagSelectionStrategy to imageSelectionStrategy",
                            new Fix.RenameKey(p.key("tagSelectionStrategy"), "imageSelectionStrategy"))
                            : Fix.of("delete tagSelectionStrategy: imageSelectionStrategy is set",
                            new Fix.Remove(p.key("tagSelectionStrategy"))));
        }
        if (unknown.containsKey("updateStrategy")) {
            String value = Json.text(unknown.getOrNull("updateStrategy"));
            String mapped = value.equals("Alphabetical") ? "Lexical" : value;
            ctx.report(LegacyRules.IMAGE_UPDATE_STRATEGY, e, p.key("updateStrategy"),
                    sub + " sets updateStrategy \"" + value + "\", replaced in Kargo v0.3 (by tagSelectionStrategy, "
                            + "now imageSelectionStrategy): " + ignored + fallback,
                    current.isEmpty() ? Fix.of("use imageSelectionStrategy" + (value.equals("Alphabetical")
                            ? " (Alphabetical is now called Lexical)" : ""), new Fix.ReplacePair(p.key(
                            "updateStrategy"), "imageSelectionStrategy", JsonValue.of(mapped)))
                            : Fix.of("delete updateStrategy: imageSelectionStrategy is set",
                            new Fix.Remove(p.key("updateStrategy"))));
        }
        boolean tagBased = !current.equals("Digest");
        tags(ctx, e, sub, im.allowTags().orElse(""), im.ignoreTags(), !im.allowTagsRegexes().isEmpty(),
                !im.ignoreTagsRegexes().isEmpty(), tagBased, current.isEmpty() ? "SemVer" : current, p);
    }

    @SuppressWarnings("deprecation")
    private static void git(ValidationContext ctx, Entry e, String who, GitSubscription g, JsonPath p) {
        String sub = who + ": the subscription to Git repository " + g.repoURL();
        String strategy = g.commitSelectionStrategyAsString().orElse("");
        boolean tagBased = !strategy.isEmpty() && !strategy.equals("NewestFromBranch");
        tags(ctx, e, sub, g.allowTags().orElse(""), g.ignoreTags(), !g.allowTagsRegexes().isEmpty(),
                !g.ignoreTagsRegexes().isEmpty(), tagBased, strategy.isEmpty() ? "NewestFromBranch" : strategy, p);
        if (GitUrls.isSsh(g.repoURL())) {
            ctx.report(LegacyRules.GIT_SSH_URL, e, p.key("repoURL"),
                    sub + " uses an SSH URL, deprecated since Kargo v1.10 (removal planned for v1.13, when such a "
                            + "subscription will be rejected)", GitUrls.hint(g.repoURL()));
        }
    }

    private static void tags(ValidationContext ctx, Entry e, String sub, String allowTags, List<String> ignoreTags,
                             boolean hasAllowRegexes, boolean hasIgnoreRegexes, boolean tagBased, String strategy,
                             JsonPath p) {
        String fate = tagBased ? "since v1.11 discovery fails: \"%s is deprecated and unsupported as of v1.11.0; use "
                + "%sRegexes instead\", so the Warehouse finds nothing new"
                : "the " + strategy + " strategy ignores it";
        if (!allowTags.isEmpty()) {
            Reports.report(ctx, LegacyRules.ALLOW_TAGS, e, p.key("allowTags"),
                    sub + " sets allowTags \"" + allowTags + "\", deprecated in Kargo v1.9 (removal planned for "
                            + "v1.13); " + String.format(fate, "AllowTags", "AllowTags"),
                    hasAllowRegexes ? "add the expression to allowTagsRegexes (same regular expression) and delete "
                            + "allowTags" : Fix.of("use allowTagsRegexes (same regular expression)",
                            new Fix.ReplacePair(p.key("allowTags"), "allowTagsRegexes",
                                    JsonValue.of(List.of(allowTags)))));
        }
        if (!ignoreTags.isEmpty()) {
            List<String> regexes = new java.util.ArrayList<>();
            for (String t : ignoreTags) {
                regexes.add("^" + quoteMeta(t) + "$");
            }
            Reports.report(ctx, LegacyRules.IGNORE_TAGS, e, p.key("ignoreTags"),
                    sub + " sets ignoreTags " + ignoreTags + ", deprecated in Kargo v1.9 (removal planned for "
                            + "v1.13); " + String.format(fate, "IgnoreTags", "IgnoreTags"),
                    hasIgnoreRegexes ? "add to ignoreTagsRegexes " + FlowYaml.write(JsonValue.of(regexes))
                            + " (one anchored, escaped expression per literal tag) and delete ignoreTags"
                            : Fix.of("use ignoreTagsRegexes (one anchored, escaped expression per literal tag)",
                            new Fix.ReplacePair(p.key("ignoreTags"), "ignoreTagsRegexes", JsonValue.of(regexes))));
        }
    }

    /** Go's {@code regexp.QuoteMeta}. */
    static String quoteMeta(String s) {
        return REGEX_SPECIAL.matcher(s).replaceAll("\\\\$0");
    }

    private static void chart(ValidationContext ctx, Entry e, String who, ChartSubscription c, JsonPath p) {
        JsonValue registry = c.unknownFields().getOrNull("registryURL");
        if (registry == null) {
            return;
        }
        String value = Json.text(registry);
        boolean same = value.equals(c.repoURL());
        Reports.report(ctx, LegacyRules.CHART_REGISTRY_URL, e, p.key("registryURL"),
                who + ": the subscription to chart repository " + c.repoURL() + " sets registryURL \"" + value
                        + "\", renamed repoURL in Kargo v0.4: Kargo stores it but silently ignores it",
                same ? Fix.of("delete registryURL: repoURL holds the same URL", new Fix.Remove(p.key("registryURL")))
                        : "delete registryURL and make sure repoURL "
                        + "is the repository to follow" + (value.startsWith("oci://") ? " (for oci:// URLs repoURL "
                        + "names the chart and name must be left out)" : ""));
    }
}
