package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        Map<String, JsonValue> configs = new HashMap<>();
        for (Entry e : ctx.entriesOf(ProjectConfig.class)) {
            configs.putIfAbsent(e.resource().namespace(), Json.obj(Json.tree(e).getOrNull("spec")));
            List<PromotionPolicy> policies = ((ProjectConfig) e.resource()).promotionPolicies();
            for (int i = 0; i < policies.size(); i++) {
                PromotionPolicy p = policies.get(i);
                if (p.stage().isEmpty()) {
                    continue;
                }
                String stage = p.stage().get();
                Reports.report(ctx, LegacyRules.POLICY_STAGE, e, JsonPath.ROOT.key("spec").key("promotionPolicies").index(i)
                                .key("stage"),
                        "ProjectConfig \"" + e.resource().name() + "\": promotion policy " + (i + 1) + " names Stage \""
                                + stage + "\" with stage, deprecated since Kargo v1.5 (still accepted, to be "
                                + "removed)",
                        p.stageSelector().isPresent() ? "remove stage or stageSelector: the policy has both, and "
                                + "setting both is rejected"
                                : Fix.of("select the Stage with stageSelector (same exact-name match)",
                                new Fix.ReplacePair(JsonPath.ROOT.key("spec").key("promotionPolicies").index(i)
                                        .key("stage"), "stageSelector", JsonObject.builder().put("name", stage)
                                        .build())));
            }
        }
        for (Entry e : ctx.entriesOf(Project.class)) {
            Project project = (Project) e.resource();
            Optional<JsonValue> legacySpec = project.legacySpec();
            if (legacySpec.isPresent()) {
                projectSpec(ctx, e, project, legacySpec.get(), configs.get(project.name()));
            }
        }
    }

    private static void projectSpec(ValidationContext ctx, Entry e, Project project, JsonValue spec,
                                    JsonValue existingConfig) {
        boolean hasConfig = existingConfig != null;
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
        JsonObject newSpec = convertSpec(s);
        JsonObject config = JsonObject.builder()
                .put("apiVersion", "kargo.akuity.io/v1alpha1").put("kind", "ProjectConfig")
                .put("metadata", JsonObject.builder().put("name", name).put("namespace", name).build())
                .put("spec", newSpec == null ? s : newSpec).build();
        JsonPath at = JsonPath.ROOT.key("spec");
        String message = "Project \"" + name + "\" has a spec" + (what.length() > 0 ? " (" + what + ")" : "")
                + ", deprecated in Kargo v1.5 and removed in v1.7: the API server drops it" + lost;
        boolean empty = spec instanceof JsonNull || (spec instanceof JsonObject o && o.isEmpty());
        Object remedy;
        if (empty) {
            remedy = Fix.of("delete the empty spec", new Fix.Remove(at));
        } else if (hasConfig) {
            remedy = existingConfig.equals(newSpec) ? Fix.of("delete the Project's spec: ProjectConfig \"" + name
                    + "\" already holds the same settings", new Fix.Remove(at))
                    : "move these settings into the existing ProjectConfig \"" + name + "\" (policy stage: <name> "
                    + "becomes stageSelector: {name: <name>}), and delete the Project's spec";
        } else if (newSpec == null || name.isEmpty() || !(spec instanceof JsonObject)) {
            remedy = "move them into a ProjectConfig named like the project: " + FlowYaml.write(config)
                    + " (a policy may set stage or stageSelector, not both), and delete the Project's spec";
        } else {
            boolean json = e.manifest().isPresent()
                    && e.manifest().get().location().source().toLowerCase(Locale.ROOT).endsWith(".json");
            String file = json ? "projectconfig.json" : "projectconfig.yaml";
            remedy = new Fix("move the settings into a ProjectConfig named like the project, and delete the Project's "
                    + "spec", List.of(new Fix.CreateResource(file, config), new Fix.Remove(at)));
        }
        Reports.report(ctx, LegacyRules.PROJECT_SPEC, e, at, message, remedy);
    }

    /** @return the spec with each policy's stage: X replaced in place by stageSelector: {name: X}, or null */
    private static JsonObject convertSpec(JsonObject spec) {
        JsonObject.Builder out = JsonObject.builder();
        for (int k = 0; k < spec.size(); k++) {
            String key = spec.keyAt(k);
            JsonValue value = spec.valueAt(k);
            if (!key.equals("promotionPolicies") || !(value instanceof JsonArray policies)) {
                out.put(key, value);
                continue;
            }
            JsonArray.Builder list = JsonArray.builder();
            for (JsonValue v : policies.items()) {
                JsonObject policy = Json.obj(v);
                if (!policy.containsKey("stage")) {
                    list.add(v);
                    continue;
                }
                if (policy.containsKey("stageSelector") || !(policy.getOrNull("stage") instanceof JsonString st)) {
                    return null;
                }
                JsonObject.Builder b = JsonObject.builder();
                for (int i = 0; i < policy.size(); i++) {
                    b.put(policy.keyAt(i).equals("stage") ? "stageSelector" : policy.keyAt(i),
                            policy.keyAt(i).equals("stage") ? JsonObject.builder().put("name", st.value()).build()
                                    : policy.valueAt(i));
                }
                list.add(b.build());
            }
            out.put(key, list.build());
        }
        return out.build();
    }

}
