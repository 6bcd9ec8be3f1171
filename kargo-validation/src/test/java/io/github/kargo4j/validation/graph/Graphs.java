package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fixtures for the graph tests: manifests written inline, and the graph checks run on them. */
final class Graphs {

    static final KargoCodec CODEC = KargoCodec.create();
    static final Path RESOURCES = Path.of("src", "test", "resources", "graph");

    private Graphs() {
    }

    /** @return a Warehouse of that name in namespace demo */
    static String warehouse(String name) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: %s, namespace: demo}
                spec:
                  subscriptions:
                    - image: {repoURL: ghcr.io/example/%s}
                """.formatted(name, name);
    }

    /**
     * @param name     the Stage name
     * @param requests one per requested origin: {@code "app: {direct: true}"}, i.e. the Warehouse name, a colon
     *                 and the flow-style {@code sources}
     * @return a control-flow Stage in namespace demo
     */
    static String stage(String name, String... requests) {
        StringBuilder sb = new StringBuilder("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: %s, namespace: demo}
                spec:
                  requestedFreight:
                """.formatted(name));
        for (String r : requests) {
            int colon = r.indexOf(':');
            sb.append("    - origin: {kind: Warehouse, name: ").append(r, 0, colon).append("}\n")
                    .append("      sources: ").append(r.substring(colon + 1).trim()).append('\n');
        }
        return sb.toString();
    }

    /** @return the documents joined into one YAML stream */
    static String docs(String... docs) {
        return Arrays.stream(docs).map(String::strip).collect(Collectors.joining("\n---\n", "", "\n"));
    }

    static List<Entry> entries(String yaml) {
        List<Entry> out = new ArrayList<>();
        for (Manifest m : CODEC.parse(yaml, "test.yaml")) {
            out.add(Entry.of(m));
        }
        return out;
    }

    static List<Entry> entries(List<Manifest> manifests) {
        return manifests.stream().map(Entry::of).toList();
    }

    /** @return the findings of the graph checks on the YAML, for a set that may be partial */
    static List<Finding> check(String yaml) {
        return check(false, yaml);
    }

    static List<Finding> check(boolean complete, String yaml) {
        return CheckHarness.run(entries(yaml), complete, GraphRules.checks());
    }

    static List<Finding> check(boolean complete, List<Entry> entries) {
        return CheckHarness.run(entries, complete, GraphRules.checks());
    }

    /** @return the findings with that code */
    static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Asserts exactly one finding of that code and returns it. */
    static Finding single(List<Finding> findings, String code) {
        List<Finding> matching = withCode(findings, code);
        assertEquals(1, matching.size(), () -> "expected one " + code + " in:\n" + lines(findings));
        return matching.get(0);
    }

    static String lines(List<Finding> findings) {
        return findings.stream().map(f -> f + "\n  path " + f.path() + "\n  hint " + f.hint())
                .collect(Collectors.joining("\n"));
    }
}
