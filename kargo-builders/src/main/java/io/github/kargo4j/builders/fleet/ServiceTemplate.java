package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.builders.expr.Expr;
import io.github.kargo4j.builders.freight.FreightRequests;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.steps.Steps;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One isolated Kargo project per service, from one set of settings: the template of a fleet of 100 to 10,000
 * services that all promote the same way.
 *
 * <pre>{@code
 * ServiceTemplate template = ServiceTemplate.builder()
 *     .imageRepository("myregistry.azurecr.io")                 // watches myregistry.azurecr.io/<service>
 *     .gitRepoURL("https://github.com/myorg/platform.git")
 *     .constraint("^1.0.0").discoveryLimit(10)
 *     .region("eastus")                                         // Stages nginx-dev-eastus, ...
 *     .build();
 * ProjectBundle nginx = template.bundle("nginx");
 * ProjectBundle sharded = template.bundle("nginx", "shard-3");  // spec.shard on the Warehouse and Stages
 * }</pre>
 *
 * <p>The project of service {@code <s>} (names as {@link FleetNaming#seed()} gives them; see {@link FleetNaming}):
 * <ul>
 * <li>a <b>Namespace</b> {@code kargo-<s>} labelled {@code kargo.akuity.io/project: "true"} (so the Project adopts
 * it), plus the {@link Builder#putNamespaceLabel extra labels} (by default the seed's
 * {@code app.kubernetes.io/managed-by: kargo}, which its clean-up command selects on);</li>
 * <li>a <b>Project</b> {@code kargo-<s>} (no spec: promotion policies live in the ProjectConfig since Kargo
 * v1.7);</li>
 * <li>a <b>ProjectConfig</b> with one policy per environment, {@code stageSelector.name: <stage>}, enabling
 * auto-promotion for the {@link Builder#autoPromote auto-promoted environments} (by default every environment but
 * the last: dev and staging automatic, prod by hand);</li>
 * <li>a <b>Warehouse</b> {@code <s>} subscribed to the image {@code <imageRepository>/<s>} ({@code constraint},
 * {@code discoveryLimit}, {@code platform} as set) and to the GitOps repository's branch, limited to the
 * service's directory ({@code includePaths: [glob:services/<s>/**]}) and excluding the values files the Stages
 * write, so that a promotion's own commit does not create new Freight;</li>
 * <li>one <b>Stage</b> per environment, in order: the first requests Freight directly from the Warehouse, each
 * other one from the Stage before it. Each promotes with {@code git-clone} (the branch, into {@code ./repo}),
 * {@code yaml-update} of {@code services/<s>/values-<env>.yaml} setting {@code image.tag} to
 * <code>${{ imageFrom("&lt;image&gt;").Tag }}</code> (the step for a Helm values file; {@code kustomize-set-image}
 * would edit a kustomization), {@code git-commit} and {@code git-push} to the same branch.</li>
 * </ul>
 *
 * <p>Every generated name is checked first: {@link #bundle(String)} refuses a service whose name, or any name made
 * from it, breaks a Kubernetes naming rule, with an {@link IllegalArgumentException} that names the service, the
 * generated name and the rule. Instances are immutable and thread-safe; one template serves the whole fleet.
 */
public final class ServiceTemplate {

    /** The default path of a values file in the GitOps repository. */
    public static final String DEFAULT_VALUES_FILE = "services/{service}/values-{env}.yaml";
    /** The default directory whose changes become Freight. */
    public static final String DEFAULT_SERVICE_DIRECTORY = "services/{service}";
    /** The default key of the image tag in a values file. */
    public static final String DEFAULT_IMAGE_TAG_KEY = "image.tag";
    /** Where the promotion steps check the GitOps repository out. */
    public static final String CHECKOUT_PATH = "./repo";

    private final String imageRepository;
    private final String constraint;
    private final Integer discoveryLimit;
    private final String platform;
    private final String gitRepoURL;
    private final String gitBranch;
    private final String region;
    private final List<String> environments;
    private final Set<String> autoPromoted;
    private final FleetNaming naming;
    private final String valuesFile;
    private final String serviceDirectory;
    private final String imageTagKey;
    private final Map<String, String> namespaceLabels;
    /** The same for every Stage of every service: built once. */
    private final PromotionStep cloneStep;
    private final PromotionStep pushStep;

    private ServiceTemplate(Builder b) {
        if (b.imageRepository == null) {
            throw new IllegalStateException("a service template needs an image repository: imageRepository(...)");
        }
        if (b.gitRepoURL == null) {
            throw new IllegalStateException("a service template needs the GitOps repository: gitRepoURL(...)");
        }
        this.imageRepository = b.imageRepository;
        this.constraint = b.constraint;
        this.discoveryLimit = b.discoveryLimit;
        this.platform = b.platform;
        this.gitRepoURL = b.gitRepoURL;
        this.gitBranch = b.gitBranch;
        this.region = b.region;
        this.environments = List.copyOf(b.environments);
        Set<String> auto = b.autoPromoted != null ? b.autoPromoted
                : new LinkedHashSet<>(environments.subList(0, environments.size() - 1));
        for (String env : auto) {
            if (!environments.contains(env)) {
                throw new IllegalStateException("auto-promoted environment \"" + env + "\" is not one of the "
                        + "environments " + environments);
            }
        }
        this.autoPromoted = Collections.unmodifiableSet(new LinkedHashSet<>(auto));
        this.naming = b.naming;
        this.valuesFile = b.valuesFile;
        this.serviceDirectory = b.serviceDirectory;
        this.imageTagKey = b.imageTagKey;
        this.namespaceLabels = Collections.unmodifiableMap(new LinkedHashMap<>(b.namespaceLabels));
        this.cloneStep = Steps.gitClone(c -> c.repoURL(gitRepoURL)
                .addCheckout(co -> co.branch(gitBranch).path(CHECKOUT_PATH)));
        this.pushStep = Steps.gitPush(c -> c.path(CHECKOUT_PATH).targetBranch(gitBranch));
    }

    /** @return a builder with Kargo's defaults and the seed's environments, naming and labels */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.imageRepository = imageRepository;
        b.constraint = constraint;
        b.discoveryLimit = discoveryLimit;
        b.platform = platform;
        b.gitRepoURL = gitRepoURL;
        b.gitBranch = gitBranch;
        b.region = region;
        b.environments = new ArrayList<>(environments);
        b.autoPromoted = new LinkedHashSet<>(autoPromoted);
        b.naming = naming;
        b.valuesFile = valuesFile;
        b.serviceDirectory = serviceDirectory;
        b.imageTagKey = imageTagKey;
        b.namespaceLabels = new LinkedHashMap<>(namespaceLabels);
        return b;
    }

    /** @return the environments, in promotion order */
    public List<String> environments() {
        return environments;
    }

    /** @return the environments that auto-promote */
    public Set<String> autoPromoted() {
        return autoPromoted;
    }

    /** @return the naming scheme */
    public FleetNaming naming() {
        return naming;
    }

    /** @return the region, if set */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * @param service a service name
     * @return the image repository the service's Warehouse watches: the configured repository with
     *     {@code {service}} replaced, or followed by {@code /<service>} when it has no placeholder
     */
    public String imageOf(String service) {
        return imageRepository.contains("{service}") ? imageRepository.replace("{service}", service)
                : stripSlash(imageRepository) + "/" + service;
    }

    /**
     * @param service     a service name
     * @param environment an environment
     * @return the values file, relative to the GitOps repository's root, that the environment's Stage updates
     */
    public String valuesFileOf(String service, String environment) {
        return valuesFile.replace("{service}", service).replace("{env}", environment);
    }

    /**
     * The names the project of a service would get, checked against the Kubernetes rules.
     *
     * @param service a service name
     * @return the names
     * @throws IllegalArgumentException naming the service, the generated name and the broken rule, if a name is
     *                                  invalid, too long, or two Stages would share a name
     */
    public ServiceNames namesOf(String service) {
        Objects.requireNonNull(service, "service");
        check(service, "service name", service, KubernetesNames.labelProblem(service));
        String namespace = naming.namespace(service);
        check(service, "namespace (and Project) name", namespace, KubernetesNames.labelProblem(namespace));
        String warehouse = naming.warehouse(service);
        check(service, "Warehouse name", warehouse, KubernetesNames.subdomainProblem(warehouse));
        Map<String, String> stages = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String env : environments) {
            String stage = naming.stage(service, env, region());
            check(service, "Stage name for " + env, stage, KubernetesNames.subdomainProblem(stage));
            if (!seen.add(stage)) {
                throw new IllegalArgumentException("service \"" + service + "\": Stage name \"" + stage
                        + "\" is generated for two environments; a Stage name must be unique in its project "
                        + "(include the environment in the naming scheme)");
            }
            stages.put(env, stage);
        }
        return new ServiceNames(service, namespace, warehouse, stages);
    }

    private static void check(String service, String what, String name, Optional<String> problem) {
        problem.ifPresent(p -> {
            throw new IllegalArgumentException("service \"" + service + "\": " + what + " \"" + name + "\" " + p);
        });
    }

    /**
     * @param service a service name
     * @return the service's project, on the default shard
     * @throws IllegalArgumentException see {@link #namesOf(String)}
     */
    public ProjectBundle bundle(String service) {
        return build(service, null);
    }

    /**
     * @param service a service name
     * @param shard   the Kargo controller shard for the Warehouse and Stages ({@code spec.shard}), such as
     *                {@code shard-3}; see {@link ShardAssignment}
     * @return the service's project
     * @throws IllegalArgumentException see {@link #namesOf(String)}, or if the shard is not a valid label value
     */
    public ProjectBundle bundle(String service, String shard) {
        Objects.requireNonNull(shard, "shard");
        KubernetesNames.labelValueProblem(shard).ifPresent(p -> {
            throw new IllegalArgumentException("shard name \"" + shard + "\" " + p
                    + " (Kargo copies it into the label kargo.akuity.io/shard)");
        });
        return build(service, shard);
    }

    private ProjectBundle build(String service, String shard) {
        ServiceNames names = namesOf(service);
        String ns = names.namespace();
        String image = imageOf(service);
        Expr tag = Expr.imageFrom(image).tag();

        ProjectBundle.Builder b = ProjectBundle.builder(ns)
                .namespace(Namespace.builder().metadata(m -> m.name(ns).putAllLabels(namespaceLabels())).build())
                .project(Project.named(ns));

        b.projectConfig(ProjectConfig.forProject(ns).spec(spec -> {
            for (String env : environments) {
                spec.addPromotionPolicy(PromotionPolicy.forStage(names.stage(env), autoPromoted.contains(env)));
            }
        }).build());

        ImageSubscription.Builder img = ImageSubscription.builder().repoURL(image);
        if (constraint != null) {
            img.constraint(constraint);
        }
        if (platform != null) {
            img.platform(platform);
        }
        if (discoveryLimit != null) {
            img.discoveryLimit(discoveryLimit);
        }
        String dir = stripSlash(serviceDirectory.replace("{service}", service));
        List<String> excluded = new ArrayList<>();
        for (String env : environments) {
            excluded.add("glob:" + valuesFileOf(service, env));
        }
        b.addWarehouse(Warehouse.builder()
                .metadata(m -> m.name(names.warehouse()).namespace(ns))
                .spec(w -> {
                    w.addSubscription(Subscription.builder().image(img.build()).build());
                    w.addSubscription(s -> s.git(g -> g.repoURL(gitRepoURL).branch(gitBranch)
                            .addIncludePath("glob:" + dir + "/**")
                            .addAllExcludePaths(excluded)));
                    if (shard != null) {
                        w.shard(shard);
                    }
                })
                .build());

        String previous = null;
        for (String env : environments) {
            String stage = names.stage(env);
            String upstream = previous;
            b.addStage(Stage.builder()
                    .metadata(m -> m.name(stage).namespace(ns))
                    .spec(s -> {
                        s.addRequestedFreight(upstream == null
                                ? FreightRequests.fromWarehouse(names.warehouse()).direct()
                                : FreightRequests.fromWarehouse(names.warehouse()).viaStages(upstream));
                        s.promotionTemplate(t -> t.spec(promotionSteps(service, env, image, tag)));
                        if (shard != null) {
                            s.shard(shard);
                        }
                    })
                    .build());
            previous = stage;
        }
        return b.build();
    }

    /**
     * The promotion steps of one environment's Stage, as a reusable fragment: {@code git-clone},
     * {@code yaml-update} of the values file, {@code git-commit}, {@code git-push}.
     *
     * @param service     the service
     * @param environment the environment
     * @return the fragment
     */
    public Consumer<PromotionTemplateSpec.Builder> promotionSteps(String service, String environment) {
        String image = imageOf(service);
        return promotionSteps(service, environment, image, Expr.imageFrom(image).tag());
    }

    private Consumer<PromotionTemplateSpec.Builder> promotionSteps(String service, String env, String image,
                                                                  Expr tag) {
        String file = CHECKOUT_PATH + "/" + valuesFileOf(service, env);
        return t -> t
                .addStep(cloneStep)
                .addStep(Steps.yamlUpdate(c -> c.path(file).addUpdate(imageTagKey, tag))
                        .withAs("update-image"))
                .addStep(Steps.gitCommit(c -> c.path(CHECKOUT_PATH)
                        .message("Promote " + service + " to " + env + ": " + image + ":" + tag))
                        .withAs("commit"))
                .addStep(pushStep);
    }

    /** The project label first, then the extra labels in the order they were set. */
    private Map<String, String> namespaceLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(Namespace.PROJECT_LABEL, "true");
        namespaceLabels.forEach(out::putIfAbsent);
        return out;
    }

    private static String stripSlash(String s) {
        String r = s;
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    @Override
    public String toString() {
        return "ServiceTemplate{image=" + imageOf("{service}") + ", git=" + gitRepoURL + "@" + gitBranch
                + ", environments=" + environments + ", auto=" + autoPromoted
                + (region == null ? "" : ", region=" + region) + "}";
    }

    /**
     * The names of one service's resources.
     *
     * @param service   the service
     * @param namespace the Namespace, which is also the Project
     * @param warehouse the Warehouse
     * @param stages    the Stage of each environment, in promotion order
     */
    public record ServiceNames(String service, String namespace, String warehouse, Map<String, String> stages) {

        /** Copies the Stage map. */
        public ServiceNames {
            stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }

        /**
         * @param environment an environment
         * @return its Stage
         * @throws IllegalArgumentException if the environment is not one of the template's
         */
        public String stage(String environment) {
            String s = stages.get(environment);
            if (s == null) {
                throw new IllegalArgumentException("no environment " + environment + " in " + stages.keySet());
            }
            return s;
        }
    }

    /** Collects the settings of a {@link ServiceTemplate}. */
    public static final class Builder {
        private String imageRepository;
        private String constraint;
        private Integer discoveryLimit;
        private String platform;
        private String gitRepoURL;
        private String gitBranch = "main";
        private String region;
        private List<String> environments = new ArrayList<>(List.of("dev", "staging", "prod"));
        private Set<String> autoPromoted;
        private FleetNaming naming = FleetNaming.seed();
        private String valuesFile = DEFAULT_VALUES_FILE;
        private String serviceDirectory = DEFAULT_SERVICE_DIRECTORY;
        private String imageTagKey = DEFAULT_IMAGE_TAG_KEY;
        private Map<String, String> namespaceLabels = new LinkedHashMap<>(
                Map.of("app.kubernetes.io/managed-by", "kargo"));

        private Builder() {
        }

        /**
         * @param imageRepository the registry (and path) that holds one image per service, such as
         *                        {@code myregistry.azurecr.io} (the service {@code nginx} then watches
         *                        {@code myregistry.azurecr.io/nginx}), or a pattern with {@code {service}}, such as
         *                        {@code ghcr.io/myorg/{service}-image} (required)
         * @return this builder
         */
        public Builder imageRepository(String imageRepository) {
            this.imageRepository = nonBlank(imageRepository, "imageRepository");
            return this;
        }

        /**
         * @param constraint the semantic version range of the images to promote, such as {@code ^1.0.0} (written
         *                   to the image subscription's {@code constraint}; Kargo v1.9 ignores the old
         *                   {@code semverConstraint}); {@code null} for no constraint (the default)
         * @return this builder
         */
        public Builder constraint(String constraint) {
            this.constraint = constraint == null ? null : nonBlank(constraint, "constraint");
            return this;
        }

        /**
         * @param discoveryLimit how many images discovery keeps, 1 to 100; {@code null} for Kargo's default (20)
         * @return this builder
         */
        public Builder discoveryLimit(Integer discoveryLimit) {
            if (discoveryLimit != null && (discoveryLimit < 1 || discoveryLimit > 100)) {
                throw new IllegalArgumentException("discoveryLimit must be between 1 and 100, not " + discoveryLimit);
            }
            this.discoveryLimit = discoveryLimit;
            return this;
        }

        /**
         * @param platform the platform of the images, {@code <os>/<arch>} such as {@code linux/amd64};
         *                 {@code null} for the controller's own (the default)
         * @return this builder
         */
        public Builder platform(String platform) {
            this.platform = platform == null ? null : nonBlank(platform, "platform");
            return this;
        }

        /**
         * @param gitRepoURL the GitOps repository holding {@code services/<service>/values-<env>.yaml}, such as
         *                   {@code https://github.com/myorg/platform.git} (required)
         * @return this builder
         */
        public Builder gitRepoURL(String gitRepoURL) {
            this.gitRepoURL = nonBlank(gitRepoURL, "gitRepoURL");
            return this;
        }

        /**
         * @param gitBranch the branch the Warehouse watches and the Stages push to (default {@code main})
         * @return this builder
         */
        public Builder gitBranch(String gitBranch) {
            this.gitBranch = nonBlank(gitBranch, "gitBranch");
            return this;
        }

        /**
         * @param region the region, part of Stage names in the seed's naming scheme (such as {@code eastus});
         *               {@code null} for none (the default)
         * @return this builder
         * @throws IllegalArgumentException if the region is not a DNS-1123 label
         */
        public Builder region(String region) {
            this.region = region == null ? null : label(region, "region");
            return this;
        }

        /**
         * @param environments the environments in promotion order (default {@code dev}, {@code staging},
         *                     {@code prod}); each becomes one Stage
         * @return this builder
         * @throws IllegalArgumentException if there are none, one repeats, or one is not a DNS-1123 label (it becomes
         *                                  part of Stage names and of the values file's path)
         */
        public Builder environments(String... environments) {
            return environments(List.of(environments));
        }

        /**
         * @param environments the environments in promotion order
         * @return this builder
         * @throws IllegalArgumentException if there are none, one repeats, or one is not a DNS-1123 label
         * @see #environments(String...)
         */
        public Builder environments(Collection<String> environments) {
            Objects.requireNonNull(environments, "environments");
            if (environments.isEmpty()) {
                throw new IllegalArgumentException("a service needs at least one environment");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String e : environments) {
                if (!seen.add(label(e, "environment"))) {
                    throw new IllegalArgumentException("environment " + e + " is listed twice");
                }
            }
            this.environments = new ArrayList<>(seen);
            return this;
        }

        /**
         * @param environments the environments whose Stage auto-promotes new Freight; the others are promoted by
         *                     hand. By default every environment but the last (dev and staging, not prod). Each
         *                     must be one of {@link #environments(String...)} when the template is built.
         * @return this builder
         */
        public Builder autoPromote(String... environments) {
            return autoPromote(List.of(environments));
        }

        /**
         * @param environments the environments whose Stage auto-promotes
         * @return this builder
         * @see #autoPromote(String...)
         */
        public Builder autoPromote(Collection<String> environments) {
            this.autoPromoted = new LinkedHashSet<>(Objects.requireNonNull(environments, "environments"));
            return this;
        }

        /**
         * @param naming the naming scheme (default {@link FleetNaming#seed()})
         * @return this builder
         */
        public Builder naming(FleetNaming naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * @param valuesFile the values file of a service's environment, relative to the GitOps repository, with
         *                   the placeholders {@code {service}} and {@code {env}} (default
         *                   {@value #DEFAULT_VALUES_FILE})
         * @return this builder
         */
        public Builder valuesFile(String valuesFile) {
            this.valuesFile = nonBlank(valuesFile, "valuesFile");
            return this;
        }

        /**
         * @param serviceDirectory the directory of a service in the GitOps repository, with the placeholder
         *                         {@code {service}}; a change below it (other than to the values files the Stages
         *                         write) becomes Freight (default {@value #DEFAULT_SERVICE_DIRECTORY})
         * @return this builder
         */
        public Builder serviceDirectory(String serviceDirectory) {
            this.serviceDirectory = nonBlank(serviceDirectory, "serviceDirectory");
            return this;
        }

        /**
         * @param imageTagKey the dotted key of the image tag in the values file (default
         *                    {@value #DEFAULT_IMAGE_TAG_KEY})
         * @return this builder
         */
        public Builder imageTagKey(String imageTagKey) {
            this.imageTagKey = nonBlank(imageTagKey, "imageTagKey");
            return this;
        }

        /**
         * @param key   a label for every project Namespace, besides {@code kargo.akuity.io/project}
         * @param value its value
         * @return this builder
         */
        public Builder putNamespaceLabel(String key, String value) {
            namespaceLabels.put(nonBlank(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Drops the extra Namespace labels, including the default {@code app.kubernetes.io/managed-by: kargo}.
         *
         * @return this builder
         */
        public Builder clearNamespaceLabels() {
            namespaceLabels.clear();
            return this;
        }

        /**
         * @return the template
         * @throws IllegalStateException if the image repository or Git repository is missing, or an auto-promoted
         *                               environment is not one of the environments
         */
        public ServiceTemplate build() {
            return new ServiceTemplate(this);
        }

        private static String label(String s, String what) {
            Objects.requireNonNull(s, what);
            KubernetesNames.labelProblem(s).ifPresent(p -> {
                throw new IllegalArgumentException(what + " \"" + s + "\" " + p
                        + " (it becomes part of Kubernetes names)");
            });
            return s;
        }

        private static String nonBlank(String s, String what) {
            Objects.requireNonNull(s, what);
            if (s.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s;
        }
    }
}
