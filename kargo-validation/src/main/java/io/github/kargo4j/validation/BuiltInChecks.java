package io.github.kargo4j.validation;

import io.github.kargo4j.validation.admission.ClusterConfigAdmissionCheck;
import io.github.kargo4j.validation.admission.FreightAdmissionCheck;
import io.github.kargo4j.validation.admission.ProjectConfigAdmissionCheck;
import io.github.kargo4j.validation.admission.ProjectNamespaceCheck;
import io.github.kargo4j.validation.admission.PromotionAdmissionCheck;
import io.github.kargo4j.validation.admission.PromotionTaskAdmissionCheck;
import io.github.kargo4j.validation.admission.ResourceNameCheck;
import io.github.kargo4j.validation.admission.StageAdmissionCheck;
import io.github.kargo4j.validation.admission.WarehouseAdmissionCheck;
import io.github.kargo4j.validation.constraints.FieldConstraintsCheck;
import io.github.kargo4j.validation.expr.ExpressionCheck;
import io.github.kargo4j.validation.fields.UnknownFieldCheck;
import io.github.kargo4j.validation.graph.GraphCheck;
import io.github.kargo4j.validation.legacy.ExpressionLegacyCheck;
import io.github.kargo4j.validation.legacy.ProjectLegacyCheck;
import io.github.kargo4j.validation.legacy.ResourceLegacyCheck;
import io.github.kargo4j.validation.legacy.StageLegacyCheck;
import io.github.kargo4j.validation.legacy.StepLegacyCheck;
import io.github.kargo4j.validation.legacy.SubscriptionLegacyCheck;
import io.github.kargo4j.validation.steps.StepConfigCheck;
import io.github.kargo4j.validation.verification.AnalysisTemplateCheck;

import java.util.List;

/**
 * The checks every {@link PipelineValidator} runs, in order: single fields, admission rules, legacy shapes, unknown
 * fields, expressions, the freight graph of each project, then analysis templates.
 */
final class BuiltInChecks {

    private BuiltInChecks() {
    }

    static List<Check> all() {
        return List.of(
                new FieldConstraintsCheck(),
                new ResourceNameCheck(),
                new StageAdmissionCheck(),
                new PromotionTaskAdmissionCheck(),
                new PromotionAdmissionCheck(),
                new WarehouseAdmissionCheck(),
                new ProjectConfigAdmissionCheck(),
                new ClusterConfigAdmissionCheck(),
                new FreightAdmissionCheck(),
                new ProjectNamespaceCheck(),
                new StageLegacyCheck(),
                new ProjectLegacyCheck(),
                new SubscriptionLegacyCheck(),
                new StepLegacyCheck(),
                new ExpressionLegacyCheck(),
                new ResourceLegacyCheck(),
                new UnknownFieldCheck(),
                new ExpressionCheck(),
                new StepConfigCheck(),
                new GraphCheck(),
                new AnalysisTemplateCheck()
        );
    }
}
