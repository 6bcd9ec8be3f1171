package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kargo's project check: Warehouses, Stages, PromotionTasks, Freight, Promotions and ProjectConfigs are only admitted
 * in a namespace labelled {@code kargo.akuity.io/project: "true"}, which a Project of the same name creates (or
 * adopts, if already labelled).
 *
 * <p>A namespace with neither a Project nor a labelled Namespace in the set is reported when the set is complete, or
 * when the set defines other projects (then it is probably a typo); a set without any project definition is assumed to
 * be deployed into existing projects.
 */
public final class ProjectNamespaceCheck implements Check {

    private static final Set<Class<?>> PROJECT_KINDS = Set.of(Warehouse.class, Stage.class, PromotionTask.class,
            Freight.class, Promotion.class, ProjectConfig.class);

    /** Creates the check. */
    public ProjectNamespaceCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.NAMESPACE_NOT_PROJECT, AdmissionRules.NAMESPACE_NOT_LABELLED);
    }

    @Override
    public void run(ValidationContext ctx) {
        Map<String, Entry> projects = new HashMap<>();
        Map<String, Entry> namespaces = new LinkedHashMap<>();
        Map<String, Entry> firstUse = new LinkedHashMap<>();
        for (Entry e : ctx.entries()) {
            KargoResource r = e.resource();
            if (r instanceof Project) {
                projects.putIfAbsent(r.name(), e);
            } else if (r instanceof Namespace) {
                namespaces.putIfAbsent(r.name(), e);
            } else if (isProjectKind(r) && !r.namespace().isEmpty()) {
                firstUse.putIfAbsent(r.namespace(), e);
            }
        }
        for (Map.Entry<String, Entry> ns : namespaces.entrySet()) {
            Namespace n = (Namespace) ns.getValue().resource();
            if (n.isProjectNamespace()) {
                continue;
            }
            boolean project = projects.containsKey(ns.getKey());
            Entry use = firstUse.get(ns.getKey());
            if (!project && use == null) {
                continue;
            }
            String labelValue = n.metadata().labels().get(Namespace.PROJECT_LABEL);
            String state = labelValue == null ? "lacks the label " + Namespace.PROJECT_LABEL + ": \"true\""
                    : "has " + Namespace.PROJECT_LABEL + ": \"" + labelValue + "\" instead of \"true\"";
            String message = project
                    ? "Namespace \"" + ns.getKey() + "\" " + state + ", and Project \"" + ns.getKey()
                            + "\" would adopt it; Kargo refuses the Project: \"failed to initialize Project \\\""
                            + ns.getKey() + "\\\" because namespace \\\"" + ns.getKey() + "\\\" already exists and "
                            + "is not labeled as a Project namespace\""
                    : "Namespace \"" + ns.getKey() + "\" " + state + " but holds " + StepRules.describe(
                            use.resource()) + "; Kargo rejects Kargo resources there: \"namespace \\\""
                            + ns.getKey() + "\\\" is not a project\"";
            ctx.report(AdmissionRules.NAMESPACE_NOT_LABELLED, ns.getValue(),
                    JsonPath.ROOT.key("metadata").key("labels"), message,
                    "add the label " + Namespace.PROJECT_LABEL + ": \"true\" to the Namespace (Kargo adopts "
                            + "labelled namespaces), or remove the Namespace and let the Project create it");
        }
        boolean definesProjects = !projects.isEmpty();
        for (Entry e : namespaces.values()) {
            definesProjects |= ((Namespace) e.resource()).isProjectNamespace();
        }
        if (!ctx.complete() && !definesProjects) {
            return;
        }
        for (Map.Entry<String, Entry> use : firstUse.entrySet()) {
            String ns = use.getKey();
            if (projects.containsKey(ns) || namespaces.containsKey(ns)) {
                continue;
            }
            Entry e = use.getValue();
            ctx.report(AdmissionRules.NAMESPACE_NOT_PROJECT, e, JsonPath.ROOT.key("metadata").key("namespace"),
                    StepRules.describe(e.resource()) + " is in namespace \"" + ns + "\", but the set has no Project \""
                            + ns + "\" and no Namespace \"" + ns + "\" labelled " + Namespace.PROJECT_LABEL
                            + ": \"true\"; unless one exists in the cluster, Kargo rejects every Kargo resource "
                            + "there: \"namespace \\\"" + ns + "\\\" is not a project\" (reported once per "
                            + "namespace)",
                    "add a Project named \"" + ns + "\" (apiVersion kargo.akuity.io/v1alpha1, kind Project, "
                            + "metadata.name " + ns + "), or check the namespace for a typo");
        }
    }

    private static boolean isProjectKind(KargoResource r) {
        for (Class<?> c : PROJECT_KINDS) {
            if (c.isInstance(r)) {
                return true;
            }
        }
        return false;
    }
}
