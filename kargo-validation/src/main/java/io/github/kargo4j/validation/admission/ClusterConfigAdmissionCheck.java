package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.cluster.ClusterConfig;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;

/** Kargo's admission rules for the ClusterConfig: named {@code cluster}, and the webhook receiver rules (P6-P8). */
public final class ClusterConfigAdmissionCheck implements Check {

    /** Creates the check. */
    public ClusterConfigAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.CLUSTER_CONFIG_NAME, AdmissionRules.DUPLICATE_RECEIVER_NAME,
                AdmissionRules.MULTIPLE_RECEIVER_TYPES, AdmissionRules.GENERIC_TARGET_CRITERIA);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entriesOf(ClusterConfig.class)) {
            ClusterConfig cc = (ClusterConfig) e.resource();
            String name = cc.name();
            if (!name.isEmpty() && !name.equals(ClusterConfig.REQUIRED_NAME)) {
                ctx.report(AdmissionRules.CLUSTER_CONFIG_NAME, e, JsonPath.ROOT.key("metadata").key("name"),
                        "the ClusterConfig is named \"" + name + "\"; Kargo rejects it: \"name \\\"" + name
                                + "\\\" must be \\\"cluster\\\"\"",
                        "rename it to cluster: the ClusterConfig is a singleton and Kargo only reads the one named "
                                + "cluster");
            }
            cc.spec().ifPresent(s -> ReceiverRules.check(ctx, e, JsonPath.ROOT.key("spec").key("webhookReceivers"),
                    s.webhookReceivers()));
        }
    }
}
