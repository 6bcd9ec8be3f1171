package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.common.LabelSelectorRequirement;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.ProjectConfigSpec;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.project.PromotionPolicySelector;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.promotion.PromotionTaskSpec;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.rollouts.ValueFrom;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.AnalysisTemplateReference;
import io.github.kargo4j.model.stage.AutoPromotionOptions;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.PromotionTemplate;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;
import io.github.kargo4j.model.stage.Verification;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.ReadRules;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph checks never throw on seeded random, half-filled models: empty names and lists, dangling references,
 * unknown kinds and strategies, selectors that do not parse, duplicate names and origins, resources without a
 * namespace. Every finding they make is a documented graph rule with a message and a hint.
 */
class HalfFilledModelsTest {

    private static final String[] NAMES = {"", "a", "b", "c", "prod", "a"};
    private static final String[] NAMESPACES = {"", "p", "p", "q"};
    private static final String[] KINDS = {"", "Warehouse", "Warehouse", "Bogus"};
    private static final String[] STRATEGIES = {"", "All", "OneOf", "Bogus"};
    private static final String[] SELECTION = {"NewestFreight", "MatchUpstream", "Bogus"};
    private static final String[] SELECTOR_NAMES = {"", "a", "regex:(", "regex:^a", "glob:*", "glob:[", "foo:bar",
        "regexp:b|c"};
    private static final String[] OPERATORS = {"In", "NotIn", "Exists", "DoesNotExist", "Near"};
    private static final String[] TEMPLATE_KINDS = {"AnalysisTemplate", "ClusterAnalysisTemplate", "Bogus"};
    private static final String[] TASK_KINDS = {"PromotionTask", "ClusterPromotionTask", "Bogus"};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static final class Gen {
        final Random r;

        Gen(long seed) {
            r = new Random(seed);
        }

        String pick(String[] values) {
            return values[r.nextInt(values.length)];
        }

        boolean coin() {
            return r.nextBoolean();
        }

        int upTo(int n) {
            return r.nextInt(n + 1);
        }

        ObjectMeta meta() {
            ObjectMeta.Builder b = ObjectMeta.builder();
            if (r.nextInt(6) > 0) {
                b.name(pick(NAMES));
            }
            if (r.nextInt(6) > 0) {
                b.namespace(pick(NAMESPACES));
            }
            if (coin()) {
                b.putLabel("tier", pick(NAMES));
            }
            return b.build();
        }

        List<ExpressionVariable> vars() {
            List<ExpressionVariable> out = new ArrayList<>();
            for (int i = upTo(2); i > 0; i--) {
                ExpressionVariable.Builder v = ExpressionVariable.builder().name(pick(NAMES));
                if (coin()) {
                    v.value(pick(NAMES));
                }
                out.add(v.build());
            }
            return out;
        }

        Stage stage() {
            StageSpec.Builder spec = StageSpec.builder();
            for (int i = upTo(3); i > 0; i--) {
                FreightSources.Builder s = FreightSources.builder();
                if (coin()) {
                    s.direct(coin());
                }
                for (int j = upTo(3); j > 0; j--) {
                    s.addStage(pick(NAMES));
                }
                if (coin()) {
                    s.availabilityStrategyAsString(pick(STRATEGIES));
                }
                if (coin()) {
                    s.autoPromotionOptions(AutoPromotionOptions.builder().selectionPolicyAsString(pick(SELECTION))
                            .build());
                }
                spec.addRequestedFreight(FreightRequest.of(FreightOrigin.builder().kindAsString(pick(KINDS))
                        .name(pick(NAMES)).build(), s.build()));
            }
            if (coin()) {
                PromotionTemplateSpec.Builder t = PromotionTemplateSpec.builder().addAllVars(vars());
                for (int i = upTo(3); i > 0; i--) {
                    t.addStep(step());
                }
                spec.promotionTemplate(PromotionTemplate.builder().spec(t.build()).build());
            }
            if (coin()) {
                Verification.Builder v = Verification.builder();
                for (int i = upTo(2); i > 0; i--) {
                    AnalysisTemplateReference.Builder ref = AnalysisTemplateReference.builder().name(pick(NAMES));
                    if (coin()) {
                        ref.kindAsString(pick(TEMPLATE_KINDS));
                    }
                    v.addAnalysisTemplate(ref.build());
                }
                for (int i = upTo(2); i > 0; i--) {
                    v.addArg(AnalysisRunArgument.of(pick(NAMES), pick(NAMES)));
                }
                spec.verification(v.build());
            }
            spec.addAllVars(vars());
            return Stage.builder().metadata(meta()).spec(spec.build()).build();
        }

        PromotionStep step() {
            PromotionStep.Builder s = PromotionStep.builder();
            if (coin()) {
                PromotionTaskReference.Builder t = PromotionTaskReference.builder().name(pick(NAMES));
                if (coin()) {
                    t.kindAsString(pick(TASK_KINDS));
                }
                s.task(t.build());
            } else if (coin()) {
                s.uses("git-clone");
            }
            if (coin()) {
                s.as(pick(NAMES));
            }
            return s.addAllVars(vars()).build();
        }

        PromotionTaskSpec taskSpec() {
            return PromotionTaskSpec.builder().addAllVars(vars()).addStep(step()).build();
        }

        AnalysisTemplateSpec templateSpec() {
            AnalysisTemplateSpec.Builder b = AnalysisTemplateSpec.builder();
            for (int i = upTo(3); i > 0; i--) {
                Argument.Builder a = Argument.builder().name(pick(NAMES));
                switch (r.nextInt(3)) {
                    case 0 -> a.value(pick(NAMES));
                    case 1 -> a.valueFrom(ValueFrom.builder().build());
                    default -> { }
                }
                b.addArg(a.build());
            }
            return b.build();
        }

        ProjectConfig config() {
            ProjectConfig.Builder b = ProjectConfig.builder().metadata(meta());
            if (r.nextInt(4) > 0) {
                ProjectConfigSpec.Builder spec = ProjectConfigSpec.builder();
                for (int i = upTo(4); i > 0; i--) {
                    PromotionPolicy.Builder p = PromotionPolicy.builder();
                    if (coin()) {
                        p.stage(pick(NAMES));
                    }
                    if (coin()) {
                        PromotionPolicySelector.Builder s = PromotionPolicySelector.builder();
                        if (coin()) {
                            s.name(pick(SELECTOR_NAMES));
                        }
                        if (coin()) {
                            s.putMatchLabel("tier", pick(NAMES));
                        }
                        if (coin()) {
                            LabelSelectorRequirement.Builder e = LabelSelectorRequirement.builder().key("tier")
                                    .operator(pick(OPERATORS));
                            for (int j = upTo(2); j > 0; j--) {
                                e.addValue(pick(NAMES));
                            }
                            s.addMatchExpression(e.build());
                        }
                        p.stageSelector(s.build());
                    }
                    if (coin()) {
                        p.autoPromotionEnabled(coin());
                    }
                    spec.addPromotionPolicy(p.build());
                }
                b.spec(spec.build());
            }
            return b.build();
        }

        KargoResource resource() {
            return switch (r.nextInt(9)) {
                case 0, 1, 2 -> stage();
                case 3 -> Warehouse.builder().metadata(meta()).spec(s -> s.addSubscription(
                        Subscription.builder().image(i -> i.repoURL("ghcr.io/example/app")).build())).build();
                case 4 -> config();
                case 5 -> AnalysisTemplate.builder().metadata(meta()).spec(templateSpec()).build();
                case 6 -> ClusterAnalysisTemplate.builder().metadata(meta()).spec(templateSpec()).build();
                case 7 -> PromotionTask.builder().metadata(meta()).spec(taskSpec()).build();
                default -> ClusterPromotionTask.builder().metadata(meta()).spec(taskSpec()).build();
            };
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void graphChecksNeverThrowAndOnlyReportDocumentedRules(long seed) {
        Gen gen = new Gen(seed);
        List<KargoResource> resources = new ArrayList<>();
        for (int i = gen.upTo(25); i > 0; i--) {
            resources.add(KubernetesNames.lenient(gen::resource));   // half-filled: names may be missing
        }
        List<Entry> entries = resources.stream().map(Entry::of).toList();
        Set<String> codes = GraphRules.all().stream().map(r -> r.code()).collect(Collectors.toSet());
        for (boolean complete : new boolean[] {false, true}) {
            List<Finding> findings = Graphs.check(complete, entries);
            for (Finding f : findings) {
                assertTrue(codes.contains(f.code()), () -> "seed " + seed + ": " + f);
                assertFalse(f.message().isBlank(), () -> "seed " + seed + ": " + f);
                assertFalse(f.hint().isBlank(), () -> "seed " + seed + ": " + f);
            }
        }
        Report report = PipelineValidator.builder().complete(true).build().validateResources(resources);
        assertEquals(List.of(), report.withCodes(ReadRules.CHECK_FAILED.code()).findings(),
                () -> "seed " + seed);
    }
}
