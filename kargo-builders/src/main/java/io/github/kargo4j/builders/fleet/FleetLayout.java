package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.BundleLayout;

/**
 * File layouts for one service's project directory ({@code projects/<service>/}).
 *
 * <ul>
 * <li>{@link #seed()}: the seed's file names, one file per kind: {@code namespace.yaml}, {@code project.yaml},
 * {@code projectconfig.yaml}, {@code warehouse.yaml} and {@code stages.yaml} (and {@code secrets.yaml},
 * {@code promotiontasks.yaml}, {@code analysistemplates.yaml} if a bundle has such resources). Applied with
 * {@code kubectl apply -f projects/<service>/}, the files go in name order: Namespace and Project first, then the
 * ProjectConfig (so the promotion policies are in place), Stages and Warehouse.</li>
 * <li>{@link #numbered()}: numbered in apply order ({@code 01-namespace.yaml}, {@code 02-project.yaml},
 * {@code 04-project-config.yaml}, {@code 05-warehouses.yaml}, {@code 08-stages.yaml}), see
 * {@link BundleLayout#filePerKind()}.</li>
 * </ul>
 */
public final class FleetLayout {

    private FleetLayout() {
    }

    /** @return the seed's file names, one file per kind */
    public static BundleLayout seed() {
        return (group, resource) -> switch (group) {
            case NAMESPACE -> "namespace.yaml";
            case PROJECT -> "project.yaml";
            case SECRET -> "secrets.yaml";
            case PROJECT_CONFIG -> "projectconfig.yaml";
            case WAREHOUSE -> "warehouse.yaml";
            case PROMOTION_TASK -> "promotiontasks.yaml";
            case ANALYSIS_TEMPLATE -> "analysistemplates.yaml";
            case STAGE -> "stages.yaml";
        };
    }

    /** @return one file per kind, numbered in apply order */
    public static BundleLayout numbered() {
        return BundleLayout.filePerKind();
    }
}
