package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kargo's webhook rules for Freight: at least one artifact (F1), aliases unique in a namespace (F2), and commits,
 * images and charts that map one to one onto the git, image and chart subscriptions of the origin Warehouse (F3,
 * Kargo's {@code validateFreightArtifacts}). A commit matches a git subscription when their repository URLs are the
 * same after Kargo's Git URL normalization; an image matches an image subscription when their {@code repoURL}s are
 * the same as written; a chart matches a chart subscription when {@code path.Join(NormalizeChart(repoURL), name)}
 * is the same (an HTTP(S) repository and a chart name, or an {@code oci://} URL that names the chart). Generic
 * artifacts and subscriptions are not compared, as in Kargo. A Freight whose Warehouse is not in the validated set
 * is not compared.
 */
public final class FreightAdmissionCheck implements Check {

    /** Creates the check. */
    public FreightAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.FREIGHT_WITHOUT_ARTIFACTS, AdmissionRules.DUPLICATE_FREIGHT_ALIAS,
                AdmissionRules.FREIGHT_ARTIFACT_NOT_SUBSCRIBED, AdmissionRules.FREIGHT_SUBSCRIPTION_WITHOUT_ARTIFACT,
                AdmissionRules.FREIGHT_SUBSCRIPTION_MULTIPLE_ARTIFACTS);
    }

    @Override
    public void run(ValidationContext ctx) {
        Map<String, Warehouse> warehouses = new HashMap<>();
        for (Entry e : ctx.entriesOf(Warehouse.class)) {
            warehouses.putIfAbsent(e.resource().namespace() + "/" + e.resource().name(), (Warehouse) e.resource());
        }
        Map<String, Map<String, Entry>> aliases = new HashMap<>();
        for (Entry e : ctx.entriesOf(Freight.class)) {
            Freight f = (Freight) e.resource();
            String who = StepRules.describe(f) + " (from Warehouse \"" + f.origin().name() + "\")";
            if (f.commits().isEmpty() && f.images().isEmpty() && f.charts().isEmpty() && f.artifacts().isEmpty()) {
                ctx.report(AdmissionRules.FREIGHT_WITHOUT_ARTIFACTS, e, JsonPath.ROOT,
                        who + " holds no commit, image, chart or artifact; Kargo rejects it: \"freight must "
                                + "contain at least one commit, image, or chart\"",
                        "add the artifact versions the Freight stands for (commits, images, charts or artifacts), "
                                + "one for each subscription of its Warehouse");
            }
            Warehouse w = warehouses.get(f.namespace() + "/" + f.origin().name());
            if (w != null) {
                artifacts(ctx, e, f, w, who);
            }
            String alias = f.alias().orElse("");
            if (alias.isEmpty()) {
                continue;
            }
            Entry first = aliases.computeIfAbsent(f.namespace(), k -> new HashMap<>()).putIfAbsent(alias, e);
            if (first != null) {
                ctx.report(AdmissionRules.DUPLICATE_FREIGHT_ALIAS, e, JsonPath.ROOT.key("alias"),
                        who + " has the alias \"" + alias + "\", already used by " + StepRules.describe(
                                first.resource()) + "; Kargo rejects it: \"alias already used by another piece of "
                                + "Freight in namespace \\\"" + f.namespace() + "\\\"\"",
                        "give each Freight its own alias, or leave alias out and let Kargo generate one");
            }
        }
    }

    /** What a Freight holds for a subscription of each kind, and how Kargo names the kind. */
    private enum Kind {
        GIT("commits", "commit", "a commit", "git", "Git repository"),
        IMAGE("images", "image", "an image", "image", "image repository"),
        CHART("charts", "chart", "a chart", "chart", "Helm chart");

        final String list;
        final String noun;
        final String one;
        final String subscription;
        final String kargo;

        Kind(String list, String noun, String one, String subscription, String kargo) {
            this.list = list;
            this.noun = noun;
            this.one = one;
            this.subscription = subscription;
            this.kargo = kargo;
        }
    }

    /**
     * A git, image or chart subscription as Kargo's webhook identifies it.
     *
     * @param kind    its kind
     * @param key     Kargo's identity of it (the normalized URL of a git repository, the image repository as written,
     *                the joined chart repository and name)
     * @param index   its index in {@code spec.subscriptions}
     * @param repoURL its repository, as written
     * @param name    its chart name, or empty
     */
    private record Sub(Kind kind, String key, int index, String repoURL, String name) {
    }

    /** One artifact of the Freight: where it is, and what it names. */
    private record Artifact(JsonPath path, String repoURL, String name) {
    }

    private static void artifacts(ValidationContext ctx, Entry e, Freight f, Warehouse w, String who) {
        Map<String, Sub> subs = new LinkedHashMap<>();
        List<Subscription> list = w.spec().subscriptions();
        for (int i = 0; i < list.size(); i++) {
            Subscription s = list.get(i);
            if (s.git().isPresent()) {
                String url = s.git().get().repoURL();
                add(subs, new Sub(Kind.GIT, RepoUrls.git(url), i, url, ""));
            }
            if (s.image().isPresent()) {
                String url = s.image().get().repoURL();
                add(subs, new Sub(Kind.IMAGE, url, i, url, ""));
            }
            if (s.chart().isPresent()) {
                String url = s.chart().get().repoURL();
                String name = s.chart().get().name().orElse("");
                add(subs, new Sub(Kind.CHART, RepoUrls.chartKey(url, name), i, url, name));
            }
        }
        Map<Sub, List<Artifact>> found = new LinkedHashMap<>();
        JsonPath root = JsonPath.ROOT;
        for (int i = 0; i < f.commits().size(); i++) {
            String url = f.commits().get(i).repoURL().orElse("");
            match(ctx, e, who, w, subs, found, Kind.GIT, RepoUrls.git(url),
                    new Artifact(root.key("commits").index(i), url, ""));
        }
        for (int i = 0; i < f.images().size(); i++) {
            String url = f.images().get(i).repoURL().orElse("");
            match(ctx, e, who, w, subs, found, Kind.IMAGE, url, new Artifact(root.key("images").index(i), url, ""));
        }
        for (int i = 0; i < f.charts().size(); i++) {
            String url = f.charts().get(i).repoURL().orElse("");
            String name = f.charts().get(i).name().orElse("");
            match(ctx, e, who, w, subs, found, Kind.CHART, RepoUrls.chartKey(url, name),
                    new Artifact(root.key("charts").index(i), url, name));
        }
        String warehouse = w.name();
        for (Sub s : subs.values()) {
            List<Artifact> got = found.getOrDefault(s, List.of());
            String subscription = "the " + s.kind.subscription + " subscription spec.subscriptions[" + s.index
                    + "] of Warehouse \"" + warehouse + "\" (" + describe(s.kind, s.repoURL, s.name) + ")";
            if (got.isEmpty()) {
                ctx.report(AdmissionRules.FREIGHT_SUBSCRIPTION_WITHOUT_ARTIFACT, e, root.key(s.kind.list),
                        who + " has no " + s.kind.noun + " for " + subscription
                                + "; " + rejects("no artifact found for subscription " + goQuote(s.key)
                                + " of Warehouse " + goQuote(warehouse)),
                        "add " + s.kind.one + " with repoURL \"" + s.repoURL + "\""
                                + (s.name.isEmpty() ? "" : " and name \"" + s.name + "\"") + " and the "
                                + (s.kind == Kind.GIT ? "commit id" : s.kind == Kind.IMAGE ? "tag or digest"
                                : "version") + " this Freight stands for: a Freight holds one version of each "
                                + "git, image and chart subscription of its Warehouse");
            } else if (got.size() > 1) {
                Artifact second = got.get(1);
                ctx.report(AdmissionRules.FREIGHT_SUBSCRIPTION_MULTIPLE_ARTIFACTS, e, second.path,
                        who + " has " + got.size() + " " + s.kind.list + " for " + subscription + " ("
                                + String.join(", ", got.stream().map(a -> a.path.toString()).toList()) + "); "
                                + rejects("multiple artifacts found for subscription " + goQuote(s.key)
                                + " of Warehouse " + goQuote(warehouse)),
                        "keep one " + s.kind.noun + " of "
                                + describe(s.kind, s.repoURL, s.name) + ": a Freight holds exactly one version "
                                + "of each subscription of its Warehouse; for several versions, write one Freight"
                                + " each");
            }
        }
    }

    private static void add(Map<String, Sub> subs, Sub s) {
        subs.putIfAbsent(s.kind + "\u0000" + s.key, s);
    }

    private static void match(ValidationContext ctx, Entry e, String who, Warehouse w, Map<String, Sub> subs,
                              Map<Sub, List<Artifact>> found, Kind kind, String key, Artifact a) {
        Sub s = subs.get(kind + "\u0000" + key);
        if (s != null) {
            found.computeIfAbsent(s, k -> new ArrayList<>()).add(a);
            return;
        }
        List<Sub> same = subs.values().stream().filter(x -> x.kind == kind).toList();
        String warehouse = w.name();
        String hint;
        if (same.isEmpty()) {
            hint = "Warehouse \"" + warehouse + "\" has no " + kind.subscription + " subscription: remove the "
                    + kind.noun + ", or subscribe the Warehouse to it";
        } else {
            Optional<Sub> written = kind == Kind.IMAGE ? same.stream()
                    .filter(x -> RepoUrls.image(x.repoURL).equals(RepoUrls.image(a.repoURL))).findFirst()
                    : Optional.empty();
            hint = written.map(x -> "write repoURL exactly as the subscription spec.subscriptions[" + x.index
                            + "] does, \"" + x.repoURL + "\": Kargo compares image repositories as written")
                    .orElse("write the " + (kind == Kind.CHART ? "repoURL and name" : "repoURL") + " of "
                            + (same.size() == 1 ? "the " + kind.subscription + " subscription" : "one of the "
                            + kind.subscription + " subscriptions") + " of Warehouse \"" + warehouse + "\" ("
                            + String.join(", ",
                            same.stream().limit(3).map(x -> describe(kind, x.repoURL, x.name)).toList())
                            + (same.size() > 3 ? ", ..." : "") + "), or subscribe the Warehouse to this "
                            + (kind == Kind.CHART ? "chart" : "repository"));
        }
        ctx.report(AdmissionRules.FREIGHT_ARTIFACT_NOT_SUBSCRIBED, e, a.path.key("repoURL"),
                who + " has " + kind.one + " of " + describe(kind, a.repoURL, a.name) + " (" + a.path
                        + "), which no " + kind.subscription + " subscription of Warehouse \"" + warehouse
                        + "\" matches; " + rejects("no subscription found for " + kind.kargo + " in Warehouse "
                        + goQuote(warehouse)), hint);
    }

    /** @return a repository (and chart name) as written, for messages */
    private static String describe(Kind kind, String repoURL, String name) {
        return "\"" + repoURL + "\"" + (kind == Kind.CHART && !name.isEmpty() ? " chart \"" + name + "\"" : "");
    }

    /** @return the value quoted as Go's {@code %q} quotes a plain string */
    private static String goQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** @return Kargo's words, quoted with their inner quotes escaped (as in the API server's JSON answer) */
    private static String rejects(String text) {
        return "Kargo rejects it: \"" + text.replace("\"", "\\\"") + "\"";
    }
}
