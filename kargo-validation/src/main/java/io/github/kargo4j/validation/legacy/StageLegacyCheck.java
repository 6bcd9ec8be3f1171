package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legacy Stage shapes: {@code spec.subscriptions} (warehouse, upstreamStages, repos), {@code spec.promotionMechanisms},
 * and the removed {@code status.phase} / {@code status.message} (also on Projects). The replacement of
 * {@code upstreamStages} names the origin Warehouse found by walking upstream, as Kargo v0.8's migration did.
 */
public final class StageLegacyCheck implements Check {

    private static final JsonPath SPEC = JsonPath.ROOT.key("spec");
    private static final JsonPath SUBSCRIPTIONS = SPEC.key("subscriptions");
    private static final JsonPath STATUS = JsonPath.ROOT.key("status");

    /** Creates the check. */
    public StageLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.STAGE_SUBSCRIPTION_WAREHOUSE, LegacyRules.STAGE_SUBSCRIPTION_UPSTREAM,
                LegacyRules.STAGE_SUBSCRIPTION_REPOS, LegacyRules.STAGE_PROMOTION_MECHANISMS,
                LegacyRules.STATUS_PHASE);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (List<Entry> group : ctx.byNamespace().values()) {
            Map<String, Stage> stages = new LinkedHashMap<>();
            List<Entry> entries = new ArrayList<>();
            for (Entry e : group) {
                if (e.resource() instanceof Stage s) {
                    stages.putIfAbsent(s.name(), s);
                    entries.add(e);
                }
            }
            Origins origins = new Origins(stages);
            for (Entry e : entries) {
                Stage s = (Stage) e.resource();
                subscriptions(ctx, e, s, origins);
                mechanisms(ctx, e, s);
                s.status().ifPresent(st -> status(ctx, e, st.unknownFields()));
            }
        }
        for (Entry e : ctx.entriesOf(Project.class)) {
            ((Project) e.resource()).status().ifPresent(st -> status(ctx, e, st.unknownFields()));
        }
    }

    static String describe(Stage s) {
        return "Stage \"" + s.name() + "\"";
    }

    private static void subscriptions(ValidationContext ctx, Entry e, Stage s, Origins origins) {
        JsonObject subs = Json.obj(s.spec().unknownFields().getOrNull("subscriptions"));
        if (subs.isEmpty()) {
            return;
        }
        boolean hasRequests = !s.spec().requestedFreight().isEmpty();
        String fate = hasRequests
                ? "the API server drops it (spec.requestedFreight is what Kargo reads)"
                : "the API server drops it, and then rejects the Stage because spec.requestedFreight is required";
        String warehouse = Json.str(subs, "warehouse");
        if (!warehouse.isEmpty()) {
            String replacement = "requestedFreight: [{origin: {kind: Warehouse, name: " + FlowYaml.scalar(warehouse)
                    + "}, sources: {direct: true}}]";
            ctx.report(LegacyRules.STAGE_SUBSCRIPTION_WAREHOUSE, e, SUBSCRIPTIONS.key("warehouse"),
                    describe(s) + " subscribes to Warehouse \"" + warehouse + "\" with spec.subscriptions.warehouse, "
                            + "deprecated in Kargo v0.8 and removed in v0.9: " + fate,
                    hasRequests ? "check that spec.requestedFreight requests Warehouse \"" + warehouse
                            + "\" with sources.direct: true, then delete spec.subscriptions"
                            : "replace spec.subscriptions with spec." + replacement);
        }
        List<JsonValue> upstream = Json.items(subs.getOrNull("upstreamStages"));
        if (!upstream.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (JsonValue v : upstream) {
                String n = Json.str(Json.obj(v), "name");
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
            ctx.report(LegacyRules.STAGE_SUBSCRIPTION_UPSTREAM, e, SUBSCRIPTIONS.key("upstreamStages"),
                    describe(s) + " takes Freight from upstream Stages " + names + " with "
                            + "spec.subscriptions.upstreamStages, deprecated in Kargo v0.8 and removed in v0.9: "
                            + fate,
                    hasRequests ? "check that spec.requestedFreight lists " + names + " in sources.stages, then "
                            + "delete spec.subscriptions" : upstreamHint(names, origins));
        }
        if (subs.containsKey("repos")) {
            ctx.report(LegacyRules.STAGE_SUBSCRIPTION_REPOS, e, SUBSCRIPTIONS.key("repos"),
                    describe(s) + " subscribes to repositories directly with spec.subscriptions.repos, removed in "
                            + "Kargo v0.2 when Warehouses were introduced: " + fate,
                    "move the repositories into a Warehouse's spec.subscriptions (git:, image:, chart:) and request "
                            + "its Freight: spec.requestedFreight: [{origin: {kind: Warehouse, name: <warehouse>}, "
                            + "sources: {direct: true}}]");
        }
    }

    private static String upstreamHint(List<String> names, Origins origins) {
        Map<String, List<String>> byOrigin = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (String n : names) {
            Set<String> found = origins.of(n);
            if (found.isEmpty()) {
                unresolved.add(n);
                byOrigin.computeIfAbsent("<warehouse>", k -> new ArrayList<>()).add(n);
            }
            for (String w : found) {
                byOrigin.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
        }
        JsonArray.Builder requests = JsonArray.builder();
        byOrigin.forEach((w, stages) -> requests.add(JsonObject.builder()
                .put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", w).build())
                .put("sources", JsonObject.builder().put("stages", stages).build()).build()));
        StringBuilder sb = new StringBuilder("replace spec.subscriptions with spec.requestedFreight: ")
                .append(FlowYaml.write(requests.build()));
        if (byOrigin.size() > 1 && unresolved.size() < names.size()) {
            sb.append(" (one request per origin Warehouse, found by walking the upstream Stages)");
        } else if (unresolved.size() < names.size()) {
            sb.append(" (the origin Warehouse found by walking the upstream Stages)");
        }
        if (!unresolved.isEmpty()) {
            sb.append("; the origin Warehouse of ").append(unresolved)
                    .append(" could not be found in the validated set: replace <warehouse> with the Warehouse their "
                            + "Freight comes from");
        }
        return sb.toString();
    }

    private static void mechanisms(ValidationContext ctx, Entry e, Stage s) {
        JsonValue m = s.spec().unknownFields().getOrNull("promotionMechanisms");
        if (m == null) {
            return;
        }
        boolean hasSteps = !s.steps().isEmpty();
        String fate = hasSteps ? "the API server drops it; the Stage's promotionTemplate is what Kargo runs"
                : "the API server drops it, so the Stage has no promotion steps: it becomes a control-flow Stage, "
                        + "cannot be promoted to, and nothing is deployed";
        JsonArray steps = MechanismsMigration.steps(Json.obj(m));
        ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, SPEC.key("promotionMechanisms"),
                describe(s) + " describes its promotion with spec.promotionMechanisms, deprecated in Kargo v0.9 and "
                        + "removed in v1.0: " + fate,
                hasSteps ? "check that spec.promotionTemplate.spec.steps does the same work, then delete "
                        + "spec.promotionMechanisms"
                        : "replace it with spec.promotionTemplate: {spec: {steps: " + FlowYaml.write(steps)
                                + "}} (git updates become git-clone, the image/chart update steps, git-commit and "
                                + "git-push; Argo CD updates become argocd-update)");
    }

    private static void status(ValidationContext ctx, Entry e, JsonObject unknown) {
        for (String field : List.of("phase", "message")) {
            if (unknown.containsKey(field)) {
                ctx.report(LegacyRules.STATUS_PHASE, e, STATUS.key(field),
                        e.resource().kind() + " \"" + e.resource().name() + "\" has status." + field
                                + ", deprecated in Kargo v1.3 and removed in v1.5: Kargo no longer sets or reads "
                                + "it, and the API server drops it",
                        "read status.conditions instead (type Ready, Healthy, ...); status is written by Kargo, so "
                                + "remove the status block from manifests you apply");
            }
        }
    }

    /**
     * The origin Warehouses each Stage's Freight comes from, computed as Kargo v0.8 did: a Stage's own legacy
     * {@code subscriptions.warehouse} or its {@code requestedFreight} origins, otherwise the union of its upstream
     * Stages' origins. Iterative and linear in Stages plus upstream links; Stages on a cycle see the origins reached
     * before the cycle closes.
     */
    static final class Origins {
        private final UpstreamOrigins<Stage> resolver;

        Origins(Map<String, Stage> stages) {
            this.resolver = new UpstreamOrigins<>(stages, Origins::own, Origins::upstream);
        }

        Set<String> of(String stage) {
            return resolver.of(stage);
        }

        private static Set<String> own(Stage s) {
            Set<String> out = new LinkedHashSet<>();
            String w = Json.str(Json.obj(s.spec().unknownFields().getOrNull("subscriptions")), "warehouse");
            if (!w.isEmpty()) {
                out.add(w);
            }
            for (FreightRequest r : s.spec().requestedFreight()) {
                out.add(r.origin().name());
            }
            return out;
        }

        private static List<String> upstream(Stage s) {
            List<String> out = new ArrayList<>();
            JsonObject subs = Json.obj(s.spec().unknownFields().getOrNull("subscriptions"));
            for (JsonValue v : Json.items(subs.getOrNull("upstreamStages"))) {
                String n = Json.str(Json.obj(v), "name");
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
            return out;
        }
    }
}
