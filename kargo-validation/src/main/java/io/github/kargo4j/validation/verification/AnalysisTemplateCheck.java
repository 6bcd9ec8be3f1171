package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;

/**
 * Rules {@code KV001} to {@code KV005}: every AnalysisTemplate and ClusterAnalysisTemplate of the set, as Argo
 * Rollouts checks it when a Stage's verification runs an analysis from it: durations ({@code KV001}), {@code {{ }}}
 * placeholders ({@code KV002}), the metric rules Argo Rollouts checks before measuring ({@code KV003}), and the
 * {@code web}, {@code prometheus} and {@code job} providers ({@code KV004}, {@code KV005}). The API server accepts
 * templates that break these rules; Kargo finds out only when the AnalysisRun ends in phase Error.
 *
 * <p>Values with {@code {{args.x}}} placeholders are decided when the analysis runs and are not judged. Where Kargo
 * combines a Stage's templates into one AnalysisRun (arguments, metric names), a template is judged together with
 * the other templates every Stage of the set that uses it names.
 */
public final class AnalysisTemplateCheck implements Check {

    /** Creates the check. */
    public AnalysisTemplateCheck() {
    }

    @Override
    public List<Rule> rules() {
        return AnalysisRules.all();
    }

    @Override
    public void run(ValidationContext context) {
        TemplateUses uses = null;
        for (Entry e : context.entries()) {
            KargoResource r = e.resource();
            Template t;
            if (r instanceof AnalysisTemplate a) {
                if (uses == null) {
                    uses = TemplateUses.of(context);
                }
                t = new Template(context, e, r, a.spec(), uses);
            } else if (r instanceof ClusterAnalysisTemplate c) {
                if (uses == null) {
                    uses = TemplateUses.of(context);
                }
                t = new Template(context, e, r, c.spec(), uses);
            } else {
                continue;
            }
            DurationRules.check(t);
            PlaceholderRules.check(t);
            MetricRules.check(t);
            ProviderRules.check(t);
        }
    }
}
