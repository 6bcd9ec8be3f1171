package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.FlowYaml;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
            Map<String, Set<String>> reposByWarehouse = new LinkedHashMap<>();
            for (Entry e : group) {
                if (e.resource() instanceof Warehouse w) {
                    Set<String> repos = reposByWarehouse.get(w.name());
                    if (repos == null) {
                        repos = new LinkedHashSet<>();
                        reposByWarehouse.put(w.name(), repos);
                    }
                    for (Subscription sub : w.spec().subscriptions()) {
                        if (sub.git().isPresent()) {
                            repos.add(sub.git().get().repoURL());
                        }
                    }
                }
            }
            for (Entry e : entries) {
                Stage s = (Stage) e.resource();
                subscriptions(ctx, e, s, origins);
                mechanisms(ctx, e, s, gitRepos(s, origins, reposByWarehouse));
                if (s.status().isPresent()) {
                    status(ctx, e, s.status().get().unknownFields());
                }
            }
        }
        for (Entry e : ctx.entriesOf(Project.class)) {
            Project p = (Project) e.resource();
            if (p.status().isPresent()) {
                status(ctx, e, p.status().get().unknownFields());
            }
        }
    }

    static String describe(Stage s) {
        return "Stage \"" + s.name() + "\"";
    }

    private static void subscriptions(ValidationContext ctx, Entry e, Stage s, Origins origins) {
        JsonValue subsValue = s.spec().unknownFields().getOrNull("subscriptions");
        JsonObject subs = Json.obj(subsValue);
        if (subs.isEmpty()) {
            return;
        }
        boolean hasRequests = !s.spec().requestedFreight().isEmpty();
        String fate = hasRequests
                ? "the API server drops it (spec.requestedFreight is what Kargo reads)"
                : "the API server drops it, and then rejects the Stage because spec.requestedFreight is required";
        String warehouse = Json.str(subs, "warehouse");
        List<String> names = new ArrayList<>();
        for (JsonValue v : Json.items(subs.getOrNull("upstreamStages"))) {
            String n = Json.str(Json.obj(v), "name");
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        Requests requests = requests(subs, warehouse, names, origins);
        Fix fix = subscriptionsFix(e, s, subs, requests);
        if (!warehouse.isEmpty()) {
            String message = describe(s) + " subscribes to Warehouse \"" + warehouse + "\" with "
                    + "spec.subscriptions.warehouse, deprecated in Kargo v0.8 and removed in v0.9: " + fate;
            JsonPath at = SUBSCRIPTIONS.key("warehouse");
            if (fix != null) {
                ctx.report(LegacyRules.STAGE_SUBSCRIPTION_WAREHOUSE, e, at, message, fix);
            } else {
                ctx.report(LegacyRules.STAGE_SUBSCRIPTION_WAREHOUSE, e, at, message, hasRequests
                        ? "spec.requestedFreight does not request Warehouse \"" + warehouse + "\" as "
                        + "spec.subscriptions does: keep the one you mean and delete the other"
                        : "replace spec.subscriptions with spec.requestedFreight: [{origin: {kind: Warehouse, name: "
                        + FlowYaml.scalar(warehouse) + "}, sources: {direct: true}}]" + requests.why());
            }
        }
        if (subs.containsKey("upstreamStages")) {
            String message = describe(s) + " takes Freight from upstream Stages " + names + " with "
                    + "spec.subscriptions.upstreamStages, deprecated in Kargo v0.8 and removed in v0.9: " + fate;
            JsonPath at = SUBSCRIPTIONS.key("upstreamStages");
            if (fix != null) {
                ctx.report(LegacyRules.STAGE_SUBSCRIPTION_UPSTREAM, e, at, message, fix);
            } else {
                ctx.report(LegacyRules.STAGE_SUBSCRIPTION_UPSTREAM, e, at, message, hasRequests
                        ? "spec.requestedFreight does not list " + names + " in sources.stages as spec.subscriptions "
                        + "does: keep the one you mean and delete the other" : upstreamHint(names, origins)
                        + requests.why());
            }
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

    /** The requests that replace {@code spec.subscriptions}, and why there are none when they cannot be built. */
    private record Requests(JsonArray value, List<String> problems, List<String> walks) {
        String why() {
            return problems.isEmpty() ? "" : " (not applied automatically: " + String.join("; ", problems) + ")";
        }
    }

    private static Requests requests(JsonObject subs, String warehouse, List<String> names, Origins origins) {
        List<String> problems = new ArrayList<>();
        for (String k : subs.keys()) {
            if (!k.equals("warehouse") && !k.equals("upstreamStages")) {
                problems.add("spec.subscriptions." + k + " has no automatic replacement");
            }
        }
        Map<String, JsonObject.Builder> sources = new LinkedHashMap<>();
        Map<String, List<String>> stagesByOrigin = new LinkedHashMap<>();
        List<String> walks = new ArrayList<>();
        if (!warehouse.isEmpty()) {
            sources.put(warehouse, JsonObject.builder().put("direct", true));
        }
        for (String n : names) {
            Set<String> found = origins.of(n);
            if (found.isEmpty()) {
                problems.add("the origin Warehouse of upstream Stage \"" + n + "\" is unknown (" + origins.whyNot(n)
                        + "; validate or migrate the files of the whole project together)");
            }
            for (String w : found) {
                walks.add(origins.walk(n, w));
                sources.putIfAbsent(w, JsonObject.builder());
                listOf(stagesByOrigin, w).add(n);
            }
        }
        JsonArray.Builder out = JsonArray.builder();
        for (Map.Entry<String, JsonObject.Builder> source : sources.entrySet()) {
            String w = source.getKey();
            JsonObject.Builder b = source.getValue();
            if (stagesByOrigin.containsKey(w)) {
                b.put("stages", stagesByOrigin.get(w));
            }
            out.add(JsonObject.builder()
                    .put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", w).build())
                    .put("sources", b.build()).build());
        }
        JsonArray value = out.build();
        if (value.isEmpty() && problems.isEmpty()) {
            problems.add("it names no Warehouse and no upstream Stage");
        }
        return new Requests(value, problems, walks);
    }

    /** @return the fix that replaces spec.subscriptions, or null when it needs a decision */
    private static Fix subscriptionsFix(Entry e, Stage s, JsonObject subs, Requests requests) {
        if (!requests.problems().isEmpty()) {
            return null;
        }
        JsonValue existing = Json.obj(Json.tree(e).getOrNull("spec")).getOrNull("requestedFreight");
        if (existing instanceof JsonArray a && !a.isEmpty()) {
            return covers(a, requests.value()) ? Fix.of("delete spec.subscriptions, which spec.requestedFreight "
                    + "already replaces", new Fix.Remove(SUBSCRIPTIONS)) : null;
        }
        List<Fix.Edit> edits = new ArrayList<>();
        if (existing != null) {
            edits.add(new Fix.Remove(SPEC.key("requestedFreight")));
        }
        edits.add(new Fix.ReplacePair(SUBSCRIPTIONS, "requestedFreight", requests.value()));
        return new Fix("request the same Freight with spec.requestedFreight" + (requests.walks().isEmpty() ? ""
                : " (origin found by walking upstream: " + String.join("; ", requests.walks()) + ")"), edits);
    }

    /** @return whether the existing requests already request every wanted origin with at least the same sources */
    private static boolean covers(JsonArray existing, JsonArray wanted) {
        for (JsonValue want : wanted.items()) {
            JsonObject w = Json.obj(want);
            String name = Json.str(Json.obj(w.getOrNull("origin")), "name");
            JsonObject ws = Json.obj(w.getOrNull("sources"));
            boolean found = false;
            for (JsonValue v : existing.items()) {
                JsonObject origin = Json.obj(Json.obj(v).getOrNull("origin"));
                String kind = Json.str(origin, "kind");
                if (!Json.str(origin, "name").equals(name) || !(kind.isEmpty() || kind.equals("Warehouse"))) {
                    continue;
                }
                JsonObject es = Json.obj(Json.obj(v).getOrNull("sources"));
                Set<String> stages = texts(es.getOrNull("stages"));
                Set<String> wantStages = texts(ws.getOrNull("stages"));
                if ((!Json.isTrue(ws, "direct") || Json.isTrue(es, "direct")) && stages.containsAll(wantStages)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String upstreamHint(List<String> names, Origins origins) {
        Map<String, List<String>> byOrigin = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (String n : names) {
            Set<String> found = origins.of(n);
            if (found.isEmpty()) {
                unresolved.add(n);
                listOf(byOrigin, "<warehouse>").add(n);
            }
            for (String w : found) {
                listOf(byOrigin, w).add(n);
            }
        }
        JsonArray.Builder requests = JsonArray.builder();
        for (Map.Entry<String, List<String>> origin : byOrigin.entrySet()) {
            requests.add(JsonObject.builder()
                    .put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", origin.getKey()).build())
                    .put("sources", JsonObject.builder().put("stages", origin.getValue()).build()).build());
        }
        StringBuilder sb = new StringBuilder("replace spec.subscriptions with spec.requestedFreight: ")
                .append(FlowYaml.write(requests.build()));
        if (!unresolved.isEmpty()) {
            sb.append("; replace <warehouse> with the Warehouse the Freight of ").append(unresolved)
                    .append(" comes from");
        }
        return sb.toString();
    }

    /** @return the text items of a list, in order, once each */
    private static Set<String> texts(JsonValue list) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonValue x : Json.items(list)) {
            Optional<String> text = x.asText();
            if (text.isPresent()) {
                out.add(text.get());
            }
        }
        return out;
    }

    /** @return the list of {@code key}, added empty if absent (computeIfAbsent without a lambda to link) */
    private static List<String> listOf(Map<String, List<String>> map, String key) {
        List<String> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    /** @return each item, after {@code prefix} */
    private static List<String> prefixed(String prefix, List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            out.add(prefix + item);
        }
        return out;
    }

    /** @return the Git repositories the Warehouses this Stage takes Freight from subscribe to */
    private static Set<String> gitRepos(Stage s, Origins origins, Map<String, Set<String>> reposByWarehouse) {
        Set<String> warehouses = new LinkedHashSet<>(Origins.own(s));
        for (String up : Origins.upstream(s)) {
            warehouses.addAll(origins.of(up));
        }
        Set<String> repos = new LinkedHashSet<>();
        for (String w : warehouses) {
            repos.addAll(reposByWarehouse.getOrDefault(w, Set.of()));
        }
        return repos;
    }

    private static void mechanisms(ValidationContext ctx, Entry e, Stage s, Set<String> gitRepos) {
        JsonValue m = s.spec().unknownFields().getOrNull("promotionMechanisms");
        if (m == null) {
            return;
        }
        boolean hasSteps = !s.steps().isEmpty();
        String message = describe(s) + " describes its promotion with spec.promotionMechanisms, deprecated in Kargo "
                + "v0.9 and removed in v1.0: " + (hasSteps
                ? "the API server drops it; the Stage's promotionTemplate is what Kargo runs"
                : "the API server drops it, so the Stage has no promotion steps: it becomes a control-flow Stage, "
                        + "cannot be promoted to, and nothing is deployed");
        JsonPath at = SPEC.key("promotionMechanisms");
        MechanismSteps.Result r = MechanismSteps.translate(m instanceof JsonNull ? JsonObject.EMPTY : m, gitRepos);
        if (!r.problems().isEmpty()) {
            ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, at, message, "rewrite it as "
                    + "spec.promotionTemplate.spec.steps by hand: it cannot be translated automatically ("
                    + String.join("; ", prefixed("spec.", r.problems())) + ")");
            return;
        }
        JsonArray steps = r.steps();
        JsonValue template = Json.obj(Json.tree(e).getOrNull("spec")).getOrNull("promotionTemplate");
        String notes = r.fixes().isEmpty() ? "" : " (" + String.join("; ", prefixed("fix: spec.", r.fixes())) + ")";
        if (template != null && !LegacyShapes.isEmptyTemplate(template)) {
            JsonValue existing = Json.obj(Json.obj(template).getOrNull("spec")).getOrNull("steps");
            if (steps.isEmpty() || steps.equals(existing)) {
                ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, at, message, Fix.of("delete "
                        + "spec.promotionMechanisms: spec.promotionTemplate already " + (steps.isEmpty()
                        ? "describes the promotion" : "holds the same steps"), new Fix.Remove(at)));
            } else {
                ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, at, message, "it has both "
                        + "spec.promotionMechanisms and spec.promotionTemplate, with different steps: keep the one "
                        + "you mean and delete the other; the mechanisms translate to spec.promotionTemplate: "
                        + "{spec: {steps: " + FlowYaml.write(steps) + "}}");
            }
            return;
        }
        if (steps.isEmpty()) {
            ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, at, message, Fix.of("delete "
                    + "spec.promotionMechanisms: it describes no promotion work (the Stage is a control-flow Stage)",
                    new Fix.Remove(at)));
            return;
        }
        List<Fix.Edit> edits = new ArrayList<>();
        if (template != null) {
            edits.add(new Fix.Remove(SPEC.key("promotionTemplate")));
        }
        edits.add(new Fix.ReplacePair(at, "promotionTemplate", JsonObject.builder().put("spec",
                JsonObject.builder().put("steps", steps).build()).build()));
        ctx.report(LegacyRules.STAGE_PROMOTION_MECHANISMS, e, at, message, new Fix("do the same work with "
                + "promotion steps (git updates become git-clone, the image and chart updates, git-commit and "
                + "git-push; Argo CD updates become argocd-update)" + notes, edits));
    }

    private static void status(ValidationContext ctx, Entry e, JsonObject unknown) {
        for (String field : List.of("phase", "message")) {
            if (unknown.containsKey(field)) {
                ctx.report(LegacyRules.STATUS_PHASE, e, STATUS.key(field),
                        e.resource().kind() + " \"" + e.resource().name() + "\" has status." + field
                                + ", deprecated in Kargo v1.3 and removed in v1.5: Kargo no longer sets or reads "
                                + "it, and the API server drops it",
                        Fix.of("delete status." + field + " (read status.conditions instead: type Ready, Healthy, "
                                + "...; status is written by Kargo)", new Fix.Remove(STATUS.key(field))));
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
        /** How far {@link #whyNot} and {@link #walk} follow a chain of upstream Stages. */
        static final int MAX_HOPS = 16;
        private final Map<String, Stage> stages;
        private final UpstreamOrigins<Stage> resolver;

        Origins(Map<String, Stage> stages) {
            this.stages = stages;
            this.resolver = new UpstreamOrigins<>(stages, Own.INSTANCE, Upstream.INSTANCE);
        }

        /** {@link #own}, as a function (a named class, not a method reference: no call site to link). */
        private static final class Own implements Function<Stage, Set<String>> {
            static final Own INSTANCE = new Own();

            @Override
            public Set<String> apply(Stage s) {
                return own(s);
            }
        }

        /** {@link #upstream}, as a function (a named class, not a method reference: no call site to link). */
        private static final class Upstream implements Function<Stage, List<String>> {
            static final Upstream INSTANCE = new Upstream();

            @Override
            public List<String> apply(Stage s) {
                return upstream(s);
            }
        }

        Set<String> of(String stage) {
            return resolver.of(stage);
        }

        /**
         * @return why no Warehouse is found upstream of {@code stage}, following its first upstream Stages for at most
         *     {@value #MAX_HOPS} Stages (so that a long chain costs no more than a short one)
         */
        String whyNot(String stage) {
            String cur = stage;
            Set<String> seen = new LinkedHashSet<>();
            List<String> chain = new ArrayList<>();
            while (true) {
                if (chain.size() == MAX_HOPS) {
                    return "walking upstream " + String.join(" -> ", chain) + " -> ..., no Stage subscribes to a "
                            + "Warehouse";
                }
                chain.add(cur);
                if (!seen.add(cur)) {
                    return "the upstream Stages " + String.join(" -> ", chain) + " form a cycle";
                }
                Stage d = stages.get(cur);
                if (d == null) {
                    return cur.equals(stage) ? "upstream Stage \"" + stage + "\" is not in the files read"
                            : "walking upstream " + String.join(" -> ", chain) + ", Stage \"" + cur
                            + "\" is not in the files read";
                }
                List<String> ups = upstream(d);
                if (ups.isEmpty()) {
                    return "walking upstream " + String.join(" -> ", chain) + ", Stage \"" + cur + "\" subscribes "
                            + "to no Warehouse and has no upstream Stage";
                }
                cur = ups.get(0);
            }
        }

        /**
         * @return {@code a -> b (Warehouse w)}: the way from {@code stage} to a Stage that subscribes to {@code w},
         *     shortened to its first {@value #MAX_HOPS} Stages
         */
        String walk(String stage, String warehouse) {
            List<String> chain = new ArrayList<>();
            String cur = stage;
            Set<String> seen = new java.util.HashSet<>();
            while (cur != null && seen.add(cur)) {
                if (chain.size() == MAX_HOPS) {
                    chain.add("...");
                    break;
                }
                chain.add(cur);
                Stage d = stages.get(cur);
                if (d == null || own(d).contains(warehouse)) {
                    break;
                }
                String next = null;
                for (String u : upstream(d)) {
                    if (resolver.computed(u).contains(warehouse)) {
                        next = u;
                        break;
                    }
                }
                cur = next;
            }
            return String.join(" -> ", chain) + " (Warehouse " + warehouse + ")";
        }

        static Set<String> own(Stage s) {
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

        static List<String> upstream(Stage s) {
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
