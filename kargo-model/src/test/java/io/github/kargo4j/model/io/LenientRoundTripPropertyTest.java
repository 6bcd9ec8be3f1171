package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round-trip property: every round-trip fixture, with explicit nulls, empty lists and maps, unknown fields and
 * schema breaks (wrong types, removed fields) planted at random places, reads, writes and reads back to the same
 * document. Seeded, so a failure names the seed that reproduces it.
 */
class LenientRoundTripPropertyTest {

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final int SEEDS_PER_DOCUMENT = 60;

    @Test
    void mutatedDocumentsComeBackUnchanged() throws Exception {
        List<JsonObject> documents = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of(LenientRoundTripPropertyTest.class
                .getResource("/roundtrip").toURI()))) {
            for (Path dir : dirs.sorted().toList()) {
                for (Path f : Fixtures.all(dir.getFileName().toString())) {
                    CODEC.parse(Fixtures.read(f), f.toString()).forEach(m -> documents.add(m.tree()));
                }
            }
        }
        assertTrue(documents.size() >= 30, "fixtures: " + documents.size());
        int tried = 0;
        int withProblems = 0;
        List<String> failures = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            for (int seed = 0; seed < SEEDS_PER_DOCUMENT; seed++) {
                Random rnd = new Random(d * 1_000_003L + seed);
                JsonObject mutated = (JsonObject) mutate(documents.get(d), rnd, 0, 1 + rnd.nextInt(4));
                String yaml = CODEC.treeToYaml(mutated);
                List<Manifest> first = CODEC.parse(yaml, "mutated.yaml");
                tried++;
                if (first.stream().anyMatch(m -> !m.fits())) {
                    withProblems++;
                }
                String written = CODEC.toYaml(first.stream().map(Manifest::resource).toList());
                Object back = CODEC.parse(written, "written.yaml").get(0).tree().toJava();
                Map<String, Object> expected = first.get(0).tree().toJava();
                if (!expected.equals(back) && failures.size() < 5) {
                    failures.add("document " + d + " seed " + seed + ":\n" + yaml + "\nwritten as:\n" + written);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(withProblems > tried / 10, "schema breaks planted in " + withProblems + " of " + tried);
    }

    /** Plants up to {@code budget} changes at random places below {@code v}. */
    private static JsonValue mutate(JsonValue v, Random rnd, int depth, int budget) {
        if (v instanceof JsonObject o) {
            JsonObject.Builder b = JsonObject.builder();
            for (int i = 0; i < o.size(); i++) {
                String key = o.keyAt(i);
                JsonValue value = o.valueAt(i);
                boolean top = depth == 0 && (key.equals("apiVersion") || key.equals("kind"));
                if (!top && budget > 0 && rnd.nextInt(6) == 0) {
                    switch (rnd.nextInt(7)) {
                        case 0 -> b.put(key, JsonNull.INSTANCE);
                        case 1 -> b.put(key, JsonArray.builder().build());
                        case 2 -> b.put(key, JsonObject.EMPTY);
                        case 3 -> b.put(key, JsonString.of("ten"));
                        case 4 -> b.put(key, JsonArray.builder().add(JsonString.of("x")).build());
                        case 5 -> { } // removed
                        default -> {
                            b.put(key, value);
                            b.put("kargo4jUnknown" + depth, JsonObject.of("note", "kept"));
                        }
                    }
                    budget--;
                    continue;
                }
                b.put(key, top ? value : mutate(value, rnd, depth + 1, budget));
            }
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArray.Builder b = JsonArray.builder();
            for (int i = 0; i < a.size(); i++) {
                b.add(mutate(a.get(i), rnd, depth + 1, budget));
            }
            if (budget > 0 && rnd.nextInt(8) == 0) {
                b.add(JsonNull.INSTANCE);
            }
            return b.build();
        }
        return v;
    }
}
