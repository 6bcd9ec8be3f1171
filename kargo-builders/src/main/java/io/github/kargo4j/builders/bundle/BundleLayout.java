package io.github.kargo4j.builders.bundle;

import io.github.kargo4j.model.KargoResource;

import java.util.Objects;

/**
 * How a {@link ProjectBundle} is split into files: a function from each resource (and its group) to a file name
 * relative to the target directory. Resources that map to the same file are written together, as a multi-document
 * YAML stream in apply order. Names are sanitised when written (see {@link ProjectBundle#writeTo}).
 *
 * <pre>{@code
 * bundle.writeTo(dir, BundleLayout.filePerResource());   // 03-secret-github-creds.yaml, 08-stage-dev.yaml, ...
 * bundle.writeTo(dir, BundleLayout.filePerKind());       // 03-secrets.yaml, 08-stages.yaml, ...
 * bundle.writeTo(dir, BundleLayout.singleFile("kargo.yaml"));
 * bundle.writeTo(dir, (group, r) -> r.name() + ".yaml"); // your own
 * }</pre>
 */
@FunctionalInterface
public interface BundleLayout {

    /**
     * @param group    the resource's group
     * @param resource the resource
     * @return the file name, relative to the target directory; may contain {@code /} for sub-directories; a name
     *     without {@code .yaml}, {@code .yml} or {@code .json} gets {@code .yaml}
     */
    String fileName(ResourceGroup group, KargoResource resource);

    /**
     * One file per resource, numbered by group in apply order, like seed 000's {@code 02-stage-dev.yaml}:
     * {@code 01-namespace.yaml}, {@code 02-project.yaml}, {@code 03-secret-<name>.yaml},
     * {@code 04-project-config.yaml}, {@code 05-warehouse-<name>.yaml}, {@code 06-promotion-task-<name>.yaml},
     * {@code 07-analysis-template-<name>.yaml}, {@code 08-stage-<name>.yaml}. Numbers are fixed per group, so a
     * file keeps its name when other groups are added or removed.
     *
     * @return the layout
     */
    static BundleLayout filePerResource() {
        return (group, resource) -> group.isSingleton()
                ? String.format("%02d-%s.yaml", group.number(), group.slug())
                : String.format("%02d-%s-%s.yaml", group.number(), group.slug(), resource.name());
    }

    /**
     * One file per group, numbered in apply order: {@code 03-secrets.yaml}, {@code 08-stages.yaml}, ...
     *
     * @return the layout
     */
    static BundleLayout filePerKind() {
        return (group, resource) -> String.format("%02d-%s.yaml", group.number(), group.pluralSlug());
    }

    /**
     * Every resource in one multi-document file, in apply order.
     *
     * @param fileName the file name, such as {@code kargo.yaml}
     * @return the layout
     */
    static BundleLayout singleFile(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return (group, resource) -> fileName;
    }
}
