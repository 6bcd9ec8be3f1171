package io.github.kargo4j.examples;

import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.fleet.FleetGenerator;
import io.github.kargo4j.fleet.FleetResult;
import io.github.kargo4j.fleet.ProjectResult;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 003 in Java: one isolated Kargo project per service of a {@code services/} directory, generated and checked
 * in one step by {@link FleetGenerator}, which {@code kargo4j generate fleet} calls too.
 *
 * <p>The seed's PowerShell script fills four templates per service and writes shapes Kargo removed long ago
 * (Stage {@code subscriptions} and {@code promotionMechanisms}, Project {@code spec.promotionPolicies}, image
 * {@code semverConstraint}). Here a {@link ServiceTemplate} builds each project with the current API, every project
 * is validated as a complete set before it is written, and each {@code projects/<service>/} directory is written
 * atomically:
 *
 * <pre>
 * services/nginx/          →  projects/nginx/namespace.yaml       Namespace kargo-nginx (project label)
 * services/api-gateway/                   project.yaml         Project kargo-nginx
 *                                         projectconfig.yaml   dev, staging automatic; prod by hand
 *                                         warehouse.yaml       image your-registry.io/nginx (^1.0.0, last 10)
 *                                         stages.yaml          nginx-dev-eastus → nginx-staging-eastus → nginx-prod-eastus
 * </pre>
 *
 * <p>Run: {@code ./mvnw -q -DskipTests package exec:java -pl kargo-examples -am
 * -Dexec.mainClass=io.github.kargo4j.examples.FleetExample -Dexec.args="services target/fleet [--shards N]
 * [--force]"}, with {@code IMAGE_REPOSITORY} and {@code GIT_REPO_URL} set (the seed's placeholders otherwise).
 */
public final class FleetExample {

    private FleetExample() {
    }

    /**
     * What a run did.
     *
     * @param generated the services whose project was written (or already held exactly the new files)
     * @param skipped   the services whose project directory existed and was left alone
     * @param failed    the services that failed, each with the reasons
     */
    public record Summary(List<String> generated, List<String> skipped, Map<String, List<String>> failed) {
        /** Copies the collections. */
        public Summary {
            generated = List.copyOf(generated);
            skipped = List.copyOf(skipped);
            failed = Map.copyOf(failed);
        }
    }

    /**
     * The seed's settings: images {@code <imageRepository>/<service>} in the range {@code ^1.0.0}, the last 10
     * kept; Stages {@code <service>-<env>-eastus}; dev and staging promoted automatically, prod by hand.
     *
     * @param imageRepository the registry, such as {@code myregistry.azurecr.io}
     * @param gitRepoURL      the GitOps repository holding {@code services/<service>/values-<env>.yaml}
     * @return the template
     */
    public static ServiceTemplate seedTemplate(String imageRepository, String gitRepoURL) {
        return ServiceTemplate.builder()
                .imageRepository(imageRepository)
                .gitRepoURL(gitRepoURL)
                .constraint("^1.0.0")
                .discoveryLimit(10)
                .region("eastus")
                .environments("dev", "staging", "prod")
                .autoPromote("dev", "staging")
                .build();
    }

    /**
     * Generates, validates and writes the project of every service, with {@link FleetGenerator}.
     *
     * @param services the directory with one directory per service
     * @param projects where to write {@code <service>/}
     * @param template the settings every service shares
     * @param shards   how many Kargo controller shards to spread the services over (0 for none)
     * @param force    whether to replace existing project directories
     * @return what was done
     */
    public static Summary generate(Path services, Path projects, ServiceTemplate template, int shards,
                                   boolean force) {
        FleetResult result = FleetGenerator.builder()
                .template(template)
                .servicesDirectory(services)
                .projectsDirectory(projects)
                .shardCount(shards)
                .force(force)
                .build()
                .run();
        List<String> generated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, List<String>> failed = new LinkedHashMap<>();
        result.rejected().forEach(r -> failed.put(r.name(), List.of(r.reason())));
        for (ProjectResult p : result.projects()) {
            if (p.failed()) {
                List<String> reasons = new ArrayList<>(p.problems());
                p.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::toString)
                        .forEach(reasons::add);
                failed.put(p.service(), reasons);
            } else if (p.status() == ProjectResult.Status.SKIPPED) {
                skipped.add(p.service());
            } else {
                generated.add(p.service());
            }
        }
        return new Summary(generated, skipped, failed);
    }

    /**
     * @param args the services directory (default {@code services}), the output directory (default
     *             {@code target/fleet}; projects go to its {@code projects/}), {@code --shards N},
     *             {@code --force}
     */
    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        int shards = 0;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--force" -> force = true;
                case "--shards" -> shards = Integer.parseInt(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        Path services = Path.of(positional.size() > 0 ? positional.get(0) : "services");
        Path out = Path.of(positional.size() > 1 ? positional.get(1) : "target/fleet");
        Map<String, String> env = System.getenv();
        ServiceTemplate template = seedTemplate(env.getOrDefault("IMAGE_REPOSITORY", "your-registry.io"),
                env.getOrDefault("GIT_REPO_URL", "https://github.com/YOUR_ORG/gitops-platform.git"));
        Summary s = generate(services, out.resolve("projects"), template, shards, force);
        s.failed().forEach((service, reasons) -> {
            System.err.println("failed " + service + ":");
            reasons.forEach(r -> System.err.println("  " + r));
        });
        System.out.println(s.generated().size() + " generated, " + s.skipped().size() + " skipped, "
                + s.failed().size() + " failed, in " + out.resolve("projects").toAbsolutePath());
        if (!s.failed().isEmpty()) {
            System.exit(1);
        }
    }
}
