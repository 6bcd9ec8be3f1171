package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helpers: analysis templates as YAML, run through the verification check alone. */
final class Analyses {

    private static final KargoCodec CODEC = KargoCodec.create();

    private Analyses() {
    }

    /**
     * @param metrics the YAML of spec.metrics (a list, indented from column 0)
     * @param args    the YAML of spec.args, or null
     * @return an AnalysisTemplate smoke in namespace demo
     */
    static String template(String args, String metrics) {
        return template("AnalysisTemplate", "smoke", args, metrics);
    }

    static String template(String kind, String name, String args, String metrics) {
        return "apiVersion: argoproj.io/v1alpha1\nkind: " + kind + "\nmetadata: {name: " + name
                + (kind.startsWith("Cluster") ? "" : ", namespace: demo") + "}\nspec:\n"
                + (args == null ? "" : "  args:\n" + args.indent(4))
                + "  metrics:\n" + metrics.indent(4);
    }

    /** @return a Stage test in namespace demo whose verification names the templates (flow-style list) */
    static String stage(String name, String analysisTemplates) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: %s, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                  promotionTemplate: {spec: {steps: [{uses: argocd-update, config: {apps: [{name: test}]}}]}}
                  verification:
                    analysisTemplates: %s
                """.formatted(name, analysisTemplates);
    }

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

    /** @return every finding of the verification check */
    static List<Finding> check(String yaml) {
        return CheckHarness.run(entries(yaml), false, List.of(new AnalysisTemplateCheck()));
    }

    /** @return the findings of one rule */
    static List<Finding> check(String yaml, String code) {
        return check(yaml).stream().filter(f -> f.code().equals(code)).toList();
    }

    static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding in:\n" + lines(findings));
        return findings.get(0);
    }

    static String lines(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.path() + ": " + f.message() + " | " + f.hint())
                .collect(Collectors.joining("\n"));
    }

    static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "expected \"" + p + "\" in: " + text);
        }
    }

    static void assertNone(List<Finding> findings) {
        assertEquals(List.of(), findings, () -> lines(findings));
    }
}
