package io.github.kargo4j.model.testing;

import java.util.Random;

/**
 * A seeded, varied set of Kargo documents for benchmarks, shaped like real third-party pipelines rather than one
 * repeated template: every kind the model reads (Project, ProjectConfig, Warehouse, Stage, PromotionTask,
 * ClusterPromotionTask, AnalysisTemplate, Freight, plain Kubernetes objects), comments on their own lines and after
 * values, long literal blocks (shell scripts, queries, request bodies), unknown fields and annotations, flow and
 * block style mixed, quoted and plain scalars, and step configurations nested several levels deep. The same seed
 * gives the same text.
 */
public final class VariedCorpus {

    private static final String[] IMAGES = {"ghcr.io/acme/api", "docker.io/library/nginx",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments", "quay.io/org/worker", "registry.example.com/web"};
    private static final String[] REPOS = {"https://github.com/acme/gitops.git", "https://gitlab.com/org/deploy.git",
        "git@github.com:acme/manifests.git", "https://bitbucket.org/team/config"};
    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima"};

    private final Random random;
    private final StringBuilder sb = new StringBuilder(1 << 20);
    private int documents;

    private VariedCorpus(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param documents how many documents, at least
     * @param seed      the seed
     * @return a multi-document YAML stream
     */
    public static String yaml(int documents, long seed) {
        VariedCorpus c = new VariedCorpus(seed);
        int project = 0;
        while (c.documents < documents) {
            c.project("team-" + project++);
        }
        return c.sb.toString();
    }

    /**
     * Writes a corpus to a file, for benchmarks of the command line.
     *
     * @param args the file, the number of documents (default 1,000) and the seed (default 1)
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), yaml(n, seed));
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private void doc(String apiVersion, String kind, String name, String namespace) {
        documents++;
        sb.append("---\n");
        if (random.nextInt(3) == 0) {
            sb.append("# ").append(kind).append(' ').append(name).append(": owned by the ").append(word())
                    .append(" team; see the runbook before changing it\n");
        }
        sb.append("apiVersion: ").append(apiVersion).append("\nkind: ").append(kind).append("\nmetadata:\n  name: ")
                .append(name).append('\n');
        if (namespace != null) {
            sb.append("  namespace: ").append(namespace).append('\n');
        }
        if (random.nextBoolean()) {
            sb.append("  labels:\n    app.kubernetes.io/part-of: ").append(word()).append("\n    tier: \"")
                    .append(random.nextInt(3)).append("\"\n");
        }
        if (random.nextInt(3) == 0) {
            sb.append("  annotations:\n    kargo.akuity.io/description: >-\n      ").append(sentence(14))
                    .append("\n      ").append(sentence(10)).append('\n');
        }
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    private void project(String ns) {
        doc("v1", "Namespace", ns, null);
        doc("kargo.akuity.io/v1alpha1", "Project", ns, null);
        doc("kargo.akuity.io/v1alpha1", "ProjectConfig", ns, ns);
        sb.append("spec:\n  promotionPolicies:\n");
        for (String stage : new String[] {"dev", "qa"}) {
            sb.append(random.nextBoolean() ? "  - stageSelector: {name: " + stage + "}\n"
                    : "  - stageSelector:\n      name: " + stage + "\n");
            sb.append("    autoPromotionEnabled: true   # ").append(sentence(3)).append('\n');
        }
        int warehouses = 1 + random.nextInt(2);
        for (int w = 0; w < warehouses; w++) {
            warehouse(ns, "wh-" + w);
        }
        task(ns);
        analysis(ns);
        String[] stages = {"dev", "qa", "staging", "prod-eu", "prod-us"};
        int count = 2 + random.nextInt(stages.length - 1);
        for (int s = 0; s < count; s++) {
            stage(ns, stages[s], s == 0 ? null : stages[s - 1], warehouses);
        }
        if (random.nextInt(4) == 0) {
            freight(ns);
        }
    }

    private void warehouse(String ns, String name) {
        doc("kargo.akuity.io/v1alpha1", "Warehouse", name, ns);
        sb.append("spec:\n  interval: ").append(1 + random.nextInt(10)).append("m0s\n");
        sb.append("  freightCreationPolicy: ").append(random.nextBoolean() ? "Automatic" : "Manual").append('\n');
        sb.append("  subscriptions:\n");
        sb.append("  - image:\n      repoURL: ").append(pick(IMAGES)).append('\n');
        sb.append("      imageSelectionStrategy: SemVer\n      constraint: ^").append(1 + random.nextInt(3))
                .append(".0.0   # major version only\n      discoveryLimit: ").append(5 + random.nextInt(20))
                .append('\n');
        if (random.nextBoolean()) {
            sb.append("      platform: linux/amd64\n");
        }
        sb.append("  - git:\n      repoURL: ").append(pick(REPOS)).append("\n      branch: main\n")
                .append("      includePaths:\n      - apps/").append(word()).append("\n      - glob:charts/**/*.yaml\n")
                .append("      excludePaths: [docs, '*.md']\n");
        if (random.nextBoolean()) {
            sb.append("  - chart:\n      repoURL: oci://ghcr.io/acme/charts/").append(word())
                    .append("\n      semverConstraint: '>=1.2.0 <2.0.0'\n");
        }
        if (random.nextInt(3) == 0) {
            sb.append("  x-owner: ").append(word()).append("@example.com   # not a Kargo field\n");
        }
    }

    private void task(String ns) {
        doc("kargo.akuity.io/v1alpha1", random.nextInt(4) == 0 ? "ClusterPromotionTask" : "PromotionTask",
                "render-and-push", random.nextInt(4) == 0 ? null : ns);
        sb.append("spec:\n  vars:\n  - name: repoURL\n    value: ").append(pick(REPOS))
                .append("\n  - name: env\n  steps:\n");
        cloneStep(6);
        sb.append("  - uses: kustomize-build\n    config:\n      path: ./src/overlays/${{ vars.env }}\n")
                .append("      outPath: ./out/manifests.yaml\n");
        commitAndPush();
    }

    private void cloneStep(int deep) {
        sb.append("  - uses: git-clone\n    as: clone\n    config:\n      repoURL: ${{ vars.repoURL }}\n")
                .append("      checkout:\n      - commit: ${{ commitFrom(vars.repoURL).ID }}\n        path: ./src\n")
                .append("      - branch: stage/${{ ctx.stage }}\n        create: true\n        path: ./out\n");
        if (deep > 4) {
            sb.append("      author:\n        name: Kargo Bot\n        email: kargo@example.com\n");
        }
    }

    private void commitAndPush() {
        sb.append("  - uses: git-commit\n    as: commit\n    config:\n      path: ./out\n      message: |\n")
                .append("        Promote ${{ ctx.targetFreight.name }} to ${{ ctx.stage }}\n\n")
                .append("        ").append(sentence(12)).append('\n');
        sb.append("  - uses: git-push\n    as: push\n    config:\n      path: ./out\n")
                .append(random.nextBoolean() ? "      generateTargetBranch: true\n" : "      targetBranch: main\n");
    }

    private void analysis(String ns) {
        doc("argoproj.io/v1alpha1", "AnalysisTemplate", "smoke", ns);
        sb.append("spec:\n  args:\n  - name: service\n  - name: namespace\n    value: ").append(ns)
                .append("\n  metrics:\n  - name: smoke\n    count: 1\n    provider:\n      job:\n        spec:\n")
                .append("          backoffLimit: 1\n          template:\n            spec:\n")
                .append("              restartPolicy: Never\n              containers:\n")
                .append("              - name: test\n                image: curlimages/curl:8.8.0\n")
                .append("                command: [sh, -c]\n                args:\n                - |\n");
        int lines = 20 + random.nextInt(60);
        for (int i = 0; i < lines; i++) {
            sb.append("                  ").append(shellLine(i)).append('\n');
        }
        sb.append("  - name: error-rate\n    interval: 1m\n    successCondition: result[0] < 0.05\n")
                .append("    failureLimit: 3\n    provider:\n      prometheus:\n")
                .append("        address: http://prometheus.monitoring:9090\n        query: |\n")
                .append("          sum(rate(http_requests_total{service=\"{{args.service}}\",code=~\"5..\"}[5m]))\n")
                .append("          /\n          sum(rate(http_requests_total{service=\"{{args.service}}\"}[5m]))\n");
    }

    private String shellLine(int i) {
        switch (random.nextInt(5)) {
            case 0:
                return "# step " + i + ": " + sentence(6);
            case 1:
                return "curl -fsS --retry 5 \"http://${SERVICE}.${NAMESPACE}.svc:8080/healthz?probe=" + i + "\"";
            case 2:
                return "if [ \"$(cat /tmp/out-" + i + ")\" != \"ok\" ]; then echo 'failed: " + word() + "'; exit 1; fi";
            case 3:
                return "for i in $(seq 1 " + (3 + i % 7) + "); do echo \"attempt $i\" >&2; sleep 2; done";
            default:
                return "export " + word().toUpperCase(java.util.Locale.ROOT) + "_" + i + "='" + sentence(3) + "'";
        }
    }

    private void stage(String ns, String name, String upstream, int warehouses) {
        doc("kargo.akuity.io/v1alpha1", "Stage", name, ns);
        sb.append("spec:\n");
        if (random.nextInt(3) == 0) {
            sb.append("  shard: ").append(word()).append('\n');
        }
        sb.append("  requestedFreight:\n");
        for (int w = 0; w < warehouses; w++) {
            sb.append("  - origin:\n      kind: Warehouse\n      name: wh-").append(w).append('\n');
            sb.append(upstream == null ? "    sources:\n      direct: true\n"
                    : "    sources:\n      stages: [" + upstream + "]\n");
        }
        sb.append("  promotionTemplate:\n    spec:\n      vars:\n      - name: repoURL\n        value: ")
                .append(pick(REPOS)).append("\n      - name: imageRepo\n        value: \"").append(pick(IMAGES))
                .append("\"\n      steps:\n");
        indent(() -> cloneStep(random.nextInt(8)));
        if (random.nextBoolean()) {
            indent(() -> sb.append("  - task:\n      name: render-and-push\n    as: render\n    vars:\n")
                    .append("    - name: env\n      value: ").append(name).append('\n'));
        }
        int kind = random.nextInt(4);
        if (kind == 0) {
            indent(() -> sb.append("  - uses: helm-template\n    as: render\n    config:\n      path: ./src/charts/app\n")
                    .append("      releaseName: ").append(word()).append("\n      namespace: ").append(ns)
                    .append("\n      valuesFiles:\n      - ./src/env/").append(name).append("/values.yaml\n")
                    .append("      setValues:\n      - key: image.tag\n        value: ${{ imageFrom(vars.imageRepo).Tag }}\n")
                    .append("      - key: image.digest\n        value: ${{ imageFrom(vars.imageRepo).Digest }}\n")
                    .append("      outPath: ./out/").append(name).append(".yaml\n"));
        } else if (kind == 1) {
            indent(() -> {
                sb.append("  - uses: yaml-update\n    config:\n      path: ./out/").append(name)
                        .append("/values.yaml\n      updates:\n");
                int n = 2 + random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    sb.append("      - key: ").append(word()).append('.').append(word()).append('[').append(i)
                            .append("].value\n        value: ").append(random.nextBoolean()
                                    ? "${{ vars.imageRepo + ':' + imageFrom(vars.imageRepo).Tag }}"
                                    : "'" + sentence(2) + "'").append('\n');
                }
            });
        } else if (kind == 2) {
            indent(() -> sb.append("  - uses: http\n    as: notify\n    config:\n      method: POST\n")
                    .append("      url: https://hooks.example.com/services/").append(word()).append('\n')
                    .append("      headers:\n      - name: Content-Type\n        value: application/json\n")
                    .append("      body: |\n        {\n          \"text\": \"Promoted ${{ ctx.targetFreight.name }}\",\n")
                    .append("          \"stage\": \"${{ ctx.stage }}\",\n          \"details\": \"").append(sentence(20))
                    .append("\"\n        }\n      successExpression: response.status == 200\n"));
        } else {
            indent(() -> sb.append("  - uses: ").append(word()).append("-custom-step   # a custom step\n")
                    .append("    config:\n      level1:\n        level2:\n          level3:\n            level4:\n")
                    .append("              items: [{a: 1, b: [x, y, {c: d}]}, {e: \"f\"}]\n")
                    .append("              note: ").append(sentence(5)).append('\n'));
        }
        indent(this::commitAndPush);
        indent(() -> sb.append("  - uses: argocd-update\n    config:\n      apps:\n      - name: ").append(name)
                .append('-').append(word()).append("\n        namespace: argocd\n        sources:\n")
                .append("        - repoURL: ${{ vars.repoURL }}\n          desiredRevision: ${{ outputs.commit.commit }}\n")
                .append("          updateTargetRevision: true\n"));
        if (random.nextBoolean()) {
            sb.append("  verification:\n    analysisTemplates:\n    - name: smoke\n    args:\n")
                    .append("    - name: service\n      value: ").append(name).append('\n');
        }
    }

    /** Writes a step list item two levels deeper, as a Stage's promotion template holds it. */
    private void indent(Runnable step) {
        int start = sb.length();
        step.run();
        String written = sb.substring(start);
        sb.setLength(start);
        for (String line : written.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("    ").append(line).append('\n');
            }
        }
    }

    private void freight(String ns) {
        doc("kargo.akuity.io/v1alpha1", "Freight", "f" + Long.toHexString(random.nextLong() & 0xffffffffffL), ns);
        sb.append("alias: ").append(word()).append('-').append(word()).append('\n')
                .append("origin: {kind: Warehouse, name: wh-0}\nimages:\n- repoURL: ").append(pick(IMAGES))
                .append("\n  tag: v1.").append(random.nextInt(40)).append(".0\n  digest: sha256:")
                .append("0".repeat(64)).append("\ncommits:\n- repoURL: ").append(pick(REPOS))
                .append("\n  id: ").append("a".repeat(40)).append("\n  branch: main\n  message: \"")
                .append(sentence(8)).append("\"\n");
    }
}
