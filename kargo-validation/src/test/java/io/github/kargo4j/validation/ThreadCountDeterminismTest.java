package io.github.kargo4j.validation;

import io.github.kargo4j.validation.render.JsonRenderer;
import io.github.kargo4j.validation.render.SarifRenderer;
import io.github.kargo4j.validation.render.TextRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large generated set with many findings of many codes gives the same report, byte for byte, in text, JSON and
 * SARIF, whether it is validated on one thread or on several.
 */
class ThreadCountDeterminismTest {

    private static final int SERVICES = 300;

    @TempDir
    static Path dir;

    private static List<String> badExamples;

    /**
     * Writes a fleet of {@value #SERVICES} projects (Namespace, Project, ProjectConfig, Warehouse, three Stages), of
     * which one in three carries a planted fault and one in five the Bad example of a rule (in its own namespace),
     * then each rule's Bad example again in a directory of its own, and a few suppression comments.
     */
    @BeforeAll
    static void writeSet() throws IOException {
        badExamples = new ArrayList<>();
        for (Map.Entry<String, String> e : RuleDocs.all().entrySet()) {
            RuleDocsTest.example(e.getValue(), "Bad").ifPresent(badExamples::add);
        }
        for (int i = 0; i < SERVICES; i++) {
            writeService(i);
        }
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (int i = 0; i < badExamples.size(); i++) {
            Files.writeString(rules.resolve(String.format("bad-%03d.yaml", i)), badExamples.get(i));
        }
        Files.writeString(rules.resolve("broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n");
    }

    private static void writeService(int i) throws IOException {
        String svc = String.format("svc-%03d", i);
        String ns = "kargo-" + svc;
        Path d = Files.createDirectories(dir.resolve("projects").resolve(svc));
        Files.writeString(d.resolve("namespace.yaml"), """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: %s
                  labels:
                    kargo.akuity.io/project: "true"
                """.formatted(ns));
        Files.writeString(d.resolve("project.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata:
                  name: %s
                """.formatted(ns));
        Files.writeString(d.resolve("projectconfig.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  promotionPolicies:
                    - stageSelector:
                        name: %s
                      autoPromotionEnabled: true
                """.formatted(i % 7 == 0 ? "wrong-name" : ns, ns, i % 11 == 0 ? "no-such-stage" : svc + "-dev"));
        Files.writeString(d.resolve("warehouse.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  subscriptions:
                    - image:
                        repoURL: registry.example.com/%s
                        %s: ^1.0.0
                        discoveryLimit: %d
                """.formatted(svc, ns, svc, i % 5 == 0 ? "semverConstraint" : "constraint", i % 13 == 0 ? 0 : 10));
        StringBuilder stages = new StringBuilder();
        String[] envs = {"dev", "staging", "prod"};
        for (int k = 0; k < envs.length; k++) {
            String upstream = k == 0 ? "" : svc + "-" + (i % 3 == 0 && k == 2 ? "gone" : envs[k - 1]);
            stages.append(k == 0 ? "" : "---\n").append(i % 17 == 0 && k == 1 ? "# kargo4j:ignore KG002 planned\n"
                    : "").append("""
                    apiVersion: kargo.akuity.io/v1alpha1
                    kind: Stage
                    metadata:
                      name: %s
                      namespace: %s
                    spec:
                      requestedFreight:
                        - origin:
                            kind: Warehouse
                            name: %s
                          sources:
                    %s
                      promotionTemplate:
                        spec:
                          steps:
                            - uses: git-clone
                              config:
                                repoURL: https://github.com/example/gitops.git
                                checkout:
                                  - branch: main
                                    path: ./repo
                            - uses: %s
                              as: update
                              config:
                                path: ./repo/%s/values-%s.yaml
                                %s:
                                  - key: image.tag
                                    value: ${{ imageFrom("registry.example.com/%s").%s }}
                    """.formatted(i % 19 == 0 && k == 0 ? svc.toUpperCase() : svc + "-" + envs[k], ns, svc,
                    k == 0 ? "            direct: true" : "            stages:\n              - " + upstream,
                    i % 4 == 0 ? "helm-update-image" : "yaml-update", svc, envs[k],
                    i % 6 == 0 ? "upates" : "updates", svc, i % 8 == 0 ? "Tag(" : "Tag"));
        }
        Files.writeString(d.resolve("stages.yaml"), stages.toString());
        if (i % 5 == 0) {
            String bad = badExamples.get(i / 5 % badExamples.size());
            Files.writeString(d.resolve("extra.yaml"), bad.replaceAll("(?m)^(\\s+)namespace: .*$", "$1namespace: "
                    + ns));
        }
    }

    private static Report validate(int threads) {
        return PipelineValidator.builder().complete(true).threads(threads).build().validate(dir);
    }

    private static List<String> render(Report report) {
        return List.of(TextRenderer.withColour(false).render(report), JsonRenderer.create().render(report),
                SarifRenderer.builder().baseDirectory(dir).build().render(report));
    }

    @Test
    void oneThreadAndFourGiveTheSameReportsByteForByte() {
        Report report = validate(1);
        Set<String> codes = new TreeSet<>();
        report.findings().forEach(f -> codes.add(f.code()));
        report.suppressed().forEach(f -> codes.add(f.code()));
        assertTrue(report.resourceCount() > SERVICES * 7, report.summary());
        assertTrue(report.findings().size() > 1_000, report.summary());
        assertTrue(codes.size() > 100, "codes: " + codes);
        assertFalse(report.suppressed().isEmpty(), report.summary());
        assertFalse(report.skipped().isEmpty(), report.summary());

        List<String> one = render(report);
        List<String> four = render(validate(4));
        assertEquals(one.get(0), four.get(0), "text");
        assertEquals(one.get(1), four.get(1), "JSON");
        assertEquals(one.get(2), four.get(2), "SARIF");
    }
}
