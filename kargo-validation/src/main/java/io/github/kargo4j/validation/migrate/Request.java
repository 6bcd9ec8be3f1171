package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** One freight request being built: an origin Warehouse and where its Freight may come from. */
final class Request {
    final String warehouse;
    String nameRaw;
    boolean direct;
    final List<String> stages = new ArrayList<>();
    final List<String> stageRaw = new ArrayList<>();

    Request(String warehouse) {
        this.warehouse = warehouse;
    }

    JsonObject toJson(IdentityHashMap<JsonValue, String> raw) {
        JsonString name = JsonString.of(warehouse);
        if (nameRaw != null) {
            raw.put(name, nameRaw);
        }
        JsonObject.Builder sources = JsonObject.builder();
        if (direct) {
            sources.put("direct", true);
        }
        if (!stages.isEmpty()) {
            JsonArray.Builder list = JsonArray.builder();
            for (int i = 0; i < stages.size(); i++) {
                JsonString s = JsonString.of(stages.get(i));
                if (stageRaw.get(i) != null) {
                    raw.put(s, stageRaw.get(i));
                }
                list.add(s);
            }
            sources.put("stages", list.build());
        }
        return JsonObject.builder()
                .put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", name).build())
                .put("sources", sources.build()).build();
    }
}
