package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.migrate.Source.Doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One migration: validates every file read, turns the fixes of the legacy findings about the files to migrate into
 * text edits (and new files), then reads the result back and validates it again. A document whose fixes would leave
 * their finding or add an error has its fixes taken back and is reported as needing a person.
 */
final class MigrationRun {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** A new file the run creates, and the resource it must read as. */
    record NewFile(Path path, String name, String text, JsonObject expected) {
    }

    /** What was applied to one document, so that it can be taken back. */
    private record Applied(List<Edit> edits, JsonObject expectedBefore, List<Change> changes, List<Finding> fixed,
                           List<NewFile> files) {
    }

    private final Sources sources;
    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<NewFile> newFiles = new ArrayList<>();
    private final Map<Doc, Applied> applied = new LinkedHashMap<>();
    private final List<Finding> fixed = new ArrayList<>();
    private final Set<Path> plannedPaths = new HashSet<>();
    /** The report on the files as read. */
    private Report before;

    MigrationRun(Sources sources) {
        this.sources = sources;
    }

    MigrationPlan plan() {
        applyFixes();
        return finish();
    }

    // ------------------------------------------------------------------------------------------------ applying

    /**
     * Validates every file read together and applies the fixes of the legacy findings. The files read only for
     * context get their fixes too, so that the result is validated as it will be once they are migrated as well,
     * but they are never written and their changes are not reported.
     * A deprecated shape that still works and whose replacement needs a decision (a warning without a fix) is left
     * alone; a removed shape without a fix keeps its whole resource as it is.
     */
    private void applyFixes() {
        before = PipelineValidator.create().validateManifests(sources.manifests());
        Map<Doc, List<Finding>> byDoc = new LinkedHashMap<>();
        for (Finding f : before.findings()) {
            Source s = f.source().map(sources::named).orElse(null);
            if (!f.code().startsWith("KL") || s == null || f.position().isEmpty()) {
                continue;
            }
            if (f.fix().isEmpty() && f.severity() != Severity.ERROR) {
                continue;
            }
            Doc doc = null;
            for (Doc d : s.docs) {
                if (d.line() <= f.position().get().line()) {
                    doc = d;
                }
            }
            if (doc != null) {
                byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
            }
        }
        byDoc.forEach(this::apply);
    }

