package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.AnalysisTemplateSpec;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.stage.AnalysisTemplateKind;
import io.github.kargo4j.model.stage.AnalysisTemplateReference;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which Stages verify Freight with which analysis templates. Kargo builds one AnalysisRun from all the templates a
 * Stage names: their metrics are concatenated and their arguments merged by name, so a placeholder of one template
 * may be declared by another, and a dry-run rule may select another template's metric. A template is judged with its
 * companions only when every Stage of the set that uses it names a companion that provides what it lacks.
 */
final class TemplateUses {

    /**
     * One Stage's use of a template.
     *
     * @param stage      the Stage
     * @param companions the specs of the other templates it names that are in the set
     * @param incomplete whether it names a template that is not in the set (which might provide anything)
     */
    record Use(Stage stage, List<AnalysisTemplateSpec> companions, boolean incomplete) {
    }

    /** A map key; equality written out, as a record's generated equality is linked on first use (a start-up cost). */
    private record Key(String kind, String namespace, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(kind, k.kind) && Objects.equals(namespace, k.namespace)
                    && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(kind) + Objects.hashCode(namespace)) * 31 + Objects.hashCode(name);
        }
    }

    private final Map<Key, List<Use>> uses = new HashMap<>();

    private TemplateUses() {
    }

    /**
     * @param context the validated set
     * @return the uses of every template of the set by the Stages of the set (control-flow Stages, whose
     *     verification Kargo never runs, are left out)
     */
    static TemplateUses of(ValidationContext context) {
        Map<Key, AnalysisTemplateSpec> specs = new HashMap<>();
        for (Entry e : context.entries()) {
            KargoResource r = e.resource();
            if (r instanceof AnalysisTemplate || r instanceof ClusterAnalysisTemplate) {
                specs.putIfAbsent(key(r), spec(r));
            }
        }
        TemplateUses out = new TemplateUses();
        for (Entry e : context.entriesOf(Stage.class)) {
            Stage stage = (Stage) e.resource();
            if (stage.spec().verification().isEmpty() || stage.isControlFlow()) {
                continue;
            }
            List<AnalysisTemplateReference> refs = stage.spec().verification().get().analysisTemplates();
            List<Key> keys = new ArrayList<>();
            for (AnalysisTemplateReference ref : refs) {
                AnalysisTemplateKind kind = ref.effectiveKind();
                if (kind == AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE) {
                    keys.add(new Key("ClusterAnalysisTemplate", "", ref.name()));
                } else if (kind == AnalysisTemplateKind.ANALYSIS_TEMPLATE) {
                    keys.add(new Key("AnalysisTemplate", stage.namespace(), ref.name()));
                } else {
                    keys.add(null);
                }
            }
            for (int k = 0; k < keys.size(); k++) {
                Key self = keys.get(k);
                if (self == null || !specs.containsKey(self)) {
                    continue;
                }
                List<AnalysisTemplateSpec> companions = new ArrayList<>();
                boolean incomplete = false;
                for (int o = 0; o < keys.size(); o++) {
                    Key other = keys.get(o);
                    if (o == k || self.equals(other)) {
                        continue;
                    }
                    AnalysisTemplateSpec spec = other == null ? null : specs.get(other);
                    if (spec == null) {
                        incomplete = true;
                    } else {
                        companions.add(spec);
                    }
                }
                List<Use> list = out.uses.get(self);
                if (list == null) {
                    list = new ArrayList<>();
                    out.uses.put(self, list);
                }
                boolean listed = false;
                for (Use u : list) {
                    listed |= u.stage() == stage;
                }
                if (!listed) {
                    list.add(new Use(stage, companions, incomplete));
                }
            }
        }
        return out;
    }

    /**
     * @param template an AnalysisTemplate or ClusterAnalysisTemplate
     * @return the Stages that use it, each with the other templates it names
     */
    List<Use> of(KargoResource template) {
        return uses.getOrDefault(key(template), List.of());
    }

    /**
     * @param template an AnalysisTemplate or ClusterAnalysisTemplate
     * @param provides whether a companion template provides what the template lacks
     * @return empty when at least one Stage uses the template and each one names a companion that provides it (or
     *     a template outside the set, which might), else a Stage that does not (empty when no Stage uses it)
     */
    Lacking lacking(KargoResource template, Predicate<AnalysisTemplateSpec> provides) {
        List<Use> list = of(template);
        if (list.isEmpty()) {
            return new Lacking(true, Optional.empty());
        }
        for (Use u : list) {
            if (!u.incomplete() && u.companions().stream().noneMatch(provides)) {
                return new Lacking(true, Optional.of(u.stage()));
            }
        }
        return new Lacking(false, Optional.empty());
    }

    /**
     * Whether a template lacks something at run time.
     *
     * @param lacks whether some AnalysisRun built from it lacks it (or no Stage of the set uses the template, so it is
     *              judged alone)
     * @param stage a Stage whose AnalysisRun lacks it, when a Stage uses the template
     */
    record Lacking(boolean lacks, Optional<Stage> stage) {
    }

    private static Key key(KargoResource r) {
        return r instanceof ClusterAnalysisTemplate ? new Key("ClusterAnalysisTemplate", "", r.name())
                : new Key("AnalysisTemplate", r.namespace(), r.name());
    }

    private static AnalysisTemplateSpec spec(KargoResource r) {
        return r instanceof ClusterAnalysisTemplate c ? c.spec() : ((AnalysisTemplate) r).spec();
    }
}
