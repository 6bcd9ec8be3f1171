package io.github.kargo4j.validation.preview;

import io.github.kargo4j.expr.ExprFunction;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.freight.Chart;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.freight.GitCommit;
import io.github.kargo4j.model.freight.Image;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Kargo v1.11.2's expression functions ({@code pkg/expressions/function/functions.go}) over what a preview knows:
 * the given Freight, the Warehouses of the inputs, the values file, and the happy path for the step-status functions.
 * Structs are maps keyed by Go's field names ({@code commitFrom(url).ID}). One instance per rendered Stage; not
 * thread-safe (a Stage is rendered by one thread).
 */
final class PreviewFunctions {

    /** The status of a step that ran in the happy path, and of one whose {@code if} was false. */
    static final String SUCCEEDED = "Succeeded";
    static final String SKIPPED = "Skipped";

    private final List<FreightOrigin> requested;
    private final Map<String, Warehouse> warehouses;
    private final List<Freight> freight;
    private final PreviewValues values;

    /** Statuses of the steps before the current one, by full alias. */
    final Map<String, String> statuses = new LinkedHashMap<>();
    /** The alias of the step being evaluated ({@code ""} outside steps). */
    String currentAlias = "";
    /** Freight lookups of the current evaluation that found nothing, for hints. */
    final List<String> misses = new ArrayList<>();

    PreviewFunctions(List<FreightOrigin> requested, Map<String, Warehouse> warehouses,
                     List<Freight> freight, PreviewValues values) {
        this.requested = requested;
        this.warehouses = warehouses;
        this.freight = freight;
        this.values = values;
    }

    /**
     * The language of a place where Kargo evaluates expressions: the functions Kargo provides there (from the
     * catalogue, with Kargo's signatures), implemented from the given Freight and values.
     *
     * @param place where the expressions are evaluated
     * @return the language
     */
    ExprLang language(EvaluationPlace place) {
        return place.langBuilder(this::implementation).build();
    }

    private ExprFunction implementation(String name) {
        return switch (name) {
            case "warehouse" -> this::warehouse;
            case "commitFrom" -> this::commitFrom;
            case "imageFrom" -> this::imageFrom;
            case "chartFrom" -> this::chartFrom;
            case "artifactFrom" -> this::artifactFrom;
            case "freightMetadata" -> nameArg("freight ref name must not be empty", "first argument",
                    n -> values.freightMetadata(n).orElse(null));
            case "stageMetadata" -> nameArg("stage name must not be empty", "argument",
                    n -> values.stageMetadata(n).orElse(null));
            case "configMap" -> nameArg(null, "argument", values::configMap);
            case "sharedConfigMap" -> nameArg(null, "argument", values::sharedConfigMap);
            case "secret" -> nameArg(null, "argument", values::secret);
            case "sharedSecret" -> nameArg(null, "argument", values::sharedSecret);
            case "semverDiff" -> PreviewFunctions::semverDiff;
            case "semverParse" -> PreviewFunctions::semverParse;
            case "always" -> args -> Boolean.TRUE;
            case "failure" -> args -> hasFailure();
            case "success" -> args -> !hasFailure();
            case "status" -> this::status;
            // the template functions are KargoTemplates' own
            default -> null;
        };
    }

    // ---- Freight ---------------------------------------------------------------------------------------------------

