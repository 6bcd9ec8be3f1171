package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

/**
 * The binder's bindings of the model's types as direct calls: for each type its properties in writing order
 * and its builder's factory, setters and {@code build} and its accessors, called by property index. Generated
 * by ModelBindingsGenerator (test tree) from what the binder finds by reflection: do not edit; regenerate with
 * {@code ./mvnw -B -o -q -pl kargo-model test -Dtest=ModelBindingsGeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkargo4j.regenerate=true}. If it no longer compiles after a change to the
 * model, replace it with
 * {@code final class ModelBindings { static Object lookup(String className) { return null; } }}
 * (the binder then binds every type by reflection) and regenerate.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class ModelBindings {

    private ModelBindings() {
    }

    /**
     * @param className the name of a class
     * @return a new {@link Binder.Generated} for a model type (named by its immutable or its abstract class), a
     *     {@link Binder.GeneratedCustom} for a model type with its own JSON form, or null
     */
    static Object lookup(String className) {
        switch (className) {
            case "io.github.kargo4j.model.AbstractObjectMeta":
            case "io.github.kargo4j.model.ObjectMeta":
                return new ObjectMetaBinding();
            case "io.github.kargo4j.model.cluster.AbstractClusterConfig":
            case "io.github.kargo4j.model.cluster.ClusterConfig":
                return new ClusterConfigBinding();
            case "io.github.kargo4j.model.cluster.AbstractClusterConfigSpec":
            case "io.github.kargo4j.model.cluster.ClusterConfigSpec":
                return new ClusterConfigSpecBinding();
            case "io.github.kargo4j.model.cluster.AbstractClusterConfigStatus":
            case "io.github.kargo4j.model.cluster.ClusterConfigStatus":
                return new ClusterConfigStatusBinding();
            case "io.github.kargo4j.model.cluster.AbstractGitClientConfig":
            case "io.github.kargo4j.model.cluster.GitClientConfig":
                return new GitClientConfigBinding();
            case "io.github.kargo4j.model.common.AbstractArtifactReference":
            case "io.github.kargo4j.model.common.ArtifactReference":
                return new ArtifactReferenceBinding();
            case "io.github.kargo4j.model.common.AbstractCondition":
            case "io.github.kargo4j.model.common.Condition":
                return new ConditionBinding();
            case "io.github.kargo4j.model.common.AbstractExpressionVariable":
            case "io.github.kargo4j.model.common.ExpressionVariable":
                return new ExpressionVariableBinding();
            case "io.github.kargo4j.model.common.AbstractFreightOrigin":
            case "io.github.kargo4j.model.common.FreightOrigin":
                return new FreightOriginBinding();
            case "io.github.kargo4j.model.common.AbstractLabelSelector":
            case "io.github.kargo4j.model.common.LabelSelector":
                return new LabelSelectorBinding();
            case "io.github.kargo4j.model.common.AbstractLabelSelectorRequirement":
            case "io.github.kargo4j.model.common.LabelSelectorRequirement":
                return new LabelSelectorRequirementBinding();
            case "io.github.kargo4j.model.common.AbstractLocalObjectReference":
            case "io.github.kargo4j.model.common.LocalObjectReference":
                return new LocalObjectReferenceBinding();
            case "io.github.kargo4j.model.core.AbstractNamespace":
            case "io.github.kargo4j.model.core.Namespace":
                return new NamespaceBinding();
            case "io.github.kargo4j.model.core.AbstractSecret":
            case "io.github.kargo4j.model.core.Secret":
                return new SecretBinding();
            case "io.github.kargo4j.model.freight.AbstractAnalysisRunReference":
            case "io.github.kargo4j.model.freight.AnalysisRunReference":
                return new AnalysisRunReferenceBinding();
            case "io.github.kargo4j.model.freight.AbstractApprovedStage":
            case "io.github.kargo4j.model.freight.ApprovedStage":
                return new ApprovedStageBinding();
            case "io.github.kargo4j.model.freight.AbstractChart":
            case "io.github.kargo4j.model.freight.Chart":
                return new ChartBinding();
            case "io.github.kargo4j.model.freight.AbstractCurrentStage":
            case "io.github.kargo4j.model.freight.CurrentStage":
                return new CurrentStageBinding();
            case "io.github.kargo4j.model.freight.AbstractFreight":
            case "io.github.kargo4j.model.freight.Freight":
                return new FreightBinding();
            case "io.github.kargo4j.model.freight.AbstractFreightCollection":
            case "io.github.kargo4j.model.freight.FreightCollection":
                return new FreightCollectionBinding();
            case "io.github.kargo4j.model.freight.AbstractFreightReference":
            case "io.github.kargo4j.model.freight.FreightReference":
                return new FreightReferenceBinding();
            case "io.github.kargo4j.model.freight.AbstractFreightStatus":
            case "io.github.kargo4j.model.freight.FreightStatus":
                return new FreightStatusBinding();
            case "io.github.kargo4j.model.freight.AbstractGitCommit":
            case "io.github.kargo4j.model.freight.GitCommit":
                return new GitCommitBinding();
            case "io.github.kargo4j.model.freight.AbstractImage":
            case "io.github.kargo4j.model.freight.Image":
                return new ImageBinding();
            case "io.github.kargo4j.model.freight.AbstractVerificationInfo":
            case "io.github.kargo4j.model.freight.VerificationInfo":
                return new VerificationInfoBinding();
            case "io.github.kargo4j.model.freight.AbstractVerifiedStage":
            case "io.github.kargo4j.model.freight.VerifiedStage":
                return new VerifiedStageBinding();
            case "io.github.kargo4j.model.project.AbstractArtifactoryWebhookReceiverConfig":
            case "io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig":
                return new ArtifactoryWebhookReceiverConfigBinding();
            case "io.github.kargo4j.model.project.AbstractAutoRollbackConfig":
            case "io.github.kargo4j.model.project.AutoRollbackConfig":
                return new AutoRollbackConfigBinding();
            case "io.github.kargo4j.model.project.AbstractDeepLink":
            case "io.github.kargo4j.model.project.DeepLink":
                return new DeepLinkBinding();
            case "io.github.kargo4j.model.project.AbstractGenericWebhookAction":
            case "io.github.kargo4j.model.project.GenericWebhookAction":
                return new GenericWebhookActionBinding();
            case "io.github.kargo4j.model.project.AbstractGenericWebhookReceiverConfig":
            case "io.github.kargo4j.model.project.GenericWebhookReceiverConfig":
                return new GenericWebhookReceiverConfigBinding();
            case "io.github.kargo4j.model.project.AbstractGenericWebhookTargetSelectionCriteria":
            case "io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria":
                return new GenericWebhookTargetSelectionCriteriaBinding();
            case "io.github.kargo4j.model.project.AbstractHealthStats":
            case "io.github.kargo4j.model.project.HealthStats":
                return new HealthStatsBinding();
            case "io.github.kargo4j.model.project.AbstractIndexSelector":
            case "io.github.kargo4j.model.project.IndexSelector":
                return new IndexSelectorBinding();
            case "io.github.kargo4j.model.project.AbstractIndexSelectorRequirement":
            case "io.github.kargo4j.model.project.IndexSelectorRequirement":
                return new IndexSelectorRequirementBinding();
            case "io.github.kargo4j.model.project.AbstractProject":
            case "io.github.kargo4j.model.project.Project":
                return new ProjectBinding();
            case "io.github.kargo4j.model.project.AbstractProjectConfig":
            case "io.github.kargo4j.model.project.ProjectConfig":
                return new ProjectConfigBinding();
            case "io.github.kargo4j.model.project.AbstractProjectConfigSpec":
            case "io.github.kargo4j.model.project.ProjectConfigSpec":
                return new ProjectConfigSpecBinding();
            case "io.github.kargo4j.model.project.AbstractProjectConfigStatus":
            case "io.github.kargo4j.model.project.ProjectConfigStatus":
                return new ProjectConfigStatusBinding();
            case "io.github.kargo4j.model.project.AbstractProjectStats":
            case "io.github.kargo4j.model.project.ProjectStats":
                return new ProjectStatsBinding();
            case "io.github.kargo4j.model.project.AbstractProjectStatus":
            case "io.github.kargo4j.model.project.ProjectStatus":
                return new ProjectStatusBinding();
            case "io.github.kargo4j.model.project.AbstractPromotionPolicy":
            case "io.github.kargo4j.model.project.PromotionPolicy":
                return new PromotionPolicyBinding();
            case "io.github.kargo4j.model.project.AbstractPromotionPolicySelector":
            case "io.github.kargo4j.model.project.PromotionPolicySelector":
                return new PromotionPolicySelectorBinding();
            case "io.github.kargo4j.model.project.AbstractResourceStats":
            case "io.github.kargo4j.model.project.ResourceStats":
                return new ResourceStatsBinding();
            case "io.github.kargo4j.model.project.AbstractSecretRefReceiverConfig":
            case "io.github.kargo4j.model.project.SecretRefReceiverConfig":
                return new SecretRefReceiverConfigBinding();
            case "io.github.kargo4j.model.project.AbstractWebhookReceiverConfig":
            case "io.github.kargo4j.model.project.WebhookReceiverConfig":
                return new WebhookReceiverConfigBinding();
            case "io.github.kargo4j.model.project.AbstractWebhookReceiverDetails":
            case "io.github.kargo4j.model.project.WebhookReceiverDetails":
                return new WebhookReceiverDetailsBinding();
            case "io.github.kargo4j.model.promotion.AbstractClusterPromotionTask":
            case "io.github.kargo4j.model.promotion.ClusterPromotionTask":
                return new ClusterPromotionTaskBinding();
            case "io.github.kargo4j.model.promotion.AbstractHealthCheckStep":
            case "io.github.kargo4j.model.promotion.HealthCheckStep":
                return new HealthCheckStepBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotion":
            case "io.github.kargo4j.model.promotion.Promotion":
                return new PromotionBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionSpec":
            case "io.github.kargo4j.model.promotion.PromotionSpec":
                return new PromotionSpecBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionStatus":
            case "io.github.kargo4j.model.promotion.PromotionStatus":
                return new PromotionStatusBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionStep":
            case "io.github.kargo4j.model.promotion.PromotionStep":
                return new PromotionStepBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionStepRetry":
            case "io.github.kargo4j.model.promotion.PromotionStepRetry":
                return new PromotionStepRetryBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionTask":
            case "io.github.kargo4j.model.promotion.PromotionTask":
                return new PromotionTaskBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionTaskReference":
            case "io.github.kargo4j.model.promotion.PromotionTaskReference":
                return new PromotionTaskReferenceBinding();
            case "io.github.kargo4j.model.promotion.AbstractPromotionTaskSpec":
            case "io.github.kargo4j.model.promotion.PromotionTaskSpec":
                return new PromotionTaskSpecBinding();
            case "io.github.kargo4j.model.promotion.AbstractStepExecutionMetadata":
            case "io.github.kargo4j.model.promotion.StepExecutionMetadata":
                return new StepExecutionMetadataBinding();
            case "io.github.kargo4j.model.rollouts.AbstractAnalysisTemplate":
            case "io.github.kargo4j.model.rollouts.AnalysisTemplate":
                return new AnalysisTemplateBinding();
            case "io.github.kargo4j.model.rollouts.AbstractAnalysisTemplateRef":
            case "io.github.kargo4j.model.rollouts.AnalysisTemplateRef":
                return new AnalysisTemplateRefBinding();
            case "io.github.kargo4j.model.rollouts.AbstractAnalysisTemplateSpec":
            case "io.github.kargo4j.model.rollouts.AnalysisTemplateSpec":
                return new AnalysisTemplateSpecBinding();
            case "io.github.kargo4j.model.rollouts.AbstractArgument":
            case "io.github.kargo4j.model.rollouts.Argument":
                return new ArgumentBinding();
            case "io.github.kargo4j.model.rollouts.AbstractAuthentication":
            case "io.github.kargo4j.model.rollouts.Authentication":
                return new AuthenticationBinding();
            case "io.github.kargo4j.model.rollouts.AbstractClusterAnalysisTemplate":
            case "io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate":
                return new ClusterAnalysisTemplateBinding();
            case "io.github.kargo4j.model.rollouts.AbstractDryRun":
            case "io.github.kargo4j.model.rollouts.DryRun":
                return new DryRunBinding();
            case "io.github.kargo4j.model.rollouts.AbstractFieldRef":
            case "io.github.kargo4j.model.rollouts.FieldRef":
                return new FieldRefBinding();
            case "io.github.kargo4j.model.rollouts.AbstractJobMetric":
            case "io.github.kargo4j.model.rollouts.JobMetric":
                return new JobMetricBinding();
            case "io.github.kargo4j.model.rollouts.AbstractJobMetricMetadata":
            case "io.github.kargo4j.model.rollouts.JobMetricMetadata":
                return new JobMetricMetadataBinding();
            case "io.github.kargo4j.model.rollouts.AbstractMeasurementRetention":
            case "io.github.kargo4j.model.rollouts.MeasurementRetention":
                return new MeasurementRetentionBinding();
            case "io.github.kargo4j.model.rollouts.AbstractMetric":
            case "io.github.kargo4j.model.rollouts.Metric":
                return new MetricBinding();
            case "io.github.kargo4j.model.rollouts.AbstractMetricProvider":
            case "io.github.kargo4j.model.rollouts.MetricProvider":
                return new MetricProviderBinding();
            case "io.github.kargo4j.model.rollouts.AbstractOAuth2Config":
            case "io.github.kargo4j.model.rollouts.OAuth2Config":
                return new OAuth2ConfigBinding();
            case "io.github.kargo4j.model.rollouts.AbstractPrometheusMetric":
            case "io.github.kargo4j.model.rollouts.PrometheusMetric":
                return new PrometheusMetricBinding();
            case "io.github.kargo4j.model.rollouts.AbstractPrometheusRangeQuery":
            case "io.github.kargo4j.model.rollouts.PrometheusRangeQuery":
                return new PrometheusRangeQueryBinding();
            case "io.github.kargo4j.model.rollouts.AbstractSecretKeyRef":
            case "io.github.kargo4j.model.rollouts.SecretKeyRef":
                return new SecretKeyRefBinding();
            case "io.github.kargo4j.model.rollouts.AbstractSigv4Config":
            case "io.github.kargo4j.model.rollouts.Sigv4Config":
                return new Sigv4ConfigBinding();
            case "io.github.kargo4j.model.rollouts.AbstractValueFrom":
            case "io.github.kargo4j.model.rollouts.ValueFrom":
                return new ValueFromBinding();
            case "io.github.kargo4j.model.rollouts.AbstractWebMetric":
            case "io.github.kargo4j.model.rollouts.WebMetric":
                return new WebMetricBinding();
            case "io.github.kargo4j.model.rollouts.AbstractWebMetricHeader":
            case "io.github.kargo4j.model.rollouts.WebMetricHeader":
                return new WebMetricHeaderBinding();
            case "io.github.kargo4j.model.stage.AbstractAnalysisRunArgument":
            case "io.github.kargo4j.model.stage.AnalysisRunArgument":
                return new AnalysisRunArgumentBinding();
            case "io.github.kargo4j.model.stage.AbstractAnalysisRunMetadata":
            case "io.github.kargo4j.model.stage.AnalysisRunMetadata":
                return new AnalysisRunMetadataBinding();
            case "io.github.kargo4j.model.stage.AbstractAnalysisTemplateReference":
            case "io.github.kargo4j.model.stage.AnalysisTemplateReference":
                return new AnalysisTemplateReferenceBinding();
            case "io.github.kargo4j.model.stage.AbstractAutoPromotionHold":
            case "io.github.kargo4j.model.stage.AutoPromotionHold":
                return new AutoPromotionHoldBinding();
            case "io.github.kargo4j.model.stage.AbstractAutoPromotionOptions":
            case "io.github.kargo4j.model.stage.AutoPromotionOptions":
                return new AutoPromotionOptionsBinding();
            case "io.github.kargo4j.model.stage.AbstractFreightRequest":
            case "io.github.kargo4j.model.stage.FreightRequest":
                return new FreightRequestBinding();
            case "io.github.kargo4j.model.stage.AbstractFreightSources":
            case "io.github.kargo4j.model.stage.FreightSources":
                return new FreightSourcesBinding();
            case "io.github.kargo4j.model.stage.AbstractHealth":
            case "io.github.kargo4j.model.stage.Health":
                return new HealthBinding();
            case "io.github.kargo4j.model.stage.AbstractPromotionReference":
            case "io.github.kargo4j.model.stage.PromotionReference":
                return new PromotionReferenceBinding();
            case "io.github.kargo4j.model.stage.AbstractPromotionTemplate":
            case "io.github.kargo4j.model.stage.PromotionTemplate":
                return new PromotionTemplateBinding();
            case "io.github.kargo4j.model.stage.AbstractPromotionTemplateSpec":
            case "io.github.kargo4j.model.stage.PromotionTemplateSpec":
                return new PromotionTemplateSpecBinding();
            case "io.github.kargo4j.model.stage.AbstractStage":
            case "io.github.kargo4j.model.stage.Stage":
                return new StageBinding();
            case "io.github.kargo4j.model.stage.AbstractStageSpec":
            case "io.github.kargo4j.model.stage.StageSpec":
                return new StageSpecBinding();
            case "io.github.kargo4j.model.stage.AbstractStageStatus":
            case "io.github.kargo4j.model.stage.StageStatus":
                return new StageStatusBinding();
            case "io.github.kargo4j.model.stage.AbstractVerification":
            case "io.github.kargo4j.model.stage.Verification":
                return new VerificationBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdAppSelector":
            case "io.github.kargo4j.model.steps.ArgocdAppSelector":
                return new ArgocdAppSelectorBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdAppUpdate":
            case "io.github.kargo4j.model.steps.ArgocdAppUpdate":
                return new ArgocdAppUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdAppWait":
            case "io.github.kargo4j.model.steps.ArgocdAppWait":
                return new ArgocdAppWaitBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdHelmImageUpdate":
            case "io.github.kargo4j.model.steps.ArgocdHelmImageUpdate":
                return new ArgocdHelmImageUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdHelmUpdate":
            case "io.github.kargo4j.model.steps.ArgocdHelmUpdate":
                return new ArgocdHelmUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdKustomizeImageUpdate":
            case "io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate":
                return new ArgocdKustomizeImageUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdKustomizeUpdate":
            case "io.github.kargo4j.model.steps.ArgocdKustomizeUpdate":
                return new ArgocdKustomizeUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdSelectorRequirement":
            case "io.github.kargo4j.model.steps.ArgocdSelectorRequirement":
                return new ArgocdSelectorRequirementBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdSourceUpdate":
            case "io.github.kargo4j.model.steps.ArgocdSourceUpdate":
                return new ArgocdSourceUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdUpdateConfig":
            case "io.github.kargo4j.model.steps.ArgocdUpdateConfig":
                return new ArgocdUpdateConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractArgocdWaitConfig":
            case "io.github.kargo4j.model.steps.ArgocdWaitConfig":
                return new ArgocdWaitConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractCopyConfig":
            case "io.github.kargo4j.model.steps.CopyConfig":
                return new CopyConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractDeleteConfig":
            case "io.github.kargo4j.model.steps.DeleteConfig":
                return new DeleteConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractExpressionOutput":
            case "io.github.kargo4j.model.steps.ExpressionOutput":
                return new ExpressionOutputBinding();
            case "io.github.kargo4j.model.steps.AbstractFailConfig":
            case "io.github.kargo4j.model.steps.FailConfig":
                return new FailConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractFileWriteConfig":
            case "io.github.kargo4j.model.steps.FileWriteConfig":
                return new FileWriteConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitAuthor":
            case "io.github.kargo4j.model.steps.GitAuthor":
                return new GitAuthorBinding();
            case "io.github.kargo4j.model.steps.AbstractGitCheckout":
            case "io.github.kargo4j.model.steps.GitCheckout":
                return new GitCheckoutBinding();
            case "io.github.kargo4j.model.steps.AbstractGitClearConfig":
            case "io.github.kargo4j.model.steps.GitClearConfig":
                return new GitClearConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitCloneConfig":
            case "io.github.kargo4j.model.steps.GitCloneConfig":
                return new GitCloneConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitCommitConfig":
            case "io.github.kargo4j.model.steps.GitCommitConfig":
                return new GitCommitConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitMergePrConfig":
            case "io.github.kargo4j.model.steps.GitMergePrConfig":
                return new GitMergePrConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitOpenPrConfig":
            case "io.github.kargo4j.model.steps.GitOpenPrConfig":
                return new GitOpenPrConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitPushConfig":
            case "io.github.kargo4j.model.steps.GitPushConfig":
                return new GitPushConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitTagConfig":
            case "io.github.kargo4j.model.steps.GitTagConfig":
                return new GitTagConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGitWaitForPrConfig":
            case "io.github.kargo4j.model.steps.GitWaitForPrConfig":
                return new GitWaitForPrConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractGithubPushConfig":
            case "io.github.kargo4j.model.steps.GithubPushConfig":
                return new GithubPushConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractHelmChartUpdate":
            case "io.github.kargo4j.model.steps.HelmChartUpdate":
                return new HelmChartUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractHelmSetValue":
            case "io.github.kargo4j.model.steps.HelmSetValue":
                return new HelmSetValueBinding();
            case "io.github.kargo4j.model.steps.AbstractHelmTemplateConfig":
            case "io.github.kargo4j.model.steps.HelmTemplateConfig":
                return new HelmTemplateConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractHelmUpdateChartConfig":
            case "io.github.kargo4j.model.steps.HelmUpdateChartConfig":
                return new HelmUpdateChartConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractHttpConfig":
            case "io.github.kargo4j.model.steps.HttpConfig":
                return new HttpConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractHttpDownloadConfig":
            case "io.github.kargo4j.model.steps.HttpDownloadConfig":
                return new HttpDownloadConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractHttpHeader":
            case "io.github.kargo4j.model.steps.HttpHeader":
                return new HttpHeaderBinding();
            case "io.github.kargo4j.model.steps.AbstractHttpQueryParam":
            case "io.github.kargo4j.model.steps.HttpQueryParam":
                return new HttpQueryParamBinding();
            case "io.github.kargo4j.model.steps.AbstractJsonParseConfig":
            case "io.github.kargo4j.model.steps.JsonParseConfig":
                return new JsonParseConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractJsonUpdateConfig":
            case "io.github.kargo4j.model.steps.JsonUpdateConfig":
                return new JsonUpdateConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractKustomizeBuildConfig":
            case "io.github.kargo4j.model.steps.KustomizeBuildConfig":
                return new KustomizeBuildConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractKustomizeHelmPlugin":
            case "io.github.kargo4j.model.steps.KustomizeHelmPlugin":
                return new KustomizeHelmPluginBinding();
            case "io.github.kargo4j.model.steps.AbstractKustomizeImage":
            case "io.github.kargo4j.model.steps.KustomizeImage":
                return new KustomizeImageBinding();
            case "io.github.kargo4j.model.steps.AbstractKustomizePlugin":
            case "io.github.kargo4j.model.steps.KustomizePlugin":
                return new KustomizePluginBinding();
            case "io.github.kargo4j.model.steps.AbstractKustomizeSetImageConfig":
            case "io.github.kargo4j.model.steps.KustomizeSetImageConfig":
                return new KustomizeSetImageConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractMetadataUpdate":
            case "io.github.kargo4j.model.steps.MetadataUpdate":
                return new MetadataUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractOciDownloadConfig":
            case "io.github.kargo4j.model.steps.OciDownloadConfig":
                return new OciDownloadConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractOciPushConfig":
            case "io.github.kargo4j.model.steps.OciPushConfig":
                return new OciPushConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractSetFreightAliasConfig":
            case "io.github.kargo4j.model.steps.SetFreightAliasConfig":
                return new SetFreightAliasConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractSetMetadataConfig":
            case "io.github.kargo4j.model.steps.SetMetadataConfig":
                return new SetMetadataConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractTomlParseConfig":
            case "io.github.kargo4j.model.steps.TomlParseConfig":
                return new TomlParseConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractTomlUpdateConfig":
            case "io.github.kargo4j.model.steps.TomlUpdateConfig":
                return new TomlUpdateConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractUntarConfig":
            case "io.github.kargo4j.model.steps.UntarConfig":
                return new UntarConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractValueUpdate":
            case "io.github.kargo4j.model.steps.ValueUpdate":
                return new ValueUpdateBinding();
            case "io.github.kargo4j.model.steps.AbstractYamlMergeConfig":
            case "io.github.kargo4j.model.steps.YamlMergeConfig":
                return new YamlMergeConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractYamlParseConfig":
            case "io.github.kargo4j.model.steps.YamlParseConfig":
                return new YamlParseConfigBinding();
            case "io.github.kargo4j.model.steps.AbstractYamlUpdateConfig":
            case "io.github.kargo4j.model.steps.YamlUpdateConfig":
                return new YamlUpdateConfigBinding();
            case "io.github.kargo4j.model.warehouse.AbstractChartDiscoveryResult":
            case "io.github.kargo4j.model.warehouse.ChartDiscoveryResult":
                return new ChartDiscoveryResultBinding();
            case "io.github.kargo4j.model.warehouse.AbstractChartSubscription":
            case "io.github.kargo4j.model.warehouse.ChartSubscription":
                return new ChartSubscriptionBinding();
            case "io.github.kargo4j.model.warehouse.AbstractDiscoveredArtifacts":
            case "io.github.kargo4j.model.warehouse.DiscoveredArtifacts":
                return new DiscoveredArtifactsBinding();
            case "io.github.kargo4j.model.warehouse.AbstractDiscoveredCommit":
            case "io.github.kargo4j.model.warehouse.DiscoveredCommit":
                return new DiscoveredCommitBinding();
            case "io.github.kargo4j.model.warehouse.AbstractDiscoveredImageReference":
            case "io.github.kargo4j.model.warehouse.DiscoveredImageReference":
                return new DiscoveredImageReferenceBinding();
            case "io.github.kargo4j.model.warehouse.AbstractDiscoveredRef":
            case "io.github.kargo4j.model.warehouse.DiscoveredRef":
                return new DiscoveredRefBinding();
            case "io.github.kargo4j.model.warehouse.AbstractDiscoveryResult":
            case "io.github.kargo4j.model.warehouse.DiscoveryResult":
                return new DiscoveryResultBinding();
            case "io.github.kargo4j.model.warehouse.AbstractFreightCreationCriteria":
            case "io.github.kargo4j.model.warehouse.FreightCreationCriteria":
                return new FreightCreationCriteriaBinding();
            case "io.github.kargo4j.model.warehouse.AbstractGenericSubscription":
            case "io.github.kargo4j.model.warehouse.GenericSubscription":
                return new GenericSubscriptionBinding();
            case "io.github.kargo4j.model.warehouse.AbstractGitDiscoveryResult":
            case "io.github.kargo4j.model.warehouse.GitDiscoveryResult":
                return new GitDiscoveryResultBinding();
            case "io.github.kargo4j.model.warehouse.AbstractGitSubscription":
            case "io.github.kargo4j.model.warehouse.GitSubscription":
                return new GitSubscriptionBinding();
            case "io.github.kargo4j.model.warehouse.AbstractImageDiscoveryResult":
            case "io.github.kargo4j.model.warehouse.ImageDiscoveryResult":
                return new ImageDiscoveryResultBinding();
            case "io.github.kargo4j.model.warehouse.AbstractImageSubscription":
            case "io.github.kargo4j.model.warehouse.ImageSubscription":
                return new ImageSubscriptionBinding();
            case "io.github.kargo4j.model.warehouse.AbstractObservedRefs":
            case "io.github.kargo4j.model.warehouse.ObservedRefs":
                return new ObservedRefsBinding();
            case "io.github.kargo4j.model.warehouse.AbstractSubscription":
            case "io.github.kargo4j.model.warehouse.Subscription":
                return new SubscriptionBinding();
            case "io.github.kargo4j.model.warehouse.AbstractWarehouse":
            case "io.github.kargo4j.model.warehouse.Warehouse":
                return new WarehouseBinding();
            case "io.github.kargo4j.model.warehouse.AbstractWarehouseSpec":
            case "io.github.kargo4j.model.warehouse.WarehouseSpec":
                return new WarehouseSpecBinding();
            case "io.github.kargo4j.model.warehouse.AbstractWarehouseStatus":
            case "io.github.kargo4j.model.warehouse.WarehouseStatus":
                return new WarehouseStatusBinding();
            case "io.github.kargo4j.model.common.IntOrString":
                return new IntOrStringCodec();
            case "io.github.kargo4j.model.steps.BooleanOrExpression":
                return new BooleanOrExpressionCodec();
            case "io.github.kargo4j.model.steps.IntegerOrExpression":
                return new IntegerOrExpressionCodec();
            default:
                return null;
        }
    }

    private static final class ObjectMetaBinding extends Binder.Generated {

        ObjectMetaBinding() {
            super(io.github.kargo4j.model.AbstractObjectMeta.class, io.github.kargo4j.model.ObjectMeta.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("generateName", "generateName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("namespace", "namespace", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("labels", "labels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("finalizers", "finalizers", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ownerReferences", "ownerReferences", Shape.Cardinality.LIST, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.ObjectMeta.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.ObjectMeta.Builder b = (io.github.kargo4j.model.ObjectMeta.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.generateName((java.lang.String) value);
                case 2:
                    return b.namespace((java.lang.String) value);
                case 3:
                    return b.putAllLabels((java.util.Map) value);
                case 4:
                    return b.putAllAnnotations((java.util.Map) value);
                case 5:
                    return b.addAllFinalizers((java.lang.Iterable) value);
                case 6:
                    return b.addAllOwnerReferences((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.ObjectMeta.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.ObjectMeta m = (io.github.kargo4j.model.ObjectMeta) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.generateName();
                case 2:
                    return m.namespace();
                case 3:
                    return m.labels();
                case 4:
                    return m.annotations();
                case 5:
                    return m.finalizers();
                case 6:
                    return m.ownerReferences();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.ObjectMeta) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.ObjectMeta.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ClusterConfigBinding extends Binder.Generated {

        ClusterConfigBinding() {
            super(io.github.kargo4j.model.cluster.AbstractClusterConfig.class, io.github.kargo4j.model.cluster.ClusterConfig.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.cluster.ClusterConfigSpec.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.cluster.ClusterConfigStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.cluster.ClusterConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.cluster.ClusterConfig.Builder b = (io.github.kargo4j.model.cluster.ClusterConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.cluster.ClusterConfigSpec) value);
                case 2:
                    return b.status((io.github.kargo4j.model.cluster.ClusterConfigStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.cluster.ClusterConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.cluster.ClusterConfig m = (io.github.kargo4j.model.cluster.ClusterConfig) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.cluster.ClusterConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.cluster.ClusterConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ClusterConfigSpecBinding extends Binder.Generated {

        ClusterConfigSpecBinding() {
            super(io.github.kargo4j.model.cluster.AbstractClusterConfigSpec.class, io.github.kargo4j.model.cluster.ClusterConfigSpec.class, false, true,
                    new Shape.Property("webhookReceivers", "webhookReceivers", Shape.Cardinality.LIST, io.github.kargo4j.model.project.WebhookReceiverConfig.class, false),
                    new Shape.Property("gitClient", "gitClient", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.cluster.GitClientConfig.class, false),
                    new Shape.Property("freightLinks", "freightLinks", Shape.Cardinality.LIST, io.github.kargo4j.model.project.DeepLink.class, false),
                    new Shape.Property("stageLinks", "stageLinks", Shape.Cardinality.LIST, io.github.kargo4j.model.project.DeepLink.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.cluster.ClusterConfigSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.cluster.ClusterConfigSpec.Builder b = (io.github.kargo4j.model.cluster.ClusterConfigSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllWebhookReceivers((java.lang.Iterable) value);
                case 1:
                    return b.gitClient((io.github.kargo4j.model.cluster.GitClientConfig) value);
                case 2:
                    return b.addAllFreightLinks((java.lang.Iterable) value);
                case 3:
                    return b.addAllStageLinks((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.cluster.ClusterConfigSpec m = (io.github.kargo4j.model.cluster.ClusterConfigSpec) model;
            switch (index) {
                case 0:
                    return m.webhookReceivers();
                case 1:
                    return m.gitClient();
                case 2:
                    return m.freightLinks();
                case 3:
                    return m.stageLinks();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ClusterConfigStatusBinding extends Binder.Generated {

        ClusterConfigStatusBinding() {
            super(io.github.kargo4j.model.cluster.AbstractClusterConfigStatus.class, io.github.kargo4j.model.cluster.ClusterConfigStatus.class, false, true,
                    new Shape.Property("conditions", "conditions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.Condition.class, false),
                    new Shape.Property("observedGeneration", "observedGeneration", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("lastHandledRefresh", "lastHandledRefresh", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("webhookReceivers", "webhookReceivers", Shape.Cardinality.LIST, io.github.kargo4j.model.project.WebhookReceiverDetails.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.cluster.ClusterConfigStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.cluster.ClusterConfigStatus.Builder b = (io.github.kargo4j.model.cluster.ClusterConfigStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllConditions((java.lang.Iterable) value);
                case 1:
                    return b.observedGeneration((java.lang.Long) value);
                case 2:
                    return b.lastHandledRefresh((java.lang.String) value);
                case 3:
                    return b.addAllWebhookReceivers((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.cluster.ClusterConfigStatus m = (io.github.kargo4j.model.cluster.ClusterConfigStatus) model;
            switch (index) {
                case 0:
                    return m.conditions();
                case 1:
                    return m.observedGeneration();
                case 2:
                    return m.lastHandledRefresh();
                case 3:
                    return m.webhookReceivers();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.cluster.ClusterConfigStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitClientConfigBinding extends Binder.Generated {

        GitClientConfigBinding() {
            super(io.github.kargo4j.model.cluster.AbstractGitClientConfig.class, io.github.kargo4j.model.cluster.GitClientConfig.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("email", "email", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("signingKeySecret", "signingKeySecret", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.LocalObjectReference.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.cluster.GitClientConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.cluster.GitClientConfig.Builder b = (io.github.kargo4j.model.cluster.GitClientConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.email((java.lang.String) value);
                case 2:
                    return b.signingKeySecret((io.github.kargo4j.model.common.LocalObjectReference) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.cluster.GitClientConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.cluster.GitClientConfig m = (io.github.kargo4j.model.cluster.GitClientConfig) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.email();
                case 2:
                    return m.signingKeySecret();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.cluster.GitClientConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.cluster.GitClientConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArtifactReferenceBinding extends Binder.Generated {

        ArtifactReferenceBinding() {
            super(io.github.kargo4j.model.common.AbstractArtifactReference.class, io.github.kargo4j.model.common.ArtifactReference.class, false, true,
                    new Shape.Property("artifactType", "artifactType", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("subscriptionName", "subscriptionName", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("version", "version", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.ArtifactReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.ArtifactReference.Builder b = (io.github.kargo4j.model.common.ArtifactReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.artifactType((java.lang.String) value);
                case 1:
                    return b.subscriptionName((java.lang.String) value);
                case 2:
                    return b.version((java.lang.String) value);
                case 3:
                    return b.metadata((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.ArtifactReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.ArtifactReference m = (io.github.kargo4j.model.common.ArtifactReference) model;
            switch (index) {
                case 0:
                    return m.artifactType();
                case 1:
                    return m.subscriptionName();
                case 2:
                    return m.version();
                case 3:
                    return m.metadata();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.ArtifactReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.ArtifactReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ConditionBinding extends Binder.Generated {

        ConditionBinding() {
            super(io.github.kargo4j.model.common.AbstractCondition.class, io.github.kargo4j.model.common.Condition.class, false, true,
                    new Shape.Property("type", "type", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("reason", "reason", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("lastTransitionTime", "lastTransitionTime", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("observedGeneration", "observedGeneration", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.Condition.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.Condition.Builder b = (io.github.kargo4j.model.common.Condition.Builder) builder;
            switch (index) {
                case 0:
                    return b.type((java.lang.String) value);
                case 1:
                    return b.status((java.lang.String) value);
                case 2:
                    return b.reason((java.lang.String) value);
                case 3:
                    return b.message((java.lang.String) value);
                case 4:
                    return b.lastTransitionTime((java.lang.String) value);
                case 5:
                    return b.observedGeneration((java.lang.Long) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.Condition.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.Condition m = (io.github.kargo4j.model.common.Condition) model;
            switch (index) {
                case 0:
                    return m.type();
                case 1:
                    return m.status();
                case 2:
                    return m.reason();
                case 3:
                    return m.message();
                case 4:
                    return m.lastTransitionTime();
                case 5:
                    return m.observedGeneration();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.Condition) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.Condition.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ExpressionVariableBinding extends Binder.Generated {

        ExpressionVariableBinding() {
            super(io.github.kargo4j.model.common.AbstractExpressionVariable.class, io.github.kargo4j.model.common.ExpressionVariable.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.ExpressionVariable.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.ExpressionVariable.Builder b = (io.github.kargo4j.model.common.ExpressionVariable.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.ExpressionVariable.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.ExpressionVariable m = (io.github.kargo4j.model.common.ExpressionVariable) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.ExpressionVariable) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.ExpressionVariable.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightOriginBinding extends Binder.Generated {

        FreightOriginBinding() {
            super(io.github.kargo4j.model.common.AbstractFreightOrigin.class, io.github.kargo4j.model.common.FreightOrigin.class, false, true,
                    new Shape.Property("kind", "kindAsString", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.FreightOrigin.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.FreightOrigin.Builder b = (io.github.kargo4j.model.common.FreightOrigin.Builder) builder;
            switch (index) {
                case 0:
                    return b.kindAsString((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.FreightOrigin.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.FreightOrigin m = (io.github.kargo4j.model.common.FreightOrigin) model;
            switch (index) {
                case 0:
                    return m.kindAsString();
                case 1:
                    return m.name();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.FreightOrigin) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.FreightOrigin.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class LabelSelectorBinding extends Binder.Generated {

        LabelSelectorBinding() {
            super(io.github.kargo4j.model.common.AbstractLabelSelector.class, io.github.kargo4j.model.common.LabelSelector.class, false, true,
                    new Shape.Property("matchLabels", "matchLabels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("matchExpressions", "matchExpressions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.LabelSelectorRequirement.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.LabelSelector.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.LabelSelector.Builder b = (io.github.kargo4j.model.common.LabelSelector.Builder) builder;
            switch (index) {
                case 0:
                    return b.putAllMatchLabels((java.util.Map) value);
                case 1:
                    return b.addAllMatchExpressions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.LabelSelector.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.LabelSelector m = (io.github.kargo4j.model.common.LabelSelector) model;
            switch (index) {
                case 0:
                    return m.matchLabels();
                case 1:
                    return m.matchExpressions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.LabelSelector) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.LabelSelector.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class LabelSelectorRequirementBinding extends Binder.Generated {

        LabelSelectorRequirementBinding() {
            super(io.github.kargo4j.model.common.AbstractLabelSelectorRequirement.class, io.github.kargo4j.model.common.LabelSelectorRequirement.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("operator", "operator", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("values", "values", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.LabelSelectorRequirement.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.LabelSelectorRequirement.Builder b = (io.github.kargo4j.model.common.LabelSelectorRequirement.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.operator((java.lang.String) value);
                case 2:
                    return b.addAllValues((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.LabelSelectorRequirement.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.LabelSelectorRequirement m = (io.github.kargo4j.model.common.LabelSelectorRequirement) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.operator();
                case 2:
                    return m.values();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.LabelSelectorRequirement) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.LabelSelectorRequirement.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class LocalObjectReferenceBinding extends Binder.Generated {

        LocalObjectReferenceBinding() {
            super(io.github.kargo4j.model.common.AbstractLocalObjectReference.class, io.github.kargo4j.model.common.LocalObjectReference.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.common.LocalObjectReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.common.LocalObjectReference.Builder b = (io.github.kargo4j.model.common.LocalObjectReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.common.LocalObjectReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.common.LocalObjectReference m = (io.github.kargo4j.model.common.LocalObjectReference) model;
            switch (index) {
                case 0:
                    return m.name();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.common.LocalObjectReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.common.LocalObjectReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class NamespaceBinding extends Binder.Generated {

        NamespaceBinding() {
            super(io.github.kargo4j.model.core.AbstractNamespace.class, io.github.kargo4j.model.core.Namespace.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.core.Namespace.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.core.Namespace.Builder b = (io.github.kargo4j.model.core.Namespace.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.json.JsonObject) value);
                case 2:
                    return b.status((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.core.Namespace.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.core.Namespace m = (io.github.kargo4j.model.core.Namespace) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.core.Namespace) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.core.Namespace.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SecretBinding extends Binder.Generated {

        SecretBinding() {
            super(io.github.kargo4j.model.core.AbstractSecret.class, io.github.kargo4j.model.core.Secret.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("type", "type", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("immutable", "immutable", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("data", "data", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("stringData", "stringData", Shape.Cardinality.MAP, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.core.Secret.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.core.Secret.Builder b = (io.github.kargo4j.model.core.Secret.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.type((java.lang.String) value);
                case 2:
                    return b.immutable((java.lang.Boolean) value);
                case 3:
                    return b.putAllData((java.util.Map) value);
                case 4:
                    return b.putAllStringData((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.core.Secret.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.core.Secret m = (io.github.kargo4j.model.core.Secret) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.type();
                case 2:
                    return m.immutable();
                case 3:
                    return m.data();
                case 4:
                    return m.stringData();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.core.Secret) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.core.Secret.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisRunReferenceBinding extends Binder.Generated {

        AnalysisRunReferenceBinding() {
            super(io.github.kargo4j.model.freight.AbstractAnalysisRunReference.class, io.github.kargo4j.model.freight.AnalysisRunReference.class, false, true,
                    new Shape.Property("namespace", "namespace", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("phase", "phase", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.AnalysisRunReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.AnalysisRunReference.Builder b = (io.github.kargo4j.model.freight.AnalysisRunReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.namespace((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.phase((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.AnalysisRunReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.AnalysisRunReference m = (io.github.kargo4j.model.freight.AnalysisRunReference) model;
            switch (index) {
                case 0:
                    return m.namespace();
                case 1:
                    return m.name();
                case 2:
                    return m.phase();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.AnalysisRunReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.AnalysisRunReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ApprovedStageBinding extends Binder.Generated {

        ApprovedStageBinding() {
            super(io.github.kargo4j.model.freight.AbstractApprovedStage.class, io.github.kargo4j.model.freight.ApprovedStage.class, false, true,
                    new Shape.Property("approvedAt", "approvedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.ApprovedStage.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.ApprovedStage.Builder b = (io.github.kargo4j.model.freight.ApprovedStage.Builder) builder;
            switch (index) {
                case 0:
                    return b.approvedAt((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.ApprovedStage.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.ApprovedStage m = (io.github.kargo4j.model.freight.ApprovedStage) model;
            switch (index) {
                case 0:
                    return m.approvedAt();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.ApprovedStage) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.ApprovedStage.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ChartBinding extends Binder.Generated {

        ChartBinding() {
            super(io.github.kargo4j.model.freight.AbstractChart.class, io.github.kargo4j.model.freight.Chart.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("version", "version", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.Chart.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.Chart.Builder b = (io.github.kargo4j.model.freight.Chart.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.version((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.Chart.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.Chart m = (io.github.kargo4j.model.freight.Chart) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.name();
                case 2:
                    return m.version();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.Chart) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.Chart.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class CurrentStageBinding extends Binder.Generated {

        CurrentStageBinding() {
            super(io.github.kargo4j.model.freight.AbstractCurrentStage.class, io.github.kargo4j.model.freight.CurrentStage.class, false, true,
                    new Shape.Property("since", "since", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.CurrentStage.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.CurrentStage.Builder b = (io.github.kargo4j.model.freight.CurrentStage.Builder) builder;
            switch (index) {
                case 0:
                    return b.since((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.CurrentStage.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.CurrentStage m = (io.github.kargo4j.model.freight.CurrentStage) model;
            switch (index) {
                case 0:
                    return m.since();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.CurrentStage) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.CurrentStage.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightBinding extends Binder.Generated {

        FreightBinding() {
            super(io.github.kargo4j.model.freight.AbstractFreight.class, io.github.kargo4j.model.freight.Freight.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("origin", "origin", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.FreightOrigin.class, false),
                    new Shape.Property("alias", "alias", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("discoveredAt", "discoveredAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("commits", "commits", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.GitCommit.class, false),
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.Image.class, false),
                    new Shape.Property("charts", "charts", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.Chart.class, false),
                    new Shape.Property("artifacts", "artifacts", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ArtifactReference.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.freight.FreightStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.Freight.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.Freight.Builder b = (io.github.kargo4j.model.freight.Freight.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.origin((io.github.kargo4j.model.common.FreightOrigin) value);
                case 2:
                    return b.alias((java.lang.String) value);
                case 3:
                    return b.discoveredAt((java.lang.String) value);
                case 4:
                    return b.addAllCommits((java.lang.Iterable) value);
                case 5:
                    return b.addAllImages((java.lang.Iterable) value);
                case 6:
                    return b.addAllCharts((java.lang.Iterable) value);
                case 7:
                    return b.addAllArtifacts((java.lang.Iterable) value);
                case 8:
                    return b.status((io.github.kargo4j.model.freight.FreightStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.Freight.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.Freight m = (io.github.kargo4j.model.freight.Freight) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.origin();
                case 2:
                    return m.alias();
                case 3:
                    return m.discoveredAt();
                case 4:
                    return m.commits();
                case 5:
                    return m.images();
                case 6:
                    return m.charts();
                case 7:
                    return m.artifacts();
                case 8:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.Freight) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.Freight.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightCollectionBinding extends Binder.Generated {

        FreightCollectionBinding() {
            super(io.github.kargo4j.model.freight.AbstractFreightCollection.class, io.github.kargo4j.model.freight.FreightCollection.class, false, true,
                    new Shape.Property("id", "id", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("items", "items", Shape.Cardinality.MAP, io.github.kargo4j.model.freight.FreightReference.class, false),
                    new Shape.Property("verificationHistory", "verificationHistory", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.VerificationInfo.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.FreightCollection.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.FreightCollection.Builder b = (io.github.kargo4j.model.freight.FreightCollection.Builder) builder;
            switch (index) {
                case 0:
                    return b.id((java.lang.String) value);
                case 1:
                    return b.putAllItems((java.util.Map) value);
                case 2:
                    return b.addAllVerificationHistory((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.FreightCollection.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.FreightCollection m = (io.github.kargo4j.model.freight.FreightCollection) model;
            switch (index) {
                case 0:
                    return m.id();
                case 1:
                    return m.items();
                case 2:
                    return m.verificationHistory();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.FreightCollection) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.FreightCollection.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightReferenceBinding extends Binder.Generated {

        FreightReferenceBinding() {
            super(io.github.kargo4j.model.freight.AbstractFreightReference.class, io.github.kargo4j.model.freight.FreightReference.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("origin", "origin", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.FreightOrigin.class, false),
                    new Shape.Property("commits", "commits", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.GitCommit.class, false),
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.Image.class, false),
                    new Shape.Property("charts", "charts", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.Chart.class, false),
                    new Shape.Property("artifacts", "artifacts", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ArtifactReference.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.FreightReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.FreightReference.Builder b = (io.github.kargo4j.model.freight.FreightReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.origin((io.github.kargo4j.model.common.FreightOrigin) value);
                case 2:
                    return b.addAllCommits((java.lang.Iterable) value);
                case 3:
                    return b.addAllImages((java.lang.Iterable) value);
                case 4:
                    return b.addAllCharts((java.lang.Iterable) value);
                case 5:
                    return b.addAllArtifacts((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.FreightReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.FreightReference m = (io.github.kargo4j.model.freight.FreightReference) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.origin();
                case 2:
                    return m.commits();
                case 3:
                    return m.images();
                case 4:
                    return m.charts();
                case 5:
                    return m.artifacts();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.FreightReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.FreightReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightStatusBinding extends Binder.Generated {

        FreightStatusBinding() {
            super(io.github.kargo4j.model.freight.AbstractFreightStatus.class, io.github.kargo4j.model.freight.FreightStatus.class, false, true,
                    new Shape.Property("approvedFor", "approvedFor", Shape.Cardinality.MAP, io.github.kargo4j.model.freight.ApprovedStage.class, false),
                    new Shape.Property("currentlyIn", "currentlyIn", Shape.Cardinality.MAP, io.github.kargo4j.model.freight.CurrentStage.class, false),
                    new Shape.Property("verifiedIn", "verifiedIn", Shape.Cardinality.MAP, io.github.kargo4j.model.freight.VerifiedStage.class, false),
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.MAP, io.github.kargo4j.model.json.JsonValue.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.FreightStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.FreightStatus.Builder b = (io.github.kargo4j.model.freight.FreightStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.putAllApprovedFor((java.util.Map) value);
                case 1:
                    return b.putAllCurrentlyIn((java.util.Map) value);
                case 2:
                    return b.putAllVerifiedIn((java.util.Map) value);
                case 3:
                    return b.putAllMetadata((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.FreightStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.FreightStatus m = (io.github.kargo4j.model.freight.FreightStatus) model;
            switch (index) {
                case 0:
                    return m.approvedFor();
                case 1:
                    return m.currentlyIn();
                case 2:
                    return m.verifiedIn();
                case 3:
                    return m.metadata();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.FreightStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.FreightStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitCommitBinding extends Binder.Generated {

        GitCommitBinding() {
            super(io.github.kargo4j.model.freight.AbstractGitCommit.class, io.github.kargo4j.model.freight.GitCommit.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("id", "id", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("branch", "branch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("author", "author", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("committer", "committer", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.GitCommit.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.GitCommit.Builder b = (io.github.kargo4j.model.freight.GitCommit.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.id((java.lang.String) value);
                case 2:
                    return b.branch((java.lang.String) value);
                case 3:
                    return b.tag((java.lang.String) value);
                case 4:
                    return b.message((java.lang.String) value);
                case 5:
                    return b.author((java.lang.String) value);
                case 6:
                    return b.committer((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.GitCommit.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.GitCommit m = (io.github.kargo4j.model.freight.GitCommit) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.id();
                case 2:
                    return m.branch();
                case 3:
                    return m.tag();
                case 4:
                    return m.message();
                case 5:
                    return m.author();
                case 6:
                    return m.committer();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.GitCommit) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.GitCommit.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ImageBinding extends Binder.Generated {

        ImageBinding() {
            super(io.github.kargo4j.model.freight.AbstractImage.class, io.github.kargo4j.model.freight.Image.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("digest", "digest", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.Image.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.Image.Builder b = (io.github.kargo4j.model.freight.Image.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.tag((java.lang.String) value);
                case 2:
                    return b.digest((java.lang.String) value);
                case 3:
                    return b.putAllAnnotations((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.Image.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.Image m = (io.github.kargo4j.model.freight.Image) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.tag();
                case 2:
                    return m.digest();
                case 3:
                    return m.annotations();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.Image) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.Image.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class VerificationInfoBinding extends Binder.Generated {

        VerificationInfoBinding() {
            super(io.github.kargo4j.model.freight.AbstractVerificationInfo.class, io.github.kargo4j.model.freight.VerificationInfo.class, false, true,
                    new Shape.Property("id", "id", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("actor", "actor", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("startTime", "startTime", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("phase", "phaseAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("analysisRun", "analysisRun", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.freight.AnalysisRunReference.class, false),
                    new Shape.Property("finishTime", "finishTime", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.VerificationInfo.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.VerificationInfo.Builder b = (io.github.kargo4j.model.freight.VerificationInfo.Builder) builder;
            switch (index) {
                case 0:
                    return b.id((java.lang.String) value);
                case 1:
                    return b.actor((java.lang.String) value);
                case 2:
                    return b.startTime((java.lang.String) value);
                case 3:
                    return b.phaseAsString((java.lang.String) value);
                case 4:
                    return b.message((java.lang.String) value);
                case 5:
                    return b.analysisRun((io.github.kargo4j.model.freight.AnalysisRunReference) value);
                case 6:
                    return b.finishTime((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.VerificationInfo.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.VerificationInfo m = (io.github.kargo4j.model.freight.VerificationInfo) model;
            switch (index) {
                case 0:
                    return m.id();
                case 1:
                    return m.actor();
                case 2:
                    return m.startTime();
                case 3:
                    return m.phaseAsString();
                case 4:
                    return m.message();
                case 5:
                    return m.analysisRun();
                case 6:
                    return m.finishTime();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.VerificationInfo) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.VerificationInfo.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class VerifiedStageBinding extends Binder.Generated {

        VerifiedStageBinding() {
            super(io.github.kargo4j.model.freight.AbstractVerifiedStage.class, io.github.kargo4j.model.freight.VerifiedStage.class, false, true,
                    new Shape.Property("verifiedAt", "verifiedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("longestSoak", "longestSoak", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.freight.VerifiedStage.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.freight.VerifiedStage.Builder b = (io.github.kargo4j.model.freight.VerifiedStage.Builder) builder;
            switch (index) {
                case 0:
                    return b.verifiedAt((java.lang.String) value);
                case 1:
                    return b.longestSoak((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.freight.VerifiedStage.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.freight.VerifiedStage m = (io.github.kargo4j.model.freight.VerifiedStage) model;
            switch (index) {
                case 0:
                    return m.verifiedAt();
                case 1:
                    return m.longestSoak();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.freight.VerifiedStage) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.freight.VerifiedStage.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArtifactoryWebhookReceiverConfigBinding extends Binder.Generated {

        ArtifactoryWebhookReceiverConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractArtifactoryWebhookReceiverConfig.class, io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.class, false, true,
                    new Shape.Property("secretRef", "secretRef", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.LocalObjectReference.class, false),
                    new Shape.Property("virtualRepoName", "virtualRepoName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.Builder b = (io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.secretRef((io.github.kargo4j.model.common.LocalObjectReference) value);
                case 1:
                    return b.virtualRepoName((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig m = (io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig) model;
            switch (index) {
                case 0:
                    return m.secretRef();
                case 1:
                    return m.virtualRepoName();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AutoRollbackConfigBinding extends Binder.Generated {

        AutoRollbackConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractAutoRollbackConfig.class, io.github.kargo4j.model.project.AutoRollbackConfig.class, false, true,
                    new Shape.Property("onPromotion", "onPromotion", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("onVerification", "onVerification", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.AutoRollbackConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.AutoRollbackConfig.Builder b = (io.github.kargo4j.model.project.AutoRollbackConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllOnPromotion((java.lang.Iterable) value);
                case 1:
                    return b.addAllOnVerification((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.AutoRollbackConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.AutoRollbackConfig m = (io.github.kargo4j.model.project.AutoRollbackConfig) model;
            switch (index) {
                case 0:
                    return m.onPromotion();
                case 1:
                    return m.onVerification();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.AutoRollbackConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.AutoRollbackConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DeepLinkBinding extends Binder.Generated {

        DeepLinkBinding() {
            super(io.github.kargo4j.model.project.AbstractDeepLink.class, io.github.kargo4j.model.project.DeepLink.class, false, true,
                    new Shape.Property("title", "title", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("url", "url", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("description", "description", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("if", "ifCondition", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.DeepLink.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.DeepLink.Builder b = (io.github.kargo4j.model.project.DeepLink.Builder) builder;
            switch (index) {
                case 0:
                    return b.title((java.lang.String) value);
                case 1:
                    return b.url((java.lang.String) value);
                case 2:
                    return b.description((java.lang.String) value);
                case 3:
                    return b.ifCondition((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.DeepLink.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.DeepLink m = (io.github.kargo4j.model.project.DeepLink) model;
            switch (index) {
                case 0:
                    return m.title();
                case 1:
                    return m.url();
                case 2:
                    return m.description();
                case 3:
                    return m.ifCondition();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.DeepLink) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.DeepLink.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GenericWebhookActionBinding extends Binder.Generated {

        GenericWebhookActionBinding() {
            super(io.github.kargo4j.model.project.AbstractGenericWebhookAction.class, io.github.kargo4j.model.project.GenericWebhookAction.class, false, true,
                    new Shape.Property("action", "actionAsString", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("whenExpression", "whenExpression", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("parameters", "parameters", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("targetSelectionCriteria", "targetSelectionCriteria", Shape.Cardinality.LIST, io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.GenericWebhookAction.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.GenericWebhookAction.Builder b = (io.github.kargo4j.model.project.GenericWebhookAction.Builder) builder;
            switch (index) {
                case 0:
                    return b.actionAsString((java.lang.String) value);
                case 1:
                    return b.whenExpression((java.lang.String) value);
                case 2:
                    return b.putAllParameters((java.util.Map) value);
                case 3:
                    return b.addAllTargetSelectionCriteria((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.GenericWebhookAction.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.GenericWebhookAction m = (io.github.kargo4j.model.project.GenericWebhookAction) model;
            switch (index) {
                case 0:
                    return m.actionAsString();
                case 1:
                    return m.whenExpression();
                case 2:
                    return m.parameters();
                case 3:
                    return m.targetSelectionCriteria();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.GenericWebhookAction) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.GenericWebhookAction.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GenericWebhookReceiverConfigBinding extends Binder.Generated {

        GenericWebhookReceiverConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractGenericWebhookReceiverConfig.class, io.github.kargo4j.model.project.GenericWebhookReceiverConfig.class, false, true,
                    new Shape.Property("secretRef", "secretRef", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.LocalObjectReference.class, false),
                    new Shape.Property("actions", "actions", Shape.Cardinality.LIST, io.github.kargo4j.model.project.GenericWebhookAction.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.GenericWebhookReceiverConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.GenericWebhookReceiverConfig.Builder b = (io.github.kargo4j.model.project.GenericWebhookReceiverConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.secretRef((io.github.kargo4j.model.common.LocalObjectReference) value);
                case 1:
                    return b.addAllActions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.GenericWebhookReceiverConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.GenericWebhookReceiverConfig m = (io.github.kargo4j.model.project.GenericWebhookReceiverConfig) model;
            switch (index) {
                case 0:
                    return m.secretRef();
                case 1:
                    return m.actions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.GenericWebhookReceiverConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.GenericWebhookReceiverConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GenericWebhookTargetSelectionCriteriaBinding extends Binder.Generated {

        GenericWebhookTargetSelectionCriteriaBinding() {
            super(io.github.kargo4j.model.project.AbstractGenericWebhookTargetSelectionCriteria.class, io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.class, false, true,
                    new Shape.Property("kind", "kindAsString", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("labelSelector", "labelSelector", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.LabelSelector.class, false),
                    new Shape.Property("indexSelector", "indexSelector", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.IndexSelector.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.Builder b = (io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.Builder) builder;
            switch (index) {
                case 0:
                    return b.kindAsString((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.labelSelector((io.github.kargo4j.model.common.LabelSelector) value);
                case 3:
                    return b.indexSelector((io.github.kargo4j.model.project.IndexSelector) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria m = (io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria) model;
            switch (index) {
                case 0:
                    return m.kindAsString();
                case 1:
                    return m.name();
                case 2:
                    return m.labelSelector();
                case 3:
                    return m.indexSelector();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.GenericWebhookTargetSelectionCriteria.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HealthStatsBinding extends Binder.Generated {

        HealthStatsBinding() {
            super(io.github.kargo4j.model.project.AbstractHealthStats.class, io.github.kargo4j.model.project.HealthStats.class, false, true,
                    new Shape.Property("healthy", "healthy", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.HealthStats.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.HealthStats.Builder b = (io.github.kargo4j.model.project.HealthStats.Builder) builder;
            switch (index) {
                case 0:
                    return b.healthy((java.lang.Long) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.HealthStats.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.HealthStats m = (io.github.kargo4j.model.project.HealthStats) model;
            switch (index) {
                case 0:
                    return m.healthy();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.HealthStats) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.HealthStats.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class IndexSelectorBinding extends Binder.Generated {

        IndexSelectorBinding() {
            super(io.github.kargo4j.model.project.AbstractIndexSelector.class, io.github.kargo4j.model.project.IndexSelector.class, false, true,
                    new Shape.Property("matchIndices", "matchIndices", Shape.Cardinality.LIST, io.github.kargo4j.model.project.IndexSelectorRequirement.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.IndexSelector.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.IndexSelector.Builder b = (io.github.kargo4j.model.project.IndexSelector.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllMatchIndices((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.IndexSelector.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.IndexSelector m = (io.github.kargo4j.model.project.IndexSelector) model;
            switch (index) {
                case 0:
                    return m.matchIndices();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.IndexSelector) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.IndexSelector.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class IndexSelectorRequirementBinding extends Binder.Generated {

        IndexSelectorRequirementBinding() {
            super(io.github.kargo4j.model.project.AbstractIndexSelectorRequirement.class, io.github.kargo4j.model.project.IndexSelectorRequirement.class, false, true,
                    new Shape.Property("key", "keyAsString", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("operator", "operatorAsString", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.IndexSelectorRequirement.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.IndexSelectorRequirement.Builder b = (io.github.kargo4j.model.project.IndexSelectorRequirement.Builder) builder;
            switch (index) {
                case 0:
                    return b.keyAsString((java.lang.String) value);
                case 1:
                    return b.operatorAsString((java.lang.String) value);
                case 2:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.IndexSelectorRequirement.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.IndexSelectorRequirement m = (io.github.kargo4j.model.project.IndexSelectorRequirement) model;
            switch (index) {
                case 0:
                    return m.keyAsString();
                case 1:
                    return m.operatorAsString();
                case 2:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.IndexSelectorRequirement) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.IndexSelectorRequirement.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectBinding extends Binder.Generated {

        ProjectBinding() {
            super(io.github.kargo4j.model.project.AbstractProject.class, io.github.kargo4j.model.project.Project.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ProjectStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.Project.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.Project.Builder b = (io.github.kargo4j.model.project.Project.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.status((io.github.kargo4j.model.project.ProjectStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.Project.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.Project m = (io.github.kargo4j.model.project.Project) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.Project) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.Project.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectConfigBinding extends Binder.Generated {

        ProjectConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractProjectConfig.class, io.github.kargo4j.model.project.ProjectConfig.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ProjectConfigSpec.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ProjectConfigStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ProjectConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ProjectConfig.Builder b = (io.github.kargo4j.model.project.ProjectConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.project.ProjectConfigSpec) value);
                case 2:
                    return b.status((io.github.kargo4j.model.project.ProjectConfigStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ProjectConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ProjectConfig m = (io.github.kargo4j.model.project.ProjectConfig) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ProjectConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ProjectConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectConfigSpecBinding extends Binder.Generated {

        ProjectConfigSpecBinding() {
            super(io.github.kargo4j.model.project.AbstractProjectConfigSpec.class, io.github.kargo4j.model.project.ProjectConfigSpec.class, false, true,
                    new Shape.Property("promotionPolicies", "promotionPolicies", Shape.Cardinality.LIST, io.github.kargo4j.model.project.PromotionPolicy.class, false),
                    new Shape.Property("webhookReceivers", "webhookReceivers", Shape.Cardinality.LIST, io.github.kargo4j.model.project.WebhookReceiverConfig.class, false),
                    new Shape.Property("freightLinks", "freightLinks", Shape.Cardinality.LIST, io.github.kargo4j.model.project.DeepLink.class, false),
                    new Shape.Property("stageLinks", "stageLinks", Shape.Cardinality.LIST, io.github.kargo4j.model.project.DeepLink.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ProjectConfigSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ProjectConfigSpec.Builder b = (io.github.kargo4j.model.project.ProjectConfigSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllPromotionPolicies((java.lang.Iterable) value);
                case 1:
                    return b.addAllWebhookReceivers((java.lang.Iterable) value);
                case 2:
                    return b.addAllFreightLinks((java.lang.Iterable) value);
                case 3:
                    return b.addAllStageLinks((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ProjectConfigSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ProjectConfigSpec m = (io.github.kargo4j.model.project.ProjectConfigSpec) model;
            switch (index) {
                case 0:
                    return m.promotionPolicies();
                case 1:
                    return m.webhookReceivers();
                case 2:
                    return m.freightLinks();
                case 3:
                    return m.stageLinks();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ProjectConfigSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ProjectConfigSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectConfigStatusBinding extends Binder.Generated {

        ProjectConfigStatusBinding() {
            super(io.github.kargo4j.model.project.AbstractProjectConfigStatus.class, io.github.kargo4j.model.project.ProjectConfigStatus.class, false, true,
                    new Shape.Property("conditions", "conditions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.Condition.class, false),
                    new Shape.Property("observedGeneration", "observedGeneration", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("lastHandledRefresh", "lastHandledRefresh", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("webhookReceivers", "webhookReceivers", Shape.Cardinality.LIST, io.github.kargo4j.model.project.WebhookReceiverDetails.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ProjectConfigStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ProjectConfigStatus.Builder b = (io.github.kargo4j.model.project.ProjectConfigStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllConditions((java.lang.Iterable) value);
                case 1:
                    return b.observedGeneration((java.lang.Long) value);
                case 2:
                    return b.lastHandledRefresh((java.lang.String) value);
                case 3:
                    return b.addAllWebhookReceivers((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ProjectConfigStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ProjectConfigStatus m = (io.github.kargo4j.model.project.ProjectConfigStatus) model;
            switch (index) {
                case 0:
                    return m.conditions();
                case 1:
                    return m.observedGeneration();
                case 2:
                    return m.lastHandledRefresh();
                case 3:
                    return m.webhookReceivers();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ProjectConfigStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ProjectConfigStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectStatsBinding extends Binder.Generated {

        ProjectStatsBinding() {
            super(io.github.kargo4j.model.project.AbstractProjectStats.class, io.github.kargo4j.model.project.ProjectStats.class, false, true,
                    new Shape.Property("warehouses", "warehouses", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ResourceStats.class, false),
                    new Shape.Property("stages", "stages", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ResourceStats.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ProjectStats.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ProjectStats.Builder b = (io.github.kargo4j.model.project.ProjectStats.Builder) builder;
            switch (index) {
                case 0:
                    return b.warehouses((io.github.kargo4j.model.project.ResourceStats) value);
                case 1:
                    return b.stages((io.github.kargo4j.model.project.ResourceStats) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ProjectStats.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ProjectStats m = (io.github.kargo4j.model.project.ProjectStats) model;
            switch (index) {
                case 0:
                    return m.warehouses();
                case 1:
                    return m.stages();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ProjectStats) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ProjectStats.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ProjectStatusBinding extends Binder.Generated {

        ProjectStatusBinding() {
            super(io.github.kargo4j.model.project.AbstractProjectStatus.class, io.github.kargo4j.model.project.ProjectStatus.class, false, true,
                    new Shape.Property("conditions", "conditions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.Condition.class, false),
                    new Shape.Property("stats", "stats", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ProjectStats.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ProjectStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ProjectStatus.Builder b = (io.github.kargo4j.model.project.ProjectStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllConditions((java.lang.Iterable) value);
                case 1:
                    return b.stats((io.github.kargo4j.model.project.ProjectStats) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ProjectStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ProjectStatus m = (io.github.kargo4j.model.project.ProjectStatus) model;
            switch (index) {
                case 0:
                    return m.conditions();
                case 1:
                    return m.stats();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ProjectStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ProjectStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionPolicyBinding extends Binder.Generated {

        PromotionPolicyBinding() {
            super(io.github.kargo4j.model.project.AbstractPromotionPolicy.class, io.github.kargo4j.model.project.PromotionPolicy.class, false, true,
                    new Shape.Property("stage", "stage", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("stageSelector", "stageSelector", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.PromotionPolicySelector.class, false),
                    new Shape.Property("autoPromotionEnabled", "autoPromotionEnabled", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("autoRollback", "autoRollback", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.AutoRollbackConfig.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.PromotionPolicy.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.PromotionPolicy.Builder b = (io.github.kargo4j.model.project.PromotionPolicy.Builder) builder;
            switch (index) {
                case 0:
                    return b.stage((java.lang.String) value);
                case 1:
                    return b.stageSelector((io.github.kargo4j.model.project.PromotionPolicySelector) value);
                case 2:
                    return b.autoPromotionEnabled((java.lang.Boolean) value);
                case 3:
                    return b.autoRollback((io.github.kargo4j.model.project.AutoRollbackConfig) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.PromotionPolicy.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.PromotionPolicy m = (io.github.kargo4j.model.project.PromotionPolicy) model;
            switch (index) {
                case 0:
                    return m.stage();
                case 1:
                    return m.stageSelector();
                case 2:
                    return m.autoPromotionEnabled();
                case 3:
                    return m.autoRollback();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.PromotionPolicy) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.PromotionPolicy.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionPolicySelectorBinding extends Binder.Generated {

        PromotionPolicySelectorBinding() {
            super(io.github.kargo4j.model.project.AbstractPromotionPolicySelector.class, io.github.kargo4j.model.project.PromotionPolicySelector.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("matchLabels", "matchLabels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("matchExpressions", "matchExpressions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.LabelSelectorRequirement.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.PromotionPolicySelector.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.PromotionPolicySelector.Builder b = (io.github.kargo4j.model.project.PromotionPolicySelector.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.putAllMatchLabels((java.util.Map) value);
                case 2:
                    return b.addAllMatchExpressions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.PromotionPolicySelector.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.PromotionPolicySelector m = (io.github.kargo4j.model.project.PromotionPolicySelector) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.matchLabels();
                case 2:
                    return m.matchExpressions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.PromotionPolicySelector) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.PromotionPolicySelector.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ResourceStatsBinding extends Binder.Generated {

        ResourceStatsBinding() {
            super(io.github.kargo4j.model.project.AbstractResourceStats.class, io.github.kargo4j.model.project.ResourceStats.class, false, true,
                    new Shape.Property("count", "count", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("health", "health", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.HealthStats.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.ResourceStats.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.ResourceStats.Builder b = (io.github.kargo4j.model.project.ResourceStats.Builder) builder;
            switch (index) {
                case 0:
                    return b.count((java.lang.Long) value);
                case 1:
                    return b.health((io.github.kargo4j.model.project.HealthStats) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.ResourceStats.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.ResourceStats m = (io.github.kargo4j.model.project.ResourceStats) model;
            switch (index) {
                case 0:
                    return m.count();
                case 1:
                    return m.health();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.ResourceStats) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.ResourceStats.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SecretRefReceiverConfigBinding extends Binder.Generated {

        SecretRefReceiverConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractSecretRefReceiverConfig.class, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false, true,
                    new Shape.Property("secretRef", "secretRef", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.LocalObjectReference.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.SecretRefReceiverConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.SecretRefReceiverConfig.Builder b = (io.github.kargo4j.model.project.SecretRefReceiverConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.secretRef((io.github.kargo4j.model.common.LocalObjectReference) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.SecretRefReceiverConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.SecretRefReceiverConfig m = (io.github.kargo4j.model.project.SecretRefReceiverConfig) model;
            switch (index) {
                case 0:
                    return m.secretRef();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.SecretRefReceiverConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.SecretRefReceiverConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WebhookReceiverConfigBinding extends Binder.Generated {

        WebhookReceiverConfigBinding() {
            super(io.github.kargo4j.model.project.AbstractWebhookReceiverConfig.class, io.github.kargo4j.model.project.WebhookReceiverConfig.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("github", "github", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("gitlab", "gitlab", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("bitbucket", "bitbucket", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("dockerhub", "dockerhub", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("quay", "quay", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("harbor", "harbor", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("artifactory", "artifactory", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig.class, false),
                    new Shape.Property("azure", "azure", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("gitea", "gitea", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.SecretRefReceiverConfig.class, false),
                    new Shape.Property("generic", "generic", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.project.GenericWebhookReceiverConfig.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.WebhookReceiverConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.WebhookReceiverConfig.Builder b = (io.github.kargo4j.model.project.WebhookReceiverConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.github((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 2:
                    return b.gitlab((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 3:
                    return b.bitbucket((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 4:
                    return b.dockerhub((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 5:
                    return b.quay((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 6:
                    return b.harbor((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 7:
                    return b.artifactory((io.github.kargo4j.model.project.ArtifactoryWebhookReceiverConfig) value);
                case 8:
                    return b.azure((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 9:
                    return b.gitea((io.github.kargo4j.model.project.SecretRefReceiverConfig) value);
                case 10:
                    return b.generic((io.github.kargo4j.model.project.GenericWebhookReceiverConfig) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.WebhookReceiverConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.WebhookReceiverConfig m = (io.github.kargo4j.model.project.WebhookReceiverConfig) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.github();
                case 2:
                    return m.gitlab();
                case 3:
                    return m.bitbucket();
                case 4:
                    return m.dockerhub();
                case 5:
                    return m.quay();
                case 6:
                    return m.harbor();
                case 7:
                    return m.artifactory();
                case 8:
                    return m.azure();
                case 9:
                    return m.gitea();
                case 10:
                    return m.generic();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.WebhookReceiverConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.WebhookReceiverConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WebhookReceiverDetailsBinding extends Binder.Generated {

        WebhookReceiverDetailsBinding() {
            super(io.github.kargo4j.model.project.AbstractWebhookReceiverDetails.class, io.github.kargo4j.model.project.WebhookReceiverDetails.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("path", "path", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("url", "url", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.project.WebhookReceiverDetails.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.project.WebhookReceiverDetails.Builder b = (io.github.kargo4j.model.project.WebhookReceiverDetails.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.path((java.lang.String) value);
                case 2:
                    return b.url((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.project.WebhookReceiverDetails.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.project.WebhookReceiverDetails m = (io.github.kargo4j.model.project.WebhookReceiverDetails) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.path();
                case 2:
                    return m.url();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.project.WebhookReceiverDetails) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.project.WebhookReceiverDetails.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ClusterPromotionTaskBinding extends Binder.Generated {

        ClusterPromotionTaskBinding() {
            super(io.github.kargo4j.model.promotion.AbstractClusterPromotionTask.class, io.github.kargo4j.model.promotion.ClusterPromotionTask.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.promotion.PromotionTaskSpec.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.ClusterPromotionTask.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.ClusterPromotionTask.Builder b = (io.github.kargo4j.model.promotion.ClusterPromotionTask.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.promotion.PromotionTaskSpec) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.ClusterPromotionTask.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.ClusterPromotionTask m = (io.github.kargo4j.model.promotion.ClusterPromotionTask) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.ClusterPromotionTask) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.ClusterPromotionTask.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HealthCheckStepBinding extends Binder.Generated {

        HealthCheckStepBinding() {
            super(io.github.kargo4j.model.promotion.AbstractHealthCheckStep.class, io.github.kargo4j.model.promotion.HealthCheckStep.class, false, true,
                    new Shape.Property("uses", "uses", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("config", "config", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.HealthCheckStep.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.HealthCheckStep.Builder b = (io.github.kargo4j.model.promotion.HealthCheckStep.Builder) builder;
            switch (index) {
                case 0:
                    return b.uses((java.lang.String) value);
                case 1:
                    return b.config((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.HealthCheckStep.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.HealthCheckStep m = (io.github.kargo4j.model.promotion.HealthCheckStep) model;
            switch (index) {
                case 0:
                    return m.uses();
                case 1:
                    return m.config();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.HealthCheckStep) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.HealthCheckStep.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionBinding extends Binder.Generated {

        PromotionBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotion.class, io.github.kargo4j.model.promotion.Promotion.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.promotion.PromotionSpec.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.promotion.PromotionStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.Promotion.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.Promotion.Builder b = (io.github.kargo4j.model.promotion.Promotion.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.promotion.PromotionSpec) value);
                case 2:
                    return b.status((io.github.kargo4j.model.promotion.PromotionStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.Promotion.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.Promotion m = (io.github.kargo4j.model.promotion.Promotion) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.Promotion) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.Promotion.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionSpecBinding extends Binder.Generated {

        PromotionSpecBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionSpec.class, io.github.kargo4j.model.promotion.PromotionSpec.class, false, true,
                    new Shape.Property("stage", "stage", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("freight", "freight", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("origin", "origin", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.FreightOrigin.class, false),
                    new Shape.Property("vars", "vars", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ExpressionVariable.class, false),
                    new Shape.Property("steps", "steps", Shape.Cardinality.LIST, io.github.kargo4j.model.promotion.PromotionStep.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionSpec.Builder b = (io.github.kargo4j.model.promotion.PromotionSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.stage((java.lang.String) value);
                case 1:
                    return b.freight((java.lang.String) value);
                case 2:
                    return b.origin((io.github.kargo4j.model.common.FreightOrigin) value);
                case 3:
                    return b.addAllVars((java.lang.Iterable) value);
                case 4:
                    return b.addAllSteps((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionSpec m = (io.github.kargo4j.model.promotion.PromotionSpec) model;
            switch (index) {
                case 0:
                    return m.stage();
                case 1:
                    return m.freight();
                case 2:
                    return m.origin();
                case 3:
                    return m.vars();
                case 4:
                    return m.steps();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionStatusBinding extends Binder.Generated {

        PromotionStatusBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionStatus.class, io.github.kargo4j.model.promotion.PromotionStatus.class, false, true,
                    new Shape.Property("phase", "phaseAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("freight", "freight", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.freight.FreightReference.class, false),
                    new Shape.Property("freightCollection", "freightCollection", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.freight.FreightCollection.class, false),
                    new Shape.Property("currentStep", "currentStep", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("stepExecutionMetadata", "stepExecutionMetadata", Shape.Cardinality.LIST, io.github.kargo4j.model.promotion.StepExecutionMetadata.class, false),
                    new Shape.Property("state", "state", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonValue.class, true),
                    new Shape.Property("healthChecks", "healthChecks", Shape.Cardinality.LIST, io.github.kargo4j.model.promotion.HealthCheckStep.class, false),
                    new Shape.Property("startedAt", "startedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("finishedAt", "finishedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("lastHandledRefresh", "lastHandledRefresh", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionStatus.Builder b = (io.github.kargo4j.model.promotion.PromotionStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.phaseAsString((java.lang.String) value);
                case 1:
                    return b.message((java.lang.String) value);
                case 2:
                    return b.freight((io.github.kargo4j.model.freight.FreightReference) value);
                case 3:
                    return b.freightCollection((io.github.kargo4j.model.freight.FreightCollection) value);
                case 4:
                    return b.currentStep((java.lang.Long) value);
                case 5:
                    return b.addAllStepExecutionMetadata((java.lang.Iterable) value);
                case 6:
                    return b.state((io.github.kargo4j.model.json.JsonValue) value);
                case 7:
                    return b.addAllHealthChecks((java.lang.Iterable) value);
                case 8:
                    return b.startedAt((java.lang.String) value);
                case 9:
                    return b.finishedAt((java.lang.String) value);
                case 10:
                    return b.lastHandledRefresh((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionStatus m = (io.github.kargo4j.model.promotion.PromotionStatus) model;
            switch (index) {
                case 0:
                    return m.phaseAsString();
                case 1:
                    return m.message();
                case 2:
                    return m.freight();
                case 3:
                    return m.freightCollection();
                case 4:
                    return m.currentStep();
                case 5:
                    return m.stepExecutionMetadata();
                case 6:
                    return m.state();
                case 7:
                    return m.healthChecks();
                case 8:
                    return m.startedAt();
                case 9:
                    return m.finishedAt();
                case 10:
                    return m.lastHandledRefresh();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionStepBinding extends Binder.Generated {

        PromotionStepBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionStep.class, io.github.kargo4j.model.promotion.PromotionStep.class, false, true,
                    new Shape.Property("uses", "uses", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("task", "task", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.promotion.PromotionTaskReference.class, false),
                    new Shape.Property("as", "as", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("if", "ifCondition", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("continueOnError", "continueOnError", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("retry", "retry", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.promotion.PromotionStepRetry.class, false),
                    new Shape.Property("vars", "vars", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ExpressionVariable.class, false),
                    new Shape.Property("config", "config", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionStep.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionStep.Builder b = (io.github.kargo4j.model.promotion.PromotionStep.Builder) builder;
            switch (index) {
                case 0:
                    return b.uses((java.lang.String) value);
                case 1:
                    return b.task((io.github.kargo4j.model.promotion.PromotionTaskReference) value);
                case 2:
                    return b.as((java.lang.String) value);
                case 3:
                    return b.ifCondition((java.lang.String) value);
                case 4:
                    return b.continueOnError((java.lang.Boolean) value);
                case 5:
                    return b.retry((io.github.kargo4j.model.promotion.PromotionStepRetry) value);
                case 6:
                    return b.addAllVars((java.lang.Iterable) value);
                case 7:
                    return b.config((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionStep.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionStep m = (io.github.kargo4j.model.promotion.PromotionStep) model;
            switch (index) {
                case 0:
                    return m.uses();
                case 1:
                    return m.task();
                case 2:
                    return m.as();
                case 3:
                    return m.ifCondition();
                case 4:
                    return m.continueOnError();
                case 5:
                    return m.retry();
                case 6:
                    return m.vars();
                case 7:
                    return m.config();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionStep) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionStep.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionStepRetryBinding extends Binder.Generated {

        PromotionStepRetryBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionStepRetry.class, io.github.kargo4j.model.promotion.PromotionStepRetry.class, false, true,
                    new Shape.Property("timeout", "timeout", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("errorThreshold", "errorThreshold", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionStepRetry.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionStepRetry.Builder b = (io.github.kargo4j.model.promotion.PromotionStepRetry.Builder) builder;
            switch (index) {
                case 0:
                    return b.timeout((java.lang.String) value);
                case 1:
                    return b.errorThreshold((java.lang.Integer) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionStepRetry.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionStepRetry m = (io.github.kargo4j.model.promotion.PromotionStepRetry) model;
            switch (index) {
                case 0:
                    return m.timeout();
                case 1:
                    return m.errorThreshold();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionStepRetry) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionStepRetry.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionTaskBinding extends Binder.Generated {

        PromotionTaskBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionTask.class, io.github.kargo4j.model.promotion.PromotionTask.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.promotion.PromotionTaskSpec.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionTask.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionTask.Builder b = (io.github.kargo4j.model.promotion.PromotionTask.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.promotion.PromotionTaskSpec) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionTask.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionTask m = (io.github.kargo4j.model.promotion.PromotionTask) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionTask) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionTask.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionTaskReferenceBinding extends Binder.Generated {

        PromotionTaskReferenceBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionTaskReference.class, io.github.kargo4j.model.promotion.PromotionTaskReference.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("kind", "kindAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionTaskReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionTaskReference.Builder b = (io.github.kargo4j.model.promotion.PromotionTaskReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.kindAsString((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionTaskReference m = (io.github.kargo4j.model.promotion.PromotionTaskReference) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.kindAsString();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionTaskSpecBinding extends Binder.Generated {

        PromotionTaskSpecBinding() {
            super(io.github.kargo4j.model.promotion.AbstractPromotionTaskSpec.class, io.github.kargo4j.model.promotion.PromotionTaskSpec.class, false, true,
                    new Shape.Property("vars", "vars", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ExpressionVariable.class, false),
                    new Shape.Property("steps", "steps", Shape.Cardinality.LIST, io.github.kargo4j.model.promotion.PromotionStep.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.PromotionTaskSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.PromotionTaskSpec.Builder b = (io.github.kargo4j.model.promotion.PromotionTaskSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllVars((java.lang.Iterable) value);
                case 1:
                    return b.addAllSteps((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.PromotionTaskSpec m = (io.github.kargo4j.model.promotion.PromotionTaskSpec) model;
            switch (index) {
                case 0:
                    return m.vars();
                case 1:
                    return m.steps();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.PromotionTaskSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class StepExecutionMetadataBinding extends Binder.Generated {

        StepExecutionMetadataBinding() {
            super(io.github.kargo4j.model.promotion.AbstractStepExecutionMetadata.class, io.github.kargo4j.model.promotion.StepExecutionMetadata.class, false, true,
                    new Shape.Property("alias", "alias", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("startedAt", "startedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("finishedAt", "finishedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("errorCount", "errorCount", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false),
                    new Shape.Property("status", "statusAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("continueOnError", "continueOnError", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.promotion.StepExecutionMetadata.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.promotion.StepExecutionMetadata.Builder b = (io.github.kargo4j.model.promotion.StepExecutionMetadata.Builder) builder;
            switch (index) {
                case 0:
                    return b.alias((java.lang.String) value);
                case 1:
                    return b.startedAt((java.lang.String) value);
                case 2:
                    return b.finishedAt((java.lang.String) value);
                case 3:
                    return b.errorCount((java.lang.Integer) value);
                case 4:
                    return b.statusAsString((java.lang.String) value);
                case 5:
                    return b.message((java.lang.String) value);
                case 6:
                    return b.continueOnError((java.lang.Boolean) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.promotion.StepExecutionMetadata.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.promotion.StepExecutionMetadata m = (io.github.kargo4j.model.promotion.StepExecutionMetadata) model;
            switch (index) {
                case 0:
                    return m.alias();
                case 1:
                    return m.startedAt();
                case 2:
                    return m.finishedAt();
                case 3:
                    return m.errorCount();
                case 4:
                    return m.statusAsString();
                case 5:
                    return m.message();
                case 6:
                    return m.continueOnError();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.promotion.StepExecutionMetadata) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.promotion.StepExecutionMetadata.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisTemplateBinding extends Binder.Generated {

        AnalysisTemplateBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractAnalysisTemplate.class, io.github.kargo4j.model.rollouts.AnalysisTemplate.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.AnalysisTemplate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.AnalysisTemplate.Builder b = (io.github.kargo4j.model.rollouts.AnalysisTemplate.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.rollouts.AnalysisTemplateSpec) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.AnalysisTemplate m = (io.github.kargo4j.model.rollouts.AnalysisTemplate) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisTemplateRefBinding extends Binder.Generated {

        AnalysisTemplateRefBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractAnalysisTemplateRef.class, io.github.kargo4j.model.rollouts.AnalysisTemplateRef.class, false, true,
                    new Shape.Property("templateName", "templateName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("clusterScope", "clusterScope", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.AnalysisTemplateRef.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.AnalysisTemplateRef.Builder b = (io.github.kargo4j.model.rollouts.AnalysisTemplateRef.Builder) builder;
            switch (index) {
                case 0:
                    return b.templateName((java.lang.String) value);
                case 1:
                    return b.clusterScope((java.lang.Boolean) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateRef.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.AnalysisTemplateRef m = (io.github.kargo4j.model.rollouts.AnalysisTemplateRef) model;
            switch (index) {
                case 0:
                    return m.templateName();
                case 1:
                    return m.clusterScope();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateRef) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateRef.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisTemplateSpecBinding extends Binder.Generated {

        AnalysisTemplateSpecBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractAnalysisTemplateSpec.class, io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.class, false, true,
                    new Shape.Property("metrics", "metrics", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.Metric.class, false),
                    new Shape.Property("args", "args", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.Argument.class, false),
                    new Shape.Property("dryRun", "dryRun", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.DryRun.class, false),
                    new Shape.Property("measurementRetention", "measurementRetention", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.MeasurementRetention.class, false),
                    new Shape.Property("templates", "templates", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.AnalysisTemplateRef.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.Builder b = (io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllMetrics((java.lang.Iterable) value);
                case 1:
                    return b.addAllArgs((java.lang.Iterable) value);
                case 2:
                    return b.addAllDryRun((java.lang.Iterable) value);
                case 3:
                    return b.addAllMeasurementRetention((java.lang.Iterable) value);
                case 4:
                    return b.addAllTemplates((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.AnalysisTemplateSpec m = (io.github.kargo4j.model.rollouts.AnalysisTemplateSpec) model;
            switch (index) {
                case 0:
                    return m.metrics();
                case 1:
                    return m.args();
                case 2:
                    return m.dryRun();
                case 3:
                    return m.measurementRetention();
                case 4:
                    return m.templates();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgumentBinding extends Binder.Generated {

        ArgumentBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractArgument.class, io.github.kargo4j.model.rollouts.Argument.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("valueFrom", "valueFrom", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.ValueFrom.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.Argument.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.Argument.Builder b = (io.github.kargo4j.model.rollouts.Argument.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                case 2:
                    return b.valueFrom((io.github.kargo4j.model.rollouts.ValueFrom) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.Argument.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.Argument m = (io.github.kargo4j.model.rollouts.Argument) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.value();
                case 2:
                    return m.valueFrom();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.Argument) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.Argument.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AuthenticationBinding extends Binder.Generated {

        AuthenticationBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractAuthentication.class, io.github.kargo4j.model.rollouts.Authentication.class, false, true,
                    new Shape.Property("oauth2", "oauth2", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.OAuth2Config.class, false),
                    new Shape.Property("sigv4", "sigv4", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.Sigv4Config.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.Authentication.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.Authentication.Builder b = (io.github.kargo4j.model.rollouts.Authentication.Builder) builder;
            switch (index) {
                case 0:
                    return b.oauth2((io.github.kargo4j.model.rollouts.OAuth2Config) value);
                case 1:
                    return b.sigv4((io.github.kargo4j.model.rollouts.Sigv4Config) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.Authentication.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.Authentication m = (io.github.kargo4j.model.rollouts.Authentication) model;
            switch (index) {
                case 0:
                    return m.oauth2();
                case 1:
                    return m.sigv4();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.Authentication) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.Authentication.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ClusterAnalysisTemplateBinding extends Binder.Generated {

        ClusterAnalysisTemplateBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractClusterAnalysisTemplate.class, io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.rollouts.AnalysisTemplateSpec.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.Builder b = (io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.rollouts.AnalysisTemplateSpec) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate m = (io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DryRunBinding extends Binder.Generated {

        DryRunBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractDryRun.class, io.github.kargo4j.model.rollouts.DryRun.class, false, true,
                    new Shape.Property("metricName", "metricName", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.DryRun.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.DryRun.Builder b = (io.github.kargo4j.model.rollouts.DryRun.Builder) builder;
            switch (index) {
                case 0:
                    return b.metricName((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.DryRun.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.DryRun m = (io.github.kargo4j.model.rollouts.DryRun) model;
            switch (index) {
                case 0:
                    return m.metricName();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.DryRun) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.DryRun.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FieldRefBinding extends Binder.Generated {

        FieldRefBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractFieldRef.class, io.github.kargo4j.model.rollouts.FieldRef.class, false, true,
                    new Shape.Property("fieldPath", "fieldPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.FieldRef.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.FieldRef.Builder b = (io.github.kargo4j.model.rollouts.FieldRef.Builder) builder;
            switch (index) {
                case 0:
                    return b.fieldPath((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.FieldRef.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.FieldRef m = (io.github.kargo4j.model.rollouts.FieldRef) model;
            switch (index) {
                case 0:
                    return m.fieldPath();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.FieldRef) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.FieldRef.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class JobMetricBinding extends Binder.Generated {

        JobMetricBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractJobMetric.class, io.github.kargo4j.model.rollouts.JobMetric.class, false, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.JobMetricMetadata.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.JobMetric.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.JobMetric.Builder b = (io.github.kargo4j.model.rollouts.JobMetric.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.rollouts.JobMetricMetadata) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.JobMetric.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.JobMetric m = (io.github.kargo4j.model.rollouts.JobMetric) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.JobMetric) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.JobMetric.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class JobMetricMetadataBinding extends Binder.Generated {

        JobMetricMetadataBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractJobMetricMetadata.class, io.github.kargo4j.model.rollouts.JobMetricMetadata.class, false, true,
                    new Shape.Property("labels", "labels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.JobMetricMetadata.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.JobMetricMetadata.Builder b = (io.github.kargo4j.model.rollouts.JobMetricMetadata.Builder) builder;
            switch (index) {
                case 0:
                    return b.putAllLabels((java.util.Map) value);
                case 1:
                    return b.putAllAnnotations((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.JobMetricMetadata.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.JobMetricMetadata m = (io.github.kargo4j.model.rollouts.JobMetricMetadata) model;
            switch (index) {
                case 0:
                    return m.labels();
                case 1:
                    return m.annotations();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.JobMetricMetadata) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.JobMetricMetadata.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class MeasurementRetentionBinding extends Binder.Generated {

        MeasurementRetentionBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractMeasurementRetention.class, io.github.kargo4j.model.rollouts.MeasurementRetention.class, false, true,
                    new Shape.Property("metricName", "metricName", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("limit", "limit", Shape.Cardinality.REQUIRED, java.lang.Integer.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.MeasurementRetention.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.MeasurementRetention.Builder b = (io.github.kargo4j.model.rollouts.MeasurementRetention.Builder) builder;
            switch (index) {
                case 0:
                    return b.metricName((java.lang.String) value);
                case 1:
                    return b.limit((java.lang.Integer) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.MeasurementRetention.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.MeasurementRetention m = (io.github.kargo4j.model.rollouts.MeasurementRetention) model;
            switch (index) {
                case 0:
                    return m.metricName();
                case 1:
                    return m.limit();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.MeasurementRetention) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.MeasurementRetention.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class MetricBinding extends Binder.Generated {

        MetricBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractMetric.class, io.github.kargo4j.model.rollouts.Metric.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("interval", "interval", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("initialDelay", "initialDelay", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("count", "count", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.IntOrString.class, false),
                    new Shape.Property("successCondition", "successCondition", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("failureCondition", "failureCondition", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("failureLimit", "failureLimit", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.IntOrString.class, false),
                    new Shape.Property("inconclusiveLimit", "inconclusiveLimit", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.IntOrString.class, false),
                    new Shape.Property("consecutiveErrorLimit", "consecutiveErrorLimit", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.IntOrString.class, false),
                    new Shape.Property("consecutiveSuccessLimit", "consecutiveSuccessLimit", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.common.IntOrString.class, false),
                    new Shape.Property("provider", "provider", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.rollouts.MetricProvider.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.Metric.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.Metric.Builder b = (io.github.kargo4j.model.rollouts.Metric.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.interval((java.lang.String) value);
                case 2:
                    return b.initialDelay((java.lang.String) value);
                case 3:
                    return b.count((io.github.kargo4j.model.common.IntOrString) value);
                case 4:
                    return b.successCondition((java.lang.String) value);
                case 5:
                    return b.failureCondition((java.lang.String) value);
                case 6:
                    return b.failureLimit((io.github.kargo4j.model.common.IntOrString) value);
                case 7:
                    return b.inconclusiveLimit((io.github.kargo4j.model.common.IntOrString) value);
                case 8:
                    return b.consecutiveErrorLimit((io.github.kargo4j.model.common.IntOrString) value);
                case 9:
                    return b.consecutiveSuccessLimit((io.github.kargo4j.model.common.IntOrString) value);
                case 10:
                    return b.provider((io.github.kargo4j.model.rollouts.MetricProvider) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.Metric.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.Metric m = (io.github.kargo4j.model.rollouts.Metric) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.interval();
                case 2:
                    return m.initialDelay();
                case 3:
                    return m.count();
                case 4:
                    return m.successCondition();
                case 5:
                    return m.failureCondition();
                case 6:
                    return m.failureLimit();
                case 7:
                    return m.inconclusiveLimit();
                case 8:
                    return m.consecutiveErrorLimit();
                case 9:
                    return m.consecutiveSuccessLimit();
                case 10:
                    return m.provider();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.Metric) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.Metric.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class MetricProviderBinding extends Binder.Generated {

        MetricProviderBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractMetricProvider.class, io.github.kargo4j.model.rollouts.MetricProvider.class, false, true,
                    new Shape.Property("prometheus", "prometheus", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.PrometheusMetric.class, false),
                    new Shape.Property("kayenta", "kayenta", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("web", "web", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.WebMetric.class, false),
                    new Shape.Property("datadog", "datadog", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("wavefront", "wavefront", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("newRelic", "newRelic", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("job", "job", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.JobMetric.class, false),
                    new Shape.Property("cloudWatch", "cloudWatch", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("graphite", "graphite", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("influxdb", "influxdb", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("skywalking", "skywalking", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("plugin", "plugin", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.MetricProvider.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.MetricProvider.Builder b = (io.github.kargo4j.model.rollouts.MetricProvider.Builder) builder;
            switch (index) {
                case 0:
                    return b.prometheus((io.github.kargo4j.model.rollouts.PrometheusMetric) value);
                case 1:
                    return b.kayenta((io.github.kargo4j.model.json.JsonObject) value);
                case 2:
                    return b.web((io.github.kargo4j.model.rollouts.WebMetric) value);
                case 3:
                    return b.datadog((io.github.kargo4j.model.json.JsonObject) value);
                case 4:
                    return b.wavefront((io.github.kargo4j.model.json.JsonObject) value);
                case 5:
                    return b.newRelic((io.github.kargo4j.model.json.JsonObject) value);
                case 6:
                    return b.job((io.github.kargo4j.model.rollouts.JobMetric) value);
                case 7:
                    return b.cloudWatch((io.github.kargo4j.model.json.JsonObject) value);
                case 8:
                    return b.graphite((io.github.kargo4j.model.json.JsonObject) value);
                case 9:
                    return b.influxdb((io.github.kargo4j.model.json.JsonObject) value);
                case 10:
                    return b.skywalking((io.github.kargo4j.model.json.JsonObject) value);
                case 11:
                    return b.plugin((io.github.kargo4j.model.json.JsonObject) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.MetricProvider.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.MetricProvider m = (io.github.kargo4j.model.rollouts.MetricProvider) model;
            switch (index) {
                case 0:
                    return m.prometheus();
                case 1:
                    return m.kayenta();
                case 2:
                    return m.web();
                case 3:
                    return m.datadog();
                case 4:
                    return m.wavefront();
                case 5:
                    return m.newRelic();
                case 6:
                    return m.job();
                case 7:
                    return m.cloudWatch();
                case 8:
                    return m.graphite();
                case 9:
                    return m.influxdb();
                case 10:
                    return m.skywalking();
                case 11:
                    return m.plugin();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.MetricProvider) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.MetricProvider.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class OAuth2ConfigBinding extends Binder.Generated {

        OAuth2ConfigBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractOAuth2Config.class, io.github.kargo4j.model.rollouts.OAuth2Config.class, false, true,
                    new Shape.Property("tokenUrl", "tokenUrl", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("clientId", "clientId", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("clientSecret", "clientSecret", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("scopes", "scopes", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.OAuth2Config.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.OAuth2Config.Builder b = (io.github.kargo4j.model.rollouts.OAuth2Config.Builder) builder;
            switch (index) {
                case 0:
                    return b.tokenUrl((java.lang.String) value);
                case 1:
                    return b.clientId((java.lang.String) value);
                case 2:
                    return b.clientSecret((java.lang.String) value);
                case 3:
                    return b.addAllScopes((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.OAuth2Config.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.OAuth2Config m = (io.github.kargo4j.model.rollouts.OAuth2Config) model;
            switch (index) {
                case 0:
                    return m.tokenUrl();
                case 1:
                    return m.clientId();
                case 2:
                    return m.clientSecret();
                case 3:
                    return m.scopes();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.OAuth2Config) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.OAuth2Config.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PrometheusMetricBinding extends Binder.Generated {

        PrometheusMetricBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractPrometheusMetric.class, io.github.kargo4j.model.rollouts.PrometheusMetric.class, false, true,
                    new Shape.Property("address", "address", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("query", "query", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("timeout", "timeout", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("insecure", "insecure", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("headers", "headers", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.WebMetricHeader.class, false),
                    new Shape.Property("authentication", "authentication", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.Authentication.class, false),
                    new Shape.Property("rangeQuery", "rangeQuery", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.PrometheusRangeQuery.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.PrometheusMetric.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.PrometheusMetric.Builder b = (io.github.kargo4j.model.rollouts.PrometheusMetric.Builder) builder;
            switch (index) {
                case 0:
                    return b.address((java.lang.String) value);
                case 1:
                    return b.query((java.lang.String) value);
                case 2:
                    return b.timeout((java.lang.Long) value);
                case 3:
                    return b.insecure((java.lang.Boolean) value);
                case 4:
                    return b.addAllHeaders((java.lang.Iterable) value);
                case 5:
                    return b.authentication((io.github.kargo4j.model.rollouts.Authentication) value);
                case 6:
                    return b.rangeQuery((io.github.kargo4j.model.rollouts.PrometheusRangeQuery) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.PrometheusMetric.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.PrometheusMetric m = (io.github.kargo4j.model.rollouts.PrometheusMetric) model;
            switch (index) {
                case 0:
                    return m.address();
                case 1:
                    return m.query();
                case 2:
                    return m.timeout();
                case 3:
                    return m.insecure();
                case 4:
                    return m.headers();
                case 5:
                    return m.authentication();
                case 6:
                    return m.rangeQuery();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.PrometheusMetric) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.PrometheusMetric.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PrometheusRangeQueryBinding extends Binder.Generated {

        PrometheusRangeQueryBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractPrometheusRangeQuery.class, io.github.kargo4j.model.rollouts.PrometheusRangeQuery.class, false, true,
                    new Shape.Property("start", "start", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("end", "end", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("step", "step", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.PrometheusRangeQuery.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.PrometheusRangeQuery.Builder b = (io.github.kargo4j.model.rollouts.PrometheusRangeQuery.Builder) builder;
            switch (index) {
                case 0:
                    return b.start((java.lang.String) value);
                case 1:
                    return b.end((java.lang.String) value);
                case 2:
                    return b.step((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.PrometheusRangeQuery.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.PrometheusRangeQuery m = (io.github.kargo4j.model.rollouts.PrometheusRangeQuery) model;
            switch (index) {
                case 0:
                    return m.start();
                case 1:
                    return m.end();
                case 2:
                    return m.step();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.PrometheusRangeQuery) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.PrometheusRangeQuery.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SecretKeyRefBinding extends Binder.Generated {

        SecretKeyRefBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractSecretKeyRef.class, io.github.kargo4j.model.rollouts.SecretKeyRef.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.SecretKeyRef.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.SecretKeyRef.Builder b = (io.github.kargo4j.model.rollouts.SecretKeyRef.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.key((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.SecretKeyRef.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.SecretKeyRef m = (io.github.kargo4j.model.rollouts.SecretKeyRef) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.key();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.SecretKeyRef) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.SecretKeyRef.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class Sigv4ConfigBinding extends Binder.Generated {

        Sigv4ConfigBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractSigv4Config.class, io.github.kargo4j.model.rollouts.Sigv4Config.class, false, true,
                    new Shape.Property("region", "region", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("profile", "profile", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("roleArn", "roleArn", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.Sigv4Config.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.Sigv4Config.Builder b = (io.github.kargo4j.model.rollouts.Sigv4Config.Builder) builder;
            switch (index) {
                case 0:
                    return b.region((java.lang.String) value);
                case 1:
                    return b.profile((java.lang.String) value);
                case 2:
                    return b.roleArn((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.Sigv4Config.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.Sigv4Config m = (io.github.kargo4j.model.rollouts.Sigv4Config) model;
            switch (index) {
                case 0:
                    return m.region();
                case 1:
                    return m.profile();
                case 2:
                    return m.roleArn();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.Sigv4Config) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.Sigv4Config.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ValueFromBinding extends Binder.Generated {

        ValueFromBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractValueFrom.class, io.github.kargo4j.model.rollouts.ValueFrom.class, false, true,
                    new Shape.Property("secretKeyRef", "secretKeyRef", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.SecretKeyRef.class, false),
                    new Shape.Property("fieldRef", "fieldRef", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.FieldRef.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.ValueFrom.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.ValueFrom.Builder b = (io.github.kargo4j.model.rollouts.ValueFrom.Builder) builder;
            switch (index) {
                case 0:
                    return b.secretKeyRef((io.github.kargo4j.model.rollouts.SecretKeyRef) value);
                case 1:
                    return b.fieldRef((io.github.kargo4j.model.rollouts.FieldRef) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.ValueFrom.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.ValueFrom m = (io.github.kargo4j.model.rollouts.ValueFrom) model;
            switch (index) {
                case 0:
                    return m.secretKeyRef();
                case 1:
                    return m.fieldRef();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.ValueFrom) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.ValueFrom.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WebMetricBinding extends Binder.Generated {

        WebMetricBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractWebMetric.class, io.github.kargo4j.model.rollouts.WebMetric.class, false, true,
                    new Shape.Property("url", "url", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("method", "methodAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("headers", "headers", Shape.Cardinality.LIST, io.github.kargo4j.model.rollouts.WebMetricHeader.class, false),
                    new Shape.Property("body", "body", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("jsonBody", "jsonBody", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("timeoutSeconds", "timeoutSeconds", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("jsonPath", "jsonPath", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecure", "insecure", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("authentication", "authentication", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.rollouts.Authentication.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.WebMetric.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.WebMetric.Builder b = (io.github.kargo4j.model.rollouts.WebMetric.Builder) builder;
            switch (index) {
                case 0:
                    return b.url((java.lang.String) value);
                case 1:
                    return b.methodAsString((java.lang.String) value);
                case 2:
                    return b.addAllHeaders((java.lang.Iterable) value);
                case 3:
                    return b.body((java.lang.String) value);
                case 4:
                    return b.jsonBody((io.github.kargo4j.model.json.JsonObject) value);
                case 5:
                    return b.timeoutSeconds((java.lang.Long) value);
                case 6:
                    return b.jsonPath((java.lang.String) value);
                case 7:
                    return b.insecure((java.lang.Boolean) value);
                case 8:
                    return b.authentication((io.github.kargo4j.model.rollouts.Authentication) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.WebMetric.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.WebMetric m = (io.github.kargo4j.model.rollouts.WebMetric) model;
            switch (index) {
                case 0:
                    return m.url();
                case 1:
                    return m.methodAsString();
                case 2:
                    return m.headers();
                case 3:
                    return m.body();
                case 4:
                    return m.jsonBody();
                case 5:
                    return m.timeoutSeconds();
                case 6:
                    return m.jsonPath();
                case 7:
                    return m.insecure();
                case 8:
                    return m.authentication();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.WebMetric) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.WebMetric.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WebMetricHeaderBinding extends Binder.Generated {

        WebMetricHeaderBinding() {
            super(io.github.kargo4j.model.rollouts.AbstractWebMetricHeader.class, io.github.kargo4j.model.rollouts.WebMetricHeader.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.rollouts.WebMetricHeader.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.rollouts.WebMetricHeader.Builder b = (io.github.kargo4j.model.rollouts.WebMetricHeader.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.rollouts.WebMetricHeader.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.rollouts.WebMetricHeader m = (io.github.kargo4j.model.rollouts.WebMetricHeader) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.rollouts.WebMetricHeader) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.rollouts.WebMetricHeader.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisRunArgumentBinding extends Binder.Generated {

        AnalysisRunArgumentBinding() {
            super(io.github.kargo4j.model.stage.AbstractAnalysisRunArgument.class, io.github.kargo4j.model.stage.AnalysisRunArgument.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.AnalysisRunArgument.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.AnalysisRunArgument.Builder b = (io.github.kargo4j.model.stage.AnalysisRunArgument.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.AnalysisRunArgument.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.AnalysisRunArgument m = (io.github.kargo4j.model.stage.AnalysisRunArgument) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.AnalysisRunArgument) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.AnalysisRunArgument.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisRunMetadataBinding extends Binder.Generated {

        AnalysisRunMetadataBinding() {
            super(io.github.kargo4j.model.stage.AbstractAnalysisRunMetadata.class, io.github.kargo4j.model.stage.AnalysisRunMetadata.class, false, true,
                    new Shape.Property("labels", "labels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.AnalysisRunMetadata.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.AnalysisRunMetadata.Builder b = (io.github.kargo4j.model.stage.AnalysisRunMetadata.Builder) builder;
            switch (index) {
                case 0:
                    return b.putAllLabels((java.util.Map) value);
                case 1:
                    return b.putAllAnnotations((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.AnalysisRunMetadata.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.AnalysisRunMetadata m = (io.github.kargo4j.model.stage.AnalysisRunMetadata) model;
            switch (index) {
                case 0:
                    return m.labels();
                case 1:
                    return m.annotations();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.AnalysisRunMetadata) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.AnalysisRunMetadata.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AnalysisTemplateReferenceBinding extends Binder.Generated {

        AnalysisTemplateReferenceBinding() {
            super(io.github.kargo4j.model.stage.AbstractAnalysisTemplateReference.class, io.github.kargo4j.model.stage.AnalysisTemplateReference.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("kind", "kindAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.AnalysisTemplateReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.AnalysisTemplateReference.Builder b = (io.github.kargo4j.model.stage.AnalysisTemplateReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.kindAsString((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.AnalysisTemplateReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.AnalysisTemplateReference m = (io.github.kargo4j.model.stage.AnalysisTemplateReference) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.kindAsString();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.AnalysisTemplateReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.AnalysisTemplateReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AutoPromotionHoldBinding extends Binder.Generated {

        AutoPromotionHoldBinding() {
            super(io.github.kargo4j.model.stage.AbstractAutoPromotionHold.class, io.github.kargo4j.model.stage.AutoPromotionHold.class, false, true,
                    new Shape.Property("freightName", "freightName", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("origin", "origin", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.FreightOrigin.class, false),
                    new Shape.Property("promotionName", "promotionName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("actor", "actor", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("createdAt", "createdAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.AutoPromotionHold.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.AutoPromotionHold.Builder b = (io.github.kargo4j.model.stage.AutoPromotionHold.Builder) builder;
            switch (index) {
                case 0:
                    return b.freightName((java.lang.String) value);
                case 1:
                    return b.origin((io.github.kargo4j.model.common.FreightOrigin) value);
                case 2:
                    return b.promotionName((java.lang.String) value);
                case 3:
                    return b.actor((java.lang.String) value);
                case 4:
                    return b.createdAt((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.AutoPromotionHold.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.AutoPromotionHold m = (io.github.kargo4j.model.stage.AutoPromotionHold) model;
            switch (index) {
                case 0:
                    return m.freightName();
                case 1:
                    return m.origin();
                case 2:
                    return m.promotionName();
                case 3:
                    return m.actor();
                case 4:
                    return m.createdAt();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.AutoPromotionHold) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.AutoPromotionHold.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class AutoPromotionOptionsBinding extends Binder.Generated {

        AutoPromotionOptionsBinding() {
            super(io.github.kargo4j.model.stage.AbstractAutoPromotionOptions.class, io.github.kargo4j.model.stage.AutoPromotionOptions.class, false, true,
                    new Shape.Property("selectionPolicy", "selectionPolicyAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.AutoPromotionOptions.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.AutoPromotionOptions.Builder b = (io.github.kargo4j.model.stage.AutoPromotionOptions.Builder) builder;
            switch (index) {
                case 0:
                    return b.selectionPolicyAsString((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.AutoPromotionOptions.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.AutoPromotionOptions m = (io.github.kargo4j.model.stage.AutoPromotionOptions) model;
            switch (index) {
                case 0:
                    return m.selectionPolicyAsString();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.AutoPromotionOptions) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.AutoPromotionOptions.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightRequestBinding extends Binder.Generated {

        FreightRequestBinding() {
            super(io.github.kargo4j.model.stage.AbstractFreightRequest.class, io.github.kargo4j.model.stage.FreightRequest.class, false, true,
                    new Shape.Property("origin", "origin", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.common.FreightOrigin.class, false),
                    new Shape.Property("sources", "sources", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.stage.FreightSources.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.FreightRequest.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.FreightRequest.Builder b = (io.github.kargo4j.model.stage.FreightRequest.Builder) builder;
            switch (index) {
                case 0:
                    return b.origin((io.github.kargo4j.model.common.FreightOrigin) value);
                case 1:
                    return b.sources((io.github.kargo4j.model.stage.FreightSources) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.FreightRequest.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.FreightRequest m = (io.github.kargo4j.model.stage.FreightRequest) model;
            switch (index) {
                case 0:
                    return m.origin();
                case 1:
                    return m.sources();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.FreightRequest) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.FreightRequest.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightSourcesBinding extends Binder.Generated {

        FreightSourcesBinding() {
            super(io.github.kargo4j.model.stage.AbstractFreightSources.class, io.github.kargo4j.model.stage.FreightSources.class, false, true,
                    new Shape.Property("direct", "direct", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("stages", "stages", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("availabilityStrategy", "availabilityStrategyAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("requiredSoakTime", "requiredSoakTime", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("autoPromotionOptions", "autoPromotionOptions", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.AutoPromotionOptions.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.FreightSources.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.FreightSources.Builder b = (io.github.kargo4j.model.stage.FreightSources.Builder) builder;
            switch (index) {
                case 0:
                    return b.direct((java.lang.Boolean) value);
                case 1:
                    return b.addAllStages((java.lang.Iterable) value);
                case 2:
                    return b.availabilityStrategyAsString((java.lang.String) value);
                case 3:
                    return b.requiredSoakTime((java.lang.String) value);
                case 4:
                    return b.autoPromotionOptions((io.github.kargo4j.model.stage.AutoPromotionOptions) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.FreightSources.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.FreightSources m = (io.github.kargo4j.model.stage.FreightSources) model;
            switch (index) {
                case 0:
                    return m.direct();
                case 1:
                    return m.stages();
                case 2:
                    return m.availabilityStrategyAsString();
                case 3:
                    return m.requiredSoakTime();
                case 4:
                    return m.autoPromotionOptions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.FreightSources) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.FreightSources.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HealthBinding extends Binder.Generated {

        HealthBinding() {
            super(io.github.kargo4j.model.stage.AbstractHealth.class, io.github.kargo4j.model.stage.Health.class, false, true,
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("issues", "issues", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("config", "config", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonValue.class, true),
                    new Shape.Property("output", "output", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonValue.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.Health.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.Health.Builder b = (io.github.kargo4j.model.stage.Health.Builder) builder;
            switch (index) {
                case 0:
                    return b.status((java.lang.String) value);
                case 1:
                    return b.addAllIssues((java.lang.Iterable) value);
                case 2:
                    return b.config((io.github.kargo4j.model.json.JsonValue) value);
                case 3:
                    return b.output((io.github.kargo4j.model.json.JsonValue) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.Health.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.Health m = (io.github.kargo4j.model.stage.Health) model;
            switch (index) {
                case 0:
                    return m.status();
                case 1:
                    return m.issues();
                case 2:
                    return m.config();
                case 3:
                    return m.output();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.Health) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.Health.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionReferenceBinding extends Binder.Generated {

        PromotionReferenceBinding() {
            super(io.github.kargo4j.model.stage.AbstractPromotionReference.class, io.github.kargo4j.model.stage.PromotionReference.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("freight", "freight", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.freight.FreightReference.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.promotion.PromotionStatus.class, false),
                    new Shape.Property("finishedAt", "finishedAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.PromotionReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.PromotionReference.Builder b = (io.github.kargo4j.model.stage.PromotionReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.freight((io.github.kargo4j.model.freight.FreightReference) value);
                case 2:
                    return b.status((io.github.kargo4j.model.promotion.PromotionStatus) value);
                case 3:
                    return b.finishedAt((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.PromotionReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.PromotionReference m = (io.github.kargo4j.model.stage.PromotionReference) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.freight();
                case 2:
                    return m.status();
                case 3:
                    return m.finishedAt();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.PromotionReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.PromotionReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionTemplateBinding extends Binder.Generated {

        PromotionTemplateBinding() {
            super(io.github.kargo4j.model.stage.AbstractPromotionTemplate.class, io.github.kargo4j.model.stage.PromotionTemplate.class, false, true,
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.stage.PromotionTemplateSpec.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.PromotionTemplate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.PromotionTemplate.Builder b = (io.github.kargo4j.model.stage.PromotionTemplate.Builder) builder;
            switch (index) {
                case 0:
                    return b.spec((io.github.kargo4j.model.stage.PromotionTemplateSpec) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.PromotionTemplate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.PromotionTemplate m = (io.github.kargo4j.model.stage.PromotionTemplate) model;
            switch (index) {
                case 0:
                    return m.spec();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.PromotionTemplate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.PromotionTemplate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class PromotionTemplateSpecBinding extends Binder.Generated {

        PromotionTemplateSpecBinding() {
            super(io.github.kargo4j.model.stage.AbstractPromotionTemplateSpec.class, io.github.kargo4j.model.stage.PromotionTemplateSpec.class, false, true,
                    new Shape.Property("vars", "vars", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ExpressionVariable.class, false),
                    new Shape.Property("steps", "steps", Shape.Cardinality.LIST, io.github.kargo4j.model.promotion.PromotionStep.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.PromotionTemplateSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.PromotionTemplateSpec.Builder b = (io.github.kargo4j.model.stage.PromotionTemplateSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllVars((java.lang.Iterable) value);
                case 1:
                    return b.addAllSteps((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.PromotionTemplateSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.PromotionTemplateSpec m = (io.github.kargo4j.model.stage.PromotionTemplateSpec) model;
            switch (index) {
                case 0:
                    return m.vars();
                case 1:
                    return m.steps();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.PromotionTemplateSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.PromotionTemplateSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class StageBinding extends Binder.Generated {

        StageBinding() {
            super(io.github.kargo4j.model.stage.AbstractStage.class, io.github.kargo4j.model.stage.Stage.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.stage.StageSpec.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.StageStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.Stage.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.Stage.Builder b = (io.github.kargo4j.model.stage.Stage.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.stage.StageSpec) value);
                case 2:
                    return b.status((io.github.kargo4j.model.stage.StageStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.Stage.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.Stage m = (io.github.kargo4j.model.stage.Stage) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.Stage) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.Stage.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class StageSpecBinding extends Binder.Generated {

        StageSpecBinding() {
            super(io.github.kargo4j.model.stage.AbstractStageSpec.class, io.github.kargo4j.model.stage.StageSpec.class, false, true,
                    new Shape.Property("requestedFreight", "requestedFreight", Shape.Cardinality.LIST, io.github.kargo4j.model.stage.FreightRequest.class, false),
                    new Shape.Property("promotionTemplate", "promotionTemplate", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.PromotionTemplate.class, false),
                    new Shape.Property("verification", "verification", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.Verification.class, false),
                    new Shape.Property("vars", "vars", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ExpressionVariable.class, false),
                    new Shape.Property("shard", "shard", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.StageSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.StageSpec.Builder b = (io.github.kargo4j.model.stage.StageSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllRequestedFreight((java.lang.Iterable) value);
                case 1:
                    return b.promotionTemplate((io.github.kargo4j.model.stage.PromotionTemplate) value);
                case 2:
                    return b.verification((io.github.kargo4j.model.stage.Verification) value);
                case 3:
                    return b.addAllVars((java.lang.Iterable) value);
                case 4:
                    return b.shard((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.StageSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.StageSpec m = (io.github.kargo4j.model.stage.StageSpec) model;
            switch (index) {
                case 0:
                    return m.requestedFreight();
                case 1:
                    return m.promotionTemplate();
                case 2:
                    return m.verification();
                case 3:
                    return m.vars();
                case 4:
                    return m.shard();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.StageSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.StageSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class StageStatusBinding extends Binder.Generated {

        StageStatusBinding() {
            super(io.github.kargo4j.model.stage.AbstractStageStatus.class, io.github.kargo4j.model.stage.StageStatus.class, false, true,
                    new Shape.Property("conditions", "conditions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.Condition.class, false),
                    new Shape.Property("freightHistory", "freightHistory", Shape.Cardinality.LIST, io.github.kargo4j.model.freight.FreightCollection.class, false),
                    new Shape.Property("freightSummary", "freightSummary", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("health", "health", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.Health.class, false),
                    new Shape.Property("currentPromotion", "currentPromotion", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.PromotionReference.class, false),
                    new Shape.Property("lastPromotion", "lastPromotion", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.PromotionReference.class, false),
                    new Shape.Property("autoPromotionEnabled", "autoPromotionEnabled", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.MAP, io.github.kargo4j.model.json.JsonValue.class, true),
                    new Shape.Property("autoPromotionHolds", "autoPromotionHolds", Shape.Cardinality.MAP, io.github.kargo4j.model.stage.AutoPromotionHold.class, false),
                    new Shape.Property("effectiveAutoPromotionHolds", "effectiveAutoPromotionHolds", Shape.Cardinality.MAP, io.github.kargo4j.model.stage.AutoPromotionHold.class, false),
                    new Shape.Property("observedGeneration", "observedGeneration", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("lastHandledRefresh", "lastHandledRefresh", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.StageStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.StageStatus.Builder b = (io.github.kargo4j.model.stage.StageStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllConditions((java.lang.Iterable) value);
                case 1:
                    return b.addAllFreightHistory((java.lang.Iterable) value);
                case 2:
                    return b.freightSummary((java.lang.String) value);
                case 3:
                    return b.health((io.github.kargo4j.model.stage.Health) value);
                case 4:
                    return b.currentPromotion((io.github.kargo4j.model.stage.PromotionReference) value);
                case 5:
                    return b.lastPromotion((io.github.kargo4j.model.stage.PromotionReference) value);
                case 6:
                    return b.autoPromotionEnabled((java.lang.Boolean) value);
                case 7:
                    return b.putAllMetadata((java.util.Map) value);
                case 8:
                    return b.putAllAutoPromotionHolds((java.util.Map) value);
                case 9:
                    return b.putAllEffectiveAutoPromotionHolds((java.util.Map) value);
                case 10:
                    return b.observedGeneration((java.lang.Long) value);
                case 11:
                    return b.lastHandledRefresh((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.StageStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.StageStatus m = (io.github.kargo4j.model.stage.StageStatus) model;
            switch (index) {
                case 0:
                    return m.conditions();
                case 1:
                    return m.freightHistory();
                case 2:
                    return m.freightSummary();
                case 3:
                    return m.health();
                case 4:
                    return m.currentPromotion();
                case 5:
                    return m.lastPromotion();
                case 6:
                    return m.autoPromotionEnabled();
                case 7:
                    return m.metadata();
                case 8:
                    return m.autoPromotionHolds();
                case 9:
                    return m.effectiveAutoPromotionHolds();
                case 10:
                    return m.observedGeneration();
                case 11:
                    return m.lastHandledRefresh();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.StageStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.StageStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class VerificationBinding extends Binder.Generated {

        VerificationBinding() {
            super(io.github.kargo4j.model.stage.AbstractVerification.class, io.github.kargo4j.model.stage.Verification.class, false, true,
                    new Shape.Property("analysisTemplates", "analysisTemplates", Shape.Cardinality.LIST, io.github.kargo4j.model.stage.AnalysisTemplateReference.class, false),
                    new Shape.Property("args", "args", Shape.Cardinality.LIST, io.github.kargo4j.model.stage.AnalysisRunArgument.class, false),
                    new Shape.Property("analysisRunMetadata", "analysisRunMetadata", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.stage.AnalysisRunMetadata.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.stage.Verification.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.stage.Verification.Builder b = (io.github.kargo4j.model.stage.Verification.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllAnalysisTemplates((java.lang.Iterable) value);
                case 1:
                    return b.addAllArgs((java.lang.Iterable) value);
                case 2:
                    return b.analysisRunMetadata((io.github.kargo4j.model.stage.AnalysisRunMetadata) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.stage.Verification.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.stage.Verification m = (io.github.kargo4j.model.stage.Verification) model;
            switch (index) {
                case 0:
                    return m.analysisTemplates();
                case 1:
                    return m.args();
                case 2:
                    return m.analysisRunMetadata();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.stage.Verification) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.stage.Verification.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdAppSelectorBinding extends Binder.Generated {

        ArgocdAppSelectorBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdAppSelector.class, io.github.kargo4j.model.steps.ArgocdAppSelector.class, false, true,
                    new Shape.Property("matchLabels", "matchLabels", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("matchExpressions", "matchExpressions", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdSelectorRequirement.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdAppSelector.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdAppSelector.Builder b = (io.github.kargo4j.model.steps.ArgocdAppSelector.Builder) builder;
            switch (index) {
                case 0:
                    return b.putAllMatchLabels((java.util.Map) value);
                case 1:
                    return b.addAllMatchExpressions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdAppSelector.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdAppSelector m = (io.github.kargo4j.model.steps.ArgocdAppSelector) model;
            switch (index) {
                case 0:
                    return m.matchLabels();
                case 1:
                    return m.matchExpressions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdAppSelector) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdAppSelector.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdAppUpdateBinding extends Binder.Generated {

        ArgocdAppUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdAppUpdate.class, io.github.kargo4j.model.steps.ArgocdAppUpdate.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("namespace", "namespace", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("selector", "selector", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.ArgocdAppSelector.class, false),
                    new Shape.Property("sources", "sources", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdSourceUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdAppUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdAppUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdAppUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.namespace((java.lang.String) value);
                case 2:
                    return b.selector((io.github.kargo4j.model.steps.ArgocdAppSelector) value);
                case 3:
                    return b.addAllSources((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdAppUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdAppUpdate m = (io.github.kargo4j.model.steps.ArgocdAppUpdate) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.namespace();
                case 2:
                    return m.selector();
                case 3:
                    return m.sources();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdAppUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdAppUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdAppWaitBinding extends Binder.Generated {

        ArgocdAppWaitBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdAppWait.class, io.github.kargo4j.model.steps.ArgocdAppWait.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("namespace", "namespace", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("selector", "selector", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.ArgocdAppSelector.class, false),
                    new Shape.Property("waitFor", "waitFor", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdAppWait.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdAppWait.Builder b = (io.github.kargo4j.model.steps.ArgocdAppWait.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.namespace((java.lang.String) value);
                case 2:
                    return b.selector((io.github.kargo4j.model.steps.ArgocdAppSelector) value);
                case 3:
                    return b.addAllWaitFor((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdAppWait.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdAppWait m = (io.github.kargo4j.model.steps.ArgocdAppWait) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.namespace();
                case 2:
                    return m.selector();
                case 3:
                    return m.waitFor();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdAppWait) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdAppWait.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdHelmImageUpdateBinding extends Binder.Generated {

        ArgocdHelmImageUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdHelmImageUpdate.class, io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdHelmImageUpdate m = (io.github.kargo4j.model.steps.ArgocdHelmImageUpdate) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmImageUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdHelmUpdateBinding extends Binder.Generated {

        ArgocdHelmUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdHelmUpdate.class, io.github.kargo4j.model.steps.ArgocdHelmUpdate.class, false, true,
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdHelmImageUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdHelmUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdHelmUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdHelmUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllImages((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdHelmUpdate m = (io.github.kargo4j.model.steps.ArgocdHelmUpdate) model;
            switch (index) {
                case 0:
                    return m.images();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdHelmUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdKustomizeImageUpdateBinding extends Binder.Generated {

        ArgocdKustomizeImageUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdKustomizeImageUpdate.class, io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("digest", "digest", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("newName", "newName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.tag((java.lang.String) value);
                case 2:
                    return b.digest((java.lang.String) value);
                case 3:
                    return b.newName((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate m = (io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.tag();
                case 2:
                    return m.digest();
                case 3:
                    return m.newName();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdKustomizeUpdateBinding extends Binder.Generated {

        ArgocdKustomizeUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdKustomizeUpdate.class, io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.class, false, true,
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdKustomizeImageUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllImages((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdKustomizeUpdate m = (io.github.kargo4j.model.steps.ArgocdKustomizeUpdate) model;
            switch (index) {
                case 0:
                    return m.images();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdSelectorRequirementBinding extends Binder.Generated {

        ArgocdSelectorRequirementBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdSelectorRequirement.class, io.github.kargo4j.model.steps.ArgocdSelectorRequirement.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("operator", "operator", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("values", "values", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdSelectorRequirement.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdSelectorRequirement.Builder b = (io.github.kargo4j.model.steps.ArgocdSelectorRequirement.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.operator((java.lang.String) value);
                case 2:
                    return b.addAllValues((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdSelectorRequirement.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdSelectorRequirement m = (io.github.kargo4j.model.steps.ArgocdSelectorRequirement) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.operator();
                case 2:
                    return m.values();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdSelectorRequirement) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdSelectorRequirement.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdSourceUpdateBinding extends Binder.Generated {

        ArgocdSourceUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdSourceUpdate.class, io.github.kargo4j.model.steps.ArgocdSourceUpdate.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("chart", "chart", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("desiredRevision", "desiredRevision", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("updateTargetRevision", "updateTargetRevision", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("helm", "helm", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.ArgocdHelmUpdate.class, false),
                    new Shape.Property("kustomize", "kustomize", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.ArgocdKustomizeUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdSourceUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdSourceUpdate.Builder b = (io.github.kargo4j.model.steps.ArgocdSourceUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.chart((java.lang.String) value);
                case 2:
                    return b.desiredRevision((java.lang.String) value);
                case 3:
                    return b.updateTargetRevision((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.helm((io.github.kargo4j.model.steps.ArgocdHelmUpdate) value);
                case 5:
                    return b.kustomize((io.github.kargo4j.model.steps.ArgocdKustomizeUpdate) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdSourceUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdSourceUpdate m = (io.github.kargo4j.model.steps.ArgocdSourceUpdate) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.chart();
                case 2:
                    return m.desiredRevision();
                case 3:
                    return m.updateTargetRevision();
                case 4:
                    return m.helm();
                case 5:
                    return m.kustomize();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdSourceUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdSourceUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdUpdateConfigBinding extends Binder.Generated {

        ArgocdUpdateConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdUpdateConfig.class, io.github.kargo4j.model.steps.ArgocdUpdateConfig.class, false, true,
                    new Shape.Property("apps", "apps", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdAppUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdUpdateConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdUpdateConfig.Builder b = (io.github.kargo4j.model.steps.ArgocdUpdateConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllApps((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdUpdateConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdUpdateConfig m = (io.github.kargo4j.model.steps.ArgocdUpdateConfig) model;
            switch (index) {
                case 0:
                    return m.apps();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdUpdateConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdUpdateConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ArgocdWaitConfigBinding extends Binder.Generated {

        ArgocdWaitConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractArgocdWaitConfig.class, io.github.kargo4j.model.steps.ArgocdWaitConfig.class, false, true,
                    new Shape.Property("apps", "apps", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ArgocdAppWait.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ArgocdWaitConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ArgocdWaitConfig.Builder b = (io.github.kargo4j.model.steps.ArgocdWaitConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllApps((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ArgocdWaitConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ArgocdWaitConfig m = (io.github.kargo4j.model.steps.ArgocdWaitConfig) model;
            switch (index) {
                case 0:
                    return m.apps();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ArgocdWaitConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ArgocdWaitConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class CopyConfigBinding extends Binder.Generated {

        CopyConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractCopyConfig.class, io.github.kargo4j.model.steps.CopyConfig.class, false, true,
                    new Shape.Property("inPath", "inPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("ignore", "ignore", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.CopyConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.CopyConfig.Builder b = (io.github.kargo4j.model.steps.CopyConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.inPath((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.ignore((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.CopyConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.CopyConfig m = (io.github.kargo4j.model.steps.CopyConfig) model;
            switch (index) {
                case 0:
                    return m.inPath();
                case 1:
                    return m.outPath();
                case 2:
                    return m.ignore();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.CopyConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.CopyConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DeleteConfigBinding extends Binder.Generated {

        DeleteConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractDeleteConfig.class, io.github.kargo4j.model.steps.DeleteConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("paths", "paths", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("pathsAreGlobs", "pathsAreGlobs", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("strict", "strict", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.DeleteConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.DeleteConfig.Builder b = (io.github.kargo4j.model.steps.DeleteConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllPaths((java.lang.Iterable) value);
                case 2:
                    return b.pathsAreGlobs((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 3:
                    return b.strict((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.DeleteConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.DeleteConfig m = (io.github.kargo4j.model.steps.DeleteConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.paths();
                case 2:
                    return m.pathsAreGlobs();
                case 3:
                    return m.strict();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.DeleteConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.DeleteConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ExpressionOutputBinding extends Binder.Generated {

        ExpressionOutputBinding() {
            super(io.github.kargo4j.model.steps.AbstractExpressionOutput.class, io.github.kargo4j.model.steps.ExpressionOutput.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("fromExpression", "fromExpression", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ExpressionOutput.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ExpressionOutput.Builder b = (io.github.kargo4j.model.steps.ExpressionOutput.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.fromExpression((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ExpressionOutput.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ExpressionOutput m = (io.github.kargo4j.model.steps.ExpressionOutput) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.fromExpression();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ExpressionOutput) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ExpressionOutput.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FailConfigBinding extends Binder.Generated {

        FailConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractFailConfig.class, io.github.kargo4j.model.steps.FailConfig.class, false, true,
                    new Shape.Property("message", "message", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.FailConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.FailConfig.Builder b = (io.github.kargo4j.model.steps.FailConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.message((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.FailConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.FailConfig m = (io.github.kargo4j.model.steps.FailConfig) model;
            switch (index) {
                case 0:
                    return m.message();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.FailConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.FailConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FileWriteConfigBinding extends Binder.Generated {

        FileWriteConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractFileWriteConfig.class, io.github.kargo4j.model.steps.FileWriteConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("contents", "contents", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("permissions", "permissions", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("overwrite", "overwrite", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.FileWriteConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.FileWriteConfig.Builder b = (io.github.kargo4j.model.steps.FileWriteConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.contents((java.lang.String) value);
                case 2:
                    return b.permissions((java.lang.String) value);
                case 3:
                    return b.overwrite((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.FileWriteConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.FileWriteConfig m = (io.github.kargo4j.model.steps.FileWriteConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.contents();
                case 2:
                    return m.permissions();
                case 3:
                    return m.overwrite();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.FileWriteConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.FileWriteConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitAuthorBinding extends Binder.Generated {

        GitAuthorBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitAuthor.class, io.github.kargo4j.model.steps.GitAuthor.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("email", "email", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("signingKey", "signingKey", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitAuthor.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitAuthor.Builder b = (io.github.kargo4j.model.steps.GitAuthor.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.email((java.lang.String) value);
                case 2:
                    return b.signingKey((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitAuthor.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitAuthor m = (io.github.kargo4j.model.steps.GitAuthor) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.email();
                case 2:
                    return m.signingKey();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitAuthor) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitAuthor.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitCheckoutBinding extends Binder.Generated {

        GitCheckoutBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitCheckout.class, io.github.kargo4j.model.steps.GitCheckout.class, false, true,
                    new Shape.Property("branch", "branch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("commit", "commit", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("create", "create", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("as", "as", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("sparse", "sparse", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitCheckout.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitCheckout.Builder b = (io.github.kargo4j.model.steps.GitCheckout.Builder) builder;
            switch (index) {
                case 0:
                    return b.branch((java.lang.String) value);
                case 1:
                    return b.commit((java.lang.String) value);
                case 2:
                    return b.tag((java.lang.String) value);
                case 3:
                    return b.create((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.path((java.lang.String) value);
                case 5:
                    return b.as((java.lang.String) value);
                case 6:
                    return b.addAllSparse((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitCheckout.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitCheckout m = (io.github.kargo4j.model.steps.GitCheckout) model;
            switch (index) {
                case 0:
                    return m.branch();
                case 1:
                    return m.commit();
                case 2:
                    return m.tag();
                case 3:
                    return m.create();
                case 4:
                    return m.path();
                case 5:
                    return m.as();
                case 6:
                    return m.sparse();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitCheckout) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitCheckout.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitClearConfigBinding extends Binder.Generated {

        GitClearConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitClearConfig.class, io.github.kargo4j.model.steps.GitClearConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitClearConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitClearConfig.Builder b = (io.github.kargo4j.model.steps.GitClearConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitClearConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitClearConfig m = (io.github.kargo4j.model.steps.GitClearConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitClearConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitClearConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitCloneConfigBinding extends Binder.Generated {

        GitCloneConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitCloneConfig.class, io.github.kargo4j.model.steps.GitCloneConfig.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("checkout", "checkout", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.GitCheckout.class, false),
                    new Shape.Property("author", "author", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.GitAuthor.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("recurseSubmodules", "recurseSubmodules", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("blobless", "blobless", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitCloneConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitCloneConfig.Builder b = (io.github.kargo4j.model.steps.GitCloneConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.addAllCheckout((java.lang.Iterable) value);
                case 2:
                    return b.author((io.github.kargo4j.model.steps.GitAuthor) value);
                case 3:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.recurseSubmodules((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 5:
                    return b.blobless((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitCloneConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitCloneConfig m = (io.github.kargo4j.model.steps.GitCloneConfig) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.checkout();
                case 2:
                    return m.author();
                case 3:
                    return m.insecureSkipTLSVerify();
                case 4:
                    return m.recurseSubmodules();
                case 5:
                    return m.blobless();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitCloneConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitCloneConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitCommitConfigBinding extends Binder.Generated {

        GitCommitConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitCommitConfig.class, io.github.kargo4j.model.steps.GitCommitConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("author", "author", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.GitAuthor.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitCommitConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitCommitConfig.Builder b = (io.github.kargo4j.model.steps.GitCommitConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.message((java.lang.String) value);
                case 2:
                    return b.author((io.github.kargo4j.model.steps.GitAuthor) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitCommitConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitCommitConfig m = (io.github.kargo4j.model.steps.GitCommitConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.message();
                case 2:
                    return m.author();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitCommitConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitCommitConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitMergePrConfigBinding extends Binder.Generated {

        GitMergePrConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitMergePrConfig.class, io.github.kargo4j.model.steps.GitMergePrConfig.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("prNumber", "prNumber", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.steps.IntegerOrExpression.class, false),
                    new Shape.Property("provider", "provider", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("wait", "waitUntilMergeable", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("pollInterval", "pollInterval", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("mergeMethod", "mergeMethod", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitMergePrConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitMergePrConfig.Builder b = (io.github.kargo4j.model.steps.GitMergePrConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.prNumber((io.github.kargo4j.model.steps.IntegerOrExpression) value);
                case 2:
                    return b.provider((java.lang.String) value);
                case 3:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.waitUntilMergeable((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 5:
                    return b.pollInterval((java.lang.String) value);
                case 6:
                    return b.mergeMethod((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitMergePrConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitMergePrConfig m = (io.github.kargo4j.model.steps.GitMergePrConfig) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.prNumber();
                case 2:
                    return m.provider();
                case 3:
                    return m.insecureSkipTLSVerify();
                case 4:
                    return m.waitUntilMergeable();
                case 5:
                    return m.pollInterval();
                case 6:
                    return m.mergeMethod();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitMergePrConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitMergePrConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitOpenPrConfigBinding extends Binder.Generated {

        GitOpenPrConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitOpenPrConfig.class, io.github.kargo4j.model.steps.GitOpenPrConfig.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("sourceBranch", "sourceBranch", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("targetBranch", "targetBranch", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("title", "title", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("description", "description", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("labels", "labels", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("provider", "provider", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("createTargetBranch", "createTargetBranch", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitOpenPrConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitOpenPrConfig.Builder b = (io.github.kargo4j.model.steps.GitOpenPrConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.sourceBranch((java.lang.String) value);
                case 2:
                    return b.targetBranch((java.lang.String) value);
                case 3:
                    return b.title((java.lang.String) value);
                case 4:
                    return b.description((java.lang.String) value);
                case 5:
                    return b.addAllLabels((java.lang.Iterable) value);
                case 6:
                    return b.provider((java.lang.String) value);
                case 7:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 8:
                    return b.createTargetBranch((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitOpenPrConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitOpenPrConfig m = (io.github.kargo4j.model.steps.GitOpenPrConfig) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.sourceBranch();
                case 2:
                    return m.targetBranch();
                case 3:
                    return m.title();
                case 4:
                    return m.description();
                case 5:
                    return m.labels();
                case 6:
                    return m.provider();
                case 7:
                    return m.insecureSkipTLSVerify();
                case 8:
                    return m.createTargetBranch();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitOpenPrConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitOpenPrConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitPushConfigBinding extends Binder.Generated {

        GitPushConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitPushConfig.class, io.github.kargo4j.model.steps.GitPushConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("targetBranch", "targetBranch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("generateTargetBranch", "generateTargetBranch", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("force", "force", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("maxAttempts", "maxAttempts", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.IntegerOrExpression.class, false),
                    new Shape.Property("provider", "provider", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitPushConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitPushConfig.Builder b = (io.github.kargo4j.model.steps.GitPushConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.targetBranch((java.lang.String) value);
                case 2:
                    return b.generateTargetBranch((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 3:
                    return b.tag((java.lang.String) value);
                case 4:
                    return b.force((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 5:
                    return b.maxAttempts((io.github.kargo4j.model.steps.IntegerOrExpression) value);
                case 6:
                    return b.provider((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitPushConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitPushConfig m = (io.github.kargo4j.model.steps.GitPushConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.targetBranch();
                case 2:
                    return m.generateTargetBranch();
                case 3:
                    return m.tag();
                case 4:
                    return m.force();
                case 5:
                    return m.maxAttempts();
                case 6:
                    return m.provider();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitPushConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitPushConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitTagConfigBinding extends Binder.Generated {

        GitTagConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitTagConfig.class, io.github.kargo4j.model.steps.GitTagConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("message", "message", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("force", "force", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitTagConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitTagConfig.Builder b = (io.github.kargo4j.model.steps.GitTagConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.tag((java.lang.String) value);
                case 2:
                    return b.message((java.lang.String) value);
                case 3:
                    return b.force((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitTagConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitTagConfig m = (io.github.kargo4j.model.steps.GitTagConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.tag();
                case 2:
                    return m.message();
                case 3:
                    return m.force();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitTagConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitTagConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitWaitForPrConfigBinding extends Binder.Generated {

        GitWaitForPrConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGitWaitForPrConfig.class, io.github.kargo4j.model.steps.GitWaitForPrConfig.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("prNumber", "prNumber", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.steps.IntegerOrExpression.class, false),
                    new Shape.Property("provider", "provider", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("pollInterval", "pollInterval", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GitWaitForPrConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GitWaitForPrConfig.Builder b = (io.github.kargo4j.model.steps.GitWaitForPrConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.prNumber((io.github.kargo4j.model.steps.IntegerOrExpression) value);
                case 2:
                    return b.provider((java.lang.String) value);
                case 3:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.pollInterval((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GitWaitForPrConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GitWaitForPrConfig m = (io.github.kargo4j.model.steps.GitWaitForPrConfig) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.prNumber();
                case 2:
                    return m.provider();
                case 3:
                    return m.insecureSkipTLSVerify();
                case 4:
                    return m.pollInterval();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GitWaitForPrConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GitWaitForPrConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GithubPushConfigBinding extends Binder.Generated {

        GithubPushConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractGithubPushConfig.class, io.github.kargo4j.model.steps.GithubPushConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("targetBranch", "targetBranch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("generateTargetBranch", "generateTargetBranch", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("force", "force", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("maxAttempts", "maxAttempts", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.IntegerOrExpression.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.GithubPushConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.GithubPushConfig.Builder b = (io.github.kargo4j.model.steps.GithubPushConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.targetBranch((java.lang.String) value);
                case 2:
                    return b.generateTargetBranch((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 3:
                    return b.force((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 4:
                    return b.maxAttempts((io.github.kargo4j.model.steps.IntegerOrExpression) value);
                case 5:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.GithubPushConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.GithubPushConfig m = (io.github.kargo4j.model.steps.GithubPushConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.targetBranch();
                case 2:
                    return m.generateTargetBranch();
                case 3:
                    return m.force();
                case 4:
                    return m.maxAttempts();
                case 5:
                    return m.insecureSkipTLSVerify();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.GithubPushConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.GithubPushConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HelmChartUpdateBinding extends Binder.Generated {

        HelmChartUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractHelmChartUpdate.class, io.github.kargo4j.model.steps.HelmChartUpdate.class, false, true,
                    new Shape.Property("repository", "repository", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("version", "version", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HelmChartUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HelmChartUpdate.Builder b = (io.github.kargo4j.model.steps.HelmChartUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.repository((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.version((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HelmChartUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HelmChartUpdate m = (io.github.kargo4j.model.steps.HelmChartUpdate) model;
            switch (index) {
                case 0:
                    return m.repository();
                case 1:
                    return m.name();
                case 2:
                    return m.version();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HelmChartUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HelmChartUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HelmSetValueBinding extends Binder.Generated {

        HelmSetValueBinding() {
            super(io.github.kargo4j.model.steps.AbstractHelmSetValue.class, io.github.kargo4j.model.steps.HelmSetValue.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("literal", "literal", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HelmSetValue.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HelmSetValue.Builder b = (io.github.kargo4j.model.steps.HelmSetValue.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                case 2:
                    return b.literal((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HelmSetValue.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HelmSetValue m = (io.github.kargo4j.model.steps.HelmSetValue) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.value();
                case 2:
                    return m.literal();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HelmSetValue) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HelmSetValue.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HelmTemplateConfigBinding extends Binder.Generated {

        HelmTemplateConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractHelmTemplateConfig.class, io.github.kargo4j.model.steps.HelmTemplateConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outLayout", "outLayout", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("releaseName", "releaseName", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("useReleaseName", "useReleaseName", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("namespace", "namespace", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("valuesFiles", "valuesFiles", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ignoreMissingValueFiles", "ignoreMissingValueFiles", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("setValues", "setValues", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HelmSetValue.class, false),
                    new Shape.Property("buildDependencies", "buildDependencies", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("includeCRDs", "includeCRDs", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("disableHooks", "disableHooks", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("skipTests", "skipTests", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("kubeVersion", "kubeVersion", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("apiVersions", "apiVersions", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HelmTemplateConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HelmTemplateConfig.Builder b = (io.github.kargo4j.model.steps.HelmTemplateConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.outLayout((java.lang.String) value);
                case 3:
                    return b.releaseName((java.lang.String) value);
                case 4:
                    return b.useReleaseName((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 5:
                    return b.namespace((java.lang.String) value);
                case 6:
                    return b.addAllValuesFiles((java.lang.Iterable) value);
                case 7:
                    return b.ignoreMissingValueFiles((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 8:
                    return b.addAllSetValues((java.lang.Iterable) value);
                case 9:
                    return b.buildDependencies((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 10:
                    return b.includeCRDs((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 11:
                    return b.disableHooks((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 12:
                    return b.skipTests((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 13:
                    return b.kubeVersion((java.lang.String) value);
                case 14:
                    return b.addAllApiVersions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HelmTemplateConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HelmTemplateConfig m = (io.github.kargo4j.model.steps.HelmTemplateConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.outPath();
                case 2:
                    return m.outLayout();
                case 3:
                    return m.releaseName();
                case 4:
                    return m.useReleaseName();
                case 5:
                    return m.namespace();
                case 6:
                    return m.valuesFiles();
                case 7:
                    return m.ignoreMissingValueFiles();
                case 8:
                    return m.setValues();
                case 9:
                    return m.buildDependencies();
                case 10:
                    return m.includeCRDs();
                case 11:
                    return m.disableHooks();
                case 12:
                    return m.skipTests();
                case 13:
                    return m.kubeVersion();
                case 14:
                    return m.apiVersions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HelmTemplateConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HelmTemplateConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HelmUpdateChartConfigBinding extends Binder.Generated {

        HelmUpdateChartConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractHelmUpdateChartConfig.class, io.github.kargo4j.model.steps.HelmUpdateChartConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("charts", "charts", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HelmChartUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HelmUpdateChartConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HelmUpdateChartConfig.Builder b = (io.github.kargo4j.model.steps.HelmUpdateChartConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllCharts((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HelmUpdateChartConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HelmUpdateChartConfig m = (io.github.kargo4j.model.steps.HelmUpdateChartConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.charts();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HelmUpdateChartConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HelmUpdateChartConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HttpConfigBinding extends Binder.Generated {

        HttpConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractHttpConfig.class, io.github.kargo4j.model.steps.HttpConfig.class, false, true,
                    new Shape.Property("method", "method", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("url", "url", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("headers", "headers", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HttpHeader.class, false),
                    new Shape.Property("queryParams", "queryParams", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HttpQueryParam.class, false),
                    new Shape.Property("body", "body", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("proxy", "proxy", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("timeout", "timeout", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("pollInterval", "pollInterval", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("responseContentType", "responseContentType", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("outputs", "outputs", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ExpressionOutput.class, false),
                    new Shape.Property("successExpression", "successExpression", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("failureExpression", "failureExpression", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("errorExpression", "errorExpression", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HttpConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HttpConfig.Builder b = (io.github.kargo4j.model.steps.HttpConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.method((java.lang.String) value);
                case 1:
                    return b.url((java.lang.String) value);
                case 2:
                    return b.addAllHeaders((java.lang.Iterable) value);
                case 3:
                    return b.addAllQueryParams((java.lang.Iterable) value);
                case 4:
                    return b.body((java.lang.String) value);
                case 5:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 6:
                    return b.proxy((java.lang.String) value);
                case 7:
                    return b.timeout((java.lang.String) value);
                case 8:
                    return b.pollInterval((java.lang.String) value);
                case 9:
                    return b.responseContentType((java.lang.String) value);
                case 10:
                    return b.addAllOutputs((java.lang.Iterable) value);
                case 11:
                    return b.successExpression((java.lang.String) value);
                case 12:
                    return b.failureExpression((java.lang.String) value);
                case 13:
                    return b.errorExpression((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HttpConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HttpConfig m = (io.github.kargo4j.model.steps.HttpConfig) model;
            switch (index) {
                case 0:
                    return m.method();
                case 1:
                    return m.url();
                case 2:
                    return m.headers();
                case 3:
                    return m.queryParams();
                case 4:
                    return m.body();
                case 5:
                    return m.insecureSkipTLSVerify();
                case 6:
                    return m.proxy();
                case 7:
                    return m.timeout();
                case 8:
                    return m.pollInterval();
                case 9:
                    return m.responseContentType();
                case 10:
                    return m.outputs();
                case 11:
                    return m.successExpression();
                case 12:
                    return m.failureExpression();
                case 13:
                    return m.errorExpression();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HttpConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HttpConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HttpDownloadConfigBinding extends Binder.Generated {

        HttpDownloadConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractHttpDownloadConfig.class, io.github.kargo4j.model.steps.HttpDownloadConfig.class, false, true,
                    new Shape.Property("url", "url", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("allowOverwrite", "allowOverwrite", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("headers", "headers", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HttpHeader.class, false),
                    new Shape.Property("queryParams", "queryParams", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.HttpQueryParam.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("timeout", "timeout", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HttpDownloadConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HttpDownloadConfig.Builder b = (io.github.kargo4j.model.steps.HttpDownloadConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.url((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.allowOverwrite((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 3:
                    return b.addAllHeaders((java.lang.Iterable) value);
                case 4:
                    return b.addAllQueryParams((java.lang.Iterable) value);
                case 5:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 6:
                    return b.timeout((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HttpDownloadConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HttpDownloadConfig m = (io.github.kargo4j.model.steps.HttpDownloadConfig) model;
            switch (index) {
                case 0:
                    return m.url();
                case 1:
                    return m.outPath();
                case 2:
                    return m.allowOverwrite();
                case 3:
                    return m.headers();
                case 4:
                    return m.queryParams();
                case 5:
                    return m.insecureSkipTLSVerify();
                case 6:
                    return m.timeout();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HttpDownloadConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HttpDownloadConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HttpHeaderBinding extends Binder.Generated {

        HttpHeaderBinding() {
            super(io.github.kargo4j.model.steps.AbstractHttpHeader.class, io.github.kargo4j.model.steps.HttpHeader.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HttpHeader.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HttpHeader.Builder b = (io.github.kargo4j.model.steps.HttpHeader.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HttpHeader.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HttpHeader m = (io.github.kargo4j.model.steps.HttpHeader) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HttpHeader) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HttpHeader.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class HttpQueryParamBinding extends Binder.Generated {

        HttpQueryParamBinding() {
            super(io.github.kargo4j.model.steps.AbstractHttpQueryParam.class, io.github.kargo4j.model.steps.HttpQueryParam.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.HttpQueryParam.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.HttpQueryParam.Builder b = (io.github.kargo4j.model.steps.HttpQueryParam.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.value((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.HttpQueryParam.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.HttpQueryParam m = (io.github.kargo4j.model.steps.HttpQueryParam) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.HttpQueryParam) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.HttpQueryParam.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class JsonParseConfigBinding extends Binder.Generated {

        JsonParseConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractJsonParseConfig.class, io.github.kargo4j.model.steps.JsonParseConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outputs", "outputs", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ExpressionOutput.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.JsonParseConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.JsonParseConfig.Builder b = (io.github.kargo4j.model.steps.JsonParseConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllOutputs((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.JsonParseConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.JsonParseConfig m = (io.github.kargo4j.model.steps.JsonParseConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.outputs();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.JsonParseConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.JsonParseConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class JsonUpdateConfigBinding extends Binder.Generated {

        JsonUpdateConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractJsonUpdateConfig.class, io.github.kargo4j.model.steps.JsonUpdateConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("updates", "updates", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ValueUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.JsonUpdateConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.JsonUpdateConfig.Builder b = (io.github.kargo4j.model.steps.JsonUpdateConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllUpdates((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.JsonUpdateConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.JsonUpdateConfig m = (io.github.kargo4j.model.steps.JsonUpdateConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.updates();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.JsonUpdateConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.JsonUpdateConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class KustomizeBuildConfigBinding extends Binder.Generated {

        KustomizeBuildConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractKustomizeBuildConfig.class, io.github.kargo4j.model.steps.KustomizeBuildConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outputFormat", "outputFormat", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("plugin", "plugin", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.KustomizePlugin.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.KustomizeBuildConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.KustomizeBuildConfig.Builder b = (io.github.kargo4j.model.steps.KustomizeBuildConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.outputFormat((java.lang.String) value);
                case 3:
                    return b.plugin((io.github.kargo4j.model.steps.KustomizePlugin) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.KustomizeBuildConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.KustomizeBuildConfig m = (io.github.kargo4j.model.steps.KustomizeBuildConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.outPath();
                case 2:
                    return m.outputFormat();
                case 3:
                    return m.plugin();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.KustomizeBuildConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.KustomizeBuildConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class KustomizeHelmPluginBinding extends Binder.Generated {

        KustomizeHelmPluginBinding() {
            super(io.github.kargo4j.model.steps.AbstractKustomizeHelmPlugin.class, io.github.kargo4j.model.steps.KustomizeHelmPlugin.class, false, true,
                    new Shape.Property("apiVersions", "apiVersions", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("kubeVersion", "kubeVersion", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.KustomizeHelmPlugin.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.KustomizeHelmPlugin.Builder b = (io.github.kargo4j.model.steps.KustomizeHelmPlugin.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllApiVersions((java.lang.Iterable) value);
                case 1:
                    return b.kubeVersion((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.KustomizeHelmPlugin.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.KustomizeHelmPlugin m = (io.github.kargo4j.model.steps.KustomizeHelmPlugin) model;
            switch (index) {
                case 0:
                    return m.apiVersions();
                case 1:
                    return m.kubeVersion();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.KustomizeHelmPlugin) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.KustomizeHelmPlugin.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class KustomizeImageBinding extends Binder.Generated {

        KustomizeImageBinding() {
            super(io.github.kargo4j.model.steps.AbstractKustomizeImage.class, io.github.kargo4j.model.steps.KustomizeImage.class, false, true,
                    new Shape.Property("image", "image", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("digest", "digest", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("newName", "newName", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.KustomizeImage.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.KustomizeImage.Builder b = (io.github.kargo4j.model.steps.KustomizeImage.Builder) builder;
            switch (index) {
                case 0:
                    return b.image((java.lang.String) value);
                case 1:
                    return b.tag((java.lang.String) value);
                case 2:
                    return b.digest((java.lang.String) value);
                case 3:
                    return b.name((java.lang.String) value);
                case 4:
                    return b.newName((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.KustomizeImage.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.KustomizeImage m = (io.github.kargo4j.model.steps.KustomizeImage) model;
            switch (index) {
                case 0:
                    return m.image();
                case 1:
                    return m.tag();
                case 2:
                    return m.digest();
                case 3:
                    return m.name();
                case 4:
                    return m.newName();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.KustomizeImage) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.KustomizeImage.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class KustomizePluginBinding extends Binder.Generated {

        KustomizePluginBinding() {
            super(io.github.kargo4j.model.steps.AbstractKustomizePlugin.class, io.github.kargo4j.model.steps.KustomizePlugin.class, false, true,
                    new Shape.Property("helm", "helm", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.KustomizeHelmPlugin.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.KustomizePlugin.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.KustomizePlugin.Builder b = (io.github.kargo4j.model.steps.KustomizePlugin.Builder) builder;
            switch (index) {
                case 0:
                    return b.helm((io.github.kargo4j.model.steps.KustomizeHelmPlugin) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.KustomizePlugin.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.KustomizePlugin m = (io.github.kargo4j.model.steps.KustomizePlugin) model;
            switch (index) {
                case 0:
                    return m.helm();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.KustomizePlugin) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.KustomizePlugin.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class KustomizeSetImageConfigBinding extends Binder.Generated {

        KustomizeSetImageConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractKustomizeSetImageConfig.class, io.github.kargo4j.model.steps.KustomizeSetImageConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.KustomizeImage.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.KustomizeSetImageConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.KustomizeSetImageConfig.Builder b = (io.github.kargo4j.model.steps.KustomizeSetImageConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllImages((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.KustomizeSetImageConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.KustomizeSetImageConfig m = (io.github.kargo4j.model.steps.KustomizeSetImageConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.images();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.KustomizeSetImageConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.KustomizeSetImageConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class MetadataUpdateBinding extends Binder.Generated {

        MetadataUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractMetadataUpdate.class, io.github.kargo4j.model.steps.MetadataUpdate.class, false, true,
                    new Shape.Property("kind", "kind", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("values", "values", Shape.Cardinality.MAP, io.github.kargo4j.model.json.JsonValue.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.MetadataUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.MetadataUpdate.Builder b = (io.github.kargo4j.model.steps.MetadataUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.kind((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.putAllValues((java.util.Map) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.MetadataUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.MetadataUpdate m = (io.github.kargo4j.model.steps.MetadataUpdate) model;
            switch (index) {
                case 0:
                    return m.kind();
                case 1:
                    return m.name();
                case 2:
                    return m.values();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.MetadataUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.MetadataUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class OciDownloadConfigBinding extends Binder.Generated {

        OciDownloadConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractOciDownloadConfig.class, io.github.kargo4j.model.steps.OciDownloadConfig.class, false, true,
                    new Shape.Property("imageRef", "imageRef", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("allowOverwrite", "allowOverwrite", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false),
                    new Shape.Property("mediaType", "mediaType", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.OciDownloadConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.OciDownloadConfig.Builder b = (io.github.kargo4j.model.steps.OciDownloadConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.imageRef((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.allowOverwrite((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                case 3:
                    return b.mediaType((java.lang.String) value);
                case 4:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.OciDownloadConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.OciDownloadConfig m = (io.github.kargo4j.model.steps.OciDownloadConfig) model;
            switch (index) {
                case 0:
                    return m.imageRef();
                case 1:
                    return m.outPath();
                case 2:
                    return m.allowOverwrite();
                case 3:
                    return m.mediaType();
                case 4:
                    return m.insecureSkipTLSVerify();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.OciDownloadConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.OciDownloadConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class OciPushConfigBinding extends Binder.Generated {

        OciPushConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractOciPushConfig.class, io.github.kargo4j.model.steps.OciPushConfig.class, false, true,
                    new Shape.Property("srcRef", "srcRef", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("destRef", "destRef", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.OciPushConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.OciPushConfig.Builder b = (io.github.kargo4j.model.steps.OciPushConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.srcRef((java.lang.String) value);
                case 1:
                    return b.destRef((java.lang.String) value);
                case 2:
                    return b.putAllAnnotations((java.util.Map) value);
                case 3:
                    return b.insecureSkipTLSVerify((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.OciPushConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.OciPushConfig m = (io.github.kargo4j.model.steps.OciPushConfig) model;
            switch (index) {
                case 0:
                    return m.srcRef();
                case 1:
                    return m.destRef();
                case 2:
                    return m.annotations();
                case 3:
                    return m.insecureSkipTLSVerify();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.OciPushConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.OciPushConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SetFreightAliasConfigBinding extends Binder.Generated {

        SetFreightAliasConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractSetFreightAliasConfig.class, io.github.kargo4j.model.steps.SetFreightAliasConfig.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("alias", "alias", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.SetFreightAliasConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.SetFreightAliasConfig.Builder b = (io.github.kargo4j.model.steps.SetFreightAliasConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.alias((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.SetFreightAliasConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.SetFreightAliasConfig m = (io.github.kargo4j.model.steps.SetFreightAliasConfig) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.alias();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.SetFreightAliasConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.SetFreightAliasConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SetMetadataConfigBinding extends Binder.Generated {

        SetMetadataConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractSetMetadataConfig.class, io.github.kargo4j.model.steps.SetMetadataConfig.class, false, true,
                    new Shape.Property("updates", "updates", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.MetadataUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.SetMetadataConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.SetMetadataConfig.Builder b = (io.github.kargo4j.model.steps.SetMetadataConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllUpdates((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.SetMetadataConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.SetMetadataConfig m = (io.github.kargo4j.model.steps.SetMetadataConfig) model;
            switch (index) {
                case 0:
                    return m.updates();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.SetMetadataConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.SetMetadataConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class TomlParseConfigBinding extends Binder.Generated {

        TomlParseConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractTomlParseConfig.class, io.github.kargo4j.model.steps.TomlParseConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outputs", "outputs", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ExpressionOutput.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.TomlParseConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.TomlParseConfig.Builder b = (io.github.kargo4j.model.steps.TomlParseConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllOutputs((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.TomlParseConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.TomlParseConfig m = (io.github.kargo4j.model.steps.TomlParseConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.outputs();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.TomlParseConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.TomlParseConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class TomlUpdateConfigBinding extends Binder.Generated {

        TomlUpdateConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractTomlUpdateConfig.class, io.github.kargo4j.model.steps.TomlUpdateConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("updates", "updates", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ValueUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.TomlUpdateConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.TomlUpdateConfig.Builder b = (io.github.kargo4j.model.steps.TomlUpdateConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllUpdates((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.TomlUpdateConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.TomlUpdateConfig m = (io.github.kargo4j.model.steps.TomlUpdateConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.updates();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.TomlUpdateConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.TomlUpdateConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class UntarConfigBinding extends Binder.Generated {

        UntarConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractUntarConfig.class, io.github.kargo4j.model.steps.UntarConfig.class, false, true,
                    new Shape.Property("inPath", "inPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outPath", "outPath", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("stripComponents", "stripComponents", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.IntegerOrExpression.class, false),
                    new Shape.Property("ignore", "ignore", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.UntarConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.UntarConfig.Builder b = (io.github.kargo4j.model.steps.UntarConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.inPath((java.lang.String) value);
                case 1:
                    return b.outPath((java.lang.String) value);
                case 2:
                    return b.stripComponents((io.github.kargo4j.model.steps.IntegerOrExpression) value);
                case 3:
                    return b.ignore((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.UntarConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.UntarConfig m = (io.github.kargo4j.model.steps.UntarConfig) model;
            switch (index) {
                case 0:
                    return m.inPath();
                case 1:
                    return m.outPath();
                case 2:
                    return m.stripComponents();
                case 3:
                    return m.ignore();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.UntarConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.UntarConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ValueUpdateBinding extends Binder.Generated {

        ValueUpdateBinding() {
            super(io.github.kargo4j.model.steps.AbstractValueUpdate.class, io.github.kargo4j.model.steps.ValueUpdate.class, false, true,
                    new Shape.Property("key", "key", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("value", "value", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.json.JsonValue.class, true));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.ValueUpdate.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.ValueUpdate.Builder b = (io.github.kargo4j.model.steps.ValueUpdate.Builder) builder;
            switch (index) {
                case 0:
                    return b.key((java.lang.String) value);
                case 1:
                    return b.value((io.github.kargo4j.model.json.JsonValue) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.ValueUpdate.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.ValueUpdate m = (io.github.kargo4j.model.steps.ValueUpdate) model;
            switch (index) {
                case 0:
                    return m.key();
                case 1:
                    return m.value();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.ValueUpdate) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.ValueUpdate.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class YamlMergeConfigBinding extends Binder.Generated {

        YamlMergeConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractYamlMergeConfig.class, io.github.kargo4j.model.steps.YamlMergeConfig.class, false, true,
                    new Shape.Property("inFiles", "inFiles", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("outFile", "outFile", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("ignoreMissingFiles", "ignoreMissingFiles", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.steps.BooleanOrExpression.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.YamlMergeConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.YamlMergeConfig.Builder b = (io.github.kargo4j.model.steps.YamlMergeConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllInFiles((java.lang.Iterable) value);
                case 1:
                    return b.outFile((java.lang.String) value);
                case 2:
                    return b.ignoreMissingFiles((io.github.kargo4j.model.steps.BooleanOrExpression) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.YamlMergeConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.YamlMergeConfig m = (io.github.kargo4j.model.steps.YamlMergeConfig) model;
            switch (index) {
                case 0:
                    return m.inFiles();
                case 1:
                    return m.outFile();
                case 2:
                    return m.ignoreMissingFiles();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.YamlMergeConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.YamlMergeConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class YamlParseConfigBinding extends Binder.Generated {

        YamlParseConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractYamlParseConfig.class, io.github.kargo4j.model.steps.YamlParseConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("outputs", "outputs", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ExpressionOutput.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.YamlParseConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.YamlParseConfig.Builder b = (io.github.kargo4j.model.steps.YamlParseConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllOutputs((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.YamlParseConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.YamlParseConfig m = (io.github.kargo4j.model.steps.YamlParseConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.outputs();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.YamlParseConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.YamlParseConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class YamlUpdateConfigBinding extends Binder.Generated {

        YamlUpdateConfigBinding() {
            super(io.github.kargo4j.model.steps.AbstractYamlUpdateConfig.class, io.github.kargo4j.model.steps.YamlUpdateConfig.class, false, true,
                    new Shape.Property("path", "path", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("updates", "updates", Shape.Cardinality.LIST, io.github.kargo4j.model.steps.ValueUpdate.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.steps.YamlUpdateConfig.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.steps.YamlUpdateConfig.Builder b = (io.github.kargo4j.model.steps.YamlUpdateConfig.Builder) builder;
            switch (index) {
                case 0:
                    return b.path((java.lang.String) value);
                case 1:
                    return b.addAllUpdates((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.steps.YamlUpdateConfig.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.steps.YamlUpdateConfig m = (io.github.kargo4j.model.steps.YamlUpdateConfig) model;
            switch (index) {
                case 0:
                    return m.path();
                case 1:
                    return m.updates();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.steps.YamlUpdateConfig) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.steps.YamlUpdateConfig.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ChartDiscoveryResultBinding extends Binder.Generated {

        ChartDiscoveryResultBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractChartDiscoveryResult.class, io.github.kargo4j.model.warehouse.ChartDiscoveryResult.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("semverConstraint", "semverConstraint", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("versions", "versions", Shape.Cardinality.LIST, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.ChartDiscoveryResult.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.ChartDiscoveryResult.Builder b = (io.github.kargo4j.model.warehouse.ChartDiscoveryResult.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.semverConstraint((java.lang.String) value);
                case 3:
                    return b.addAllVersions((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.ChartDiscoveryResult.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.ChartDiscoveryResult m = (io.github.kargo4j.model.warehouse.ChartDiscoveryResult) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.name();
                case 2:
                    return m.semverConstraint();
                case 3:
                    return m.versions();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.ChartDiscoveryResult) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.ChartDiscoveryResult.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ChartSubscriptionBinding extends Binder.Generated {

        ChartSubscriptionBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractChartSubscription.class, io.github.kargo4j.model.warehouse.ChartSubscription.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("name", "name", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("semverConstraint", "semverConstraint", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("discoveryLimit", "discoveryLimit", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.ChartSubscription.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.ChartSubscription.Builder b = (io.github.kargo4j.model.warehouse.ChartSubscription.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.name((java.lang.String) value);
                case 2:
                    return b.semverConstraint((java.lang.String) value);
                case 3:
                    return b.discoveryLimit((java.lang.Integer) value);
                case 4:
                    return b.insecureSkipTLSVerify((java.lang.Boolean) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.ChartSubscription.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.ChartSubscription m = (io.github.kargo4j.model.warehouse.ChartSubscription) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.name();
                case 2:
                    return m.semverConstraint();
                case 3:
                    return m.discoveryLimit();
                case 4:
                    return m.insecureSkipTLSVerify();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.ChartSubscription) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.ChartSubscription.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DiscoveredArtifactsBinding extends Binder.Generated {

        DiscoveredArtifactsBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractDiscoveredArtifacts.class, io.github.kargo4j.model.warehouse.DiscoveredArtifacts.class, false, true,
                    new Shape.Property("discoveredAt", "discoveredAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("git", "git", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.GitDiscoveryResult.class, false),
                    new Shape.Property("images", "images", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.ImageDiscoveryResult.class, false),
                    new Shape.Property("charts", "charts", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.ChartDiscoveryResult.class, false),
                    new Shape.Property("results", "results", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.DiscoveryResult.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.DiscoveredArtifacts.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.DiscoveredArtifacts.Builder b = (io.github.kargo4j.model.warehouse.DiscoveredArtifacts.Builder) builder;
            switch (index) {
                case 0:
                    return b.discoveredAt((java.lang.String) value);
                case 1:
                    return b.addAllGit((java.lang.Iterable) value);
                case 2:
                    return b.addAllImages((java.lang.Iterable) value);
                case 3:
                    return b.addAllCharts((java.lang.Iterable) value);
                case 4:
                    return b.addAllResults((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredArtifacts.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.DiscoveredArtifacts m = (io.github.kargo4j.model.warehouse.DiscoveredArtifacts) model;
            switch (index) {
                case 0:
                    return m.discoveredAt();
                case 1:
                    return m.git();
                case 2:
                    return m.images();
                case 3:
                    return m.charts();
                case 4:
                    return m.results();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredArtifacts) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredArtifacts.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DiscoveredCommitBinding extends Binder.Generated {

        DiscoveredCommitBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractDiscoveredCommit.class, io.github.kargo4j.model.warehouse.DiscoveredCommit.class, false, true,
                    new Shape.Property("id", "id", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("branch", "branch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("tag", "tag", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("subject", "subject", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("author", "author", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("committer", "committer", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("creatorDate", "creatorDate", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.DiscoveredCommit.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.DiscoveredCommit.Builder b = (io.github.kargo4j.model.warehouse.DiscoveredCommit.Builder) builder;
            switch (index) {
                case 0:
                    return b.id((java.lang.String) value);
                case 1:
                    return b.branch((java.lang.String) value);
                case 2:
                    return b.tag((java.lang.String) value);
                case 3:
                    return b.subject((java.lang.String) value);
                case 4:
                    return b.author((java.lang.String) value);
                case 5:
                    return b.committer((java.lang.String) value);
                case 6:
                    return b.creatorDate((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredCommit.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.DiscoveredCommit m = (io.github.kargo4j.model.warehouse.DiscoveredCommit) model;
            switch (index) {
                case 0:
                    return m.id();
                case 1:
                    return m.branch();
                case 2:
                    return m.tag();
                case 3:
                    return m.subject();
                case 4:
                    return m.author();
                case 5:
                    return m.committer();
                case 6:
                    return m.creatorDate();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredCommit) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredCommit.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DiscoveredImageReferenceBinding extends Binder.Generated {

        DiscoveredImageReferenceBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractDiscoveredImageReference.class, io.github.kargo4j.model.warehouse.DiscoveredImageReference.class, false, true,
                    new Shape.Property("tag", "tag", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("digest", "digest", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("annotations", "annotations", Shape.Cardinality.MAP, java.lang.String.class, false),
                    new Shape.Property("createdAt", "createdAt", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.DiscoveredImageReference.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.DiscoveredImageReference.Builder b = (io.github.kargo4j.model.warehouse.DiscoveredImageReference.Builder) builder;
            switch (index) {
                case 0:
                    return b.tag((java.lang.String) value);
                case 1:
                    return b.digest((java.lang.String) value);
                case 2:
                    return b.putAllAnnotations((java.util.Map) value);
                case 3:
                    return b.createdAt((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredImageReference.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.DiscoveredImageReference m = (io.github.kargo4j.model.warehouse.DiscoveredImageReference) model;
            switch (index) {
                case 0:
                    return m.tag();
                case 1:
                    return m.digest();
                case 2:
                    return m.annotations();
                case 3:
                    return m.createdAt();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredImageReference) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredImageReference.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DiscoveredRefBinding extends Binder.Generated {

        DiscoveredRefBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractDiscoveredRef.class, io.github.kargo4j.model.warehouse.DiscoveredRef.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("id", "id", Shape.Cardinality.REQUIRED, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.DiscoveredRef.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.DiscoveredRef.Builder b = (io.github.kargo4j.model.warehouse.DiscoveredRef.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.id((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredRef.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.DiscoveredRef m = (io.github.kargo4j.model.warehouse.DiscoveredRef) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.id();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredRef) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.DiscoveredRef.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class DiscoveryResultBinding extends Binder.Generated {

        DiscoveryResultBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractDiscoveryResult.class, io.github.kargo4j.model.warehouse.DiscoveryResult.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("artifactReferences", "artifactReferences", Shape.Cardinality.LIST, io.github.kargo4j.model.common.ArtifactReference.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.DiscoveryResult.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.DiscoveryResult.Builder b = (io.github.kargo4j.model.warehouse.DiscoveryResult.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.addAllArtifactReferences((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.DiscoveryResult.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.DiscoveryResult m = (io.github.kargo4j.model.warehouse.DiscoveryResult) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.artifactReferences();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.DiscoveryResult) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.DiscoveryResult.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class FreightCreationCriteriaBinding extends Binder.Generated {

        FreightCreationCriteriaBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractFreightCreationCriteria.class, io.github.kargo4j.model.warehouse.FreightCreationCriteria.class, false, true,
                    new Shape.Property("expression", "expression", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.FreightCreationCriteria.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.FreightCreationCriteria.Builder b = (io.github.kargo4j.model.warehouse.FreightCreationCriteria.Builder) builder;
            switch (index) {
                case 0:
                    return b.expression((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.FreightCreationCriteria.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.FreightCreationCriteria m = (io.github.kargo4j.model.warehouse.FreightCreationCriteria) model;
            switch (index) {
                case 0:
                    return m.expression();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.FreightCreationCriteria) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.FreightCreationCriteria.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GenericSubscriptionBinding extends Binder.Generated {

        GenericSubscriptionBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractGenericSubscription.class, io.github.kargo4j.model.warehouse.GenericSubscription.class, false, true,
                    new Shape.Property("name", "name", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("config", "config", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.json.JsonObject.class, true),
                    new Shape.Property("discoveryLimit", "discoveryLimit", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.GenericSubscription.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.GenericSubscription.Builder b = (io.github.kargo4j.model.warehouse.GenericSubscription.Builder) builder;
            switch (index) {
                case 0:
                    return b.name((java.lang.String) value);
                case 1:
                    return b.config((io.github.kargo4j.model.json.JsonObject) value);
                case 2:
                    return b.discoveryLimit((java.lang.Integer) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.GenericSubscription.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.GenericSubscription m = (io.github.kargo4j.model.warehouse.GenericSubscription) model;
            switch (index) {
                case 0:
                    return m.name();
                case 1:
                    return m.config();
                case 2:
                    return m.discoveryLimit();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.GenericSubscription) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.GenericSubscription.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitDiscoveryResultBinding extends Binder.Generated {

        GitDiscoveryResultBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractGitDiscoveryResult.class, io.github.kargo4j.model.warehouse.GitDiscoveryResult.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("commits", "commits", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.DiscoveredCommit.class, false),
                    new Shape.Property("observedRefs", "observedRefs", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.ObservedRefs.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.GitDiscoveryResult.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.GitDiscoveryResult.Builder b = (io.github.kargo4j.model.warehouse.GitDiscoveryResult.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.addAllCommits((java.lang.Iterable) value);
                case 2:
                    return b.observedRefs((io.github.kargo4j.model.warehouse.ObservedRefs) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.GitDiscoveryResult.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.GitDiscoveryResult m = (io.github.kargo4j.model.warehouse.GitDiscoveryResult) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.commits();
                case 2:
                    return m.observedRefs();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.GitDiscoveryResult) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.GitDiscoveryResult.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class GitSubscriptionBinding extends Binder.Generated {

        GitSubscriptionBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractGitSubscription.class, io.github.kargo4j.model.warehouse.GitSubscription.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("commitSelectionStrategy", "commitSelectionStrategyAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("branch", "branch", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("strictSemvers", "strictSemvers", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("semverConstraint", "semverConstraint", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("allowTags", "allowTags", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("allowTagsRegexes", "allowTagsRegexes", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ignoreTags", "ignoreTags", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ignoreTagsRegexes", "ignoreTagsRegexes", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("expressionFilter", "expressionFilter", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("blobless", "blobless", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("includePaths", "includePaths", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("excludePaths", "excludePaths", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("discoveryLimit", "discoveryLimit", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false),
                    new Shape.Property("since", "since", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.GitSubscription.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.GitSubscription.Builder b = (io.github.kargo4j.model.warehouse.GitSubscription.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.commitSelectionStrategyAsString((java.lang.String) value);
                case 2:
                    return b.branch((java.lang.String) value);
                case 3:
                    return b.strictSemvers((java.lang.Boolean) value);
                case 4:
                    return b.semverConstraint((java.lang.String) value);
                case 5:
                    return b.allowTags((java.lang.String) value);
                case 6:
                    return b.addAllAllowTagsRegexes((java.lang.Iterable) value);
                case 7:
                    return b.addAllIgnoreTags((java.lang.Iterable) value);
                case 8:
                    return b.addAllIgnoreTagsRegexes((java.lang.Iterable) value);
                case 9:
                    return b.expressionFilter((java.lang.String) value);
                case 10:
                    return b.insecureSkipTLSVerify((java.lang.Boolean) value);
                case 11:
                    return b.blobless((java.lang.Boolean) value);
                case 12:
                    return b.addAllIncludePaths((java.lang.Iterable) value);
                case 13:
                    return b.addAllExcludePaths((java.lang.Iterable) value);
                case 14:
                    return b.discoveryLimit((java.lang.Integer) value);
                case 15:
                    return b.since((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.GitSubscription.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.GitSubscription m = (io.github.kargo4j.model.warehouse.GitSubscription) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.commitSelectionStrategyAsString();
                case 2:
                    return m.branch();
                case 3:
                    return m.strictSemvers();
                case 4:
                    return m.semverConstraint();
                case 5:
                    return m.allowTags();
                case 6:
                    return m.allowTagsRegexes();
                case 7:
                    return m.ignoreTags();
                case 8:
                    return m.ignoreTagsRegexes();
                case 9:
                    return m.expressionFilter();
                case 10:
                    return m.insecureSkipTLSVerify();
                case 11:
                    return m.blobless();
                case 12:
                    return m.includePaths();
                case 13:
                    return m.excludePaths();
                case 14:
                    return m.discoveryLimit();
                case 15:
                    return m.since();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.GitSubscription) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.GitSubscription.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ImageDiscoveryResultBinding extends Binder.Generated {

        ImageDiscoveryResultBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractImageDiscoveryResult.class, io.github.kargo4j.model.warehouse.ImageDiscoveryResult.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("platform", "platform", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("references", "references", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.DiscoveredImageReference.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.ImageDiscoveryResult.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.ImageDiscoveryResult.Builder b = (io.github.kargo4j.model.warehouse.ImageDiscoveryResult.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.platform((java.lang.String) value);
                case 2:
                    return b.addAllReferences((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.ImageDiscoveryResult.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.ImageDiscoveryResult m = (io.github.kargo4j.model.warehouse.ImageDiscoveryResult) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.platform();
                case 2:
                    return m.references();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.ImageDiscoveryResult) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.ImageDiscoveryResult.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ImageSubscriptionBinding extends Binder.Generated {

        ImageSubscriptionBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractImageSubscription.class, io.github.kargo4j.model.warehouse.ImageSubscription.class, false, true,
                    new Shape.Property("repoURL", "repoURL", Shape.Cardinality.REQUIRED, java.lang.String.class, false),
                    new Shape.Property("imageSelectionStrategy", "imageSelectionStrategyAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("strictSemvers", "strictSemvers", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("constraint", "constraint", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("allowTags", "allowTags", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("allowTagsRegexes", "allowTagsRegexes", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ignoreTags", "ignoreTags", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("ignoreTagsRegexes", "ignoreTagsRegexes", Shape.Cardinality.LIST, java.lang.String.class, false),
                    new Shape.Property("platform", "platform", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("insecureSkipTLSVerify", "insecureSkipTLSVerify", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false),
                    new Shape.Property("discoveryLimit", "discoveryLimit", Shape.Cardinality.OPTIONAL, java.lang.Integer.class, false),
                    new Shape.Property("cacheByTag", "cacheByTag", Shape.Cardinality.OPTIONAL, java.lang.Boolean.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.ImageSubscription.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.ImageSubscription.Builder b = (io.github.kargo4j.model.warehouse.ImageSubscription.Builder) builder;
            switch (index) {
                case 0:
                    return b.repoURL((java.lang.String) value);
                case 1:
                    return b.imageSelectionStrategyAsString((java.lang.String) value);
                case 2:
                    return b.strictSemvers((java.lang.Boolean) value);
                case 3:
                    return b.constraint((java.lang.String) value);
                case 4:
                    return b.allowTags((java.lang.String) value);
                case 5:
                    return b.addAllAllowTagsRegexes((java.lang.Iterable) value);
                case 6:
                    return b.addAllIgnoreTags((java.lang.Iterable) value);
                case 7:
                    return b.addAllIgnoreTagsRegexes((java.lang.Iterable) value);
                case 8:
                    return b.platform((java.lang.String) value);
                case 9:
                    return b.insecureSkipTLSVerify((java.lang.Boolean) value);
                case 10:
                    return b.discoveryLimit((java.lang.Integer) value);
                case 11:
                    return b.cacheByTag((java.lang.Boolean) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.ImageSubscription.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.ImageSubscription m = (io.github.kargo4j.model.warehouse.ImageSubscription) model;
            switch (index) {
                case 0:
                    return m.repoURL();
                case 1:
                    return m.imageSelectionStrategyAsString();
                case 2:
                    return m.strictSemvers();
                case 3:
                    return m.constraint();
                case 4:
                    return m.allowTags();
                case 5:
                    return m.allowTagsRegexes();
                case 6:
                    return m.ignoreTags();
                case 7:
                    return m.ignoreTagsRegexes();
                case 8:
                    return m.platform();
                case 9:
                    return m.insecureSkipTLSVerify();
                case 10:
                    return m.discoveryLimit();
                case 11:
                    return m.cacheByTag();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.ImageSubscription) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.ImageSubscription.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class ObservedRefsBinding extends Binder.Generated {

        ObservedRefsBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractObservedRefs.class, io.github.kargo4j.model.warehouse.ObservedRefs.class, false, true,
                    new Shape.Property("branchHead", "branchHead", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("tags", "tags", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.DiscoveredRef.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.ObservedRefs.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.ObservedRefs.Builder b = (io.github.kargo4j.model.warehouse.ObservedRefs.Builder) builder;
            switch (index) {
                case 0:
                    return b.branchHead((java.lang.String) value);
                case 1:
                    return b.addAllTags((java.lang.Iterable) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.ObservedRefs.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.ObservedRefs m = (io.github.kargo4j.model.warehouse.ObservedRefs) model;
            switch (index) {
                case 0:
                    return m.branchHead();
                case 1:
                    return m.tags();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.ObservedRefs) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.ObservedRefs.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class SubscriptionBinding extends Binder.Generated {

        SubscriptionBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractSubscription.class, io.github.kargo4j.model.warehouse.Subscription.class, false, true,
                    new Shape.Property("git", "git", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.GitSubscription.class, false),
                    new Shape.Property("image", "image", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.ImageSubscription.class, false),
                    new Shape.Property("chart", "chart", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.ChartSubscription.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.Subscription.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.Subscription.Builder b = (io.github.kargo4j.model.warehouse.Subscription.Builder) builder;
            switch (index) {
                case 0:
                    return b.git((io.github.kargo4j.model.warehouse.GitSubscription) value);
                case 1:
                    return b.image((io.github.kargo4j.model.warehouse.ImageSubscription) value);
                case 2:
                    return b.chart((io.github.kargo4j.model.warehouse.ChartSubscription) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.Subscription.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.Subscription m = (io.github.kargo4j.model.warehouse.Subscription) model;
            switch (index) {
                case 0:
                    return m.git();
                case 1:
                    return m.image();
                case 2:
                    return m.chart();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.Subscription) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.Subscription.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WarehouseBinding extends Binder.Generated {

        WarehouseBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractWarehouse.class, io.github.kargo4j.model.warehouse.Warehouse.class, true, true,
                    new Shape.Property("metadata", "metadata", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.ObjectMeta.class, false),
                    new Shape.Property("spec", "spec", Shape.Cardinality.REQUIRED, io.github.kargo4j.model.warehouse.WarehouseSpec.class, false),
                    new Shape.Property("status", "status", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.WarehouseStatus.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.Warehouse.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.Warehouse.Builder b = (io.github.kargo4j.model.warehouse.Warehouse.Builder) builder;
            switch (index) {
                case 0:
                    return b.metadata((io.github.kargo4j.model.ObjectMeta) value);
                case 1:
                    return b.spec((io.github.kargo4j.model.warehouse.WarehouseSpec) value);
                case 2:
                    return b.status((io.github.kargo4j.model.warehouse.WarehouseStatus) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.Warehouse.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.Warehouse m = (io.github.kargo4j.model.warehouse.Warehouse) model;
            switch (index) {
                case 0:
                    return m.metadata();
                case 1:
                    return m.spec();
                case 2:
                    return m.status();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.Warehouse) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.Warehouse.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WarehouseSpecBinding extends Binder.Generated {

        WarehouseSpecBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractWarehouseSpec.class, io.github.kargo4j.model.warehouse.WarehouseSpec.class, false, true,
                    new Shape.Property("subscriptions", "subscriptions", Shape.Cardinality.LIST, io.github.kargo4j.model.warehouse.Subscription.class, false),
                    new Shape.Property("interval", "interval", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("freightCreationPolicy", "freightCreationPolicyAsString", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("freightCreationCriteria", "freightCreationCriteria", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.FreightCreationCriteria.class, false),
                    new Shape.Property("shard", "shard", Shape.Cardinality.OPTIONAL, java.lang.String.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.WarehouseSpec.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.WarehouseSpec.Builder b = (io.github.kargo4j.model.warehouse.WarehouseSpec.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllSubscriptions((java.lang.Iterable) value);
                case 1:
                    return b.interval((java.lang.String) value);
                case 2:
                    return b.freightCreationPolicyAsString((java.lang.String) value);
                case 3:
                    return b.freightCreationCriteria((io.github.kargo4j.model.warehouse.FreightCreationCriteria) value);
                case 4:
                    return b.shard((java.lang.String) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.WarehouseSpec.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.WarehouseSpec m = (io.github.kargo4j.model.warehouse.WarehouseSpec) model;
            switch (index) {
                case 0:
                    return m.subscriptions();
                case 1:
                    return m.interval();
                case 2:
                    return m.freightCreationPolicyAsString();
                case 3:
                    return m.freightCreationCriteria();
                case 4:
                    return m.shard();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.WarehouseSpec) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.WarehouseSpec.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class WarehouseStatusBinding extends Binder.Generated {

        WarehouseStatusBinding() {
            super(io.github.kargo4j.model.warehouse.AbstractWarehouseStatus.class, io.github.kargo4j.model.warehouse.WarehouseStatus.class, false, true,
                    new Shape.Property("conditions", "conditions", Shape.Cardinality.LIST, io.github.kargo4j.model.common.Condition.class, false),
                    new Shape.Property("lastFreightID", "lastFreightID", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("observedGeneration", "observedGeneration", Shape.Cardinality.OPTIONAL, java.lang.Long.class, false),
                    new Shape.Property("lastHandledRefresh", "lastHandledRefresh", Shape.Cardinality.OPTIONAL, java.lang.String.class, false),
                    new Shape.Property("discoveredArtifacts", "discoveredArtifacts", Shape.Cardinality.OPTIONAL, io.github.kargo4j.model.warehouse.DiscoveredArtifacts.class, false));
        }

        @Override
        Object newBuilder() {
            return io.github.kargo4j.model.warehouse.WarehouseStatus.builder();
        }

        @Override
        Object set(Object builder, int index, Object value) {
            io.github.kargo4j.model.warehouse.WarehouseStatus.Builder b = (io.github.kargo4j.model.warehouse.WarehouseStatus.Builder) builder;
            switch (index) {
                case 0:
                    return b.addAllConditions((java.lang.Iterable) value);
                case 1:
                    return b.lastFreightID((java.lang.String) value);
                case 2:
                    return b.observedGeneration((java.lang.Long) value);
                case 3:
                    return b.lastHandledRefresh((java.lang.String) value);
                case 4:
                    return b.discoveredArtifacts((io.github.kargo4j.model.warehouse.DiscoveredArtifacts) value);
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        Object build(Object builder) {
            return ((io.github.kargo4j.model.warehouse.WarehouseStatus.Builder) builder).build();
        }

        @Override
        Object get(Object model, int index) {
            io.github.kargo4j.model.warehouse.WarehouseStatus m = (io.github.kargo4j.model.warehouse.WarehouseStatus) model;
            switch (index) {
                case 0:
                    return m.conditions();
                case 1:
                    return m.lastFreightID();
                case 2:
                    return m.observedGeneration();
                case 3:
                    return m.lastHandledRefresh();
                case 4:
                    return m.discoveredArtifacts();
                default:
                    throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        JsonObject unknownFields(Object model) {
            return ((io.github.kargo4j.model.warehouse.WarehouseStatus) model).unknownFields();
        }

        @Override
        Object unknownFields(Object builder, JsonObject unknown) {
            return ((io.github.kargo4j.model.warehouse.WarehouseStatus.Builder) builder).unknownFields(unknown);
        }
    }

    private static final class IntOrStringCodec extends Binder.GeneratedCustom {

        IntOrStringCodec() {
            super(io.github.kargo4j.model.common.IntOrString.class);
        }

        @Override
        Object fromJson(JsonValue v) {
            return io.github.kargo4j.model.common.IntOrString.fromJson(v);
        }

        @Override
        JsonValue toJson(Object value) {
            return ((io.github.kargo4j.model.common.IntOrString) value).toJson();
        }
    }

    private static final class BooleanOrExpressionCodec extends Binder.GeneratedCustom {

        BooleanOrExpressionCodec() {
            super(io.github.kargo4j.model.steps.BooleanOrExpression.class);
        }

        @Override
        Object fromJson(JsonValue v) {
            return io.github.kargo4j.model.steps.BooleanOrExpression.fromJson(v);
        }

        @Override
        JsonValue toJson(Object value) {
            return ((io.github.kargo4j.model.steps.BooleanOrExpression) value).toJson();
        }
    }

    private static final class IntegerOrExpressionCodec extends Binder.GeneratedCustom {

        IntegerOrExpressionCodec() {
            super(io.github.kargo4j.model.steps.IntegerOrExpression.class);
        }

        @Override
        Object fromJson(JsonValue v) {
            return io.github.kargo4j.model.steps.IntegerOrExpression.fromJson(v);
        }

        @Override
        JsonValue toJson(Object value) {
            return ((io.github.kargo4j.model.steps.IntegerOrExpression) value).toJson();
        }
    }
}
