package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.AnalysisTemplateKind;
import io.github.kargo4j.model.stage.AnalysisTemplateReference;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.Verification;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each Stage's verification against the analysis templates it names (kargo-api.md §6.5): templates that are not in
 * the set ({@code KG010}), template arguments that end up without a value ({@code KG011}, the AnalysisRun fails with
 * "unresolved argument"), and Stage arguments no template declares ({@code KG012}, Argo Rollouts ignores them).
 * Control-flow Stages are skipped: Kargo does not run their verification.
 */
final class VerificationRules {

    private static final JsonPath VERIFICATION = JsonPath.ROOT.key("spec").key("verification");

    private VerificationRules() {
    }

    /**
     * @param context where to report
     * @param project one project's resources
     */
    static void check(ValidationContext context, ProjectIndex project) {
        Names.Suggester templateNames = null;
        Map<List<AnalysisTemplateReference>, Resolved> resolved = new HashMap<>();
        for (int s = 0; s < project.stages.size(); s++) {
            Stage stage = project.stages.get(s);
            if (stage.spec().verification().isEmpty() || stage.isControlFlow()) {
                continue;
            }
            if (templateNames == null) {
                templateNames = new Names.Suggester(project.analysisTemplates.keySet(), 1_000_000);
            }
            Verification verification = stage.spec().verification().get();
            Resolved r = resolved.get(verification.analysisTemplates());
            if (r == null) {
                r = resolve(project, verification.analysisTemplates());
                resolved.put(verification.analysisTemplates(), r);
            }
            checkStage(context, project, project.stageEntries.get(s), stage, verification, r, templateNames);
        }
    }

    /** An argument as the templates declare it, merged by name. */
    private static final class Declared {
        final String template;
        final int templateIndex;
        boolean hasValue;

        Declared(String template, int templateIndex) {
            this.template = template;
            this.templateIndex = templateIndex;
        }
    }

    /**
     * What a list of template references resolves to; Stages often share the same list, so it is worked out once.
     *
     * @param missing  the indices of references to templates that are not in the set
     * @param unknown  whether a reference has a kind Kargo does not know
     * @param found    the names of the templates found, in order
     * @param declared the arguments they declare, merged by name
     */
    private record Resolved(List<Integer> missing, boolean unknown, List<String> found, Map<String, Declared> declared) {
        boolean allFound() {
            return missing.isEmpty() && !unknown;
        }
    }

    private static Resolved resolve(ProjectIndex project, List<AnalysisTemplateReference> refs) {
        List<Integer> missing = new ArrayList<>();
        boolean unknown = false;
        List<String> found = new ArrayList<>();
        Map<String, Declared> declared = new LinkedHashMap<>();
        for (int k = 0; k < refs.size(); k++) {
            AnalysisTemplateReference ref = refs.get(k);
            AnalysisTemplateKind kind = ref.effectiveKind();
            AnalysisTemplateSpec spec;
            if (kind == AnalysisTemplateKind.ANALYSIS_TEMPLATE) {
                var t = project.analysisTemplates.get(ref.name());
                spec = t == null ? null : t.spec();
            } else if (kind == AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE) {
                var t = project.clusterAnalysisTemplates.get(ref.name());
                spec = t == null ? null : t.spec();
            } else {
                unknown = true;
                continue;
            }
            if (spec == null) {
                missing.add(k);
                continue;
            }
            found.add(ref.name());
            int index = k;
            for (Argument arg : spec.args()) {
                Declared d = declared.get(arg.name());
                if (d == null) {
                    d = new Declared(ref.name(), index);
                    declared.put(arg.name(), d);
                }
                d.hasValue |= arg.hasValue();
            }
        }
        return new Resolved(missing, unknown, found, declared);
    }

    private static void checkStage(ValidationContext context, ProjectIndex project, Entry entry, Stage stage,
                                   Verification verification, Resolved resolved, Names.Suggester templateNames) {
        String name = Names.q(stage.name());
        List<AnalysisTemplateReference> refs = verification.analysisTemplates();
        for (int k : resolved.missing()) {
            AnalysisTemplateReference ref = refs.get(k);
            boolean cluster = ref.effectiveKind() == AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE;
            String what = (cluster ? "ClusterAnalysisTemplate " : "AnalysisTemplate ") + Names.q(ref.name());
            context.report(GraphRules.MISSING_ANALYSIS_TEMPLATE, entry,
                    VERIFICATION.key("analysisTemplates").index(k).key("name"),
                    "Stage " + name + " is verified with " + what + ", which is not in "
                            + (cluster ? "the set" : "project " + project.projectName())
                            + (cluster ? "" : templateNames.didYouMean(ref.name())),
                    "add " + what + (cluster ? "" : " to project " + project.projectName())
                            + " or correct the name; without it every verification of " + name
                            + " ends in phase Error");
        }

        Map<String, Declared> declared = resolved.declared();
        List<AnalysisRunArgument> args = verification.args();
        Set<String> passed = new HashSet<>();
        for (AnalysisRunArgument a : args) {
            passed.add(a.name());
        }
        for (Map.Entry<String, Declared> e : declared.entrySet()) {
            Declared d = e.getValue();
            if (d.hasValue || passed.contains(e.getKey())) {
                continue;
            }
            String arg = Names.q(e.getKey());
            context.report(GraphRules.ANALYSIS_ARG_MISSING, entry,
                    VERIFICATION.key("analysisTemplates").index(d.templateIndex),
                    "AnalysisTemplate " + Names.q(d.template) + " needs argument " + arg + ", which has no value or"
                            + " valueFrom there, and Stage " + name + " does not pass it in verification.args; every"
                            + " AnalysisRun of " + name + " fails (unresolved argument)",
                    "add {name: " + arg + ", value: ...} to spec.verification.args of Stage " + name
                            + ", or give the argument a value in the template");
        }

        if (!resolved.allFound()) {
            return;
        }
        for (int m = 0; m < args.size(); m++) {
            String argName = args.get(m).name();
            if (declared.containsKey(argName)) {
                continue;
            }
            String arg = Names.q(argName);
            String declaredNames = declared.isEmpty() ? "none" : Names.list(new ArrayList<>(declared.keySet()));
            context.report(GraphRules.ANALYSIS_ARG_UNDECLARED, entry, VERIFICATION.key("args").index(m).key("name"),
                    "Stage " + name + " passes verification argument " + arg + ", but "
                            + (resolved.found().isEmpty() ? "it names no analysis template"
                            : "none of its analysis templates (" + Names.list(resolved.found()) + ") declares it")
                            + "; Argo Rollouts silently ignores it",
                    "use one of the declared argument names (" + declaredNames + ") or declare " + arg
                            + " in the template's spec.args");
        }
    }
}
