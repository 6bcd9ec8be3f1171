package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.warehouse.ChartSubscription;
import io.github.kargo4j.model.warehouse.GitSubscription;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Kargo's webhook rules for Warehouse subscriptions: the shape of each item (W1), a subscriber for its kind (W2),
 * the cross-field rules of git, image and chart subscriptions (W3 to W5), fields a strategy ignores, and duplicate
 * subscriptions by normalized URL (W6).
 */
public final class WarehouseAdmissionCheck implements Check {

    private static final JsonPath SUBSCRIPTIONS = JsonPath.ROOT.key("spec").key("subscriptions");
    private static final Set<String> TYPED = Set.of(Subscription.GIT, Subscription.IMAGE, Subscription.CHART);

    /** Creates the check. */
    public WarehouseAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.SUBSCRIPTION_SHAPE, AdmissionRules.SUBSCRIPTION_NO_SUBSCRIBER,
                AdmissionRules.IMAGE_DIGEST_CONSTRAINT, AdmissionRules.CHART_NAME_REQUIRED,
                AdmissionRules.CHART_NAME_FORBIDDEN, AdmissionRules.INVALID_SEMVER_CONSTRAINT,
                AdmissionRules.SUBSCRIPTION_FIELD_IGNORED, AdmissionRules.DUPLICATE_SUBSCRIPTION);
    }

    @Override
    public void run(ValidationContext ctx) {
        // each Warehouse on its own, on the validator's threads; findings in the order of a plain loop
        ctx.inParallel(ctx.entriesOf(Warehouse.class), PerWarehouse.INSTANCE);
    }

    /** Checks one Warehouse (a named class, not a method reference: no call site to link at start-up). */
    private static final class PerWarehouse implements BiConsumer<ValidationContext, Entry> {
        static final PerWarehouse INSTANCE = new PerWarehouse();

        @Override
        public void accept(ValidationContext ctx, Entry e) {
            warehouse(ctx, e);
        }
    }

    private static void warehouse(ValidationContext ctx, Entry e) {
        Warehouse w = (Warehouse) e.resource();
        String who = StepRules.describe(w);
        List<Subscription> subs = w.spec().subscriptions();
        Map<String, Integer> seen = new HashMap<>();
        // two subscriptions can be duplicates only when they are of one kind: URLs are normalized only then
        int[] ofKind = new int[3];
        for (Subscription s : subs) {
            int kind = kind(s);
            if (kind >= 0) {
                ofKind[kind]++;
            }
        }
        for (int i = 0; i < subs.size(); i++) {
            Subscription s = subs.get(i);
            JsonPath p = SUBSCRIPTIONS.index(i);
            if (!shape(ctx, e, who, s, i, p)) {
                continue;
            }
            if (s.git().isPresent()) {
                git(ctx, e, who, s.git().get(), p.key(Subscription.GIT));
            }
            if (s.image().isPresent()) {
                image(ctx, e, who, s.image().get(), p.key(Subscription.IMAGE));
            }
            if (s.chart().isPresent()) {
                chart(ctx, e, who, s.chart().get(), p.key(Subscription.CHART));
            }
            duplicate(ctx, e, who, s, i, seen, ofKind);
        }
    }

    /** W1 and W2; returns whether the item is a git, image or chart subscription. */
    private static boolean shape(ValidationContext ctx, Entry e, String who, Subscription s, int i, JsonPath p) {
        List<String> keys = new ArrayList<>();
        if (s.git().isPresent()) {
            keys.add(Subscription.GIT);
        }
        if (s.image().isPresent()) {
            keys.add(Subscription.IMAGE);
        }
        if (s.chart().isPresent()) {
            keys.add(Subscription.CHART);
        }
        keys.addAll(s.unknownFields().keys());
        if (keys.size() != 1) {
            ctx.report(AdmissionRules.SUBSCRIPTION_SHAPE, e, p,
                    who + ": subscription " + (i + 1) + " has " + (keys.isEmpty() ? "no key" : keys.size()
                            + " keys " + keys) + "; Kargo rejects the Warehouse: \"subscription at index " + i
                            + " must be an object with exactly one top-level field, but has " + keys.size()
                            + " fields\"",
                    keys.isEmpty() ? "add one of git:, image: or chart: with the repository to subscribe to"
                            : "split it into one list item per key, each starting with '- ' (git:, image: or chart:)");
            return false;
        }
        String key = keys.get(0);
        if (!TYPED.contains(key)) {
            ctx.report(AdmissionRules.SUBSCRIPTION_NO_SUBSCRIBER, e, p.key(key),
                    who + ": subscription " + (i + 1) + " is of kind \"" + key + "\", which has no subscriber in "
                            + "Kargo v1.11 (only git, image and chart do); Kargo rejects the Warehouse: \"subscriber "
                            + "registry lookup failed: no matching registration found\"",
                    "use a git:, image: or chart: subscription; check the key for a typo");
            return false;
        }
        return true;
    }

    private static void git(ValidationContext ctx, Entry e, String who, GitSubscription g, JsonPath p) {
        String strategy = g.commitSelectionStrategyAsString().orElse("");
        String constraint = g.semverConstraint().orElse("");
        if (!constraint.isEmpty()) {
            semver(ctx, e, who, g.repoURL(), constraint, p.key("semverConstraint"));
        }
        String repo = "Git repository " + g.repoURL();
        boolean newestFromBranch = strategy.isEmpty() || strategy.equals("NewestFromBranch");
        boolean known = newestFromBranch || strategy.equals("SemVer") || strategy.equals("Lexical")
                || strategy.equals("NewestTag");
        if (!known) {
            return;
        }
        String effective = strategy.isEmpty() ? "NewestFromBranch (the default)" : strategy;
        if (!newestFromBranch && !g.branch().orElse("").isEmpty()) {
            ignored(ctx, e, who, repo, p.key("branch"), "branch", effective,
                    "branch is only used by NewestFromBranch; the tag strategies look at tags of every branch",
                    "remove branch, or use commitSelectionStrategy: NewestFromBranch to follow that branch");
        }
        if (!strategy.equals("SemVer") && !constraint.isEmpty()) {
            ignored(ctx, e, who, repo, p.key("semverConstraint"), "semverConstraint", effective,
                    "semverConstraint is only used by SemVer",
                    "set commitSelectionStrategy: SemVer to select tags by semantic version, or remove "
                            + "semverConstraint (use allowTagsRegexes to filter tags for Lexical and NewestTag)");
        }
        if (newestFromBranch && !g.allowTagsRegexes().isEmpty()) {
            ignored(ctx, e, who, repo, p.key("allowTagsRegexes"), "allowTagsRegexes", effective,
                    "tag filters are only used by the tag strategies (SemVer, Lexical, NewestTag)",
                    "remove allowTagsRegexes, or choose a tag strategy such as commitSelectionStrategy: NewestTag");
        }
        if (newestFromBranch && !g.ignoreTagsRegexes().isEmpty()) {
            ignored(ctx, e, who, repo, p.key("ignoreTagsRegexes"), "ignoreTagsRegexes", effective,
                    "tag filters are only used by the tag strategies (SemVer, Lexical, NewestTag)",
                    "remove ignoreTagsRegexes, or choose a tag strategy such as commitSelectionStrategy: NewestTag");
        }
    }

    private static void image(ValidationContext ctx, Entry e, String who, ImageSubscription im, JsonPath p) {
        String strategy = im.imageSelectionStrategyAsString().orElse("");
        String constraint = im.constraint().orElse("");
        String repo = "image repository " + im.repoURL();
        if (strategy.equals("Digest") && constraint.isEmpty()) {
            boolean legacy = im.unknownFields().containsKey("semverConstraint");
            ctx.report(AdmissionRules.IMAGE_DIGEST_CONSTRAINT, e, p.key("constraint"),
                    who + ": the subscription to " + repo + " uses imageSelectionStrategy Digest without "
                            + "constraint" + (legacy ? " (the removed semverConstraint no longer counts)" : "")
                            + "; Kargo rejects it: \"must be set when imageSelectionStrategy is Digest\"",
                    "set constraint to the mutable tag whose digest Kargo should follow, such as constraint: latest");
        }
        if ((strategy.isEmpty() || strategy.equals("SemVer")) && !constraint.isEmpty()) {
            semver(ctx, e, who, im.repoURL(), constraint, p.key("constraint"));
        }
        if ((strategy.equals("Lexical") || strategy.equals("NewestBuild")) && !constraint.isEmpty()) {
            ignored(ctx, e, who, repo, p.key("constraint"), "constraint", strategy,
                    "constraint is only used by SemVer (a version range) and Digest (the tag to follow)",
                    "remove constraint and filter tags with allowTagsRegexes / ignoreTagsRegexes instead");
        }
    }

    private static void chart(ValidationContext ctx, Entry e, String who, ChartSubscription c, JsonPath p) {
        String url = c.repoURL();
        String name = c.name().orElse("");
        String repo = "chart repository " + url;
        if (url.startsWith("oci://") && !name.isEmpty()) {
            ctx.report(AdmissionRules.CHART_NAME_FORBIDDEN, e, p.key("name"),
                    who + ": the subscription to the OCI " + repo + " also names the chart \"" + name
                            + "\"; Kargo rejects it: \"must be empty if repoURL starts with oci://\"",
                    "an OCI repository URL already names the chart: remove name, and make repoURL end with the "
                            + "chart, such as oci://ghcr.io/example/charts/" + name);
        }
        if ((url.startsWith("http://") || url.startsWith("https://")) && name.isEmpty()) {
            ctx.report(AdmissionRules.CHART_NAME_REQUIRED, e, p.key("name"),
                    who + ": the subscription to the HTTP(S) " + repo + " does not name a chart; Kargo rejects it: "
                            + "\"must be non-empty if repoURL starts with http:// or https://\"",
                    "add name: <chart> for the chart to follow in that repository");
        }
        String constraint = c.semverConstraint().orElse("");
        if (!constraint.isEmpty()) {
            semver(ctx, e, who, url, constraint, p.key("semverConstraint"));
        }
    }

    private static void semver(ValidationContext ctx, Entry e, String who, String repo, String constraint,
                               JsonPath p) {
        Optional<String> err = SemverConstraint.error(constraint);
        if (err.isPresent()) {
            ctx.report(AdmissionRules.INVALID_SEMVER_CONSTRAINT, e, p,
                    who + ": the semantic version constraint \"" + constraint + "\" of the subscription to " + repo
                            + " does not parse (" + err.get() + "); Kargo rejects it as an invalid value (" + p
                            + ": Invalid value: \"" + constraint + "\")",
                    "write a Masterminds semver constraint such as ^1.2.0, ~1.2, >=1.0.0 <2.0.0 or 1.x; join "
                            + "alternatives with ||");
        }
    }

    private static void ignored(ValidationContext ctx, Entry e, String who, String repo, JsonPath p, String field,
                                String strategy, String why, String hint) {
        ctx.report(AdmissionRules.SUBSCRIPTION_FIELD_IGNORED, e, p,
                who + ": the subscription to " + repo + " sets " + field + " but uses the strategy " + strategy
                        + "; " + why + ", so Kargo accepts it and silently ignores it", hint);
    }

    /** @return 0 for a git subscription, 1 for an image, 2 for a chart (the first the item holds), -1 for none */
    private static int kind(Subscription s) {
        return s.git().isPresent() ? 0 : s.image().isPresent() ? 1 : s.chart().isPresent() ? 2 : -1;
    }

    /** @param ofKind how many git, image and chart subscriptions the Warehouse holds, by {@link #kind} */
    private static void duplicate(ValidationContext ctx, Entry e, String who, Subscription s, int i,
                                  Map<String, Integer> seen, int[] ofKind) {
        String key;
        String what;
        String field;
        int kind = kind(s);
        if (kind < 0 || ofKind[kind] < 2) {
            return;   // the only subscription of its kind: no other has its key
        }
        if (s.git().isPresent()) {
            key = "git|" + RepoUrls.git(s.git().get().repoURL());
            what = "Git repository";
            field = Subscription.GIT;
        } else if (s.image().isPresent()) {
            key = "image|" + RepoUrls.image(s.image().get().repoURL());
            what = "image repository";
            field = Subscription.IMAGE;
        } else if (s.chart().isPresent()) {
            ChartSubscription c = s.chart().get();
            boolean http = c.repoURL().startsWith("http://") || c.repoURL().startsWith("https://");
            key = "chart|" + RepoUrls.chart(c.repoURL()) + (http ? ":" + c.name().orElse("") : "");
            what = http ? "chart \"" + c.name().orElse("") + "\"" : "chart";
            field = Subscription.CHART;
        } else {
            return;
        }
        Integer first = seen.putIfAbsent(key, i);
        if (first == null) {
            return;
        }
        String url = s.git().map(GitSubscription::repoURL).or(() -> s.image().map(ImageSubscription::repoURL))
                .or(() -> s.chart().map(ChartSubscription::repoURL)).orElse("");
        JsonPath firstPath = SUBSCRIPTIONS.index(first).key(field);
        ctx.report(AdmissionRules.DUPLICATE_SUBSCRIPTION, e, SUBSCRIPTIONS.index(i).key(field).key("repoURL"),
                who + ": subscription " + (i + 1) + " (" + url + ") subscribes to the same " + what
                        + " as subscription " + (first + 1) + " once URLs are normalized (case, user info, "
                        + "trailing / and .git, registry defaults); Kargo's webhook means to reject it (\"subscription "
                        + "for " + what + " already exists at \\\"" + firstPath + "\\\"\", enforced after v1.11), and "
                        + "Freight holding two artifacts for one subscription is rejected (\"multiple artifacts "
                        + "found for subscription ...\"), so the Warehouse produces no Freight",
                "keep one subscription per repository; to track two tag ranges of one repository, use two "
                        + "Warehouses");
    }
}
