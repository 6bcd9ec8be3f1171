package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.legacy.LegacyShapes;
import io.github.kargo4j.validation.legacy.MechanismSteps;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import io.github.kargo4j.validation.migrate.YamlText.Scalar;
import io.github.kargo4j.validation.migrate.YamlText.SeqNode;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Rewrites Kargo manifests written in removed shapes into the shapes Kargo v1.11 reads, editing the files in place
 * the way a careful person would: only the text of the old nodes changes; comments, key order, quoting, blank lines
 * and every value that is not migrated stay byte for byte as they were.
 *
 * <p>What it migrates (kargo-api.md §17):
 * <ul>
 *   <li>Stage {@code spec.subscriptions.warehouse: W} to {@code spec.requestedFreight} with
 *       {@code origin: {kind: Warehouse, name: W}} and {@code sources: {direct: true}};</li>
 *   <li>Stage {@code spec.subscriptions.upstreamStages} to one request per origin Warehouse, found by walking
 *       upstream (across all files read) to the Stages that subscribe to a Warehouse, with
 *       {@code sources: {stages: [...]}}; a Stage whose origin cannot be found is left as it is and reported;</li>
 *   <li>Stage {@code spec.promotionMechanisms} to {@code spec.promotionTemplate.spec.steps} (see
 *       {@link MechanismSteps} for the mapping, and for the one deliberate fix it makes);</li>
 *   <li>Project {@code spec} (promotion policies, removed in Kargo v1.7) to a new ProjectConfig named like the
 *       project, in its namespace, written next to the Project's file ({@code projectconfig.yaml}); a policy's
 *       {@code stage: X} becomes {@code stageSelector: {name: X}}; the Project loses its {@code spec};</li>
 *   <li>every other legacy finding ({@code KL...}) whose rule attached a {@link Fix}: its edits are applied as
 *       they are (Warehouse image {@code semverConstraint} to {@code constraint}, git-commit {@code messageFromSteps}
 *       to {@code message}, ...). A resource with a legacy error that has no fix is left as it is and reported.</li>
 * </ul>
 *
 * <pre>{@code
 * MigrationPlan plan = Migrator.create().plan(List.of(Path.of("projects/nginx")));
 * System.out.print(plan.diff());      // review
 * plan.write();                       // then apply, atomically per file
 * }</pre>
 *
 * <p>A resource is migrated completely or not at all. Before a plan is returned, each edited file is read back and
 * compared with what the migration meant to produce, document by document; a mismatch is a bug and fails the plan
 * rather than writing a wrong file. Migrating a migrated file changes nothing.
 */
public final class Migrator {

    private static final String KARGO_API = "kargo.akuity.io/v1alpha1";
    /** The legacy rules migrated by the dedicated migrations of this class rather than by applying their fixes. */
    private static final Set<String> DEDICATED = Set.of("KL001", "KL002", "KL004", "KL006");
    private static final KargoCodec CODEC = KargoCodec.create();

    private Migrator() {
    }

    /** @return a migrator */
    public static Migrator create() {
        return new Migrator();
    }

    /**
     * Reads the files and works out every migration, without writing anything.
     *
     * <p>Directories are searched recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}. For a file named
     * on its own, the other manifest files in its directory are read too, to find the origin Warehouse of upstream
     * Stages and existing ProjectConfigs, but they are not changed.
     *
     * @param paths files and directories
     * @return the plan
     * @throws MigrationException if a path does not exist or a file cannot be read as YAML
     */
    public MigrationPlan plan(List<Path> paths) {
        return plan(paths, ManifestScope.defaults());
    }

    /**
     * Works out every migration as {@link #plan(List)} does, reading in directories only the files {@code scope}
     * includes.
     *
     * @param paths files and directories
     * @param scope which files below the directories to migrate (include and exclude globs)
     * @return the plan
     * @throws MigrationException if a path does not exist or a file cannot be read as YAML
     */
    public MigrationPlan plan(List<Path> paths, ManifestScope scope) {
        Run run = new Run();
        run.scope = java.util.Objects.requireNonNull(scope, "scope");
        run.load(paths);
        run.migrate();
        run.applyFixes();
        return run.finish();
    }

    // ================================================================================================== the run

    /** One file read. */
    static final class Source {
        final Path path;
        final String name;
        final boolean target;
        String text;
        YamlText yaml;
        Fragments fragments;
        boolean json;
        final List<Doc> docs = new ArrayList<>();
        List<Manifest> manifests = List.of();
        final List<Edit> edits = new ArrayList<>();
        final Map<Integer, JsonObject> expected = new HashMap<>();

        Source(Path path, String name, boolean target) {
            this.path = path;
            this.name = name;
            this.target = target;
        }
    }

    /** One Kubernetes object of a file. */
    static final class Doc {
        final Source src;
        final int index;
        final MapNode root;
        final JsonObject tree;
        final String apiVersion;
        final String kind;
        final String name;
        final String namespace;

        Doc(Source src, int index, MapNode root, JsonObject tree) {
            this.src = src;
            this.index = index;
            this.root = root;
            this.tree = tree;
            this.apiVersion = str(tree, "apiVersion");
            this.kind = str(tree, "kind");
            JsonObject meta = obj(tree.getOrNull("metadata"));
            this.name = str(meta, "name");
            this.namespace = str(meta, "namespace");
        }

        boolean is(String k) {
            return KARGO_API.equals(apiVersion) && kind.equals(k);
        }

        String describe() {
            return kind + " \"" + name + "\"";
        }
    }

    /** The fixes applied to one document: its edits, what it was expected to read as before, its changes. */
    private record GenericFixes(List<Edit> edits, JsonObject expectedBefore, List<Change> changes,
                                List<Finding> fixed) {
    }

    /** A new file the run creates. */
    private record NewFile(Path path, String name, String text, JsonObject expected) {
    }

