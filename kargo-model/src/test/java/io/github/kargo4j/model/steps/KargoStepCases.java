package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonValue;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kargo v1.11.2's own step-config validation test cases (a config and the problems Kargo reports for it), carried
 * over as data by {@code src/test/go/extract-step-cases}; see the origin named in the file.
 */
final class KargoStepCases {

    /**
     * One case.
     *
     * @param step             the step name
     * @param name             the case name in Kargo's test
     * @param config           the config as Kargo's test gives it
     * @param expectedProblems substrings of Kargo's error; empty for a valid config
     */
    record Case(String step, String name, JsonValue config, List<String> expectedProblems) {
        boolean valid() {
            return expectedProblems.isEmpty();
        }

        @Override
        public String toString() {
            return step + ": " + name;
        }
    }

    private KargoStepCases() {
    }

    @SuppressWarnings("unchecked")
    static List<Case> all() {
        try (InputStream in = KargoStepCases.class.getResourceAsStream("/steps/kargo-step-validation-cases.json")) {
            Map<String, Object> doc = new ObjectMapper().readValue(in, Map.class);
            List<Case> out = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
                out.add(new Case((String) c.get("step"), (String) c.get("name"), JsonValue.of(c.get("config")),
                        List.copyOf((List<String>) c.getOrDefault("expectedProblems", List.of()))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
