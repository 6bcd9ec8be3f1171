package io.github.kargo4j.builders.bundle;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one Kargo project consists of: its Namespace (optional), Project, Secrets, ProjectConfig, Warehouses,
 * PromotionTasks, AnalysisTemplates and Stages, ready to be listed in apply order or written to a directory.
 *
 * <pre>{@code
 * ProjectBundle bundle = ProjectBundle.builder("kargo-managed-stack")
 *     .project()                                             // a Project named like the bundle
 *     .addSecret(Credentials.git("github-creds").repoURL(manifestsRepo).usernamePassword(user, pat).build())
 *     .projectConfig(ProjectConfig.forProject("kargo-managed-stack").spec(...).build())
 *     .addWarehouse(warehouse)
 *     .addAnalysisTemplate(updateTemplate)
 *     .addStage(dev).addStage(qa)
 *     .build();
 * bundle.writeTo(Path.of("kargo"), BundleLayout.filePerResource());
 * }</pre>
 *
 * <p><b>One namespace.</b> Every namespaced resource belongs to the project namespace: a resource without a
 * namespace is given it, a resource with another namespace is rejected. A Project or Namespace must carry the
 * project's name (it is filled in when absent), and so must the ProjectConfig, as Kargo requires.
 *
 * <p><b>Apply order</b> ({@link #resources()}, and the numbers of {@link BundleLayout#filePerResource()}):
 * <ol>
 * <li><b>Namespace</b>: everything else lives in it; include it only to pre-create a namespace for the Project to
 * adopt (labelled {@code kargo.akuity.io/project: "true"}).</li>
 * <li><b>Project</b>: creates or adopts the namespace and its RoleBinding; Kargo's webhooks accept Kargo resources
 * only in a project namespace.</li>
 * <li><b>Secrets</b>: a Warehouse starts discovering as soon as it exists and needs repository credentials; steps
 * and analysis arguments read generic Secrets.</li>
 * <li><b>ProjectConfig</b>: promotion policies must be in place before the first Freight appears, or it is not
 * auto-promoted (or is, unexpectedly); webhook receivers are ready before anything subscribes.</li>
 * <li><b>Warehouses</b>: the origins Stages request; they start producing Freight.</li>
 * <li><b>PromotionTasks</b>: promotion templates of Stages refer to them; a promotion with a missing task fails.</li>
 * <li><b>AnalysisTemplates</b>: a Stage's verification looks them up right after a promotion.</li>
 * <li><b>Stages</b>: last, because a Stage acts on everything above; once it exists it may be promoted to.</li>
 * </ol>
 * Within a group resources keep the order in which they were added.
 *
 * <p>Instances are immutable.
 */
public final class ProjectBundle {

    private final String name;
    private final Namespace namespace;
    private final Project project;
    private final ProjectConfig projectConfig;
    private final List<Secret> secrets;
    private final List<Warehouse> warehouses;
    private final List<PromotionTask> promotionTasks;
    private final List<AnalysisTemplate> analysisTemplates;
    private final List<Stage> stages;

    private ProjectBundle(Builder b) {
        this.name = b.name;
        this.namespace = b.namespace;
        this.project = b.project;
        this.projectConfig = b.projectConfig;
        this.secrets = List.copyOf(b.secrets);
        this.warehouses = List.copyOf(b.warehouses);
        this.promotionTasks = List.copyOf(b.promotionTasks);
        this.analysisTemplates = List.copyOf(b.analysisTemplates);
        this.stages = List.copyOf(b.stages);
    }

    /**
     * @param project the project name, which is also its namespace (a DNS-1123 label)
     * @return a builder for the project's bundle
     */
    public static Builder builder(String project) {
        return new Builder(project);
    }

    /** @return the project name, which is also its namespace */
    public String name() {
        return name;
    }

    /** @return the Namespace, if the bundle manages it */
    public Optional<Namespace> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** @return the Project, if the bundle holds it (it may also be created in the Kargo UI) */
    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** @return the ProjectConfig, if any */
    public Optional<ProjectConfig> projectConfig() {
        return Optional.ofNullable(projectConfig);
    }

    /** @return the Secrets */
    public List<Secret> secrets() {
        return secrets;
    }

    /** @return the Warehouses */
    public List<Warehouse> warehouses() {
        return warehouses;
    }

    /** @return the PromotionTasks */
    public List<PromotionTask> promotionTasks() {
        return promotionTasks;
    }

    /** @return the AnalysisTemplates */
    public List<AnalysisTemplate> analysisTemplates() {
        return analysisTemplates;
    }

    /** @return the Stages */
    public List<Stage> stages() {
        return stages;
    }

    /** @return every resource in apply order (see the class description) */
    public List<KargoResource> resources() {
        List<KargoResource> all = new ArrayList<>();
        grouped().forEach(e -> all.add(e.getValue()));
        return Collections.unmodifiableList(all);
    }

    /**
     * @param resource a resource of this bundle
     * @return its group
     * @throws IllegalArgumentException if the resource is of a kind a bundle does not hold
     */
    public static ResourceGroup groupOf(KargoResource resource) {
        Objects.requireNonNull(resource, "resource");
        if (resource instanceof Namespace) {
            return ResourceGroup.NAMESPACE;
        } else if (resource instanceof Project) {
            return ResourceGroup.PROJECT;
        } else if (resource instanceof Secret) {
            return ResourceGroup.SECRET;
        } else if (resource instanceof ProjectConfig) {
            return ResourceGroup.PROJECT_CONFIG;
        } else if (resource instanceof Warehouse) {
            return ResourceGroup.WAREHOUSE;
        } else if (resource instanceof PromotionTask) {
            return ResourceGroup.PROMOTION_TASK;
        } else if (resource instanceof AnalysisTemplate) {
            return ResourceGroup.ANALYSIS_TEMPLATE;
        } else if (resource instanceof Stage) {
            return ResourceGroup.STAGE;
        }
        throw new IllegalArgumentException("a project bundle holds Namespace, Project, Secret, ProjectConfig, "
                + "Warehouse, PromotionTask, AnalysisTemplate and Stage resources, not " + resource.ref());
    }

    /** @return every resource with its group, in apply order */
    private List<Map.Entry<ResourceGroup, KargoResource>> grouped() {
        List<Map.Entry<ResourceGroup, KargoResource>> m = new ArrayList<>();
        if (namespace != null) {
            m.add(Map.entry(ResourceGroup.NAMESPACE, namespace));
        }
        if (project != null) {
            m.add(Map.entry(ResourceGroup.PROJECT, project));
        }
        secrets.forEach(r -> m.add(Map.entry(ResourceGroup.SECRET, r)));
        if (projectConfig != null) {
            m.add(Map.entry(ResourceGroup.PROJECT_CONFIG, projectConfig));
        }
        warehouses.forEach(r -> m.add(Map.entry(ResourceGroup.WAREHOUSE, r)));
        promotionTasks.forEach(r -> m.add(Map.entry(ResourceGroup.PROMOTION_TASK, r)));
        analysisTemplates.forEach(r -> m.add(Map.entry(ResourceGroup.ANALYSIS_TEMPLATE, r)));
        stages.forEach(r -> m.add(Map.entry(ResourceGroup.STAGE, r)));
        return m;
    }

    /** @return every resource as one multi-document YAML stream, in apply order */
    public String toYaml() {
        return KargoCodec.create().toYaml(resources());
    }

    /**
     * Plans the files {@link #writeTo(Path, BundleLayout)} would write, without writing anything.
     *
     * @param layout how to split the bundle into files
     * @return the sanitised relative file names, in the order of their first resource, each with its resources in
     *     apply order
     * @throws IllegalArgumentException if the layout gives a name that is empty after sanitising, or puts several
     *                                  resources in one {@code .json} file
     */
    public Map<String, List<KargoResource>> plan(BundleLayout layout) {
        Objects.requireNonNull(layout, "layout");
        Map<String, List<KargoResource>> files = new LinkedHashMap<>();
        for (Map.Entry<ResourceGroup, KargoResource> e : grouped()) {
            String raw = layout.fileName(e.getKey(), e.getValue());
            String file = sanitise(raw == null ? "" : raw, e.getValue());
            files.computeIfAbsent(file, k -> new ArrayList<>()).add(e.getValue());
        }
        Map<String, List<KargoResource>> out = new LinkedHashMap<>();
        files.forEach((f, rs) -> {
            if (f.toLowerCase(Locale.ROOT).endsWith(".json") && rs.size() != 1) {
                throw new IllegalArgumentException("the layout puts " + rs.size() + " resources in " + f
                        + ", but a .json file holds exactly one; use .yaml for multi-document files");
            }
            out.put(f, List.copyOf(rs));
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Writes the bundle to a directory, creating it (and sub-directories) as needed. Each file is written
     * atomically (a temporary file moved over the target), as YAML, or JSON when its name ends in {@code .json}.
     * File names from the layout are sanitised: each {@code /}-separated segment keeps only letters, digits,
     * {@code .}, {@code _} and {@code -} (others become {@code -}), loses leading dots, and may not be empty, so no
     * file lands outside the directory or becomes hidden. Files already in the directory that the layout does not
     * produce are left alone.
     *
     * @param directory the target directory
     * @param layout    how to split the bundle into files
     * @return the files written, in order
     * @throws UncheckedIOException     if a file cannot be written
     * @throws IllegalArgumentException see {@link #plan(BundleLayout)}
     */
    public List<Path> writeTo(Path directory, BundleLayout layout) {
        Objects.requireNonNull(directory, "directory");
        Map<String, List<KargoResource>> plan = plan(layout);
        KargoCodec codec = KargoCodec.create();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Path root = directory.toRealPath();
            for (Map.Entry<String, List<KargoResource>> e : plan.entrySet()) {
                Path file = root.resolve(e.getKey()).normalize();
                Path parent = file.getParent();
                Files.createDirectories(parent);
                if (!file.startsWith(root) || !parent.toRealPath().startsWith(root)) {
                    throw new IllegalArgumentException(e.getKey() + " resolves outside " + root);
                }
                ManifestFiles.write(file, e.getValue());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle of project " + name + " to " + directory
                    + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(written);
    }

    /**
     * Sanitises a relative file name from a layout: see {@link #writeTo(Path, BundleLayout)}.
     *
     * @param fileName the name a layout gave
     * @return the safe relative name, with {@code /} between segments and a {@code .yaml}, {@code .yml} or
     *     {@code .json} extension
     * @throws IllegalArgumentException if nothing usable is left
     */
    public static String sanitise(String fileName) {
        return sanitise(fileName, null);
    }

    private static String sanitise(String fileName, KargoResource resource) {
        List<String> segments = new ArrayList<>();
        for (String raw : fileName.replace('\\', '/').split("/")) {
            String s = raw.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-").replaceFirst("^\\.+", "");
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("the layout gave no usable file name (\"" + fileName + "\")"
                    + (resource == null ? "" : " for " + resource.ref()));
        }
        String joined = String.join("/", segments);
        String lower = joined.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml") && !lower.endsWith(".json")) {
            joined += ".yaml";
        }
        return joined;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ProjectBundle{").append(name);
        Map<ResourceGroup, Integer> counts = new LinkedHashMap<>();
        grouped().forEach(e -> counts.merge(e.getKey(), 1, Integer::sum));
        counts.forEach((g, n) -> sb.append(", ").append(g.pluralSlug()).append('=').append(n));
        return sb.append('}').toString();
    }

    /** Collects the resources of a {@link ProjectBundle}. */
    public static final class Builder {
        private final String name;
        private Namespace namespace;
        private Project project;
        private ProjectConfig projectConfig;
        private final List<Secret> secrets = new ArrayList<>();
        private final List<Warehouse> warehouses = new ArrayList<>();
        private final List<PromotionTask> promotionTasks = new ArrayList<>();
        private final List<AnalysisTemplate> analysisTemplates = new ArrayList<>();
        private final List<Stage> stages = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        private Builder(String name) {
            Objects.requireNonNull(name, "project");
            KubernetesNames.labelProblem(name).ifPresent(p -> {
                throw new IllegalArgumentException("project name \"" + name + "\" " + p
                        + " (a Project's name becomes its namespace's name)");
            });
            this.name = name;
        }

        /**
         * Adds a Namespace named like the project and labelled {@code kargo.akuity.io/project: "true"}, for the
         * Project to adopt.
         *
         * @return this builder
         */
        public Builder namespace() {
            return namespace(Namespace.builder().metadata(m -> m.name(name)
                    .putLabel(Namespace.PROJECT_LABEL, "true")).build());
        }

        /**
         * @param namespace the project namespace; its name is filled in when absent (as in a manifest read without
         *                  one; the model's builders refuse to build a Namespace without a name)
         * @return this builder
         * @throws IllegalArgumentException if it has another name, or a Namespace was already set
         */
        public Builder namespace(Namespace namespace) {
            once(this.namespace, "Namespace");
            this.namespace = named(namespace, namespace.metadata(), namespace::withMetadata);
            return this;
        }

        /**
         * Adds a Project named like the bundle.
         *
         * @return this builder
         */
        public Builder project() {
            return project(Project.named(name));
        }

        /**
         * @param project the Project; its name is filled in when absent (as in a manifest read without one; the
         *                model's builders refuse to build a Project without a name)
         * @return this builder
         * @throws IllegalArgumentException if it has another name, or a Project was already set
         */
        public Builder project(Project project) {
            once(this.project, "Project");
            this.project = named(project, project.metadata(), project::withMetadata);
            return this;
        }

        /**
         * @param projectConfig the ProjectConfig; its namespace, and its name when absent (as in a manifest read
         *                      without one), are filled in
         * @return this builder
         * @throws IllegalArgumentException if its name or namespace is not the project's, or one was already set
         */
        public Builder projectConfig(ProjectConfig projectConfig) {
            once(this.projectConfig, "ProjectConfig");
            ProjectConfig pc = namespaced(projectConfig, projectConfig.metadata(), projectConfig::withMetadata);
            this.projectConfig = named(pc, pc.metadata(), pc::withMetadata);
            return this;
        }

        /**
         * @param secret a Secret; its namespace is filled in when absent
         * @return this builder
         * @throws IllegalArgumentException if it has another namespace or its name is taken by another Secret
         */
        public Builder addSecret(Secret secret) {
            secrets.add(unique(namespaced(secret, secret.metadata(), secret::withMetadata)));
            return this;
        }

        /**
         * @param warehouse a Warehouse; its namespace is filled in when absent
         * @return this builder
         * @throws IllegalArgumentException if it has another namespace or its name is taken
         */
        public Builder addWarehouse(Warehouse warehouse) {
            warehouses.add(unique(namespaced(warehouse, warehouse.metadata(), warehouse::withMetadata)));
            return this;
        }

        /**
         * @param task a PromotionTask; its namespace is filled in when absent
         * @return this builder
         * @throws IllegalArgumentException if it has another namespace or its name is taken
         */
        public Builder addPromotionTask(PromotionTask task) {
            promotionTasks.add(unique(namespaced(task, task.metadata(), task::withMetadata)));
            return this;
        }

        /**
         * @param template an AnalysisTemplate; its namespace is filled in when absent
         * @return this builder
         * @throws IllegalArgumentException if it has another namespace or its name is taken
         */
        public Builder addAnalysisTemplate(AnalysisTemplate template) {
            analysisTemplates.add(unique(namespaced(template, template.metadata(), template::withMetadata)));
            return this;
        }

        /**
         * @param stage a Stage; its namespace is filled in when absent
         * @return this builder
         * @throws IllegalArgumentException if it has another namespace or its name is taken
         */
        public Builder addStage(Stage stage) {
            stages.add(unique(namespaced(stage, stage.metadata(), stage::withMetadata)));
            return this;
        }

        /**
         * Adds resources of any kind a bundle holds, each to its group (for example every resource read from a
         * directory).
         *
         * @param resources the resources
         * @return this builder
         * @throws IllegalArgumentException for a kind a bundle does not hold (see {@link #groupOf(KargoResource)}),
         *                                  or as the typed methods
         */
        public Builder addAll(Collection<? extends KargoResource> resources) {
            for (KargoResource r : resources) {
                switch (groupOf(r)) {
                    case NAMESPACE -> namespace((Namespace) r);
                    case PROJECT -> project((Project) r);
                    case SECRET -> addSecret((Secret) r);
                    case PROJECT_CONFIG -> projectConfig((ProjectConfig) r);
                    case WAREHOUSE -> addWarehouse((Warehouse) r);
                    case PROMOTION_TASK -> addPromotionTask((PromotionTask) r);
                    case ANALYSIS_TEMPLATE -> addAnalysisTemplate((AnalysisTemplate) r);
                    case STAGE -> addStage((Stage) r);
                    default -> throw new IllegalStateException("unhandled group " + groupOf(r));
                }
            }
            return this;
        }

        /** @return the bundle */
        public ProjectBundle build() {
            return new ProjectBundle(this);
        }

        private void once(Object existing, String kind) {
            if (existing != null) {
                throw new IllegalArgumentException("project " + name + " already has a " + kind);
            }
        }

        private <T extends KargoResource> T named(T resource, ObjectMeta meta, Function<ObjectMeta, T> with) {
            Optional<String> n = meta.name();
            if (n.isEmpty()) {
                return with.apply(ObjectMeta.builder().from(meta).name(name).build());
            }
            if (!n.get().equals(name)) {
                throw new IllegalArgumentException(resource.kind() + " \"" + n.get() + "\" cannot be part of "
                        + "project " + name + ": its name must be the project's name");
            }
            return resource;
        }

        private <T extends KargoResource> T namespaced(T resource, ObjectMeta meta, Function<ObjectMeta, T> with) {
            Optional<String> ns = meta.namespace();
            if (ns.isEmpty()) {
                return with.apply(ObjectMeta.builder().from(meta).namespace(name).build());
            }
            if (!ns.get().equals(name)) {
                throw new IllegalArgumentException(resource.ref() + " is in namespace " + ns.get()
                        + ", not in the namespace of project " + name);
            }
            return resource;
        }

        private <T extends KargoResource> T unique(T resource) {
            if (resource.name().isEmpty()) {
                throw new IllegalArgumentException("a " + resource.kind() + " of project " + name + " has no name");
            }
            if (!keys.add(resource.kind() + "/" + resource.name())) {
                throw new IllegalArgumentException(resource.ref() + " is added twice");
            }
            return resource;
        }
    }
}