    private final class Run {
        private ManifestScope scope = ManifestScope.defaults();
        private final Map<Path, Source> sources = new LinkedHashMap<>();
        /** The files read, by identity (device and inode where the file system has them, else the real path). */
        private final Set<Object> identities = new HashSet<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<NewFile> newFiles = new ArrayList<>();
        /** The fixes applied to each document by {@link #applyFixes()}, so that they can be taken back. */
        private final Map<Doc, GenericFixes> generics = new LinkedHashMap<>();
        /** The report on the files as read, and the findings whose fixes were applied. */
        private Report before;
        private final List<Finding> fixed = new ArrayList<>();
        private final Set<Path> plannedPaths = new HashSet<>();
        private final Map<String, Origins> origins = new HashMap<>();
        /** The documents of every file read, by metadata.namespace; built once, after loading. */
        private Map<String, List<Doc>> byNamespace;

        // ---------------------------------------------------------------------------------------------- loading

        void load(List<Path> paths) {
            if (paths.isEmpty()) {
                throw new MigrationException("no files or directories to migrate");
            }
            List<Path> context = new ArrayList<>();
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new MigrationException("no such file or directory: " + p);
                }
                if (Files.isDirectory(p)) {
                    ManifestFiles listing = ManifestFiles.list(List.of(p), scope);
                    if (!listing.errors().isEmpty()) {
                        throw new MigrationException("cannot list " + p + ": " + listing.errors().get(0).getMessage());
                    }
                    List<Path> files = listing.files();
                    for (Path f : files) {
                        add(f, f.toString(), true);
                    }
                } else {
                    add(p, p.toString(), true);
                    Path dir = p.toAbsolutePath().getParent();
                    if (dir != null) {
                        try (Stream<Path> list = Files.list(dir)) {
                            list.filter(Files::isRegularFile).filter(f -> isManifestName(f.getFileName().toString()))
                                    .sorted().forEach(f -> context.add(p.resolveSibling(f.getFileName())));
                        } catch (IOException e) {
                            // the directory only gives context; without it, fewer upstream Stages are known
                        }
                    }
                }
            }
            for (Path c : context) {
                add(c, c.toString(), false);
            }
            byNamespace = new HashMap<>();
            for (Source s : sources.values()) {
                for (Doc d : s.docs) {
                    byNamespace.computeIfAbsent(d.namespace, k -> new ArrayList<>()).add(d);
                }
            }
        }

        /** @return the documents of one kind in a namespace, in file order */
        private List<Doc> inNamespace(String namespace, String kind) {
            List<Doc> out = new ArrayList<>();
            for (Doc d : byNamespace.getOrDefault(namespace, List.of())) {
                if (d.is(kind)) {
                    out.add(d);
                }
            }
            return out;
        }

        private void add(Path file, String name, boolean target) {
            Path key = file.toAbsolutePath().normalize();
            if (sources.containsKey(key) || !identities.add(identity(file, key))) {
                return;   // named twice, or through a symbolic or hard link: migrated once
            }
            Source s = new Source(file, name, target);
            try {
                read(s);
            } catch (MigrationException e) {
                if (target) {
                    throw e;
                }
                return;
            }
            sources.put(key, s);
        }

        private static Object identity(Path file, Path key) {
            try {
                Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                return fileKey != null ? fileKey : file.toRealPath();
            } catch (IOException e) {
                return key;
            }
        }

        private void read(Source s) {
            try {
                s.text = Files.readString(s.path, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new MigrationException(s.name + ": not UTF-8 text; convert it to UTF-8 first");
            } catch (IOException e) {
                throw new MigrationException("cannot read " + s.name + ": " + e.getMessage());
            }
            List<Manifest> manifests;
            try {
                manifests = CODEC.read(s.text, s.name);
                s.manifests = manifests;
            } catch (ManifestException e) {
                throw new MigrationException(e.getMessage() + " (fix the file, then migrate again)");
            }
            try {
                s.yaml = YamlText.parse(s.text);
            } catch (YamlEngineException e) {
                throw new MigrationException(s.name + ": not well-formed YAML: " + e.getMessage().lines().findFirst()
                        .orElse(""));
            }
            s.json = s.name.toLowerCase(Locale.ROOT).endsWith(".json");
            s.fragments = new Fragments(s.yaml.style());
            Map<Integer, Node> roots = new HashMap<>();
            for (YamlText.Document d : s.yaml.documents()) {
                roots.put(d.index(), d.root());
            }
            for (Manifest m : manifests) {
                int index = m.location().documentIndex();
                if (roots.get(index) instanceof MapNode root) {
                    s.docs.add(new Doc(s, index, root, m.tree()));
                }
            }
        }

        // ---------------------------------------------------------------------------------------------- migrating

        void migrate() {
            for (Source s : sources.values()) {
                if (!s.target) {
                    continue;
                }
                for (Doc d : s.docs) {
                    if (d.is("Stage")) {
                        stage(d);
                    } else if (d.is("Project")) {
                        project(d);
                    }
                }
            }
        }

        /**
         * Applies the fixes of the legacy findings that the dedicated migrations above do not cover (step configs,
         * subscriptions, ...): every file read is validated together, and the fixes of the findings about the files
         * to migrate become text edits of their documents. A document whose fix cannot be applied in place is left
         * as it is and reported.
         */
        void applyFixes() {
            List<Manifest> all = new ArrayList<>();
            sources.values().forEach(s -> all.addAll(s.manifests));
            Report report = PipelineValidator.create().validateManifests(all);
            before = report;
            Map<String, Source> byName = new HashMap<>();
            sources.values().forEach(s -> byName.put(s.name, s));
            Map<Doc, List<Finding>> byDoc = new LinkedHashMap<>();
            for (Finding f : report.findings()) {
                Source s = f.source().map(byName::get).orElse(null);
                if (!f.code().startsWith("KL") || DEDICATED.contains(f.code()) || s == null || !s.target
                        || f.position().isEmpty()) {
                    continue;
                }
                if (f.fix().isEmpty() && f.severity() != Severity.ERROR) {
                    continue;   // a deprecated shape that still works, whose replacement needs a decision
                }
                Doc doc = null;
                for (Doc d : s.docs) {
                    if (s.yaml.line(d.root.start) <= f.position().get().line()) {
                        doc = d;
                    }
                }
                if (doc != null) {
                    byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
                }
            }
            byDoc.forEach(this::applyFixes);
        }

        private void applyFixes(Doc d, List<Finding> findings) {
            Pending p = new Pending(d);
            p.expected = d.src.expected.getOrDefault(d.index, d.tree);
            p.generic = true;
            List<Fix.Edit> all = new ArrayList<>();
            findings.forEach(f -> f.fix().ifPresent(x -> all.addAll(x.edits())));
            for (Finding f : findings) {
                if (f.fix().isEmpty() && !covered(f.path(), all)) {
                    // a removed shape Kargo fails on, whose replacement needs a decision: the resource is migrated
                    // completely or not at all
                    p.problems.add(new Problem(d.src.name, f.position().map(pos -> pos.line()).orElse(0),
                            d.describe(), f.path() + " (" + f.code() + ") has no automatic replacement: " + f.hint()));
                    p.generic = false;
                }
            }
            if (!p.problems.isEmpty()) {
                p.commit();
                return;
            }
            Set<Fix> applied = new HashSet<>();
            for (Finding f : findings) {
                if (f.fix().isEmpty()) {
                    continue;
                }
                Fix fix = f.fix().orElseThrow();
                int line = f.position().map(pos -> pos.line()).orElse(d.src.yaml.line(d.root.start));
                if (!applied.add(fix)) {
                    continue;
                }
                try {
                    List<Edit> edits = new ArrayList<>();
                    JsonObject expected = p.expected;
                    for (Fix.Edit e : fix.edits()) {
                        edits.addAll(FixEdits.text(d.src, d.root, e));
                        expected = FixEdits.tree(expected, e);
                    }
                    if (overlaps(edits, p.edits) || overlaps(edits, d.src.edits)) {
                        p.problems.add(new Problem(d.src.name, line, d.describe(), f.path() + " (" + f.code()
                                + "): another migration edits the same text; run the migration again to apply this "
                                + "fix"));
                        continue;
                    }
                    p.edits.addAll(edits);
                    p.expected = expected;
                    p.fixed.add(f);
                    p.pendingChanges.add(new Change(d.src.name, line, d.describe(), f.path() + " (" + f.code() + ")",
                            fix.description(), List.of()));
                } catch (FixEdits.CannotEdit e) {
                    p.problems.add(new Problem(d.src.name, line, d.describe(), f.path() + " (" + f.code() + "): "
                            + e.getMessage() + ": migrate it by hand"));
                }
            }
            p.commit();
        }

        /** @return whether an edit that replaces or removes a node holding the path is among the edits */
        private static boolean covered(JsonPath path, List<Fix.Edit> edits) {
            for (Fix.Edit e : edits) {
                boolean replaces = e instanceof Fix.Remove || e instanceof Fix.Replace || e instanceof Fix.ReplacePair;
                if (replaces && path.toString().startsWith(e.path().toString())
                        && (path.toString().length() == e.path().toString().length()
                        || ".[".indexOf(path.toString().charAt(e.path().toString().length())) >= 0)) {
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

        // ---- Stage

        private void stage(Doc d) {
            JsonObject spec = obj(d.tree.getOrNull("spec"));
            boolean subs = spec.containsKey("subscriptions");
            boolean mechanisms = spec.containsKey("promotionMechanisms");
            if (!subs && !mechanisms) {
                return;
            }
            Pending p = new Pending(d);
            if (!(d.root.get("spec") instanceof MapNode specNode)) {
                p.problem(d.root.start, "its spec comes from a YAML alias or merge key, which cannot be edited in "
                        + "place: migrate it by hand");
                p.commit();
                return;
            }
            if (subs) {
                subscriptions(p, spec, specNode);
            }
            if (mechanisms) {
                mechanisms(p, spec, specNode);
            }
            p.commit();
        }

        private void subscriptions(Pending p, JsonObject spec, MapNode specNode) {
            Doc d = p.doc;
            int i = located(p, specNode, "subscriptions", "spec.subscriptions");
            if (i < 0) {
                return;
            }
            Node keyNode = specNode.keys.get(i);
            Node valueNode = specNode.values.get(i);
            int at = keyNode.start;
            JsonValue value = spec.getOrNull("subscriptions");
            JsonObject subs = value instanceof JsonObject o ? o : JsonObject.EMPTY;
            if (value != null && !(value instanceof JsonObject) && !(value instanceof JsonNull)) {
                p.problem(at, "spec.subscriptions is " + value.describeType() + ", expected a mapping with warehouse "
                        + "or upstreamStages");
                return;
            }
            for (String k : subs.keys()) {
                if (k.equals("repos")) {
                    p.problem(at, "spec.subscriptions.repos (removed in Kargo v0.2) has no automatic replacement: move "
                            + "the repositories into a Warehouse's spec.subscriptions and request its Freight with "
                            + "spec.requestedFreight");
                } else if (!k.equals("warehouse") && !k.equals("upstreamStages")) {
                    p.problem(at, "spec.subscriptions." + k + " is not a field Kargo ever had, so there is nothing "
                            + "to migrate it to");
                }
            }
            MapNode subsNode = valueNode instanceof MapNode m ? m : null;
            IdentityHashMap<JsonValue, String> raw = new IdentityHashMap<>();
            Map<String, Request> requests = new LinkedHashMap<>();
            List<String> from = new ArrayList<>();
            List<String> walks = new ArrayList<>();
            JsonValue w = subs.getOrNull("warehouse");
            if (w != null) {
                if (!(w instanceof JsonString ws) || ws.value().isEmpty()) {
                    p.problem(at, "spec.subscriptions.warehouse must name a Warehouse");
                } else {
                    Request r = requests.computeIfAbsent(ws.value(), Request::new);
                    r.direct = true;
                    r.nameRaw = TextEdits.raw(d.src, subsNode == null ? null : subsNode.get("warehouse"));
                    from.add("spec.subscriptions.warehouse: " + ws.value());
                }
            }
            JsonValue ups = subs.getOrNull("upstreamStages");
            if (ups != null && !(ups instanceof JsonNull)) {
                SeqNode upsNode = subsNode != null && subsNode.get("upstreamStages") instanceof SeqNode q ? q : null;
                List<String> names = new ArrayList<>();
                List<String> unresolved = new ArrayList<>();
                List<JsonValue> items = ups instanceof JsonArray a ? a.items() : List.of();
                if (!(ups instanceof JsonArray)) {
                    p.problem(at, "spec.subscriptions.upstreamStages is " + ups.describeType() + ", expected a list");
                }
                for (int j = 0; j < items.size(); j++) {
                    String n = str(obj(items.get(j)), "name");
                    if (n.isEmpty()) {
                        p.problem(at, "spec.subscriptions.upstreamStages[" + j + "] has no name");
                        continue;
                    }
                    names.add(n);
                    String nameRaw = upsNode != null && j < upsNode.items.size()
                            && upsNode.items.get(j) instanceof MapNode item
                                    ? TextEdits.raw(d.src, item.get("name")) : null;
                    Origins o = origins(d.namespace);
                    Set<String> found = o.of(n);
                    if (found.isEmpty()) {
                        unresolved.add(o.whyNot(n));
                    }
                    for (String wh : found) {
                        Request r = requests.computeIfAbsent(wh, Request::new);
                        r.stages.add(n);
                        r.stageRaw.add(nameRaw);
                        walks.add(o.walk(n, wh));
                    }
                }
                from.add("spec.subscriptions.upstreamStages: " + Fragments.flow(JsonValue.of(names)));
                if (!unresolved.isEmpty()) {
                    boolean missing = unresolved.stream().anyMatch(u -> u.contains("not in the files read"));
                    p.problem(at, "cannot tell which Warehouse the Freight of its upstream Stages comes from ("
                            + String.join("; ", unresolved) + "). " + (missing ? "Migrate the files of the whole "
                            + "project together (pass its directory), or write" : "Write")
                            + " spec.requestedFreight by hand, naming the origin Warehouse of each upstream Stage");
                }
            }
            if (!p.problems.isEmpty()) {
                return;
            }
            JsonArray.Builder built = JsonArray.builder();
            for (Request r : requests.values()) {
                built.add(r.toJson(raw));
            }
            JsonArray newRequests = built.build();
            JsonValue existing = spec.getOrNull("requestedFreight");
            boolean hasExisting = existing instanceof JsonArray ea && !ea.isEmpty();
            String fromText = from.isEmpty() ? "spec.subscriptions (empty)" : String.join(", ", from);
            if (hasExisting) {
                if (covers((JsonArray) existing, requests.values())) {
                    p.remove(specNode, i, true);
                    p.updateSpec(s -> s.without("subscriptions"));
                    p.change(at, fromText, "removed: spec.requestedFreight already requests the same Freight",
                            List.of());
                } else {
                    p.problem(at, "it has both spec.subscriptions and spec.requestedFreight, and they disagree: keep "
                            + "the one you mean and delete the other");
                }
                return;
            }
            if (newRequests.isEmpty()) {
                p.problem(at, "spec.subscriptions names no Warehouse and no upstream Stage, and there is no "
                        + "spec.requestedFreight: nothing says where this Stage's Freight comes from");
                return;
            }
            if (spec.containsKey("requestedFreight")) {
                // an empty requestedFreight: the new one takes the place of subscriptions, the empty one goes
                int ri = located(p, specNode, "requestedFreight", "spec.requestedFreight");
                if (ri < 0) {
                    return;
                }
                p.remove(specNode, ri, true);
            }
            p.replace(specNode, i, "requestedFreight", newRequests, d.src.fragments.withRaw(raw));
            p.updateSpec(s -> replaceKey(s.without("requestedFreight"), "subscriptions", "requestedFreight",
                    newRequests));
            List<String> notes = new ArrayList<>();
            if (!walks.isEmpty()) {
                notes.add("note: origin found by walking upstream: " + String.join("; ", walks));
            }
            p.change(at, fromText, "spec.requestedFreight: " + Fragments.flow(newRequests), notes);
        }

        private void mechanisms(Pending p, JsonObject spec, MapNode specNode) {
            int i = located(p, specNode, "promotionMechanisms", "spec.promotionMechanisms");
            if (i < 0) {
                return;
            }
            int at = specNode.keys.get(i).start;
            JsonValue m = spec.getOrNull("promotionMechanisms");
            MechanismSteps.Result r = MechanismSteps.translate(m == null || m instanceof JsonNull ? JsonObject.EMPTY
                    : m, gitRepos(p.doc));
            for (String problem : r.problems()) {
                p.problem(at, "spec." + problem);
            }
            if (!r.problems().isEmpty()) {
                return;
            }
            JsonArray steps = r.steps();
            String fromText = "spec.promotionMechanisms (" + describeMechanisms(obj(m)) + ")";
            JsonValue template = spec.getOrNull("promotionTemplate");
            if (template != null && !LegacyShapes.isEmptyTemplate(template)) {
                JsonValue existing = obj(obj(template).getOrNull("spec")).getOrNull("steps");
                if (steps.isEmpty() || steps.equals(existing)) {
                    p.remove(specNode, i, true);
                    p.updateSpec(s -> s.without("promotionMechanisms"));
                    p.change(at, fromText, "removed: spec.promotionTemplate already "
                            + (steps.isEmpty() ? "describes the promotion" : "holds the same steps"), List.of());
                } else {
                    p.problem(at, "it has both spec.promotionMechanisms and spec.promotionTemplate, with different "
                            + "steps: keep the one you mean and delete the other");
                }
                return;
            }
            if (steps.isEmpty()) {
                p.remove(specNode, i, true);
                p.updateSpec(s -> s.without("promotionMechanisms"));
                p.change(at, fromText, "removed: it describes no promotion work (the Stage is a control-flow Stage)",
                        List.of());
                return;
            }
            if (template != null) {
                // an empty promotionTemplate: the new one takes the place of promotionMechanisms
                int ti = located(p, specNode, "promotionTemplate", "spec.promotionTemplate");
                if (ti < 0) {
                    return;
                }
                p.remove(specNode, ti, true);
            }
            JsonObject newTemplate = JsonObject.builder().put("spec", JsonObject.builder().put("steps", steps)
                    .build()).build();
            p.replace(specNode, i, "promotionTemplate", newTemplate, p.doc.src.fragments);
            p.updateSpec(s -> replaceKey(s.without("promotionTemplate"), "promotionMechanisms", "promotionTemplate",
                    newTemplate));
            List<String> uses = new ArrayList<>();
            for (JsonValue step : steps.items()) {
                uses.add(str(obj(step), "uses"));
            }
            List<String> notes = new ArrayList<>();
            r.fixes().forEach(f -> notes.add("fix: spec." + f));
            p.change(at, fromText, "spec.promotionTemplate.spec.steps: " + String.join(", ", uses), notes);
        }

        /** @return the Git repositories that the Warehouses the Stage takes Freight from subscribe to */
        private Set<String> gitRepos(Doc stage) {
            Set<String> warehouses = new HashSet<>(Origins.own(stage));
            for (String up : Origins.upstream(stage)) {
                warehouses.addAll(origins(stage.namespace).of(up));
            }
            Set<String> repos = new HashSet<>();
            for (Doc d : inNamespace(stage.namespace, "Warehouse")) {
                if (warehouses.contains(d.name)
                        && obj(d.tree.getOrNull("spec")).getOrNull("subscriptions") instanceof JsonArray subs) {
                    for (JsonValue sub : subs.items()) {
                        String url = str(obj(obj(sub).getOrNull("git")), "repoURL");
                        if (!url.isEmpty()) {
                            repos.add(url);
                        }
                    }
                }
            }
            return repos;
        }

        // ---- Project

        private void project(Doc d) {
            if (!d.tree.containsKey("spec")) {
                return;
            }
            Pending p = new Pending(d);
            int i = located(p, d.root, "spec", "spec");
            if (i < 0) {
                p.commit();
                return;
            }
            Node keyNode = d.root.keys.get(i);
            Node valueNode = d.root.values.get(i);
            int at = keyNode.start;
            JsonValue spec = d.tree.getOrNull("spec");
            if (spec instanceof JsonNull || (spec instanceof JsonObject so && so.isEmpty())) {
                p.remove(d.root, i, true);
                p.expected = p.expected.without("spec");
                p.change(at, "spec (empty)", "removed: Kargo v1.7 removed Project spec", List.of());
                p.commit();
                return;
            }
            if (!(spec instanceof JsonObject specObject)) {
                p.problem(at, "spec is " + spec.describeType() + ", expected a mapping");
                p.commit();
                return;
            }
            if (d.name.isEmpty()) {
                p.problem(at, "the Project has no metadata.name, so its ProjectConfig cannot be named");
                p.commit();
                return;
            }
            // the policies, with stage: X turned into stageSelector: {name: X}, edited in the text as well
            List<Edit> policyEdits = new ArrayList<>();
            List<String> renamed = new ArrayList<>();
            JsonObject newSpec = convertSpec(p, specObject, valueNode, policyEdits, renamed);
            if (!p.problems.isEmpty()) {
                p.commit();
                return;
            }
            int policyCount = specObject.getOrNull("promotionPolicies") instanceof JsonArray a ? a.size() : 0;
            String fromText = "spec" + (policyCount > 0 ? ".promotionPolicies (" + policyCount
                    + (policyCount == 1 ? " policy" : " policies") + ")" : "") + describeOtherKeys(specObject);
            List<String> notes = new ArrayList<>();
            if (!renamed.isEmpty()) {
                notes.add("note: " + String.join(", ", renamed) + " (stage is deprecated since Kargo v1.5)");
            }
            notes.addAll(unmatchedPolicies(d.name, newSpec));
            Optional<Doc> existing = projectConfig(d.name);
            if (existing.isPresent()) {
                Doc c = existing.get();
                JsonValue cs = c.tree.getOrNull("spec");
                if (newSpec.equals(cs)) {
                    p.remove(d.root, i, true);
                    p.expected = p.expected.without("spec");
                    p.change(at, fromText, "removed: ProjectConfig \"" + c.name + "\" (" + c.src.name + ":"
                            + c.src.yaml.line(c.root.start) + ") already holds the same spec", List.of());
                } else {
                    p.problem(at, "ProjectConfig \"" + c.name + "\" already exists (" + c.src.name + ":"
                            + c.src.yaml.line(c.root.start) + ") with a different spec: merge the Project's spec "
                            + "into it by hand, then delete the Project's spec");
                }
                p.commit();
                return;
            }
            String ext = d.src.json ? ".json" : ".yaml";
            Path target = null;
            String targetName = null;
            for (String base : List.of("projectconfig", "projectconfig-" + d.name)) {
                Path candidate = d.src.path.resolveSibling(base + ext);
                if (!Files.exists(candidate) && !plannedPaths.contains(candidate.toAbsolutePath().normalize())) {
                    target = candidate;
                    targetName = candidate.toString();
                    break;
                }
            }
            if (target == null) {
                p.problem(at, "both projectconfig" + ext + " and projectconfig-" + d.name + ext + " already exist next "
                        + "to " + d.src.name + ": move one away, or write the ProjectConfig by hand");
                p.commit();
                return;
            }
            JsonObject expected = JsonObject.builder().put("apiVersion", KARGO_API).put("kind", "ProjectConfig")
                    .put("metadata", JsonObject.builder().put("name", d.name).put("namespace", d.name).build())
                    .put("spec", newSpec).build();
            String text = projectConfigText(d, (Scalar) keyNode, valueNode, policyEdits, expected);
            p.newFile(new NewFile(target, targetName, text, expected));
            p.remove(d.root, i, false);
            p.expected = p.expected.without("spec");
            p.change(at, fromText, "new ProjectConfig \"" + d.name + "\" in namespace " + d.name + ", file "
                    + targetName + "; the Project's spec is removed (Kargo v1.7 removed it)", notes);
            p.commit();
        }

        private JsonObject convertSpec(Pending p, JsonObject spec, Node specNode, List<Edit> edits,
                                       List<String> renamed) {
            JsonObject.Builder out = JsonObject.builder();
            MapNode specMap = specNode instanceof MapNode m ? m : null;
            for (int k = 0; k < spec.size(); k++) {
                String key = spec.keyAt(k);
                JsonValue value = spec.valueAt(k);
                if (!key.equals("promotionPolicies") || !(value instanceof JsonArray policies)) {
                    out.put(key, value);
                    continue;
                }
                SeqNode seq = specMap != null && specMap.get("promotionPolicies") instanceof SeqNode q ? q : null;
                JsonArray.Builder list = JsonArray.builder();
                for (int j = 0; j < policies.size(); j++) {
                    JsonObject policy = obj(policies.get(j));
                    if (!policy.containsKey("stage")) {
                        list.add(policies.get(j));
                        continue;
                    }
                    int at = seq != null && j < seq.items.size() ? seq.items.get(j).start : specNode.start;
                    if (policy.containsKey("stageSelector")) {
                        p.problem(at, "spec.promotionPolicies[" + j + "] sets both stage and stageSelector, which "
                                + "Kargo rejects: keep one");
                        continue;
                    }
                    if (!(policy.getOrNull("stage") instanceof JsonString stage)) {
                        p.problem(at, "spec.promotionPolicies[" + j + "].stage must be a Stage name");
                        continue;
                    }
                    JsonString name = JsonString.of(stage.value());
                    JsonObject selector = JsonObject.builder().put("name", name).build();
                    list.add(replaceKey(policy, "stage", "stageSelector", selector));
                    renamed.add("stage: " + stage.value() + " -> stageSelector: {name: " + stage.value() + "}");
                    if (!(seq != null && j < seq.items.size() && seq.items.get(j) instanceof MapNode item
                            && item.indexOf("stage") >= 0)) {
                        p.problem(at, "spec.promotionPolicies[" + j + "] comes from a YAML alias or merge key, which "
                                + "cannot be edited in place: write the ProjectConfig by hand");
                    } else {
                        int si = item.indexOf("stage");
                        IdentityHashMap<JsonValue, String> raw = new IdentityHashMap<>();
                        String r = TextEdits.raw(p.doc.src, item.values.get(si));
                        if (r != null) {
                            raw.put(name, r);
                        }
                        edits.addAll(TextEdits.pairReplacement(p.doc.src, item, si, "stageSelector", selector,
                                p.doc.src.fragments.withRaw(raw)));
                    }
                }
                out.put(key, list.build());
            }
            return out.build();
        }

        private String projectConfigText(Doc d, Scalar keyNode, Node specNode, List<Edit> policyEdits,
                                         JsonObject expected) {
            Source s = d.src;
            String nl = s.yaml.newline();
            if (s.json) {
                return s.fragments.json(expected, true, 0) + nl;
            }
            YamlText y = s.yaml;
            int indent = s.fragments.style().mapIndent();
            StringBuilder sb = new StringBuilder();
            sb.append("# Moved by kargo4j migrate from the spec of Project \"").append(d.name).append("\" in ")
                    .append(Path.of(s.name).getFileName()).append(" (Kargo v1.7 removed Project spec)").append(nl);
            sb.append("apiVersion: ").append(KARGO_API).append(nl);
            sb.append("kind: ProjectConfig").append(nl);
            sb.append("metadata:").append(nl);
            sb.append(" ".repeat(indent)).append("name: ").append(Fragments.scalar(JsonString.of(d.name))).append(nl);
            sb.append(" ".repeat(indent)).append("namespace: ").append(Fragments.scalar(JsonString.of(d.name)))
                    .append(nl);
            int keyCol = y.column(keyNode.start);
            boolean copyText = specNode instanceof MapNode m && !m.flow && !YamlText.hasYamlReferences(specNode)
                    && y.line(specNode.start) > y.line(keyNode.end);
            if (copyText) {
                int bodyStart = y.nextLineStart(keyNode.end);
                int bodyEnd = y.nextLineStart(TextEdits.contentEnd(s, specNode.end) - 1);
                List<String> keyComments = y.comments(keyNode.end, bodyStart, specNode);
                List<Edit> shifted = new ArrayList<>();
                for (Edit e : policyEdits) {
                    shifted.add(new Edit(e.start() - bodyStart, e.end() - bodyStart, e.text()));
                }
                String body = Edit.apply(s.text.substring(bodyStart, bodyEnd), shifted);
                sb.append("spec:");
                if (!keyComments.isEmpty()) {
                    sb.append("  ").append(keyComments.get(0));
                }
                sb.append(nl);
                for (String line : UnifiedDiff.lines(body)) {
                    int strip = 0;
                    while (strip < keyCol && strip < line.length() && line.charAt(strip) == ' ') {
                        strip++;
                    }
                    sb.append(line.substring(strip));
                }
                if (!body.endsWith("\n")) {
                    sb.append(nl);
                }
            } else {
                for (String c : y.comments(keyNode.start, TextEdits.contentEnd(s, specNode.end), specNode)) {
                    sb.append(c).append(nl);
                }
                sb.append(s.fragments.blockPair("spec", expected.getOrNull("spec"), 0)).append(nl);
            }
            return sb.toString();
        }

        private Optional<Doc> projectConfig(String project) {
            return inNamespace(project, "ProjectConfig").stream().findFirst();
        }

        /** Notes for exact-name policies that select no Stage of the project among the files read. */
        private List<String> unmatchedPolicies(String project, JsonObject spec) {
            Set<String> stages = new TreeSet<>();
            for (Doc d : inNamespace(project, "Stage")) {
                stages.add(d.name);
            }
            List<String> out = new ArrayList<>();
            if (stages.isEmpty()) {
                return out;
            }
            JsonValue policies = spec.getOrNull("promotionPolicies");
            List<JsonValue> items = policies instanceof JsonArray a ? a.items() : List.of();
            for (JsonValue v : items) {
                String name = str(obj(obj(v).getOrNull("stageSelector")), "name");
                if (!name.isEmpty() && !name.contains(":") && !stages.contains(name)) {
                    out.add("note: the policy for Stage \"" + name + "\" selects no Stage of project " + project
                            + " in the files read (" + String.join(", ", stages) + "); kept as written, so its "
                            + "autoPromotionEnabled has no effect until the name is corrected (kargo4j validate "
                            + "reports it as KG007)");
                }
            }
            return out;
        }

        // ---------------------------------------------------------------------------------------------- finishing

        MigrationPlan finish() {
            List<FileChange> files = new ArrayList<>();
            for (NewFile f : newFiles) {
                verifyNew(f);
                files.add(new FileChange(f.path(), f.name(), Optional.empty(), f.text()));
            }
            for (int round = 0; ; round++) {
                List<Manifest> migrated = new ArrayList<>();
                List<FileChange> edited = new ArrayList<>();
                for (Source s : sources.values()) {
                    if (s.edits.isEmpty()) {
                        migrated.addAll(s.manifests);
                        continue;
                    }
                    String after = Edit.apply(s.text, s.edits);
                    verify(s, after);
                    migrated.addAll(CODEC.read(after, s.name));
                    edited.add(new FileChange(s.path, s.name, Optional.of(s.text), after));
                }
                Map<Doc, Finding> wrong = revalidate(migrated);
                if (wrong.isEmpty()) {
                    files.addAll(edited);
                    break;
                }
                if (round > 0 && wrong.keySet().stream().noneMatch(generics::containsKey)) {
                    throw new IllegalStateException("applying the fixes would add " + wrong.values().iterator().next()
                            + "; nothing was written");
                }
                wrong.forEach(this::takeBack);
            }
            changes.sort(Comparator.comparing(Change::file).thenComparingInt(Change::line));
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
            return new MigrationPlan(files, changes, problems);
        }

        /**
         * Validates the migrated files: a finding whose fix was applied must be gone, and a resource a fix edited
         * must have no error it did not have before. Either is a bug in a fix, and fails the plan.
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
            for (Finding f : fixed) {
                fixedKeys.add(key(f));
            }
            for (Finding f : after.findings()) {
                Doc d = docOf(f);
                boolean left = fixedKeys.contains(key(f));
                boolean added = f.severity() == Severity.ERROR && !beforeKeys.contains(key(f)) && d != null
                        && generics.containsKey(d);
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
            for (Source s : sources.values()) {
                if (f.source().isPresent() && s.name.equals(f.source().get())) {
                    for (Doc d : s.docs) {
                        if (d.kind.equals(f.resource().kind()) && d.name.equals(f.resource().name())
                                && d.namespace.equals(f.resource().namespace())) {
                            return d;
                        }
                    }
                }
            }
            return null;
        }

        /** Takes back the fixes applied to a document whose result is wrong, and reports why. */
        private void takeBack(Doc d, Finding why) {
            GenericFixes g = generics.remove(d);
            if (g == null) {
                throw new IllegalStateException("migrating " + d.src.name + " would leave or add " + why
                        + "; nothing was written");
            }
            d.src.edits.removeAll(g.edits());
            if (g.expectedBefore() == null) {
                d.src.expected.remove(d.index);
            } else {
                d.src.expected.put(d.index, g.expectedBefore());
            }
            changes.removeAll(g.changes());
            fixed.removeAll(g.fixed());
            problems.add(new Problem(d.src.name, d.src.yaml.line(d.root.start), d.describe(), "its fixes would "
                    + "leave or cause " + why.code() + " (" + why.message() + "), so they are not applied: migrate "
                    + "it by hand"));
        }

        private static String key(Finding f) {
            return f.code() + "\0" + f.source().orElse("") + "\0" + f.resource() + "\0" + f.path();
        }

        /** Reads the edited text back: every document must be what the migration meant, nothing else may differ. */
        private void verify(Source s, String after) {
            List<Manifest> read;
            try {
                read = CODEC.read(after, s.name);
            } catch (ManifestException e) {
                throw new IllegalStateException("migrating " + s.name + " produced unreadable YAML (" + e.getMessage()
                        + "); nothing was written");
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
        }

        private void verifyNew(NewFile f) {
            List<Manifest> read;
            try {
                read = CODEC.read(f.text(), f.name());
            } catch (ManifestException e) {
                throw new IllegalStateException("the new file " + f.name() + " is unreadable (" + e.getMessage()
                        + "); nothing was written");
            }
            if (read.size() != 1 || !read.get(0).tree().equals(f.expected())) {
                throw new IllegalStateException("the new file " + f.name() + " does not hold the intended "
                        + "ProjectConfig; nothing was written");
            }
        }

        // ---------------------------------------------------------------------------------------------- helpers

        private Origins origins(String namespace) {
            return origins.computeIfAbsent(namespace, ns -> {
                Map<String, Doc> stages = new LinkedHashMap<>();
                for (Doc d : inNamespace(ns, "Stage")) {
                    stages.putIfAbsent(d.name, d);
                }
                return new Origins(stages);
            });
        }

        /** @return the index of the pair in the node tree, or -1 after reporting that it cannot be edited */
        private int located(Pending p, MapNode map, String key, String path) {
            int i = map.indexOf(key);
            if (i < 0) {
                p.problem(map.start, path + " comes from a YAML alias or merge key, which cannot be edited in place: "
                        + "migrate it by hand");
                return -1;
            }
            if (YamlText.hasAnchor(map.values.get(i))) {
                p.problem(map.keys.get(i).start, path + " defines a YAML anchor (&name) that other nodes may refer "
                        + "to, so it cannot be replaced: migrate it by hand");
                return -1;
            }
            return i;
        }

        /** The work on one resource; committed only when nothing is in the way. */
        private final class Pending {
            final Doc doc;
            JsonObject expected;
            final List<Edit> edits = new ArrayList<>();
            final List<Change> pendingChanges = new ArrayList<>();
            final List<Problem> problems = new ArrayList<>();
            final List<NewFile> files = new ArrayList<>();
            final List<Finding> fixed = new ArrayList<>();
            /** Whether these are fixes applied one by one: each fix that works is kept, beside the problems. */
            boolean generic;

            Pending(Doc doc) {
                this.doc = doc;
                this.expected = doc.tree;
            }

            void problem(int index, String message) {
                problems.add(new Problem(doc.src.name, doc.src.yaml.line(index), doc.describe(), message));
            }

            void change(int index, String from, String to, List<String> notes) {
                pendingChanges.add(new Change(doc.src.name, doc.src.yaml.line(index), doc.describe(), from, to,
                        notes));
            }

            void newFile(NewFile f) {
                files.add(f);
            }

            void updateSpec(UnaryOperator<JsonObject> f) {
                expected = expected.with("spec", f.apply(obj(expected.getOrNull("spec"))));
            }

            void update(List<Object> path, UnaryOperator<JsonValue> f) {
                expected = (JsonObject) FixEdits.update(expected, path, 0, f);
            }

            void replace(MapNode map, int i, String newKey, JsonValue value, Fragments fragments) {
                edits.addAll(TextEdits.pairReplacement(doc.src, map, i, newKey, value, fragments));
            }

            void remove(MapNode map, int i, boolean keepComments) {
                edits.addAll(TextEdits.pairRemoval(doc.src, map, i, keepComments));
            }

            void rename(MapNode map, int i, String newKey) {
                edits.addAll(TextEdits.keyRename(doc.src, map, i, newKey));
            }

            void commit() {
                if (!problems.isEmpty()) {
                    Run.this.problems.addAll(problems);
                    if (!generic) {
                        return;
                    }
                }
                if (generic && !edits.isEmpty()) {
                    generics.put(doc, new GenericFixes(List.copyOf(edits), doc.src.expected.get(doc.index),
                            List.copyOf(pendingChanges), List.copyOf(fixed)));
                }
                doc.src.edits.addAll(edits);
                if (expected != doc.tree) {
                    doc.src.expected.put(doc.index, expected);
                }
                changes.addAll(pendingChanges);
                Run.this.fixed.addAll(fixed);
                for (NewFile f : files) {
                    newFiles.add(f);
                    plannedPaths.add(f.path().toAbsolutePath().normalize());
                }
            }
        }
    }

    // ============================================================================================ JSON helpers

    static JsonObject obj(JsonValue v) {
        return v instanceof JsonObject o ? o : JsonObject.EMPTY;
    }

    static String str(JsonObject o, String key) {
        return o.getOrNull(key) instanceof JsonString s ? s.value() : "";
    }

    /** @return the object with the pair {@code oldKey} replaced, in place, by {@code newKey: value} */
    static JsonObject replaceKey(JsonObject o, String oldKey, String newKey, JsonValue value) {
        JsonObject.Builder b = JsonObject.builder();
        for (int i = 0; i < o.size(); i++) {
            if (o.keyAt(i).equals(oldKey)) {
                b.put(newKey, value);
            } else {
                b.put(o.keyAt(i), o.valueAt(i));
            }
        }
        return b.build();
    }

    private static boolean covers(JsonArray existing, Iterable<Request> wanted) {
        for (Request r : wanted) {
            boolean found = false;
            for (JsonValue v : existing.items()) {
                JsonObject req = obj(v);
                JsonObject origin = obj(req.getOrNull("origin"));
                String kind = str(origin, "kind");
                if (!str(origin, "name").equals(r.warehouse) || !(kind.isEmpty() || kind.equals("Warehouse"))) {
                    continue;
                }
                JsonObject sources = obj(req.getOrNull("sources"));
                boolean direct = sources.getOrNull("direct") instanceof JsonBoolean b && b.value();
                Set<String> stages = new HashSet<>();
                if (sources.getOrNull("stages") instanceof JsonArray a) {
                    a.items().forEach(s -> s.asText().ifPresent(stages::add));
                }
                if ((!r.direct || direct) && stages.containsAll(r.stages)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String describeMechanisms(JsonObject m) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("gitRepoUpdates", "argoCDAppUpdates")) {
            if (m.getOrNull(key) instanceof JsonArray a && !a.isEmpty()) {
                parts.add(key + ": " + a.size());
            }
        }
        return parts.isEmpty() ? "no updates" : String.join(", ", parts);
    }

    private static String describeOtherKeys(JsonObject spec) {
        List<String> other = new ArrayList<>();
        for (String k : spec.keys()) {
            if (!k.equals("promotionPolicies")) {
                other.add(k);
            }
        }
        return other.isEmpty() ? "" : (spec.containsKey("promotionPolicies") ? " and " : ".") + String.join(", ",
                other);
    }

    private static boolean isManifestName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

}
