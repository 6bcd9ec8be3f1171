package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a {@link Check} sees: every resource of the validated set (grouped by namespace for project-level rules),
 * whether the set is complete, and where to report findings.
 */
public final class ValidationContext {

    /** How many items {@link #inParallel} gives one thread at a time: fixed, so that no result depends on threads. */
    static final int BATCH = 32;

    private final List<Entry> entries;
    private final boolean complete;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<Entry>> byNamespace;
    private final Workers workers;
    /** The entries of each type asked for, found once per validation and shared with the child contexts. */
    private final Map<Class<?>, List<Entry>> byType;

    ValidationContext(List<Entry> entries, boolean complete) {
        this(entries, complete, Workers.SEQUENTIAL);
    }

    ValidationContext(List<Entry> entries, boolean complete, Workers workers) {
        this.entries = List.copyOf(entries);
        this.complete = complete;
        this.workers = workers;
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            List<Entry> group = groups.get(e.resource().namespace());
            if (group == null) {
                group = new ArrayList<>();
                groups.put(e.resource().namespace(), group);
            }
            group.add(e);
        }
        this.byNamespace = Collections.unmodifiableMap(groups);
        this.byType = new ConcurrentHashMap<>();
    }

    /** A context over the same resources that gathers findings of its own. */
    private ValidationContext(ValidationContext parent) {
        this.entries = parent.entries;
        this.complete = parent.complete;
        this.workers = parent.workers;
        this.byNamespace = parent.byNamespace;
        this.byType = parent.byType;
    }

    /** @return a context over the same resources, threads and completeness, whose findings are its own */
    ValidationContext child() {
        return new ValidationContext(this);
    }

    /**
     * Runs {@code work} for each item, on the validator's threads ({@link PipelineValidator.Builder#threads(int)}),
     * so that a check over many resources or projects uses the machine. Each call reports to a context of its own;
     * their findings are added to this one in item order once all are done, so the findings are those of a plain
     * loop over the items, in the same order, whatever the number of threads.
     *
     * <pre>{@code
     * ctx.inParallel(ctx.entriesOf(Stage.class), (c, e) -> checkStage(c, e));
     * }</pre>
     *
     * <p>The work may run on several threads at once: it must only read the resources and report to the context it
     * is given, sharing no mutable state with the other calls. What it throws reaches the caller (the first, in item
     * order) after the other items are done, as from a plain loop: the findings of the items before it, and those
     * the failing item made before it threw, are kept; those of later items are not.
     *
     * @param items the items (resources, projects...)
     * @param work  what to check for each: the context to report to, and the item
     * @param <T>   the items' type
     */
    public <T> void inParallel(List<T> items, BiConsumer<ValidationContext, ? super T> work) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        for (Batch done : workers.map(batches, new RunBatch<T>(this, work))) {
            findings.addAll(done.findings());
            if (done.failure() instanceof RuntimeException e) {
                throw e;
            } else if (done.failure() instanceof Error e) {
                throw e;
            }
        }
    }

    /** Runs the work over one batch of {@link #inParallel} in a child context (a named class: no call site to link). */
    private static final class RunBatch<T> implements Function<List<T>, Batch> {
        private final ValidationContext parent;
        private final BiConsumer<ValidationContext, ? super T> work;

        RunBatch(ValidationContext parent, BiConsumer<ValidationContext, ? super T> work) {
            this.parent = parent;
            this.work = work;
        }

        @Override
        public Batch apply(List<T> batch) {
            ValidationContext c = parent.child();
            try {
                for (T item : batch) {
                    work.accept(c, item);
                }
            } catch (RuntimeException | Error e) {
                return new Batch(c.findings, e);
            }
            return new Batch(c.findings, null);
        }
    }

    /** What one batch of {@link #inParallel} reported, and what stopped it (null when nothing did). */
    private record Batch(List<Finding> findings, Throwable failure) {
    }

    /** @return the threads this validation runs on */
    Workers workers() {
        return workers;
    }

    /** @return every resource, in input order */
    public List<Entry> entries() {
        return entries;
    }

    /** @return whether the caller said the set holds every resource of its projects */
    public boolean complete() {
        return complete;
    }

    /**
     * @param type a model type
     * @param <T>  the type
     * @return the entries whose resource is of that type, in input order
     */
    public <T extends KargoResource> List<Entry> entriesOf(Class<T> type) {
        List<Entry> found = byType.get(type);
        if (found == null) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) {
                if (type.isInstance(e.resource())) {
                    out.add(e);
                }
            }
            found = List.copyOf(out);
            byType.putIfAbsent(type, found);
        }
        return new ArrayList<>(found);
    }

    /** @return the entries grouped by namespace (the empty string for cluster-scoped resources), in input order */
    public Map<String, List<Entry>> byNamespace() {
        return byNamespace;
    }

    /**
     * Reports a finding; its severity is the rule's, adjusted for completeness ({@link Rule#effectiveSeverity}).
     *
     * @param rule    the rule
     * @param entry   the resource it is about
     * @param path    where in the resource
     * @param message what is wrong
     * @param hint    how to fix it (may be empty)
     */
    public void report(Rule rule, Entry entry, JsonPath path, String message, String hint) {
        Optional<String> source = Optional.empty();
        Optional<SourcePosition> position = Optional.empty();
        if (entry.manifest().isPresent()) {
            source = Optional.ofNullable(entry.manifest().get().location().source());
            position = Optional.ofNullable(entry.manifest().get().positionOf(path));
        }
        findings.add(new Finding(rule.code(), rule.effectiveSeverity(complete), ResourceRef.of(entry.resource()), path,
                source, position, message, hint == null ? "" : hint));
    }

    /**
     * Reports a finding with a machine-applicable fix; its hint is the fix's ({@link Fix#hint()}).
     *
     * @param rule    the rule
     * @param entry   the resource it is about
     * @param path    where in the resource
     * @param message what is wrong
     * @param fix     the fix
     */
    public void report(Rule rule, Entry entry, JsonPath path, String message, Fix fix) {
        report(rule, entry, path, message, "");
        findings.set(findings.size() - 1, findings.get(findings.size() - 1).withFix(fix));
    }

    /**
     * Reports a finding that is not about a resource (such as an unreadable file).
     *
     * @param finding the finding
     */
    public void report(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }
}
