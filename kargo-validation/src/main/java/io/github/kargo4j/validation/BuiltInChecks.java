package io.github.kargo4j.validation;

import io.github.kargo4j.validation.constraints.FieldConstraintsCheck;
import io.github.kargo4j.validation.expr.ExpressionCheck;
import io.github.kargo4j.validation.fields.UnknownFieldCheck;

import java.util.List;

/** The checks every {@link PipelineValidator} runs, in order. */
final class BuiltInChecks {

    private BuiltInChecks() {
    }

    static List<Check> all() {
        return List.of(
                new FieldConstraintsCheck(),
                new io.github.kargo4j.validation.admission.StageAdmissionCheck(),
                new io.github.kargo4j.validation.admission.PromotionTaskAdmissionCheck(),
                new io.github.kargo4j.validation.admission.PromotionAdmissionCheck(),
                new io.github.kargo4j.validation.admission.WarehouseAdmissionCheck(),
                new io.github.kargo4j.validation.admission.ProjectConfigAdmissionCheck(),
                new io.github.kargo4j.validation.admission.ClusterConfigAdmissionCheck(),
                new io.github.kargo4j.validation.admission.FreightAdmissionCheck(),
                new io.github.kargo4j.validation.admission.ProjectNamespaceCheck(),
                new io.github.kargo4j.validation.legacy.StageLegacyCheck(),
                new io.github.kargo4j.validation.legacy.ProjectLegacyCheck(),
                new io.github.kargo4j.validation.legacy.SubscriptionLegacyCheck(),
                new io.github.kargo4j.validation.legacy.StepLegacyCheck(),
                new io.github.kargo4j.validation.legacy.ExpressionLegacyCheck(),
                new io.github.kargo4j.validation.legacy.ResourceLegacyCheck(),
                new UnknownFieldCheck(),
                new ExpressionCheck()
        );
    }
}
