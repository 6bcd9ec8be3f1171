package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The step-list rules Kargo's webhooks share between Stage templates and (Cluster)PromotionTasks (S4, S5). */
final class StepRules {

    private static final Pattern RESERVED = Pattern.compile(PromotionStep.RESERVED_ALIAS);

    private StepRules() {
    }

    /** @return {@code Stage "dev"} */
    static String describe(KargoResource r) {
        String name = r.name();
        return r.kind() + (name.isEmpty() ? "" : " \"" + name + "\"");
    }

    /**
     * Reports duplicate aliases (compared after trimming, as Kargo does) and reserved aliases. Only explicit aliases
     * count: Kargo does not compare default aliases.
     */
    static void aliases(ValidationContext ctx, Entry entry, JsonPath stepsPath, List<PromotionStep> steps) {
        Map<String, Integer> seen = new HashMap<>();
        String who = describe(entry.resource());
        for (int i = 0; i < steps.size(); i++) {
            String alias = steps.get(i).as().orElse("").strip();
            if (alias.isEmpty()) {
                continue;
            }
            JsonPath asPath = stepsPath.index(i).key("as");
            Integer first = seen.putIfAbsent(alias, i);
            if (first != null) {
                ctx.report(AdmissionRules.DUPLICATE_STEP_ALIAS, entry, asPath,
                        who + ": step " + (i + 1) + " has the alias \"" + alias + "\", already used by step "
                                + (first + 1) + "; Kargo rejects it: \"step alias duplicates that of "
                                + stepsPath.index(first) + "\"",
                        "give every step its own alias (aliases are compared after trimming spaces), and update "
                                + "the outputs['" + alias + "'] and status('" + alias + "') references accordingly");
            }
            if (RESERVED.matcher(alias).matches()) {
                ctx.report(AdmissionRules.RESERVED_STEP_ALIAS, entry, asPath,
                        who + ": step " + (i + 1) + " has the alias \"" + alias
                                + "\", which matches the pattern ^(step|task)-\\d+$ Kargo reserves for default "
                                + "aliases; Kargo rejects it: \"step alias is reserved\"",
                        "rename the alias to something descriptive such as \"clone\" or \"update-image\" (or remove "
                                + "it to get the default alias "
                                + (steps.get(i).isTaskStep() ? "task-" : "step-") + (i + 1) + ")");
            }
        }
    }
}
