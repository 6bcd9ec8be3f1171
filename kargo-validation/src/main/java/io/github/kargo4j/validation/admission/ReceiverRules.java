package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.common.LabelSelector;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.project.GenericWebhookAction;
import io.github.kargo4j.model.project.GenericWebhookReceiverConfig;
import io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria;
import io.github.kargo4j.model.project.WebhookReceiverConfig;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The webhook receiver rules shared by ProjectConfig and ClusterConfig (P6, P7, P8). */
final class ReceiverRules {

    private ReceiverRules() {
    }

    static void check(ValidationContext ctx, Entry e, JsonPath path, List<WebhookReceiverConfig> receivers) {
        String who = StepRules.describe(e.resource());
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < receivers.size(); i++) {
            WebhookReceiverConfig r = receivers.get(i);
            JsonPath p = path.index(i);
            Integer first = names.putIfAbsent(r.name(), i);
            if (first != null) {
                ctx.report(AdmissionRules.DUPLICATE_RECEIVER_NAME, e, p.key("name"),
                        who + ": webhook receivers " + (first + 1) + " and " + (i + 1) + " are both named \""
                                + r.name() + "\"; Kargo rejects it: \"webhook receiver name already defined at "
                                + path.index(first) + "\"",
                        "give each receiver its own name; the name is part of the receiver's URL");
            }
            List<String> types = types(r);
            if (types.size() > 1) {
                ctx.report(AdmissionRules.MULTIPLE_RECEIVER_TYPES, e, p,
                        who + ": webhook receiver \"" + r.name() + "\" configures " + types.size()
                                + " providers; Kargo rejects it: \"cannot define a receiver that is of more than "
                                + "one type, found " + types.size() + ": [" + String.join(" ", types) + "]\"",
                        "split it into one receiver per provider, each with its own name and secretRef");
            }
            r.generic().ifPresent(g -> generic(ctx, e, who, r.name(), g, p.key("generic")));
        }
    }

    /** The provider blocks Kargo counts, in its order and spelling (Harbor is not counted by Kargo). */
    private static List<String> types(WebhookReceiverConfig r) {
        List<String> out = new ArrayList<>();
        r.bitbucket().ifPresent(x -> out.add("Bitbucket"));
        r.dockerhub().ifPresent(x -> out.add("DockerHub"));
        r.github().ifPresent(x -> out.add("GitHub"));
        r.gitlab().ifPresent(x -> out.add("GitLab"));
        r.quay().ifPresent(x -> out.add("Quay"));
        r.artifactory().ifPresent(x -> out.add("Artifactory"));
        r.azure().ifPresent(x -> out.add("Azure"));
        r.gitea().ifPresent(x -> out.add("Gitea"));
        r.generic().ifPresent(x -> out.add("Generic"));
        return out;
    }

    private static void generic(ValidationContext ctx, Entry e, String who, String receiver,
                                GenericWebhookReceiverConfig g, JsonPath p) {
        List<GenericWebhookAction> actions = g.actions();
        for (int a = 0; a < actions.size(); a++) {
            List<GenericWebhookTargetSelectionCriteria> targets = actions.get(a).targetSelectionCriteria();
            for (int t = 0; t < targets.size(); t++) {
                GenericWebhookTargetSelectionCriteria c = targets.get(t);
                boolean name = c.name().filter(n -> !n.isEmpty()).isPresent();
                boolean labels = c.labelSelector().map(ReceiverRules::nonEmpty).orElse(false);
                boolean index = c.indexSelector().map(s -> !s.matchIndices().isEmpty()).orElse(false);
                if (!name && !labels && !index) {
                    ctx.report(AdmissionRules.GENERIC_TARGET_CRITERIA, e,
                            p.key("actions").index(a).key("targetSelectionCriteria").index(t),
                            who + ": target " + (t + 1) + " of action " + (a + 1) + " of generic webhook receiver \""
                                    + receiver + "\" selects nothing; Kargo rejects it: \"at least one of name, "
                                    + "labelSelector, or indexSelector must be specified for target\"",
                            "add name: <Warehouse> (may be an expression over the request), a labelSelector with "
                                    + "matchLabels or matchExpressions, or an indexSelector with matchIndices");
                }
            }
        }
    }

    private static boolean nonEmpty(LabelSelector s) {
        return !s.matchLabels().isEmpty() || !s.matchExpressions().isEmpty();
    }
}
