package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.project.PromotionPolicySelector;
import io.github.kargo4j.model.project.StageNamePattern;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.SelectionPolicy;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The promotion policies of each project's ProjectConfig against its Stages (kargo-api.md §3.2): policies that
 * select no Stage ({@code KG007}), policies shadowed by earlier ones ({@code KG008}, first match wins), and Stages
 * whose auto-promotion follows whichever of several upstream Stages verifies first ({@code KG009}).
 *
 * <p>Cost: one pass over the Stages per policy with a pattern or label selector; exact-name policies are looked
 * up by name.
 */
final class PromotionPolicyRules {

    private PromotionPolicyRules() {
    }

    /**
     * @param context where to report
     * @param project one project's resources
     */
    static void check(ValidationContext context, ProjectIndex project) {
        Optional<Entry> config = project.projectConfig();
        if (config.isPresent()) {
            new Run(context, project, config.get()).run();
        }
    }

    /** A policy's selector, parsed once. */
    private static final class Selector {
        final PromotionPolicySelector selector;
        final StageNamePattern name;
        /** The label part alone, or null when there are no label requirements. */
        final PromotionPolicySelector labels;
        final boolean valid;

        Selector(PromotionPolicySelector selector) {
            this.selector = selector;
            StageNamePattern n = null;
            PromotionPolicySelector l = null;
            boolean ok;
            try {
                n = selector.namePattern().orElse(null);
                if (!selector.matchLabels().isEmpty() || !selector.matchExpressions().isEmpty()) {
                    l = selector.withName(Optional.empty());
                    l.matches("", Map.of());
                }
                ok = true;
            } catch (RuntimeException e) {
                ok = false;
            }
            this.name = n;
            this.labels = l;
            this.valid = ok;
        }

        boolean universal() {
            return name == null && labels == null;
        }

        /** @return the exact name when the selector is nothing but an exact name, else null */
        String exactName() {
            return labels == null && name != null && name.kind() == StageNamePattern.Kind.EXACT ? name.source() : null;
        }

        boolean matches(Stage stage) {
            if (name != null && !name.matches(stage.name())) {
                return false;
            }
            return labels == null || labels.matches(stage.name(), stage.metadata().labels());
        }
    }

    private static final class Run {
        private final ValidationContext context;
        private final ProjectIndex project;
        private final Entry configEntry;
        private final List<PromotionPolicy> policies;
        private final Selector[] selectors;
        /** For each pattern or label policy, the Stages it selects (null for exact-name and invalid policies). */
        private final BitSet[] matchSets;
        /** For each Stage, the index of the first policy that matches it, or -1. */
        private final int[] first;

        Run(ValidationContext context, ProjectIndex project, Entry configEntry) {
            this.context = context;
            this.project = project;
            this.configEntry = configEntry;
            this.policies = ((ProjectConfig) configEntry.resource()).promotionPolicies();
            this.selectors = new Selector[policies.size()];
            for (int i = 0; i < selectors.length; i++) {
                selectors[i] = new Selector(policies.get(i).effectiveSelector());
            }
            this.matchSets = new BitSet[policies.size()];
            this.first = firstMatches();
        }

        /**
         * Evaluates each pattern or label policy once against every Stage (exact-name policies are looked up by
         * name instead), then picks each Stage's first matching policy.
         */
        private int[] firstMatches() {
            Map<String, Integer> exactFirst = new HashMap<>();
            List<Integer> general = new ArrayList<>();
            int stageCount = project.stages.size();
            for (int i = 0; i < selectors.length; i++) {
                if (!selectors[i].valid) {
                    continue;
                }
                String exact = selectors[i].exactName();
                if (exact != null) {
                    exactFirst.putIfAbsent(exact, i);
                } else {
                    general.add(i);
                    BitSet set = new BitSet(stageCount);
                    for (int s = 0; s < stageCount; s++) {
                        if (selectors[i].matches(project.stages.get(s))) {
                            set.set(s);
                        }
                    }
                    matchSets[i] = set;
                }
            }
            int[] out = new int[stageCount];
            for (int s = 0; s < out.length; s++) {
                int best = exactFirst.getOrDefault(project.stages.get(s).name(), Integer.MAX_VALUE);
                for (int g : general) {
                    if (g > best) {
                        break;
                    }
                    if (matchSets[g].get(s)) {
                        best = g;
                        break;
                    }
                }
                out[s] = best == Integer.MAX_VALUE ? -1 : best;
            }
            return out;
        }