    private void apply(Doc d, List<Finding> findings) {
        List<Fix.Edit> all = new ArrayList<>();
        findings.forEach(f -> f.fix().ifPresent(x -> all.addAll(x.edits())));
        List<Problem> docProblems = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix().isEmpty() && !covered(f.path(), all)) {
                // a removed shape Kargo fails on, whose replacement needs a decision: the resource is migrated
                // completely or not at all
                docProblems.add(new Problem(d.src.name, line(d, f), d.describe(), f.path() + " (" + f.code()
                        + ") has no automatic replacement: " + f.hint()));
            }
        }
        if (!docProblems.isEmpty()) {
            report(d, docProblems);
            return;
        }
        JsonObject expectedBefore = d.src.expected.get(d.index);
        JsonObject expected = expectedBefore != null ? expectedBefore : d.tree;
        List<Edit> edits = new ArrayList<>();
        List<Change> docChanges = new ArrayList<>();
        List<Finding> docFixed = new ArrayList<>();
        List<NewFile> files = new ArrayList<>();
        Set<Fix> seen = new HashSet<>();
        for (Finding f : findings) {
            Fix fix = f.fix().orElse(null);
            if (fix == null || !seen.add(fix)) {
                continue;
            }
            int line = line(d, f);
            try {
                List<Edit> fixEdits = new ArrayList<>();
                List<NewFile> fixFiles = new ArrayList<>();
                JsonObject after = expected;
                for (Fix.Edit e : fix.edits()) {
                    if (e instanceof Fix.CreateResource c) {
                        fixFiles.add(newFile(d, f, fix, c, files));
                    } else {
                        fixEdits.addAll(FixEdits.text(d.src, d.root, e, movesIntoNewResource(fix, e)));
                        after = FixEdits.tree(after, e);
                    }
                }
                if (overlaps(fixEdits, edits) || overlaps(fixEdits, d.src.edits)) {
                    docProblems.add(new Problem(d.src.name, line, d.describe(), f.path() + " (" + f.code()
                            + "): another migration edits the same text; run the migration again to apply this fix"));
                    continue;
                }
                edits.addAll(fixEdits);
                files.addAll(fixFiles);
                expected = after;
                docFixed.add(f);
                StringBuilder to = new StringBuilder(fix.description());
                fixFiles.forEach(n -> to.append(" (new file ").append(n.name()).append(')'));
                docChanges.add(new Change(d.src.name, line, d.describe(), f.path() + " (" + f.code() + ")",
                        to.toString(), List.of()));
            } catch (FixEdits.CannotEdit e) {
                docProblems.add(new Problem(d.src.name, line, d.describe(), f.path() + " (" + f.code() + "): "
                        + e.getMessage() + ": migrate it by hand"));
            }
        }
        report(d, docProblems);
        if (!d.src.target) {
            docChanges.clear();
            files.clear();
        }
        if (edits.isEmpty() && files.isEmpty()) {
            return;
        }
        applied.put(d, new Applied(List.copyOf(edits), expectedBefore, List.copyOf(docChanges), List.copyOf(docFixed),
                List.copyOf(files)));
        d.src.edits.addAll(edits);
        d.src.expected.put(d.index, expected);
        changes.addAll(docChanges);
        fixed.addAll(docFixed);
        for (NewFile n : files) {
            newFiles.add(n);
            plannedPaths.add(n.path().toAbsolutePath().normalize());
        }
    }

    private void report(Doc d, List<Problem> found) {
        if (d.src.target) {
            problems.addAll(found);
        }
    }

    private static int line(Doc d, Finding f) {
        return f.position().map(p -> p.line()).orElse(d.line());
    }

    /** @return whether the edit removes a node that a resource the same fix creates takes over */
    private static boolean movesIntoNewResource(Fix fix, Fix.Edit edit) {
        return edit instanceof Fix.Remove r && movedKey(fix, r) != null;
    }

    /**
     * @return the key of the resource created by the fix that takes over the node the edit removes (a removed
     *     {@code spec} becomes the new resource's {@code spec}), or null
     */
    static String movedKey(Fix fix, Fix.Remove remove) {
        String key = remove.path().lastKey().orElse(null);
        if (key == null) {
            return null;
        }
        for (Fix.Edit e : fix.edits()) {
            if (e instanceof Fix.CreateResource c && c.resource().containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    private NewFile newFile(Doc d, Finding f, Fix fix, Fix.CreateResource c, List<NewFile> pending)
            throws FixEdits.CannotEdit {
        String fileName = c.fileName();
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        String ext = dot < 0 ? "" : fileName.substring(dot);
        String resourceName = c.resource().getOrNull("metadata") instanceof JsonObject m
                && m.getOrNull("name") instanceof io.github.kargo4j.model.json.JsonString n ? n.value() : "";
        List<String> candidates = resourceName.isEmpty() ? List.of(fileName)
                : List.of(fileName, base + "-" + resourceName + ext);
        for (String candidate : candidates) {
            Path path = d.src.path.resolveSibling(candidate);
            Path key = path.toAbsolutePath().normalize();
            boolean planned = plannedPaths.contains(key)
                    || pending.stream().anyMatch(n -> n.path().toAbsolutePath().normalize().equals(key));
            if (!java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !planned) {
                return new NewFile(path, path.toString(), NewResources.text(d, f.code(), fix, c), c.resource());
            }
        }
        throw new FixEdits.CannotEdit(String.join(" and ", candidates) + " already exist next to " + d.src.name
                + ": move one away, or write the " + c.resource().getOrNull("kind") + " by hand");
    }

    /** @return whether an edit that replaces or removes a node holding the path is among the edits */
    private static boolean covered(JsonPath path, List<Fix.Edit> edits) {
        for (Fix.Edit e : edits) {
            boolean replaces = e instanceof Fix.Remove || e instanceof Fix.Replace || e instanceof Fix.ReplacePair;
            String p = path.toString();
            String at = e.path().toString();
            if (replaces && p.startsWith(at) && (p.length() == at.length() || ".[".indexOf(p.charAt(at.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Edit> edits, List<Edit> others) {
        for (Edit e : edits) {
            for (Edit o : others) {
                if (e.start() < o.end() && o.start() < e.end()
                        || e.start() == e.end() && o.start() == o.end() && e.start() == o.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- finishing

    private MigrationPlan finish() {
        List<FileChange> files = new ArrayList<>();
        while (true) {
            List<Manifest> migrated = new ArrayList<>();
            List<FileChange> edited = new ArrayList<>();
            for (Source s : sources.all()) {
                if (s.edits.isEmpty()) {
                    migrated.addAll(s.manifests);
                    continue;
                }
                String after = Edit.apply(s.text, s.edits);
                migrated.addAll(ReadBack.verify(s, after));
                if (s.target) {
                    edited.add(new FileChange(s.path, s.name, Optional.of(s.text), after));
                }
            }
            for (NewFile n : newFiles) {
                migrated.addAll(ReadBack.verifyNew(n));
            }
            Map<Doc, Finding> wrong = revalidate(migrated);
            if (wrong.isEmpty()) {
                for (NewFile n : newFiles) {
                    files.add(new FileChange(n.path(), n.name(), Optional.empty(), n.text()));
                }
                files.addAll(edited);
                break;
            }
            wrong.forEach(this::takeBack);
        }
        changes.sort(Comparator.comparing(Change::file).thenComparingInt(Change::line));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new MigrationPlan(files, changes, problems);
    }

    /**
     * Validates the migrated files: a finding whose fix was applied must be gone, and a resource a fix edited must
     * have no error it did not have before.
     */
    private Map<Doc, Finding> revalidate(List<Manifest> migrated) {
        Map<Doc, Finding> wrong = new LinkedHashMap<>();
        if (fixed.isEmpty()) {
            return wrong;
        }
        Report after = PipelineValidator.create().validateManifests(migrated);
        Set<String> beforeKeys = new HashSet<>();
        before.findings().forEach(f -> beforeKeys.add(key(f)));
        Set<String> fixedKeys = new HashSet<>();
        fixed.forEach(f -> fixedKeys.add(key(f)));
        for (Finding f : after.findings()) {
            Doc d = docOf(f);
            boolean left = fixedKeys.contains(key(f));
            boolean added = f.severity() == Severity.ERROR && !beforeKeys.contains(key(f)) && d != null
                    && applied.containsKey(d);
            if ((left || added) && d != null) {
                wrong.putIfAbsent(d, f);
            } else if (left) {
                throw new IllegalStateException("applying the fixes would leave " + f + "; nothing was written");
            }
        }
        return wrong;
    }

    /** @return the document a finding is about, by file and resource */
    private Doc docOf(Finding f) {
        Source s = f.source().map(sources::named).orElse(null);
        if (s != null) {
            for (Doc d : s.docs) {
                if (d.kind.equals(f.resource().kind()) && d.name.equals(f.resource().name())
                        && d.namespace.equals(f.resource().namespace())) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Takes back the fixes applied to a document whose result is wrong, and reports why. */
    private void takeBack(Doc d, Finding why) {
        Applied a = applied.remove(d);
        if (a == null) {
            throw new IllegalStateException("migrating " + d.src.name + " would leave or add " + why
                    + "; nothing was written");
        }
        d.src.edits.removeAll(a.edits());
        if (a.expectedBefore() == null) {
            d.src.expected.remove(d.index);
        } else {
            d.src.expected.put(d.index, a.expectedBefore());
        }
        changes.removeAll(a.changes());
        fixed.removeAll(a.fixed());
        for (NewFile n : a.files()) {
            newFiles.remove(n);
            plannedPaths.remove(n.path().toAbsolutePath().normalize());
        }
        report(d, List.of(new Problem(d.src.name, d.line(), d.describe(), "its fixes would leave or cause "
                + why.code() + " (" + why.message() + "), so they are not applied: migrate it by hand")));
    }

    private static String key(Finding f) {
        return f.code() + "\0" + f.source().orElse("") + "\0" + f.resource() + "\0" + f.path();
    }

    /** Reading the edited text back: every document must be what the migration meant, nothing else may differ. */
    static final class ReadBack {
        private ReadBack() {
        }

        static List<Manifest> verify(Source s, String after) {
            List<Manifest> read;
            try {
                read = CODEC.parse(after, s.name);
            } catch (ManifestException e) {
                throw new IllegalStateException("migrating " + s.name + " produced unreadable YAML ("
                        + e.getMessage() + "); nothing was written");
            }
            Map<Integer, JsonObject> actual = new HashMap<>();
            for (Manifest m : read) {
                actual.put(m.location().documentIndex(), m.tree());
            }
            Map<Integer, JsonObject> wanted = new HashMap<>();
            for (Doc d : s.docs) {
                wanted.put(d.index, s.expected.getOrDefault(d.index, d.tree));
            }
            if (!actual.keySet().equals(wanted.keySet())) {
                throw new IllegalStateException("migrating " + s.name + " changed its documents; nothing was written");
            }
            for (Map.Entry<Integer, JsonObject> e : wanted.entrySet()) {
                if (!e.getValue().equals(actual.get(e.getKey()))) {
                    throw new IllegalStateException("migrating " + s.name + " would change document "
                            + (e.getKey() + 1) + " in an unintended way; nothing was written");
                }
            }
            return read;
        }

        static List<Manifest> verifyNew(NewFile f) {
            List<Manifest> read;
            try {
                read = CODEC.parse(f.text(), f.name());
            } catch (ManifestException e) {
                throw new IllegalStateException("the new file " + f.name() + " is unreadable (" + e.getMessage()
                        + "); nothing was written");
            }
            if (read.size() != 1 || !read.get(0).tree().equals(f.expected())) {
                throw new IllegalStateException("the new file " + f.name() + " does not hold the intended "
                        + "resource; nothing was written");
            }
            return read;
        }
    }
}
