package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legacy project configuration: a Project {@code spec} (promotion policies and webhook receivers moved to the
 * ProjectConfig in Kargo v1.5 and the spec was removed in v1.7), and the deprecated policy {@code stage} field.
 */
public final class ProjectLegacyCheck implements Check {

    /** Creates the check. */
    public ProjectLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.PROJECT_SPEC, LegacyRules.POLICY_STAGE);
    }

    @Override
    public void run(ValidationContext ctx) {
        Set<String> configs = new HashSet<>();
        for (Entry e : ctx.entriesOf(ProjectConfig.class)) {
            configs.add(e.resource().namespace());
            List<PromotionPolicy> policies = ((ProjectConfig) e.resource()).promotionPolicies();
            for (int i = 0; i < policies.size(); i++) {
                PromotionPolicy p = policies.get(i);
                if (p.stage().isEmpty()) {
                    continue;
                }
                String stage = p.stage().get();
                ctx.report(LegacyRules.POLICY_STAGE, e, JsonPath.ROOT.key("spec").key("promotionPolicies").index(i)
                                .key("stage"),
                        "ProjectConfig \"" + e.resource().name() + "\": promotion policy " + (i + 1) + " names Stage \""
                                + stage + "\" with stage, deprecated since Kargo v1.5 (still accepted, to be "
                                + "removed)",
                        p.stageSelector().isPresent() ? "remove stage: the policy also has a stageSelector, and "
                                + "setting both is rejected"
                                : "replace stage: " + FlowYaml.scalar(stage) + " with stageSelector: {name: "
                                        + FlowYaml.scalar(stage) + "} (same exact-name match)");
            }
        }
        for (Entry e : ctx.entriesOf(Project.class)) {
            Project project = (Project) e.resource();
            project.legacySpec().ifPresent(spec -> projectSpec(ctx, e, project, spec,
                    configs.contains(project.name())));
        }
    }

    private static void projectSpec(ValidationContext ctx, Entry e, Project project, JsonValue spec,
                                    boolean hasConfig) {
        JsonObject s = Json.obj(spec);
        String name = project.name();
        List<JsonValue> policies = Json.items(s.getOrNull("promotionPolicies"));
        List<JsonValue> receivers = Json.items(s.getOrNull("webhookReceivers"));
        StringBuilder what = new StringBuilder();
        if (!policies.isEmpty()) {
            what.append(policies.size()).append(" promotion polic").append(policies.size() == 1 ? "y" : "ies");
        }
        if (!receivers.isEmpty()) {
            what.append(what.length() > 0 ? " and " : "").append(receivers.size()).append(" webhook receiver")
                    .append(receivers.size() == 1 ? "" : "s");
        }
        String lost = policies.isEmpty() ? "" : ", so auto-promotion stays off for every Stage of the project";
        JsonObject.Builder newSpec = JsonObject.builder();
        if (!policies.isEmpty()) {
            JsonArray.Builder converted = JsonArray.builder();
            for (JsonValue p : policies) {
                converted.add(convertPolicy(Json.obj(p)));
            }
            newSpec.put("promotionPolicies", converted.build());
        }
        if (!receivers.isEmpty()) {
            newSpec.put("webhookReceivers", s.getOrNull("webhookReceivers"));
        }
        JsonObject config = JsonObject.builder()
                .put("apiVersion", "kargo.akuity.io/v1alpha1").put("kind", "ProjectConfig")
                .put("metadata", JsonObject.builder().put("name", name).put("namespace", name).build())
                .put("spec", newSpec.build()).build();
        ctx.report(LegacyRules.PROJECT_SPEC, e, JsonPath.ROOT.key("spec"),
                "Project \"" + name + "\" has a spec" + (what.length() > 0 ? " (" + what + ")" : "")
                        + ", deprecated in Kargo v1.5 and removed in v1.7: the API server drops it" + lost,
                (hasConfig ? "move these settings into the existing ProjectConfig \"" + name + "\" (policy stage: "
                        + "<name> becomes stageSelector: {name: <name>})"
                        : "move them into a ProjectConfig named like the project: " + FlowYaml.write(config))
                        + ", and delete the Project's spec");
    }

    private static JsonObject convertPolicy(JsonObject p) {
        JsonObject.Builder b = JsonObject.builder();
        String stage = Json.str(p, "stage");
        if (!stage.isEmpty() && !p.containsKey("stageSelector")) {
            b.put("stageSelector", JsonObject.builder().put("name", stage).build());
        }
        for (Map.Entry<String, JsonValue> en : p.entries()) {
            if (!en.getKey().equals("stage")) {
                b.put(en.getKey(), en.getValue());
            }
        }
        return b.build();
    }
}
