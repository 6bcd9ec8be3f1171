package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.freight.Chart;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.freight.GitCommit;
import io.github.kargo4j.model.freight.Image;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;

/**
 * Legacy kinds and resource-level shapes: the removed Environment and PromotionPolicy kinds, removed Freight fields,
 * Git credentials with {@code sshPrivateKey}, and the label {@code kargo.akuity.io/project-secret}.
 */
public final class ResourceLegacyCheck implements Check {

    private static final String PROJECT_SECRET = "kargo.akuity.io/project-secret";
    private static final String CRED_TYPE = "kargo.akuity.io/cred-type";

    /** Creates the check. */
    public ResourceLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.REMOVED_KIND, LegacyRules.FREIGHT_REMOVED_FIELD,
                LegacyRules.FREIGHT_CHART_REGISTRY_URL, LegacyRules.SSH_PRIVATE_KEY, LegacyRules.PROJECT_SECRET_LABEL);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entries()) {
            KargoResource r = e.resource();
            if (r instanceof GenericResource g) {
                kind(ctx, e, g);
            } else if (r instanceof Freight f) {
                freight(ctx, e, f);
            } else if (r instanceof Secret s) {
                secret(ctx, e, s);
            }
            if (r.metadata().labels().containsKey(PROJECT_SECRET)) {
                ctx.report(LegacyRules.PROJECT_SECRET_LABEL, e,
                        JsonPath.ROOT.key("metadata").key("labels").key(PROJECT_SECRET),
                        r.kind() + " \"" + r.name() + "\" carries the label " + PROJECT_SECRET + ", deprecated in "
                                + "Kargo v1.2.1 and without effect since v1.5: Kargo ignores it",
                        r.metadata().labels().containsKey(CRED_TYPE)
                                ? Fix.of("delete the label, which has no effect", new Fix.Remove(JsonPath.ROOT
                                .key("metadata").key("labels").key(PROJECT_SECRET)))
                                : Fix.of("label it " + CRED_TYPE + ": generic instead (read it in expressions with "
                                + "secret('" + r.name() + "'))", new Fix.ReplacePair(JsonPath.ROOT.key("metadata")
                                .key("labels").key(PROJECT_SECRET), CRED_TYPE, JsonValue.of("generic"))));
            }
        }
    }

    private static void kind(ValidationContext ctx, Entry e, GenericResource g) {
        if (!g.apiVersion().startsWith("kargo.akuity.io/")) {
            return;
        }
        String name = g.name();
        if (g.kind().equals("Environment")) {
            ctx.report(LegacyRules.REMOVED_KIND, e, JsonPath.ROOT.key("kind"),
                    "Environment \"" + name + "\" is a kind Kargo renamed to Stage in v0.1.0; the API server has no "
                            + "Environment kind and rejects the document (no matches for kind \"Environment\")",
                    "change kind: Environment to kind: Stage, then migrate its spec to the current Stage shape "
                            + "(spec.requestedFreight and spec.promotionTemplate; validate again to see how)");
        } else if (g.kind().equals("PromotionPolicy")) {
            JsonObject doc = g.content();
            String stage = Json.str(doc, "stage");
            boolean auto = Json.isTrue(doc, "enableAutoPromotion");
            String ns = g.namespace().isEmpty() ? "<project>" : g.namespace();
            ctx.report(LegacyRules.REMOVED_KIND, e, JsonPath.ROOT.key("kind"),
                    "PromotionPolicy \"" + name + "\" is a kind Kargo removed in v0.4.0; the API server has no "
                            + "PromotionPolicy kind and rejects the document, so auto-promotion"
                            + (stage.isEmpty() ? "" : " of Stage \"" + stage + "\"") + " stays off",
                    "delete it and add the policy to the ProjectConfig \"" + ns + "\" (in namespace " + ns
                            + "): spec.promotionPolicies: [{stageSelector: {name: "
                            + (stage.isEmpty() ? "<stage>" : FlowYaml.scalar(stage)) + "}, autoPromotionEnabled: "
                            + auto + "}]");
        }
    }

    private static void freight(ValidationContext ctx, Entry e, Freight f) {
        String who = "Freight \"" + f.name() + "\"";
        JsonObject top = f.unknownFields();
        if (top.containsKey("id")) {
            ctx.report(LegacyRules.FREIGHT_REMOVED_FIELD, e, JsonPath.ROOT.key("id"),
                    who + " has id, removed in Kargo v0.5: the API server drops it",
                    Fix.of("delete id; the Freight's identity is metadata.name (which Kargo computes from its "
                            + "artifacts)", new Fix.Remove(JsonPath.ROOT.key("id"))));
        }
        if (top.containsKey("warehouse")) {
            ctx.report(LegacyRules.FREIGHT_REMOVED_FIELD, e, JsonPath.ROOT.key("warehouse"),
                    who + " has warehouse, removed in Kargo v0.9 (replaced by origin in v0.8): the API server drops "
                            + "it",
                    Fix.of("delete warehouse; origin: {kind: Warehouse, name: " + FlowYaml.scalar(f.origin().name())
                            + "} says where the Freight comes from", new Fix.Remove(JsonPath.ROOT.key("warehouse"))));
        }
        List<GitCommit> commits = f.commits();
        for (int i = 0; i < commits.size(); i++) {
            if (commits.get(i).unknownFields().containsKey("healthCheckCommit")) {
                ctx.report(LegacyRules.FREIGHT_REMOVED_FIELD, e,
                        JsonPath.ROOT.key("commits").index(i).key("healthCheckCommit"),
                        who + ": commits[" + i + "].healthCheckCommit was removed in Kargo v1.0: the API server "
                                + "drops it", Fix.of("delete healthCheckCommit; it has no replacement", new Fix.Remove(
                                JsonPath.ROOT.key("commits").index(i).key("healthCheckCommit"))));
            }
        }
        List<Image> images = f.images();
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).unknownFields().containsKey("gitRepoURL")) {
                ctx.report(LegacyRules.FREIGHT_REMOVED_FIELD, e,
                        JsonPath.ROOT.key("images").index(i).key("gitRepoURL"),
                        who + ": images[" + i + "].gitRepoURL was removed in Kargo v1.7: the API server drops it",
                        Fix.of("delete gitRepoURL; put the source repository in the image's annotations as "
                                + "org.opencontainers.image.source", new Fix.Remove(JsonPath.ROOT.key("images")
                                .index(i).key("gitRepoURL"))));
            }
        }
        List<Chart> charts = f.charts();
        for (int i = 0; i < charts.size(); i++) {
            Chart c = charts.get(i);
            JsonObject unknown = c.unknownFields();
            if (!unknown.containsKey("registryURL")) {
                continue;
            }
            JsonPath p = JsonPath.ROOT.key("charts").index(i).key("registryURL");
            String url = Json.text(unknown.getOrNull("registryURL"));
            if (c.repoURL().filter(u -> !u.isEmpty()).isPresent()) {
                ctx.report(LegacyRules.FREIGHT_REMOVED_FIELD, e, p,
                        who + ": charts[" + i + "].registryURL was removed in Kargo v0.4: the API server drops it "
                                + "(repoURL is set)", Fix.of("delete registryURL", new Fix.Remove(p)));
            } else {
                ctx.report(LegacyRules.FREIGHT_CHART_REGISTRY_URL, e, p,
                        who + ": charts[" + i + "] names its repository with registryURL, removed in Kargo v0.4: "
                                + "the API server drops it, the chart is left without a repository, and Kargo rejects "
                                + "the Freight (no subscription of its Warehouse matches the chart)",
                        Fix.of("rename registryURL to repoURL", new Fix.RenameKey(p, "repoURL")));
            }
        }
    }

    private static void secret(ValidationContext ctx, Entry e, Secret s) {
        for (String field : List.of("data", "stringData")) {
            boolean has = field.equals("data") ? s.data().containsKey("sshPrivateKey")
                    : s.stringData().containsKey("sshPrivateKey");
            if (has) {
                ctx.report(LegacyRules.SSH_PRIVATE_KEY, e, JsonPath.ROOT.key(field).key("sshPrivateKey"),
                        "Secret \"" + s.name() + "\" holds Git credentials under the key sshPrivateKey; SSH "
                                + "credentials are deprecated since Kargo v1.10 and will stop working in v1.13",
                        "switch the repository to an HTTPS URL and store username and password (a personal access "
                                + "token) in the Secret, or GitHub App keys (githubAppClientID, "
                                + "githubAppInstallationID, githubAppPrivateKey)");
            }
        }
    }
}