        void run() {
            policies();
            autoPromotion();
        }

        /** KG007 and KG008. */
        private void policies() {
            Map<PromotionPolicySelector, Integer> firstWithSelector = new HashMap<>();
            int firstUniversal = -1;
            for (int i = 0; i < selectors.length; i++) {
                Selector sel = selectors[i];
                if (!sel.valid) {
                    continue;
                }
                int staticShadow = firstUniversal >= 0 ? firstUniversal
                        : firstWithSelector.getOrDefault(sel.selector, -1);
                firstWithSelector.putIfAbsent(sel.selector, i);
                if (sel.universal() && firstUniversal < 0) {
                    firstUniversal = i;
                }

                int[] matched = matched(i);
                boolean applies = false;
                Set<Integer> shadowers = new TreeSet<>();
                for (int s : matched) {
                    if (first[s] == i) {
                        applies = true;
                        break;
                    }
                    shadowers.add(first[s]);
                }
                if (staticShadow >= 0 && !applies) {
                    shadowedStatically(i, staticShadow);
                } else if (matched.length == 0) {
                    if (!project.stages.isEmpty() || context.complete()) {
                        selectsNothing(i);
                    }
                } else if (!applies) {
                    shadowed(i, matched, shadowers);
                }
            }
        }

        /** @return the Stages policy {@code i} selects, in input order */
        private int[] matched(int i) {
            String exact = selectors[i].exactName();
            if (exact != null) {
                Integer s = project.stageByName.get(exact);
                return s == null ? new int[0] : new int[] {s};
            }
            return matchSets[i].stream().toArray();
        }

        private JsonPath policyPath(int i) {
            return JsonPath.ROOT.key("spec").key("promotionPolicies").index(i);
        }

        private JsonPath selectorPath(int i) {
            PromotionPolicy p = policies.get(i);
            return policyPath(i).key(p.stageSelector().isPresent() || p.stage().isEmpty() ? "stageSelector" : "stage");
        }

        private String describe(int i) {
            PromotionPolicy p = policies.get(i);
            String at = "promotionPolicies[" + i + "] ";
            if (p.stageSelector().isEmpty() && p.stage().isPresent()) {
                return at + "(stage " + Names.q(p.stage().get()) + ")";
            }
            PromotionPolicySelector s = selectors[i].selector;
            List<String> parts = new ArrayList<>();
            s.name().filter(n -> !n.isEmpty()).ifPresent(n -> parts.add("name " + n));
            if (!s.matchLabels().isEmpty()) {
                List<String> labels = new ArrayList<>();
                s.matchLabels().forEach((k, v) -> labels.add(k + "=" + v));
                parts.add("matchLabels " + String.join(",", labels));
            }
            if (!s.matchExpressions().isEmpty()) {
                parts.add(s.matchExpressions().size() + " matchExpressions");
            }
            return parts.isEmpty() ? at + "(empty stageSelector, which matches every Stage)"
                    : at + "(stageSelector " + String.join(", ", parts) + ")";
        }

        private String autoNote(int i) {
            return policies.get(i).isAutoPromotionEnabled() ? "; its autoPromotionEnabled: true has no effect" : "";
        }

