package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.legacy.UpstreamOrigins;
import io.github.kargo4j.validation.migrate.Migrator.Doc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The origin Warehouses of the Stages of one namespace, as Kargo v0.8's migration computed them: a Stage's own
 * {@code subscriptions.warehouse} (or the origins of its {@code requestedFreight}, for a Stage already migrated),
 * else the union of its upstream Stages' origins. Iterative (no recursion), linear in Stages plus links; a cycle
 * contributes nothing.
 */
final class Origins {
    private final Map<String, Doc> stages;
    private final UpstreamOrigins<Doc> resolver;

    Origins(Map<String, Doc> stages) {
        this.stages = stages;
        this.resolver = new UpstreamOrigins<>(stages, Origins::own, Origins::upstream);
    }

    Set<String> of(String stage) {
        return resolver.of(stage);
    }

    /** @return why no Warehouse was found upstream of {@code stage} */
    String whyNot(String stage) {
        String cur = stage;
        Set<String> seen = new LinkedHashSet<>();
        List<String> chain = new ArrayList<>();
        while (true) {
            chain.add(cur);
            if (!seen.add(cur)) {
                return "the upstream Stages " + String.join(" -> ", chain) + " form a cycle";
            }
            Doc d = stages.get(cur);
            if (d == null) {
                return cur.equals(stage) ? "upstream Stage \"" + stage + "\" is not in the files read"
                        : "walking upstream " + String.join(" -> ", chain) + ", Stage \"" + cur
                        + "\" is not in the files read";
            }
            List<String> ups = upstream(d);
            if (ups.isEmpty()) {
                return "walking upstream " + String.join(" -> ", chain) + ", Stage \"" + cur + "\" subscribes to "
                        + "no Warehouse and has no upstream Stage";
            }
            cur = ups.get(0);
        }
    }

    /** @return {@code a -> b (Warehouse w)}: the way from {@code stage} to a Stage that subscribes to {@code w} */
    String walk(String stage, String warehouse) {
        List<String> chain = new ArrayList<>();
        String cur = stage;
        Set<String> seen = new HashSet<>();
        while (cur != null && seen.add(cur)) {
            chain.add(cur);
            Doc d = stages.get(cur);
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

    static Set<String> own(Doc d) {
        JsonObject spec = Migrator.obj(d.tree.getOrNull("spec"));
        Set<String> out = new LinkedHashSet<>();
        String w = Migrator.str(Migrator.obj(spec.getOrNull("subscriptions")), "warehouse");
        if (!w.isEmpty()) {
            out.add(w);
        }
        if (spec.getOrNull("requestedFreight") instanceof JsonArray a) {
            for (JsonValue v : a.items()) {
                JsonObject origin = Migrator.obj(Migrator.obj(v).getOrNull("origin"));
                String kind = Migrator.str(origin, "kind");
                String name = Migrator.str(origin, "name");
                if (!name.isEmpty() && (kind.isEmpty() || kind.equals("Warehouse"))) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static List<String> upstream(Doc d) {
        List<String> out = new ArrayList<>();
        JsonObject subs = Migrator.obj(Migrator.obj(d.tree.getOrNull("spec")).getOrNull("subscriptions"));
        if (subs.getOrNull("upstreamStages") instanceof JsonArray a) {
            for (JsonValue v : a.items()) {
                String n = Migrator.str(Migrator.obj(v), "name");
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