    private Object warehouse(List<Object> a) {
        count(a, 1, 1, "expected 1 argument, got ");
        if (!(a.get(0) instanceof String name)) {
            throw new IllegalArgumentException("argument must be string, got " + ExprLang.goType(a.get(0)));
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        return origin(FreightOrigin.warehouse(name));
    }

    static Map<String, Object> origin(FreightOrigin o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Kind", o.kindAsString());
        m.put("Name", o.name());
        return m;
    }

    private static void count(List<Object> a, int min, int max, String message) {
        if (a.size() < min || a.size() > max) {
            throw new IllegalArgumentException(message + a.size());
        }
    }

    private static String firstString(List<Object> a) {
        if (!(a.get(0) instanceof String s)) {
            throw new IllegalArgumentException("first argument must be string, got " + ExprLang.goType(a.get(0)));
        }
        return s;
    }

    private static FreightOrigin originArg(Object v, String which) {
        if (v instanceof Map<?, ?> m && m.get("Kind") instanceof String kind && m.get("Name") instanceof String name
                && m.size() == 2) {
            return FreightOrigin.builder().kindAsString(kind).name(name).build();
        }
        throw new IllegalArgumentException(which + " argument must be FreightOrigin, got " + ExprLang.goType(v));
    }

    private Object commitFrom(List<Object> a) {
        count(a, 1, 2, "expected 1-2 arguments, got ");
        String repo = RepoUrls.git(firstString(a));
        FreightOrigin desired = a.size() == 2 ? originArg(a.get(1), "second")
                : originFor("commit from repo " + repo, w -> w.git().filter(g -> RepoUrls.git(g.repoURL())
                        .equals(repo)).isPresent(), f -> f.commits().stream().anyMatch(c -> RepoUrls.git(
                        c.repoURL().orElse("")).equals(repo)), "multiple requested Freight could potentially "
                        + "provide a commit from repo " + repo + "; please update promotion steps to disambiguate");
        for (Freight f : freightOf(desired)) {
            for (GitCommit c : f.commits()) {
                if (RepoUrls.git(c.repoURL().orElse("")).equals(repo)) {
                    return commit(c);
                }
            }
        }
        misses.add("commitFrom(\"" + a.get(0) + "\")");
        return null;
    }

    private Object imageFrom(List<Object> a) {
        count(a, 1, 2, "expected 1-2 arguments, got ");
        String repo = firstString(a);
        FreightOrigin desired = a.size() == 2 ? originArg(a.get(1), "second")
                : originFor("image " + repo, w -> w.image().filter(i -> i.repoURL().equals(repo)).isPresent(),
                        f -> f.images().stream().anyMatch(i -> i.repoURL().orElse("").equals(repo)),
                        "multiple requested Freight could potentially provide a container image from repository "
                                + repo + ": please provide a Freight origin to disambiguate");
        for (Freight f : freightOf(desired)) {
            for (Image i : f.images()) {
                if (i.repoURL().orElse("").equals(repo)) {
                    return image(i);
                }
            }
        }
        misses.add("imageFrom(\"" + repo + "\")");
        return null;
    }

    private Object chartFrom(List<Object> a) {
        count(a, 1, 3, "expected 1-3 arguments, got ");
        String repo = firstString(a);
        String chartName = "";
        FreightOrigin desired = null;
        if (a.size() >= 2) {
            if (a.get(1) instanceof String s) {
                chartName = s;
            } else if (a.get(1) instanceof Map<?, ?>) {
                desired = originArg(a.get(1), "second");
            } else {
                throw new IllegalArgumentException("second argument must be string or FreightOrigin, got "
                        + ExprLang.goType(a.get(1)));
            }
        }
        if (a.size() == 3) {
            if (chartName.isEmpty()) {
                throw new IllegalArgumentException("when using three arguments, second argument must be string, got "
                        + ExprLang.goType(a.get(1)));
            }
            desired = originArg(a.get(2), "third");
        }
        String name = chartName;
        if (desired == null) {
            desired = originFor("chart " + repo, w -> w.chart().filter(c -> c.repoURL().equals(repo)
                    && c.name().orElse("").equals(name)).isPresent(), f -> f.charts().stream().anyMatch(c ->
                    c.repoURL().orElse("").equals(repo) && c.name().orElse("").equals(name)),
                    "multiple requested Freight could potentially provide a chart from repository " + repo
                            + ": please provide a Freight origin to disambiguate");
            if (desired == null) {
                throw new IllegalArgumentException(name.isEmpty()
                        ? "chart from repo " + repo + " not found in referenced Freight"
                        : "chart \"" + name + "\" from repo " + repo + " not found in referenced Freight");
            }
        }
        for (Freight f : freightOf(desired)) {
            for (Chart c : f.charts()) {
                if (c.repoURL().orElse("").equals(repo) && c.name().orElse("").equals(name)) {
                    return chart(c);
                }
            }
        }
        misses.add("chartFrom(\"" + repo + "\"" + (name.isEmpty() ? "" : ", \"" + name + "\"") + ")");
        return null;
    }

    private Object artifactFrom(List<Object> a) {
        count(a, 1, 2, "expected 1-2 arguments, got ");
        String sub = firstString(a);
        FreightOrigin desired = a.size() == 2 ? originArg(a.get(1), "second")
                : originFor("artifact " + sub, w -> false, f -> f.artifacts().stream()
                        .anyMatch(r -> r.subscriptionName().equals(sub)), "multiple requested Freight could "
                        + "potentially provide a \"" + sub + "\" artifact; please update promotion steps to "
                        + "disambiguate");
        for (Freight f : freightOf(desired)) {
            for (ArtifactReference r : f.artifacts()) {
                if (r.subscriptionName().equals(sub)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("ArtifactType", r.artifactType().orElse(""));
                    m.put("SubscriptionName", r.subscriptionName());
                    m.put("Version", r.version());
                    m.put("Metadata", r.metadata().map(x -> (Object) x.toJava()).orElse(new LinkedHashMap<>()));
                    return m;
                }
            }
        }
        misses.add("artifactFrom(\"" + sub + "\")");
        return null;
    }

    /**
     * Kargo's search for the one requested origin that can provide an artifact, when the expression names none: the
     * origins whose Warehouse subscribes to it. A Warehouse that is not among the inputs is taken to provide what its
     * given Freight holds (Kargo would read it from the cluster).
     */
    private FreightOrigin originFor(String what, Predicate<Subscription> subscribes, Predicate<Freight> holds,
                                    String ambiguous) {
        FreightOrigin found = null;
        for (FreightOrigin o : requested) {
            Warehouse w = warehouses.get(o.name());
            boolean provides = w != null ? w.spec().subscriptions().stream().anyMatch(subscribes)
                    : freightOf(o).stream().anyMatch(holds);
            if (provides) {
                if (found != null) {
                    throw new IllegalArgumentException(ambiguous);
                }
                found = o;
            }
        }
        return found;
    }

    private List<Freight> freightOf(FreightOrigin origin) {
        if (origin == null) {
            return List.of();
        }
        return freight.stream().filter(f -> f.origin().kindAsString().equals(origin.kindAsString())
                && f.origin().name().equals(origin.name())).toList();
    }

    static Map<String, Object> commit(GitCommit c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RepoURL", c.repoURL().orElse(""));
        m.put("ID", c.id().orElse(""));
        m.put("Branch", c.branch().orElse(""));
        m.put("Tag", c.tag().orElse(""));
        m.put("Message", c.message().orElse(""));
        m.put("Author", c.author().orElse(""));
        m.put("Committer", c.committer().orElse(""));
        return m;
    }

    static Map<String, Object> image(Image i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RepoURL", i.repoURL().orElse(""));
        m.put("Tag", i.tag().orElse(""));
        m.put("Digest", i.digest().orElse(""));
        m.put("Annotations", new LinkedHashMap<>(i.annotations()));
        return m;
    }

    static Map<String, Object> chart(Chart c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RepoURL", c.repoURL().orElse(""));
        m.put("Name", c.name().orElse(""));
        m.put("Version", c.version().orElse(""));
        return m;
    }

    // ---- data ------------------------------------------------------------------------------------------------------

    private interface Lookup {
        Object get(String name);
    }

    private static ExprFunction nameArg(String emptyMessage, String which, Lookup lookup) {
        return a -> {
            count(a, 1, 1, "expected 1 argument, got ");
            if (!(a.get(0) instanceof String name)) {
                throw new IllegalArgumentException(which + " must be string, got " + ExprLang.goType(a.get(0)));
            }
            if (emptyMessage != null && name.isEmpty()) {
                throw new IllegalArgumentException(emptyMessage);
            }
            Object v = lookup.get(name);
            return v instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : v;
        };
    }

    // ---- status (the happy path) -----------------------------------------------------------------------------------

    private boolean hasFailure() {
        return statuses.values().stream().anyMatch(s -> s.equals("Errored") || s.equals("Failed"));
    }

    private Object status(List<Object> a) {
        count(a, 1, 1, "expected 1 argument, got ");
        if (!(a.get(0) instanceof String alias)) {
            throw new IllegalArgumentException("argument must be string, got " + ExprLang.goType(a.get(0)));
        }
        if (alias.isEmpty()) {
            throw new IllegalArgumentException("argument must not be empty");
        }
        String namespace = namespace(currentAlias);
        for (Map.Entry<String, String> e : statuses.entrySet()) {
            String ns = namespace(e.getKey());
            String shortAlias = ns.isEmpty() ? e.getKey() : e.getKey().substring(ns.length() + 2);
            if (ns.equals(namespace) && shortAlias.equals(alias)) {
                return e.getValue();
            }
        }
        return "";
    }

    /** @return the task part of {@code task::step}, or {@code ""} (Kargo's getAliasNamespace) */
    static String namespace(String alias) {
        String[] parts = alias.split("::", -1);
        return parts.length == 2 ? parts[0] : "";
    }

    // ---- utility ---------------------------------------------------------------------------------------------------

    private static Object semverParse(List<Object> a) {
        count(a, 1, 1, "expected 1 argument, got ");
        if (!(a.get(0) instanceof String v)) {
            throw new IllegalArgumentException("argument must be string, got " + ExprLang.goType(a.get(0)));
        }
        return SemverVersion.parse(v);
    }

    private static Object semverDiff(List<Object> a) {
        count(a, 2, 2, "expected 2 arguments, got ");
        if (!(a.get(0) instanceof String v1)) {
            throw new IllegalArgumentException("first argument must be string, got " + ExprLang.goType(a.get(0)));
        }
        if (!(a.get(1) instanceof String v2)) {
            throw new IllegalArgumentException("second argument must be string, got " + ExprLang.goType(a.get(1)));
        }
        SemverVersion p1;
        SemverVersion p2;
        try {
            p1 = SemverVersion.parse(v1);
            p2 = SemverVersion.parse(v2);
        } catch (IllegalArgumentException notAVersion) {
            return "Incomparable";
        }
        if (p1.major() != p2.major()) {
            return "Major";
        }
        if (p1.minor() != p2.minor()) {
            return "Minor";
        }
        if (p1.patch() != p2.patch()) {
            return "Patch";
        }
        return p1.metadata().equals(p2.metadata()) ? "None" : "Metadata";
    }
}
