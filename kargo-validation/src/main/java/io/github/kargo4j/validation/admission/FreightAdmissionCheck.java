package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kargo's webhook rules for Freight: at least one artifact (F1) and aliases unique in a namespace (F2). */
public final class FreightAdmissionCheck implements Check {

    /** Creates the check. */
    public FreightAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.FREIGHT_WITHOUT_ARTIFACTS, AdmissionRules.DUPLICATE_FREIGHT_ALIAS);
    }

    @Override
    public void run(ValidationContext ctx) {
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
}
