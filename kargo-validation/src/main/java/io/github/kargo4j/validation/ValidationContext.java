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

/**
 * What a {@link Check} sees: every resource of the validated set (grouped by namespace for project-level rules),
 * whether the set is complete, and where to report findings.
 */
public final class ValidationContext {

    private final List<Entry> entries;
    private final boolean complete;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<Entry>> byNamespace = new LinkedHashMap<>();

    ValidationContext(List<Entry> entries, boolean complete) {
        this.entries = List.copyOf(entries);
        this.complete = complete;
        for (Entry e : this.entries) {
            byNamespace.computeIfAbsent(e.resource().namespace(), k -> new ArrayList<>()).add(e);
        }
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
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (type.isInstance(e.resource())) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the entries grouped by namespace (the empty string for cluster-scoped resources), in input order */
    public Map<String, List<Entry>> byNamespace() {
        return Collections.unmodifiableMap(byNamespace);
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
        Optional<String> source = entry.manifest().map(m -> m.location().source());
        Optional<SourcePosition> position = entry.manifest().map(m -> m.positionOf(path));
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
