package io.github.kargo4j.model.testing;

/**
 * Generates the at-scale pattern of seed 003 as YAML text: one isolated project per service, each with a
 * Namespace, Project, ProjectConfig, Warehouse and dev, staging and prod Stages (seven documents per service).
 */
public final class Fleet {

    private Fleet() {
    }

    /**
     * @param services how many services
     * @return a multi-document YAML stream of {@code 7 * services} documents
     */
    public static String yaml(int services) {
        StringBuilder sb = new StringBuilder(services * 4200);
        for (int i = 0; i < services; i++) {
            service(sb, String.format("svc-%04d", i));
        }
        return sb.toString();
    }

    /**
     * Writes a fleet to a file, for benchmarks of the command line.
     *
     * @param args the file and the number of services (default 1,000)
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), yaml(services));
    }

    private static void service(StringBuilder sb, String svc) {
        String ns = "kargo-" + svc;
        sb.append("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ").append(ns).append('\n')
                .append("  labels:\n    kargo.akuity.io/project: \"true\"\n    app.kubernetes.io/part-of: platform\n");
        sb.append("---\napiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata:\n  name: ").append(ns)
                .append('\n');
        sb.append("---\napiVersion: kargo.akuity.io/v1alpha1\nkind: ProjectConfig\nmetadata:\n  name: ").append(ns)
                .append("\n  namespace: ").append(ns).append('\n')
                .append("spec:\n  promotionPolicies:\n    - stageSelector:\n        name: ").append(svc)
                .append("-dev\n      autoPromotionEnabled: true\n    - stageSelector:\n        name: ").append(svc)
                .append("-staging\n      autoPromotionEnabled: true\n    - stageSelector:\n        name: ")
                .append(svc).append("-prod\n      autoPromotionEnabled: false\n");
        sb.append("---\napiVersion: kargo.akuity.io/v1alpha1\nkind: Warehouse\nmetadata:\n  name: ").append(svc)
                .append("\n  namespace: ").append(ns).append('\n')
                .append("spec:\n  interval: 5m0s\n  subscriptions:\n    - image:\n        repoURL: registry.example.com/")
                .append(svc).append("\n        constraint: ^1.0.0\n        discoveryLimit: 10\n")
                .append("    - git:\n        repoURL: https://github.com/example/gitops-platform.git\n")
                .append("        branch: main\n        includePaths:\n          - services/").append(svc).append('\n');
        stage(sb, svc, ns, "dev", null);
        stage(sb, svc, ns, "staging", svc + "-dev");
        stage(sb, svc, ns, "prod", svc + "-staging");
    }

    private static void stage(StringBuilder sb, String svc, String ns, String env, String upstream) {
        sb.append("---\napiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: ").append(svc)
                .append('-').append(env).append("\n  namespace: ").append(ns).append('\n')
                .append("  annotations:\n    kargo.akuity.io/color: ").append(env.equals("prod") ? "red" : "green")
                .append("\nspec:\n  requestedFreight:\n    - origin:\n        kind: Warehouse\n        name: ")
                .append(svc).append("\n      sources:\n");
        if (upstream == null) {
            sb.append("        direct: true\n");
        } else {
            sb.append("        stages:\n          - ").append(upstream).append('\n');
        }
        sb.append("  promotionTemplate:\n    spec:\n      vars:\n        - name: gitRepo\n")
                .append("          value: https://github.com/example/gitops-platform.git\n")
                .append("        - name: imageRepo\n          value: registry.example.com/").append(svc).append('\n')
                .append("      steps:\n        - uses: git-clone\n          config:\n")
                .append("            repoURL: ${{ vars.gitRepo }}\n            checkout:\n")
                .append("              - branch: main\n                path: ./repo\n")
                .append("        - uses: yaml-update\n          as: update-image\n          config:\n")
                .append("            path: ./repo/services/").append(svc).append("/values-").append(env)
                .append(".yaml\n            updates:\n              - key: image.tag\n")
                .append("                value: ${{ imageFrom(vars.imageRepo).Tag }}\n")
                .append("        - uses: git-commit\n          as: commit\n          config:\n")
                .append("            path: ./repo\n            message: ${{ outputs['update-image'].commitMessage }}\n")
                .append("        - uses: git-push\n          config:\n            path: ./repo\n")
                .append("            targetBranch: main\n");
    }
}
