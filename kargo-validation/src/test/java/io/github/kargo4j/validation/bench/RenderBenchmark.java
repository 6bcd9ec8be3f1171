package io.github.kargo4j.validation.bench;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.validation.preview.PromotionPreview;
import io.github.kargo4j.validation.preview.RenderedPromotion;

import java.util.Arrays;
import java.util.List;

/**
 * Times {@link PromotionPreview#renderAll()} (what {@code kargo4j render} does after reading) of one project with a
 * Warehouse, a PromotionTask and {@code N} Stages in a chain (100 by default): each Stage has two vars and a promotion
 * template of six steps (clone, a task of two steps inlined, a yaml update, commit with an output read back, push),
 * eleven expressions per Stage and two verification args. Reading is not timed. Prints the median, minimum and maximum
 * of the measured runs after warm-up.
 *
 * <p>A plain main rather than JMH, as {@link ValidationBenchmark}: one run takes milliseconds to a second.
 * <pre>{@code
 * java -cp <kargo-validation test classpath> io.github.kargo4j.validation.bench.RenderBenchmark [stages] [warmup] [runs]
 * }</pre>
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    /** @param args optionally the number of Stages, the warm-up and the measured run counts */
    public static void main(String[] args) {
        int stages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<Manifest> manifests = KargoCodec.create().parse(project(stages), "bench-project.yaml");
        PromotionPreview preview = PromotionPreview.builder().manifests(manifests)
                .commit("https://github.com/example/app.git", "0123456789abcdef0123456789abcdef01234567")
                .image("ghcr.io/example/app", "v1.2.3", null)
                .build();
        List<RenderedPromotion> rendered = null;
        for (int i = 0; i < warmup; i++) {
            rendered = preview.renderAll();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rendered = preview.renderAll();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        long steps = rendered.stream().mapToLong(r -> r.steps().size()).sum();
        long errors = rendered.stream().mapToLong(r -> r.allErrors().size()).sum();
        System.out.printf("render %d Stages (%d steps, %d errors): median %.2f ms (min %.2f, max %.2f) over %d runs%n",
                rendered.size(), steps, errors, ns[runs / 2] / 1e6, ns[0] / 1e6, ns[runs - 1] / 1e6, runs);
        if (errors > 0) {
            System.out.println(rendered.stream().flatMap(r -> r.allErrors().stream()).findFirst().orElse(""));
        }
    }

    /** The project's YAML: a Warehouse, a PromotionTask and a chain of Stages. */
    static String project(int stages) {
        StringBuilder b = new StringBuilder();
        b.append("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: bench
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                    - image:
                        repoURL: ghcr.io/example/app
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata:
                  name: bump
                  namespace: bench
                spec:
                  vars:
                    - name: file
                    - name: tagKey
                      value: image.tag
                  steps:
                    - uses: yaml-update
                      as: tag
                      config:
                        path: ./out/${{ vars.file }}
                        updates:
                          - key: ${{ vars.tagKey }}
                            value: ${{ imageFrom('ghcr.io/example/app').Tag }}
                    - uses: git-commit
                      as: commit
                      config:
                        path: ./out
                        message: bump ${{ vars.file }} to ${{ imageFrom('ghcr.io/example/app').Tag }}
                """);
        for (int i = 1; i <= stages; i++) {
            String name = String.format("stage-%03d", i);
            b.append("---\napiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: ").append(name)
                    .append("\n  namespace: bench\nspec:\n  requestedFreight:\n    - origin:\n        kind: Warehouse\n"
                            + "        name: app\n      sources:\n");
            if (i == 1) {
                b.append("        direct: true\n");
            } else {
                b.append(String.format("        stages:\n          - stage-%03d%n", i - 1));
            }
            b.append("  vars:\n    - name: env\n      value: ").append(name).append("""

                        - name: replicas
                          value: "${{ 1 + 2 }}"
                      promotionTemplate:
                        spec:
                          steps:
                            - uses: git-clone
                              config:
                                repoURL: https://github.com/example/manifests.git
                                checkout:
                                  - branch: main
                                    path: ./src
                                  - branch: stage/${{ ctx.stage }}
                                    create: true
                                    path: ./out
                            - task:
                                name: bump
                              as: bump
                              vars:
                                - name: file
                                  value: ${{ vars.env }}/values.yaml
                            - uses: yaml-update
                              config:
                                path: ./out/${{ vars.env }}/values.yaml
                                updates:
                                  - key: replicas
                                    value: ${{ vars.replicas }}
                                  - key: commit
                                    value: ${{ commitFrom('https://github.com/example/app.git').ID }}
                            - uses: git-commit
                              as: commit
                              config:
                                path: ./out
                                message: ${{ outputs['bump::commit']?.commit ?? ('deploy ' + ctx.stage) }}
                            - uses: git-push
                              config:
                                path: ./out
                                targetBranch: stage/${{ ctx.stage }}
                      verification:
                        analysisTemplates:
                          - name: smoke
                        args:
                          - name: stage
                            value: ${{ ctx.stage }}
                          - name: commit
                            value: ${{ commitFrom('https://github.com/example/app.git').ID }}
                    """);
        }
        return b.toString();
    }
}
