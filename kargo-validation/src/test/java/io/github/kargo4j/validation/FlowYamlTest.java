package io.github.kargo4j.validation;

import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replacements written in hints read back as the same tree (oracle: kargo4j's YAML reader). */
class FlowYamlTest {

    private static final String[] WORDS = {"main", "./out", "true", "no", "~", "null", "1.0", "0x1F", "-x", "a: b",
        "${{ imageFrom(\"x\").Tag }}", "it's", "a\"b", "back\\slash", "line\nbreak", "tab\there", "#hash", "[x]", "{y}",
        "ghcr.io/example/app", "https://github.com/example/app.git", "", " lead", "trail ", "@at", "`tick", "é", "*",
        "&anchor", "!tag", "%", "1e3", ".inf", "Yes", "OFF", "0755", "1_000", "2026-01-01", "'quoted'", "?", "-",
        "\u0001ctl"};

    private static JsonValue random(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(3) : r.nextInt(5);
        return switch (kind) {
            case 0 -> JsonString.of(WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : WORDS[r.nextInt(
                    WORDS.length)]));
            case 1 -> r.nextBoolean() ? JsonBoolean.of(r.nextBoolean()) : JsonNumber.of(r.nextInt(1000) - 500);
            case 2 -> JsonString.of(Integer.toString(r.nextInt(100)));
            case 3 -> {
                JsonArray.Builder b = JsonArray.builder();
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.add(random(r, depth + 1));
                }
                yield b.build();
            }
            default -> {
                JsonObject.Builder b = JsonObject.builder();
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.put(WORDS[r.nextInt(WORDS.length)] + i, random(r, depth + 1));
                }
                yield b.build();
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void readsBackAsTheSameTree(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 50; i++) {
            JsonValue tree = random(r, 0);
            String yaml = "apiVersion: example.com/v1\nkind: Holder\nmetadata: {name: h}\nvalue: " + FlowYaml.write(tree)
                    + "\n";
            GenericResource g = (GenericResource) KargoCodec.create().parse(yaml).get(0).resource();
            assertEquals(tree, g.content().getOrNull("value"), yaml);
        }
    }
}