        private void selectsNothing(int i) {
            Selector sel = selectors[i];
            String exact = sel.exactName();
            String where = project.projectName();
            String suggestion = "";
            if (exact != null) {
                suggestion = new Names.Suggester(project.stageByName.keySet(), 1_000_000).didYouMean(exact);
            }
            List<String> names = new ArrayList<>(project.stageByName.keySet());
            names.sort(null);
            context.report(GraphRules.POLICY_SELECTS_NO_STAGE, configEntry, selectorPath(i),
                    describe(i) + " selects no Stage of project " + where + suggestion + autoNote(i),
                    names.isEmpty() ? "add the Stages this policy is for, or remove the policy"
                            : "correct the selector or remove the policy; the Stages of project " + where + " are "
                            + Names.list(names));
        }

        private void shadowedStatically(int i, int earlier) {
            String why = selectors[earlier].universal() ? ", which matches every Stage" : " with the same selector";
            context.report(GraphRules.POLICY_SHADOWED, configEntry, policyPath(i),
                    describe(i) + " never applies: it comes after " + describe(earlier) + why
                            + ", and Kargo uses only the first policy that matches a Stage" + autoNote(i),
                    "remove this policy, or move it before promotionPolicies[" + earlier + "] and narrow that one");
        }

        private void shadowed(int i, int[] matched, Set<Integer> shadowers) {
            Set<String> stageNames = new LinkedHashSet<>();
            for (int s : matched) {
                stageNames.add(project.stages.get(s).name());
            }
            List<String> earlier = new ArrayList<>();
            for (int j : shadowers) {
                earlier.add(describe(j));
            }
            String differs = "";
            for (int j : shadowers) {
                if (policies.get(j).isAutoPromotionEnabled() != policies.get(i).isAutoPromotionEnabled()) {
                    differs = "; its autoPromotionEnabled: " + policies.get(i).isAutoPromotionEnabled()
                            + " is ignored for them";
                    break;
                }
            }
            context.report(GraphRules.POLICY_SHADOWED, configEntry, policyPath(i),
                    describe(i) + " never applies: every Stage it selects (" + Names.list(stageNames)
                            + ") is already selected by " + String.join(" or ", earlier)
                            + ", and Kargo uses only the first policy that matches a Stage" + differs,
                    "move this policy before the earlier one, narrow the earlier selector, or remove this policy");
        }

        /** KG009. */
        private void autoPromotion() {
            for (int s = 0; s < project.stages.size(); s++) {
                Stage stage = project.stages.get(s);
                if (first[s] < 0 || !policies.get(first[s]).isAutoPromotionEnabled() || stage.isControlFlow()) {
                    continue;
                }
                List<FreightRequest> requests = stage.spec().requestedFreight();
                for (int r = 0; r < requests.size(); r++) {
                    FreightSources sources = requests.get(r).sources();
                    Set<String> upstreams = new LinkedHashSet<>(sources.stages());
                    if (sources.isDirect() || upstreams.size() < 2
                            || sources.effectiveAvailabilityStrategy() != AvailabilityStrategy.ONE_OF
                            || sources.effectiveSelectionPolicy() != SelectionPolicy.NEWEST_FREIGHT) {
                        continue;
                    }
                    String name = Names.q(stage.name());
                    String warehouse = Names.q(requests.get(r).origin().name());
                    List<String> ups = new ArrayList<>(upstreams);
                    context.report(GraphRules.AMBIGUOUS_AUTO_PROMOTION, project.stageEntries.get(s),
                            StageGraphRules.requestPath(r).key("sources"),
                            "Stage " + name + " auto-promotes the newest Freight of Warehouse " + warehouse
                                    + " verified in any one of its upstream Stages " + Names.list(ups)
                                    + " (availabilityStrategy OneOf, selectionPolicy NewestFreight; auto-promotion"
                                    + " enabled by promotionPolicies[" + first[s] + "]): whichever upstream"
                                    + " verifies a Freight first sends it on, so"
                                    + " Freight that failed verification in " + Names.q(ups.get(0))
                                    + " is still promoted once " + Names.q(ups.get(1)) + " verifies it",
                            "set availabilityStrategy: All to require verification in every upstream Stage, take"
                                    + " the Freight from a single upstream Stage, or turn auto-promotion off for "
                                    + name + " in the ProjectConfig");
                }
            }
        }
    }
}
