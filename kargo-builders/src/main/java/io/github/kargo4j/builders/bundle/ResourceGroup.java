package io.github.kargo4j.builders.bundle;

/**
 * The kinds a {@link ProjectBundle} holds, in the order they are applied; {@link #number()} is the prefix of
 * numbered file names, so that {@code kubectl apply -f <dir>} (which reads files in name order) applies them in the
 * same order. See {@link ProjectBundle} for why this order.
 */
public enum ResourceGroup {
    /** The project namespace, when you manage it yourself. */
    NAMESPACE(1, "namespace", "namespace"),
    /** The Project, which creates (or adopts) the namespace. */
    PROJECT(2, "project", "project"),
    /** Credentials and generic Secrets. */
    SECRET(3, "secret", "secrets"),
    /** The ProjectConfig: promotion policies and webhook receivers. */
    PROJECT_CONFIG(4, "project-config", "project-config"),
    /** Warehouses. */
    WAREHOUSE(5, "warehouse", "warehouses"),
    /** PromotionTasks. */
    PROMOTION_TASK(6, "promotion-task", "promotion-tasks"),
    /** Argo Rollouts AnalysisTemplates. */
    ANALYSIS_TEMPLATE(7, "analysis-template", "analysis-templates"),
    /** Stages. */
    STAGE(8, "stage", "stages");

    private final int number;
    private final String slug;
    private final String pluralSlug;

    ResourceGroup(int number, String slug, String pluralSlug) {
        this.number = number;
        this.slug = slug;
        this.pluralSlug = pluralSlug;
    }

    /** @return the position in apply order, from 1 */
    public int number() {
        return number;
    }

    /** @return the file-name word for one resource, such as {@code analysis-template} */
    public String slug() {
        return slug;
    }

    /** @return the file-name word for all resources of the group, such as {@code analysis-templates} */
    public String pluralSlug() {
        return pluralSlug;
    }

    /** @return whether a project has at most one resource of this group (Namespace, Project, ProjectConfig) */
    public boolean isSingleton() {
        return this == NAMESPACE || this == PROJECT || this == PROJECT_CONFIG;
    }
}
