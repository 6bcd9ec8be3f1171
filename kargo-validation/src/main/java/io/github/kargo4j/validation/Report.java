package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.SkippedInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The findings of one validation run, sorted by file, line, column, code and message (then by the rest of the
 * finding, so that the order is total: the report never depends on the order the findings were made in). Immutable; the filter methods return new
 * reports.
 *
 * <p>{@link #findings()} are the findings that count; a suppressed finding (a {@code # kargo4j:ignore} comment,
 * {@code --suppress}) is in {@link #suppressed()} instead, so that it is shown as accepted rather than lost. What a
 * read of directories left out as not Kubernetes manifests is in {@link #skipped()}.
 */
public final class Report {

    private static final Comparator<Finding> ORDER = new Order();

    /**
     * The report's order: file (findings without one last, by resource), line, column, code, message; the rest only
     * breaks ties, so that the order is total and no report depends on the order of checking. Written out rather than
     * chained from {@link Comparator#comparing}: the chain's dozen lambdas are linked on a command's first report.
     */
    private static final class Order implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = sourceKey(a).compareTo(sourceKey(b));
            if (c == 0) {
                c = Integer.compare(line(a), line(b));
            }
            if (c == 0) {
                c = Integer.compare(column(a), column(b));
            }
            if (c == 0) {
                c = a.code().compareTo(b.code());
            }
            if (c == 0) {
                c = a.message().compareTo(b.message());
            }
            if (c == 0) {
                c = a.path().toString().compareTo(b.path().toString());
            }
            if (c == 0) {
                c = a.resource().toString().compareTo(b.resource().toString());
            }
            if (c == 0) {
                c = a.severity().compareTo(b.severity());
            }
            if (c == 0) {
                c = a.hint().compareTo(b.hint());
            }
            if (c == 0) {
                c = suppressionKey(a).compareTo(suppressionKey(b));
            }
            if (c == 0) {
                c = fixKey(a).compareTo(fixKey(b));
            }
            return c;
        }

        private static int line(Finding f) {
            return f.position().isPresent() ? f.position().get().line() : 0;
        }

        private static int column(Finding f) {
            return f.position().isPresent() ? f.position().get().column() : 0;
        }

        private static String sourceKey(Finding f) {
            return f.source().isPresent() ? f.source().get() : "\uffff" + f.resource();
        }

        private static String suppressionKey(Finding f) {
            return f.suppression().isPresent()
                    ? f.suppression().get().kind() + " " + f.suppression().get().justification() : "";
        }

        private static String fixKey(Finding f) {
            return f.fix().isPresent() ? f.fix().get().toString() : "";
        }
    }

    private final List<Finding> findings;
    private final List<Finding> suppressed;
    private final int resources;
    private final List<SkippedInput> skipped;

    /**
     * @param findings  the findings, suppressed ones too (sorted and split here)
     * @param resources how many resources were validated
     */
    public Report(List<Finding> findings, int resources) {
        this(findings, resources, List.of());
    }

    /**
     * @param findings  the findings, suppressed ones too (sorted and split here)
     * @param resources how many resources were validated
     * @param skipped   what the read left out as not Kubernetes manifests
     */
    public Report(List<Finding> findings, int resources, List<SkippedInput> skipped) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        // plain loops, not streams: no call site to link at start-up
        List<Finding> counted = new ArrayList<>(sorted.size());
        List<Finding> accepted = new ArrayList<>();
        for (Finding f : sorted) {
            (f.isSuppressed() ? accepted : counted).add(f);
        }
        this.findings = Collections.unmodifiableList(counted);
        this.suppressed = Collections.unmodifiableList(accepted);
        this.resources = resources;
        this.skipped = List.copyOf(skipped);
    }

    /** @return the findings that count (not suppressed), sorted */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the suppressed findings, sorted; they count for nothing */
    public List<Finding> suppressed() {
        return suppressed;
    }

    /** @return what the read left out because it is not a Kubernetes manifest, in file order */
    public List<SkippedInput> skipped() {
        return skipped;
    }

    /** @return how many resources were validated */
    public int resourceCount() {
        return resources;
    }

    /** @return whether there is no finding of severity error */
    public boolean isValid() {
        return !hasFindingsAtOrAbove(Severity.ERROR);
    }

    /**
     * @param threshold a severity
     * @return whether any finding is at least that serious
     */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        for (Finding f : findings) {
            if (f.severity().isAtLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param severity a severity
     * @return how many findings have exactly that severity
     */
    public long count(Severity severity) {
        long n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param predicate which findings to keep
     * @return a report with only those
     */
    public Report filter(Predicate<Finding> predicate) {
        List<Finding> kept = new ArrayList<>();
        findings.stream().filter(predicate).forEach(kept::add);
        suppressed.stream().filter(predicate).forEach(kept::add);
        return new Report(kept, resources, skipped);
    }

    /**
     * @param threshold a severity
     * @return a report with the findings at least that serious
     */
    public Report atLeast(Severity threshold) {
        return filter(f -> f.severity().isAtLeast(threshold));
    }

    /**
     * @param codes rule codes
     * @return a report with only findings of those codes
     */
    public Report withCodes(String... codes) {
        Set<String> keep = Set.of(codes);
        return filter(f -> keep.contains(f.code()));
    }

    /**
     * Accepts the findings of some rules after the fact: they leave {@link #findings()} (so they no longer count) and
     * stay in {@link #suppressed()}, marked {@link Suppression.Kind#EXTERNAL} with the justification
     * {@code "Report.suppress(CODE)"}, so that the text summary, JSON and SARIF show them as suppressed, as they show
     * a {@code # kargo4j:ignore} comment or {@code --suppress}. A finding already suppressed keeps its suppression.
     *
     * <p>Until 0.1 this dropped the findings from the report altogether; {@link #findings()} is the same as it was,
     * {@link #suppressed()} and the summary now count them. To leave findings out of a report entirely, use
     * {@link #filter(Predicate)}.
     *
     * @param codes rule codes
     * @return a report in which the findings of those codes are suppressed
     */
    public Report suppress(String... codes) {
        Set<String> accept = Set.of(codes);
        List<Finding> all = new ArrayList<>(findings.size() + suppressed.size());
        for (Finding f : findings) {
            all.add(accept.contains(f.code())
                    ? f.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "Report.suppress(" + f.code() + ")"))
                    : f);
        }
        all.addAll(suppressed);
        return new Report(all, resources, skipped);
    }

    /**
     * @return the counts, as {@code "2 errors, 1 warning, 0 info in 12 resources"} ({@code "no findings in 12
     *     resources"} when there is none), then the suppressed findings and skipped inputs if there are any
     *     ({@code "no findings in 12 resources (3 suppressed, 1 skipped)"})
     */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        String counts = findings.isEmpty() ? "no findings"
                : errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + count(Severity.INFO) + " info";
        return counts + " in " + resources + (resources == 1 ? " resource" : " resources") + summaryExtras();
    }

    /**
     * @return the end of the {@link #summary()}: {@code " (3 suppressed, 1 skipped)"}, or as much of it as applies,
     *     or nothing
     */
    public String summaryExtras() {
        if (suppressed.isEmpty() && skipped.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        if (!suppressed.isEmpty()) {
            sb.append(suppressed.size()).append(" suppressed");
        }
        if (!skipped.isEmpty()) {
            sb.append(suppressed.isEmpty() ? "" : ", ").append(skipped.size()).append(" skipped");
        }
        return sb.append(')').toString();
    }

    /**
     * @return the findings as compiler-style lines ({@link Finding#toString()}), then the {@link #summary()}; the
     *     renderers in {@code io.github.kargo4j.validation.render} give the full text, JSON and SARIF forms
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f).append('\n');
        }
        return sb.append(summary()).toString();
    }
}
