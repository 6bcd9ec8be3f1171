package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one project namespace that the graph rules look at, with name lookups (the first resource of a
 * name wins; duplicates are another rule's business). Cluster-scoped kinds are looked up in the whole set.
 */
final class ProjectIndex {

    final String namespace;
    /** Stage entries in input order. */
    final List<Entry> stageEntries = new ArrayList<>();
    /** The Stages of {@link #stageEntries}, same order. */
    final List<Stage> stages = new ArrayList<>();
    /** Stage name to its first index in {@link #stages}. */
    final Map<String, Integer> stageByName;
    final Map<String, Warehouse> warehouses = new HashMap<>();
    final Map<String, AnalysisTemplate> analysisTemplates = new HashMap<>();
    final Map<String, PromotionTask> promotionTasks = new HashMap<>();
    final List<Entry> projectConfigs = new ArrayList<>();
    final Map<String, ClusterAnalysisTemplate> clusterAnalysisTemplates;
    final Map<String, ClusterPromotionTask> clusterPromotionTasks;

    private ProjectIndex(String namespace, int size, Map<String, ClusterAnalysisTemplate> clusterAnalysisTemplates,
                         Map<String, ClusterPromotionTask> clusterPromotionTasks) {
        this.namespace = namespace;
        this.stageByName = new HashMap<>(size * 4 / 3 + 1);
        this.clusterAnalysisTemplates = clusterAnalysisTemplates;
        this.clusterPromotionTasks = clusterPromotionTasks;
    }

    /**
     * @param context the validation context
     * @return one index per namespace of the set, in input order of the namespaces
     */
    static List<ProjectIndex> of(ValidationContext context) {
        return of(context.byNamespace(), context.entries());
    }

    static List<ProjectIndex> of(Map<String, List<Entry>> byNamespace, List<Entry> all) {
        Map<String, ClusterAnalysisTemplate> cats = new HashMap<>();
        Map<String, ClusterPromotionTask> cpts = new HashMap<>();
        for (Entry e : all) {
            KargoResource r = e.resource();
            if (r instanceof ClusterAnalysisTemplate t) {
                cats.putIfAbsent(t.name(), t);
            } else if (r instanceof ClusterPromotionTask t) {
                cpts.putIfAbsent(t.name(), t);
            }
        }
        List<ProjectIndex> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> ns : byNamespace.entrySet()) {
            ProjectIndex idx = new ProjectIndex(ns.getKey(), ns.getValue().size(), cats, cpts);
            for (Entry e : ns.getValue()) {
                idx.add(e);
            }
            out.add(idx);
        }
        return out;
    }

    private void add(Entry e) {
        KargoResource r = e.resource();
        if (r instanceof Stage s) {
            stageByName.putIfAbsent(s.name(), stages.size());
            stageEntries.add(e);
            stages.add(s);
        } else if (r instanceof Warehouse w) {
            warehouses.putIfAbsent(w.name(), w);
        } else if (r instanceof AnalysisTemplate t) {
            analysisTemplates.putIfAbsent(t.name(), t);
        } else if (r instanceof PromotionTask t) {
            promotionTasks.putIfAbsent(t.name(), t);
        } else if (r instanceof ProjectConfig) {
            projectConfigs.add(e);
        }
    }

    /** @return the project's name for messages: its namespace, or a phrase when resources have none */
    String projectName() {
        return namespace.isEmpty() ? "(no namespace)" : namespace;
    }

    /** @return the ProjectConfig Kargo uses for this project (the first one in the set), if any */
    Optional<Entry> projectConfig() {
        return projectConfigs.isEmpty() ? Optional.empty() : Optional.of(projectConfigs.get(0));
    }
}
