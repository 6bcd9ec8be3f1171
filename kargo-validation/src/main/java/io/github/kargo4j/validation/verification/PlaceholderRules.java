package io.github.kargo4j.validation.verification;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.fields.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code KV002}: the {@code {{ }}} placeholders of each metric. Before it measures, Argo Rollouts writes the whole
 * metric (name, conditions, limits and the provider at any depth, a Job's spec included) as JSON and replaces every
 * {@code {{ tag }}} in it; the only tags it knows are {@code args.<name>} for the run's arguments, with whitespace
 * around the tag allowed ({@code {{ args.url }}}). Any other tag, an argument no template of the run declares, and
 * opening braces that nothing closes end the AnalysisRun in phase Error ("Unable to resolve metric arguments: failed
 * to resolve {{...}}"). There are no other namespaces in a metric ({@code {{metrics.x}}}, {@code {{templates.x}}}
 * and {@code {{experiment.x}}} do not exist there) and no escape for literal braces. An argument declared only by
 * another template is accepted when every Stage of the set that uses this template also names one that declares it.
 */
final class PlaceholderRules {

    /** {@code Args.url}, {@code arg.url}, {@code .args.url}, {@code $args.url}: an argument written wrongly. */
    private static final Pattern ALMOST_ARGS = Pattern.compile("^[.$]?args?\\s*\\.\\s*([^\\s}]+)$",
            Pattern.CASE_INSENSITIVE);

    private PlaceholderRules() {
    }

    /** Where a placeholder was found: the path of the string, and whether the string is a key of that object. */
    private record Place(JsonPath path, boolean key, String keyText) {
    }

    static void check(Template t) {
        Set<String> declared = new LinkedHashSet<>();
        for (Argument a : t.spec().args()) {
            declared.add(a.name());
        }
        for (int m = 0; m < t.spec().metrics().size(); m++) {
            JsonValue tree;
            try {
                tree = KargoCodec.toTree(t.metricAt(m));
            } catch (RuntimeException e) {
                continue;
            }
            MetricPlaceholders found = new MetricPlaceholders(declared);
            walk(tree, Template.metric(m), found);
            for (Map.Entry<String, List<Place>> e : found.undeclared.entrySet()) {
                undeclared(t, m, declared, e.getKey(), found.written.get(e.getKey()), e.getValue());
            }
            for (int i = 0; i < found.others.size(); i++) {
                other(t, m, found.otherPlaces.get(i), found.others.get(i));
            }
        }
    }

    private static void undeclared(Template t, int m, Set<String> declared, String name, String text,
                                   List<Place> places) {
        TemplateUses.Lacking lacking = t.uses().lacking(t.resource(),
                spec -> spec.args().stream().anyMatch(a -> a.name().equals(name)));
        if (!lacking.lacks()) {
            return;
        }
        Place first = places.get(0);
        String where = describe(t, m, first) + (places.size() > 1 ? " (and " + (places.size() - 1) + " more place"
                + (places.size() > 2 ? "s" : "") + ")" : "");
        Optional<String> near = Suggestions.closest(name, declared);
        String message = t.who(m) + " uses " + text + " in " + where + ", but the template declares no argument "
                + Template.q(name) + near.map(n -> " (did you mean " + n + "?)").orElse("") + companions(lacking)
                + "; Argo Rollouts ends the AnalysisRun in phase Error: \"failed to resolve " + text + "\"";
        String hint = near.map(n -> "write {{args." + n + "}}, or declare " + Template.q(name) + " in spec.args")
                .orElse("declare it in spec.args ({name: " + Template.q(name) + "}, with a value or a value the Stage"
                        + " passes in verification.args)" + (declared.isEmpty() ? ""
                        : ", or use one of the declared arguments (" + String.join(", ", declared) + ")"));
        t.report(AnalysisRules.PLACEHOLDER, first.path(), message, hint);
    }

    private static void other(Template t, int m, Place place, List<Placeholders.Placeholder> bad) {
        Placeholders.Placeholder p = bad.get(0);
        String where = describe(t, m, place);
        String more = bad.size() > 1 ? " (and " + (bad.size() - 1) + " more: " + String.join(", ",
                bad.subList(1, bad.size()).stream().map(Placeholders.Placeholder::text).toList()) + ")" : "";
        if (!p.closed()) {
            t.report(AnalysisRules.PLACEHOLDER, place.path(),
                    t.who(m) + " opens a placeholder with {{ in " + where + " that no }} closes; Argo Rollouts cannot"
                            + " read the metric as a template (\"Cannot find end tag\") and ends the AnalysisRun in"
                            + " phase Error",
                    "close the placeholder ({{args.<name>}}), or move text with literal braces into an argument's"
                            + " value and write {{args.<name>}} here");
            return;
        }
        if (p.kargo()) {
            t.report(AnalysisRules.PLACEHOLDER, place.path(),
                    t.who(m) + " holds the Kargo expression $" + p.text() + " in " + where + more + "; Kargo evaluates"
                            + " ${{ }} only in a Stage's verification.args, not in analysis templates, and Argo"
                            + " Rollouts fails on it: \"failed to resolve " + p.text() + "\"",
                    "declare an argument in spec.args, pass the expression as its value in the Stage's"
                            + " verification.args (value: ${{ " + p.tag() + " }}), and write {{args.<name>}} here");
            return;
        }
        Matcher almost = ALMOST_ARGS.matcher(p.tag());
        t.report(AnalysisRules.PLACEHOLDER, place.path(),
                t.who(m) + " holds the placeholder " + p.text() + " in " + where + more + "; Argo Rollouts resolves"
                        + " only {{args.<name>}} in a metric and ends the AnalysisRun in phase Error: \"failed to"
                        + " resolve " + p.text() + "\"",
                almost.matches() ? "write {{args." + almost.group(1) + "}}"
                        : "use an argument ({{args.<name>}}); text that must keep its braces (a Go template in a Job's"
                        + " command, say) can go into an argument's value, which Argo Rollouts inserts as it is");
    }

    private static String companions(TemplateUses.Lacking lacking) {
        return lacking.stage().map(Stage::name).map(s -> ", and Stage " + Template.q(s)
                + " uses the template without another that declares it").orElse("");
    }

    private static String describe(Template t, int m, Place place) {
        String base = Template.metric(m).toString();
        String path = place.path().toString();
        String field = path.length() > base.length() ? path.substring(base.length() + 1) : "the metric";
        return place.key() ? "the key " + Template.quoted(place.keyText()) + " of " + field : field;
    }

    private interface Visitor {
        void string(Place place, String text);
    }

    /**
     * The placeholders of one metric that are wrong: an undeclared argument once per metric, at its first place;
     * other tags once per string. A named class, not a lambda: no call site to link at start-up.
     */
    private static final class MetricPlaceholders implements Visitor {
        private final Set<String> declared;
        final Map<String, List<Place>> undeclared = new LinkedHashMap<>();
        final Map<String, String> written = new LinkedHashMap<>();
        final List<Place> otherPlaces = new ArrayList<>();
        final List<List<Placeholders.Placeholder>> others = new ArrayList<>();

        MetricPlaceholders(Set<String> declared) {
            this.declared = declared;
        }

        @Override
        public void string(Place place, String text) {
            List<Placeholders.Placeholder> bad = new ArrayList<>();
            for (Placeholders.Placeholder p : Placeholders.in(text)) {
                Optional<String> arg = p.argument();
                if (arg.isEmpty()) {
                    bad.add(p);
                } else if (!declared.contains(arg.get())) {
                    List<Place> places = undeclared.get(arg.get());
                    if (places == null) {
                        places = new ArrayList<>();
                        undeclared.put(arg.get(), places);
                    }
                    places.add(place);
                    written.putIfAbsent(arg.get(), p.text());
                }
            }
            if (!bad.isEmpty()) {
                otherPlaces.add(place);
                others.add(bad);
            }
        }
    }

    private static void walk(JsonValue v, JsonPath path, Visitor visitor) {
        if (v instanceof JsonString s) {
            visitor.string(new Place(path, false, null), s.value());
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), path.index(i), visitor);
            }
        } else if (v instanceof JsonObject o) {
            for (int i = 0; i < o.size(); i++) {
                String key = o.keyAt(i);
                if (Placeholders.has(key)) {
                    visitor.string(new Place(path, true, key), key);
                }
                walk(o.valueAt(i), path.key(key), visitor);
            }
        }
    }
}
