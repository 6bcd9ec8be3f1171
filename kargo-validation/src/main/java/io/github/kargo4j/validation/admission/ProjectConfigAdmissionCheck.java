package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.project.AutoRollbackConfig;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.project.StageNamePattern;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kargo's admission rules for ProjectConfigs: the name is the namespace (P1), each promotion policy sets one of
 * {@code stage} and {@code stageSelector} (CRD rule), name patterns have a known prefix (P3) and compile (P4), exact
 * names are not repeated (P5), auto-rollback lists hold no duplicate (list type set), and the webhook receiver rules
 * (P6 to P8).
 */
public final class ProjectConfigAdmissionCheck implements Check {

    private static final JsonPath SPEC = JsonPath.ROOT.key("spec");
    private static final JsonPath POLICIES = SPEC.key("promotionPolicies");
    private static final Set<String> PREFIXES = Set.of("regex", "regexp", "glob");

    /** Creates the check. */
    public ProjectConfigAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.PROJECT_CONFIG_NAME, AdmissionRules.POLICY_STAGE_OR_SELECTOR,
                AdmissionRules.INVALID_PATTERN_IDENTIFIER, AdmissionRules.INVALID_STAGE_PATTERN,
                AdmissionRules.DUPLICATE_POLICY_STAGE, AdmissionRules.AUTO_ROLLBACK_DUPLICATE,
                AdmissionRules.DUPLICATE_RECEIVER_NAME, AdmissionRules.MULTIPLE_RECEIVER_TYPES,
                AdmissionRules.GENERIC_TARGET_CRITERIA);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entriesOf(ProjectConfig.class)) {
            ProjectConfig pc = (ProjectConfig) e.resource();
            String who = StepRules.describe(pc);
            String ns = pc.namespace();
            String name = pc.name();
            if (!ns.isEmpty() && !name.isEmpty() && !name.equals(ns)) {
                ctx.report(AdmissionRules.PROJECT_CONFIG_NAME, e, JsonPath.ROOT.key("metadata").key("name"),
                        who + " is in namespace \"" + ns + "\" but named \"" + name + "\"; Kargo rejects it: "
                                + "\"name \\\"" + name + "\\\" must match project name \\\"" + ns + "\\\"\"",
                        "rename it to \"" + ns + "\": a Project has exactly one ProjectConfig, named like the "
                                + "Project and its namespace");
            }
            policies(ctx, e, who, pc.promotionPolicies());
            if (pc.spec().isPresent()) {
                ReceiverRules.check(ctx, e, SPEC.key("webhookReceivers"), pc.spec().get().webhookReceivers());
            }
        }
    }

    private static void policies(ValidationContext ctx, Entry e, String who, List<PromotionPolicy> policies) {
        Map<String, Integer> exact = new HashMap<>();
        for (int i = 0; i < policies.size(); i++) {
            PromotionPolicy policy = policies.get(i);
            JsonPath p = POLICIES.index(i);
            boolean stage = policy.stage().isPresent();
            boolean selector = policy.stageSelector().isPresent();
            if (stage == selector) {
                ctx.report(AdmissionRules.POLICY_STAGE_OR_SELECTOR, e, p,
                        who + ": promotion policy " + (i + 1) + (stage ? " sets both stage (\"" + policy.stage().get()
                                + "\") and stageSelector" : " sets neither stage nor stageSelector")
                                + "; the API server rejects it: \"PromotionPolicy must have exactly one of stage "
                                + "or stageSelector set\"",
                        stage ? "keep only stageSelector (stage is deprecated): stageSelector: {name: "
                                + policy.stage().get() + "}"
                                : "add stageSelector: {name: <stage>} (or a pattern, or a label selector); "
                                        + "stageSelector: {} selects every Stage");
            }
            autoRollback(ctx, e, who, i, policy, p.key("autoRollback"));
            String text;
            JsonPath namePath;
            if (selector) {
                text = policy.stageSelector().isPresent() ? policy.stageSelector().get().name().orElse("") : "";
                namePath = p.key("stageSelector").key("name");
            } else {
                text = policy.stage().orElse("");
                namePath = p.key("stage");
            }
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon >= 0) {
                pattern(ctx, e, who, i, text, colon, namePath);
                continue;
            }
            Integer first = exact.putIfAbsent(text, i);
            if (first != null) {
                ctx.report(AdmissionRules.DUPLICATE_POLICY_STAGE, e, p,
                        who + ": promotion policies " + (first + 1) + " and " + (i + 1) + " both select Stage \""
                                + text + "\" by exact name; Kargo rejects it: \"stage name already defined at "
                                + POLICIES.index(first) + "\"",
                        "keep one policy per Stage name; only the first matching policy ever applies");
            }
        }
    }

    private static void pattern(ValidationContext ctx, Entry e, String who, int i, String text, int colon,
                                JsonPath namePath) {
        String prefix = text.substring(0, colon);
        if (!PREFIXES.contains(prefix)) {
            ctx.report(AdmissionRules.INVALID_PATTERN_IDENTIFIER, e, namePath,
                    who + ": promotion policy " + (i + 1) + " selects Stages by \"" + text + "\", whose prefix \""
                            + prefix + ":\" is not a pattern kind; Kargo rejects it: \"invalid pattern identifier "
                            + "\\\"" + prefix + "\\\": must be \\\"regex\\\", \\\"regexp\\\" or \\\"glob\\\"\"",
                    "use regex:<expression>, regexp:<expression> or glob:<pattern>; a Stage name cannot contain ':'");
            return;
        }
        try {
            StageNamePattern.parse(text);
        } catch (RuntimeException ex) {
            ctx.report(AdmissionRules.INVALID_STAGE_PATTERN, e, namePath,
                    who + ": the Stage name pattern \"" + text + "\" of promotion policy " + (i + 1)
                            + " does not compile (" + ex.getMessage() + "); Kargo rejects it"
                            + (prefix.equals("glob") ? ": \"syntax error in pattern\"" : ""),
                    prefix.equals("glob") ? "close every [ and {, and escape a literal *, ?, [ or { with \\"
                            : "fix the regular expression (Go RE2 syntax); escape a literal ( [ { . * + ? with \\");
        }
    }

    private static void autoRollback(ValidationContext ctx, Entry e, String who, int i, PromotionPolicy policy,
                                     JsonPath p) {
        if (policy.autoRollback().isEmpty()) {
            return;
        }
        AutoRollbackConfig ar = policy.autoRollback().get();
        duplicates(ctx, e, who, i, "onPromotion", ar.onPromotion(), p.key("onPromotion"));
        duplicates(ctx, e, who, i, "onVerification", ar.onVerification(), p.key("onVerification"));
    }

    private static void duplicates(ValidationContext ctx, Entry e, String who, int i, String field,
                                   List<String> values, JsonPath p) {
        for (int j = 1; j < values.size(); j++) {
            if (values.subList(0, j).contains(values.get(j))) {
                ctx.report(AdmissionRules.AUTO_ROLLBACK_DUPLICATE, e, p.index(j),
                        who + ": autoRollback." + field + " of promotion policy " + (i + 1) + " lists \""
                                + values.get(j) + "\" twice; the list is a set and the API server rejects it: "
                                + "\"Duplicate value: \\\"" + values.get(j) + "\\\"\"",
                        "list each phase once");
            }
        }
    }
}
