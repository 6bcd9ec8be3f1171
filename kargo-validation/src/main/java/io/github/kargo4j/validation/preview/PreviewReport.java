package io.github.kargo4j.validation.preview;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;

import java.util.List;
import java.util.Map;

/**
 * Writes rendered promotions for people (text) and for programs (a JSON tree, written as JSON or YAML). Both say
 * what the rendering assumed.
 */
public final class PreviewReport {

    /** What every preview assumes, in the words the text and the tree use. */
    public static final List<String> ASSUMPTIONS = List.of(
            "rendered offline: step-status functions assume every earlier step succeeded (success() is true,"
                    + " failure() false, status() Succeeded)",
            "a value shown as <... (known only when the promotion runs): TEMPLATE> depends on step outputs not given"
                    + " (--step-output ALIAS.KEY=VALUE gives one)",
            "secret values are printed as " + PromotionPreview.REDACTED);

    private static final KargoCodec CODEC = KargoCodec.create();

    private PreviewReport() {
    }

    /**
     * @param promotions rendered promotions
     * @return the text report: per Stage its Freight, vars, steps with their final config, verification arguments
     */
    public static String text(List<RenderedPromotion> promotions) {
        StringBuilder sb = new StringBuilder();
        for (String a : ASSUMPTIONS) {
            sb.append("# ").append(a).append('\n');
        }
        for (RenderedPromotion p : promotions) {
            sb.append('\n').append("Stage ").append(p.project().isEmpty() ? "" : p.project() + "/").append(p.stage())
                    .append('\n');
            if (p.freight().isEmpty()) {
                sb.append("  freight: none given\n");
            }
            for (RenderedPromotion.FreightUsed f : p.freight()) {
                sb.append("  freight ").append(f.name()).append(" from ").append(f.origin()).append('\n');
                f.artifacts().forEach(a -> sb.append("    ").append(a).append('\n'));
            }
            p.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
            p.errors().forEach(e -> sb.append("  error: ").append(indentRest(e, "    ")).append('\n'));
            if (!p.vars().isEmpty()) {
                sb.append("  vars:\n").append(yaml(p.vars(), "    "));
            }
            if (p.steps().isEmpty()) {
                sb.append("  steps: none (a control-flow Stage)\n");
            }
            int n = 0;
            for (RenderedStep s : p.steps()) {
                n++;
                sb.append("  ").append(n).append(". ").append(s.alias()).append(": ").append(s.uses());
                s.task().ifPresent(t -> sb.append(" (from ").append(t).append(')'));
                sb.append('\n');
                s.condition().ifPresent(c -> sb.append("     if: ").append(c).append(" -> ")
                        .append(decision(s.decision())).append('\n'));
                Map<String, Object> own = new java.util.LinkedHashMap<>();
                s.vars().forEach((k, v) -> {
                    if (!p.vars().containsKey(k) || !java.util.Objects.equals(p.vars().get(k), v)) {
                        own.put(k, v);
                    }
                });
                if (!own.isEmpty()) {
                    sb.append("     vars:\n").append(yaml(own, "       "));
                }
                s.error().ifPresent(e -> sb.append("     error: ").append(indentRest(e, "       ")).append('\n'));
                s.config().ifPresent(c -> sb.append("     config:\n").append(yaml(c, "       ")));
                if (s.decision() == RenderedStep.Decision.SKIPPED) {
                    sb.append("     (skipped: its config is not evaluated)\n");
                }
            }
            if (!p.verification().isEmpty()) {
                sb.append("  verification args:\n");
                for (RenderedArgument a : p.verification()) {
                    sb.append("    ").append(a.name()).append(": ");
                    if (a.error().isPresent()) {
                        sb.append("error: ").append(indentRest(a.error().get(), "      "));
                    } else {
                        sb.append(a.value().map(PreviewReport::scalar).orElse("(no value)"));
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String decision(RenderedStep.Decision d) {
        return switch (d) {
            case RUNS -> "runs";
            case SKIPPED -> "skipped";
            case UNDECIDED -> "undecided (depends on what only the run knows)";
        };
    }

    private static String indentRest(String s, String indent) {
        return s.replace("\n", "\n" + indent);
    }

    private static String scalar(String s) {
        return CODEC.treeToYaml(JsonObject.builder().put("v", s).build()).strip().substring(3);
    }

    private static String yaml(Map<String, Object> map, String indent) {
        String y = CODEC.treeToYaml(JsonValue.of(map));
        StringBuilder sb = new StringBuilder();
        y.lines().filter(l -> !l.equals("---")).forEach(l -> sb.append(indent).append(l).append('\n'));
        return sb.toString();
    }

    /**
     * @param promotions rendered promotions
     * @return {@code {assumptions: [...], stages: [{project, stage, freight, vars, steps, verification, errors,
     *     notes}]}}
     */
    public static JsonObject tree(List<RenderedPromotion> promotions) {
        JsonArray.Builder stages = JsonArray.builder();
        for (RenderedPromotion p : promotions) {
            JsonArray.Builder freight = JsonArray.builder();
            p.freight().forEach(f -> freight.add(JsonObject.builder().put("origin", f.origin()).put("name", f.name())
                    .put("artifacts", JsonValue.of(f.artifacts())).build()));
            JsonArray.Builder steps = JsonArray.builder();
            for (RenderedStep s : p.steps()) {
                JsonObject.Builder b = JsonObject.builder().put("alias", s.alias()).put("uses", s.uses());
                s.task().ifPresent(t -> b.put("task", t));
                s.condition().ifPresent(c -> b.put("if", c));
                b.put("decision", s.decision().name().toLowerCase(java.util.Locale.ROOT));
                if (!s.vars().isEmpty()) {
                    b.put("vars", JsonValue.of(s.vars()));
                }
                s.config().ifPresent(c -> b.put("config", JsonValue.of(c)));
                s.error().ifPresent(e -> b.put("error", e));
                steps.add(b.build());
            }
            JsonArray.Builder args = JsonArray.builder();
            for (RenderedArgument a : p.verification()) {
                JsonObject.Builder b = JsonObject.builder().put("name", a.name());
                a.value().ifPresent(v -> b.put("value", v));
                a.error().ifPresent(e -> b.put("error", e));
                args.add(b.build());
            }
            stages.add(JsonObject.builder().put("project", p.project()).put("stage", p.stage())
                    .put("freight", freight.build()).put("vars", JsonValue.of(p.vars())).put("steps", steps.build())
                    .put("verification", args.build()).put("errors", JsonValue.of(p.errors()))
                    .put("notes", JsonValue.of(p.notes())).build());
        }
        return JsonObject.builder().put("assumptions", JsonValue.of(ASSUMPTIONS)).put("stages", stages.build())
                .build();
    }
}
