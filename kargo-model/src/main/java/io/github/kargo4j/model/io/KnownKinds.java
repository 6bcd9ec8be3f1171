package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.cluster.ClusterConfig;
import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.core.Secret;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.stage.Stage;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds the model types, by {@code apiVersion|kind}. */
final class KnownKinds {

    static final Map<String, Class<? extends KargoResource>> ALL;

    static {
        Map<String, Class<? extends KargoResource>> m = new LinkedHashMap<>();
        String kargo = KargoResource.KARGO_API_VERSION;
        m.put("v1|Namespace", Namespace.class);
        m.put("v1|Secret", Secret.class);
        m.put(kargo + "|Project", Project.class);
        m.put(KargoResource.ROLLOUTS_API_VERSION + "|AnalysisTemplate", AnalysisTemplate.class);
        m.put(KargoResource.ROLLOUTS_API_VERSION + "|ClusterAnalysisTemplate", ClusterAnalysisTemplate.class);
        m.put(kargo + "|Warehouse", Warehouse.class);
        m.put(kargo + "|ProjectConfig", ProjectConfig.class);
        m.put(kargo + "|ClusterConfig", ClusterConfig.class);
        m.put(kargo + "|Stage", Stage.class);
        m.put(kargo + "|PromotionTask", PromotionTask.class);
        m.put(kargo + "|ClusterPromotionTask", ClusterPromotionTask.class);
        m.put(kargo + "|Promotion", Promotion.class);
        m.put(kargo + "|Freight", Freight.class);
        ALL = Map.copyOf(m);
    }

    private KnownKinds() {
    }
}
