package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.json.JsonPath;

import java.io.StringReader;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * Validates a set of Kargo resources offline: field constraints, admission rules, the freight graph, legacy shapes,
 * unknown fields and expressions.
 *
 * <pre>{@code
 * Report report = PipelineValidator.builder().complete(true).build().validate(Path.of("kargo/"));
 * if (!report.isValid()) System.err.println(report);
 * }</pre>
 *
 * <p>Findings can be accepted: a {@code # kargo4j:ignore CODE reason} comment in a manifest file accepts the findings
 * of that code about the resource of its document, and {@link Builder#suppress(String...)} accepts a code everywhere
 * or in matching files. Accepted findings stay in the report, in {@link Report#suppressed()}, and count for nothing;
 * a comment, or a {@code suppress} spec, that accepts nothing is reported ({@code KR004}). Reading paths that hold
 * no Kubernetes resource at all is an error ({@code KR005}) unless {@link Builder#allowEmpty(boolean)}. See
 * {@code docs/scoping.md}.
 *
 * <p>Reading and checking run on {@link Builder#threads(int)} threads: files are read in parallel, the checks run
 * side by side, and the checks of single resources and projects split their work with
 * {@link ValidationContext#inParallel}; the findings are gathered in input and check order, and the report sorts them
 * by a total order, so that it is the same, byte for byte, whatever the number of threads.
 *
 * <p>Immutable and thread-safe. A check that throws is a bug; the validator reports it as finding {@code KR002}
 * instead of failing, so one broken rule never hides the others.
 */
public final class PipelineValidator {

    private final boolean complete;
    private final boolean allowEmpty;
    private final List<String> suppressed;
    private final List<ExternalSuppression> suppressions;
    private final String suppressOption;
    private final List<Check> checks;
    private final KargoCodec codec;
    private final ManifestScope scope;
    private final ReadProgress progress;
    private final int threads;
    private final Preparation preparation;

    private PipelineValidator(Builder b) {
        this.complete = b.complete;
        this.allowEmpty = b.allowEmpty;
        this.suppressed = List.copyOf(b.suppressed);
        List<ExternalSuppression> parsed = new ArrayList<>(suppressed.size());
        for (String spec : suppressed) {
            parsed.add(ExternalSuppression.parse(spec));
        }
        this.suppressions = Collections.unmodifiableList(parsed);
        this.suppressOption = b.suppressOption;
        this.checks = List.copyOf(b.checks);
        this.codec = b.codec;
        this.scope = b.scope;
        this.progress = b.progress;
        this.threads = b.threads;
        this.preparation = new Preparation(checks);
    }

    /** @return a validator with every built-in check, for a set that may be partial */
    public static PipelineValidator create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a new builder with this validator's settings (completeness, suppressed codes, checks, codec, progress
     *     listener); changing it leaves this validator unchanged
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.complete = complete;
        b.allowEmpty = allowEmpty;
        b.suppressed.addAll(suppressed);
        b.suppressOption = suppressOption;
        b.scope = scope;
        b.checks.clear();
        b.checks.addAll(checks);
        b.codec = codec;
        b.progress = progress;
        b.threads = threads;
        return b;
    }

    /**
     * Starts readying the checks ({@link Check#prepare()}: rule tables, step shapes, the expression languages) on a
     * daemon thread of its own, so that the work that does not depend on the resources overlaps the caller's reading
     * of files; the next validation waits for it to finish. {@link #validate(Collection)} and
     * {@link #validateText(String, String)} start it themselves before they read. Does nothing when it was started
     * before, or when this validator runs on one thread ({@link Builder#threads(int)}): the first validation then
     * readies the checks on its own thread. The report is the same either way.
     *
     * <pre>{@code
     * PipelineValidator validator = PipelineValidator.create().prepareInBackground();
     * ReadResult read = myReader.readEverything();   // the checks are readied meanwhile
     * Report report = validator.validate(read);
     * }</pre>
     *
     * @return this validator
     */
    public PipelineValidator prepareInBackground() {
        if (threads > 1) {
            preparation.startInBackground();
        }
        return this;
    }

    /** @return every rule the built-in checks can report, by code */
    public static Map<String, Rule> rules() {
        Map<String, Rule> out = new LinkedHashMap<>();
        out.put(ReadRules.UNREADABLE.code(), ReadRules.UNREADABLE);
        out.put(ReadRules.CHECK_FAILED.code(), ReadRules.CHECK_FAILED);
        out.put(ReadRules.SCHEMA_MISMATCH.code(), ReadRules.SCHEMA_MISMATCH);
        out.put(ReadRules.UNUSED_SUPPRESSION.code(), ReadRules.UNUSED_SUPPRESSION);
        out.put(ReadRules.NOTHING_FOUND.code(), ReadRules.NOTHING_FOUND);
        for (Check c : BuiltInChecks.all()) {
            for (Rule r : c.rules()) {
                Rule previous = out.put(r.code(), r);
                if (previous != null && !previous.equals(r)) {
                    throw new IllegalStateException("two rules with code " + r.code());
                }
            }
        }
        return out;
    }

    /**
     * Reads files and directories and validates everything in them, as {@link #validate(Collection)} does.
     *
     * @param paths files and directories
     * @return the report
     */
    public Report validate(Path... paths) {
        return validate(List.of(paths));
    }

    /**
     * Reads files and directories with the builder's codec and validates everything in them; unreadable files
     * become {@code KR001} findings. A directory is searched recursively for {@code *.yaml}, {@code *.yml} and
     * {@code *.json} within the builder's {@link ManifestScope}, as
     * {@link KargoCodec#readAll(Collection, ManifestScope, ReadProgress)} does, and the progress listener, if one is
     * set, hears of each file read. What is not a Kubernetes manifest is left out and listed in
     * {@link Report#skipped()}; no resource at all is an error ({@code KR005}) unless
     * {@link Builder#allowEmpty(boolean)}.
     *
     * @param paths files and directories
     * @return the report
     */
    public Report validate(Collection<Path> paths) {
        prepareInBackground();
        return validate(codec.readAll(paths, scope, progress, threads), paths.size() == 1
                ? Optional.of(paths.iterator().next().toString()) : Optional.empty());
    }

    /**
     * @param read what a {@link KargoCodec} read
     * @return the report, including a {@code KR001} finding per read error, and {@code KR005} when nothing at all
     *     was read (no resource and no error) unless empty input is allowed
     */
    public Report validate(ReadResult read) {
        return validate(read, Optional.empty());
    }

    /**
     * Reads YAML (or JSON) text with the builder's codec, as a file is read, and validates it: a document that cannot
     * be read is a {@code KR001} finding and the others are validated; {@code # kargo4j:ignore CODE reason} comments
     * in the text accept findings as they do in a file (and a comment that accepts nothing is {@code KR004}). Text
     * that holds no Kubernetes resource is {@code KR005} unless {@link Builder#allowEmpty(boolean)}. For text read from
     * standard input or a URL, so that it need not be written to a file first.
     *
     * <pre>{@code
     * Report r = PipelineValidator.create().validateText(new String(System.in.readAllBytes(), UTF_8), "<stdin>");
     * }</pre>
     *
     * @param text       one or more YAML documents (the text itself, not a file name)
     * @param sourceName the name findings give as their file, such as {@code <stdin>}
     * @return the report
     */
    public Report validateText(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        prepareInBackground();
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>();
        codec.read(new StringReader(text), sourceName, manifests::add, errors::add);
        return validate(new ReadResult(manifests, errors), Optional.of(sourceName), Map.of(sourceName, text));
    }

    /** @param input the one path read, to name in {@code KR005} */
    private Report validate(ReadResult read, Optional<String> input) {
        return validate(read, input, Map.of());
    }

    /**
     * @param input the one path read, to name in {@code KR005}
     * @param texts the text of each source that was read from text, not from a file, by source name
     */
    private Report validate(ReadResult read, Optional<String> input, Map<String, String> texts) {
        List<Entry> entries = new ArrayList<>();
        for (Manifest m : read.manifests()) {
            entries.add(Entry.of(m));
        }
        Finding nothing = null;
        if (entries.isEmpty() && read.errors().isEmpty() && !allowEmpty) {
            nothing = new Finding(ReadRules.NOTHING_FOUND.code(), ReadRules.NOTHING_FOUND.severity(),
                    new ResourceRef("Input", "", input.orElse("(the paths given)")), JsonPath.ROOT, input,
                    Optional.empty(),
                    "no Kubernetes resources found" + (read.skipped().isEmpty() ? ""
                            : " (" + read.skipped().size() + " " + (read.skipped().size() == 1 ? "input" : "inputs")
                            + " skipped as not Kubernetes manifests)"),
                    texts.isEmpty()
                            ? "check the working directory and the paths (and --include/--exclude); if no manifests"
                            + " is expected, allow it (--allow-empty, allowEmpty)"
                            : "give text that holds Kubernetes manifests (apiVersion, kind, metadata); if none is"
                            + " expected, allow it (--allow-empty, allowEmpty)");
        }
        return run(entries, read.errors(), read.skipped(), nothing, texts);
    }

    /**
     * @param manifests manifests read from files
     * @return the report
     */
    public Report validateManifests(Collection<Manifest> manifests) {
        List<Entry> entries = new ArrayList<>();
        for (Manifest m : manifests) {
            entries.add(Entry.of(m));
        }
        return run(entries, List.of(), List.of(), null, Map.of());
    }

    /**
     * @param resources resources built in code (findings carry no file positions)
     * @return the report
     */
    public Report validateResources(Collection<? extends KargoResource> resources) {
        List<Entry> entries = new ArrayList<>();
        for (KargoResource r : resources) {
            entries.add(Entry.of(r));
        }
        return run(entries, List.of(), List.of(), null, Map.of());
    }

    private Report run(List<Entry> given, List<ManifestException> readErrors, List<SkippedInput> skipped,
                       Finding nothing, Map<String, String> texts) {
        List<Entry> entries = new ArrayList<>(given.size());
        for (Entry e : given) {
            entries.add(readable(e));
        }
        preparation.await();
        try (Workers workers = Workers.of(threads)) {
            return run(entries, readErrors, skipped, nothing, texts, workers);
        }
    }

    private Report run(List<Entry> entries, List<ManifestException> readErrors, List<SkippedInput> skipped,
                       Finding nothing, Map<String, String> texts, Workers workers) {
        ValidationContext ctx = new ValidationContext(entries, complete, workers);
        if (nothing != null) {
            ctx.report(nothing);
        }
        for (ManifestException e : readErrors) {
            ctx.report(new Finding(ReadRules.UNREADABLE.code(), ReadRules.UNREADABLE.severity(),
                    new ResourceRef("File", "", e.source()), e.path().orElse(JsonPath.ROOT),
                    Optional.ofNullable(e.source()), e.position(), withPath(e), readHint(e.category())));
        }
        for (Entry e : entries) {
            if (e.manifest().isEmpty()) {
                continue;
            }
            for (ManifestException p : e.manifest().get().problems()) {
                ctx.report(new Finding(ReadRules.SCHEMA_MISMATCH.code(), ReadRules.SCHEMA_MISMATCH.severity(),
                        ResourceRef.of(e.resource()), p.path().orElse(JsonPath.ROOT),
                        Optional.ofNullable(p.source()), p.position(), withPath(p),
                        "write the value the field expects; kargo4j keeps the value as written and checks the "
                                + "rest of the resource without it"));
            }
        }
        // the checks side by side, each reporting to a context of its own; their findings joined in check order
        for (List<Finding> found : workers.map(checks, new RunCheck(ctx))) {
            for (Finding f : found) {
                ctx.report(f);
            }
        }
        Set<String> keptAsWritten = keptAsWritten(entries);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : ctx.findings()) {
            if (keptAsWritten.isEmpty() || f.code().equals(ReadRules.SCHEMA_MISMATCH.code())
                    || !keptAsWritten.contains(f.resource() + "\u0000" + f.path())) {
                kept.add(f);
            }
        }
        kept = suppressInSource(entries, kept, texts, workers);
        if (!suppressions.isEmpty()) {
            boolean[] used = new boolean[suppressions.size()];
            suppressExternally(kept, used);
            if (!entries.isEmpty()) {
                List<Finding> unused = new ArrayList<>();
                List<Integer> owners = new ArrayList<>();
                for (int j = 0; j < used.length; j++) {
                    if (!used[j]) {
                        unused.add(unusedOption(suppressions.get(j)));
                        owners.add(j);
                    }
                }
                // an option may accept KR004 itself; it is then used, and not stale
                suppressExternally(unused, used);
                for (int k = 0; k < unused.size(); k++) {
                    if (!used[owners.get(k)]) {
                        kept.add(unused.get(k));
                    }
                }
            }
        }
        return new Report(kept, entries.size(), skipped);
    }

    /**
     * Marks the findings the suppression options accept (the first option that matches gives the justification) and
     * records, in {@code used}, every option that matches some finding, suppressed already or not.
     */
    private void suppressExternally(List<Finding> findings, boolean[] used) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Finding marked = f;
            for (int j = 0; j < suppressions.size(); j++) {
                ExternalSuppression x = suppressions.get(j);
                if (x.matches(f)) {
                    used[j] = true;
                    if (!marked.isSuppressed()) {
                        marked = f.withSuppression(new Suppression(Suppression.Kind.EXTERNAL,
                                suppressOption + " " + x.spec()));
                    }
                }
            }
            findings.set(i, marked);
        }
    }

    /** @return the {@code KR004} finding of an option that accepted no finding */
    private Finding unusedOption(ExternalSuppression x) {
        String option = suppressOption + " " + x.spec();
        String what = "no " + x.code() + " finding" + (x.glob() == null ? ""
                : " in a file matching " + x.spec().substring(x.spec().indexOf(':') + 1).strip());
        return new Finding(ReadRules.UNUSED_SUPPRESSION.code(), ReadRules.UNUSED_SUPPRESSION.severity(),
                new ResourceRef("Option", "", option), JsonPath.ROOT, Optional.empty(), Optional.empty(),
                option + " suppresses nothing: " + what,
                "remove " + option + " (or correct its code or path glob): the finding it accepted is gone");
    }

    /**
     * Runs one check in a child context of its own; a check that fails becomes a finding. A named class, not a
     * lambda: no call site to link at start-up.
     */
    private static final class RunCheck implements Function<Check, List<Finding>> {
        private final ValidationContext ctx;

        RunCheck(ValidationContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public List<Finding> apply(Check c) {
            ValidationContext own = ctx.child();
            try {
                c.run(own);
            } catch (RuntimeException | StackOverflowError e) {
                String name = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName()
                        : c.getClass().getSimpleName();
                own.report(new Finding(ReadRules.CHECK_FAILED.code(), ReadRules.CHECK_FAILED.severity(),
                        new ResourceRef("Check", "", name), JsonPath.ROOT, Optional.empty(),
                        Optional.empty(), name + " failed: " + e.getClass().getSimpleName(),
                        "report this to the kargo4j maintainers with the manifests that triggered it"));
            }
            return own.findings();
        }
    }

    /** Finds the suppression comments of one file, or of one text read (a named class: no call site to link). */
    private static final class FindComments
            implements Function<Map.Entry<String, Optional<Path>>, List<SuppressionComments.Directive>> {
        private final Map<String, String> texts;
        private final long maxFileChars;

        FindComments(Map<String, String> texts, long maxFileChars) {
            this.texts = texts;
            this.maxFileChars = maxFileChars;
        }

        @Override
        public List<SuppressionComments.Directive> apply(Map.Entry<String, Optional<Path>> file) {
            if (file.getValue().isEmpty()) {
                return SuppressionComments.of(texts.get(file.getKey()), maxFileChars);
            }
            Path path = file.getValue().get();
            String name = path.getFileName() == null ? ""
                    : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".json") ? List.of() : SuppressionComments.of(path, maxFileChars);
        }
    }

    /**
     * Applies the {@code # kargo4j:ignore CODE reason} comments of the files (and texts) read: each suppresses the
     * findings of its codes about the resource of the document it stands in. A comment, or a code in it, that
     * suppresses nothing is itself a finding ({@code KR004}), so that stale suppressions do not pile up.
     *
     * @param texts the text of each source read from text, by source name (its manifests have no file)
     */
    private List<Finding> suppressInSource(List<Entry> entries, List<Finding> findings, Map<String, String> texts,
                                           Workers workers) {
        // each file searched once
        Map<String, Optional<Path>> files = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.manifest().isEmpty()) {
                continue;
            }
            Manifest m = e.manifest().get();
            String source = m.location().source();
            Optional<Path> file = m.location().file();
            if (file.isEmpty() && !texts.containsKey(source)) {
                continue;   // a manifest parsed elsewhere: its text is not known here
            }
            files.putIfAbsent(source, file);
        }
        Set<String> known = new HashSet<>();
        List<Finding> out = new ArrayList<>(findings);
        List<Finding> unused = new ArrayList<>();
        // the findings by code and resource, built on the first comment: each directive looks up its own
        Map<String, List<Integer>> byCodeAndResource = new HashMap<>();
        // each file (or text) searched for comments on the validation's threads, the results in file order
        List<Map.Entry<String, Optional<Path>>> fileList = List.copyOf(files.entrySet());
        List<List<SuppressionComments.Directive>> found = workers.map(fileList,
                new FindComments(texts, codec.limits().maxFileChars()));
        // the resource of each document, by file and document index: only of the files that hold comments
        Map<String, Map<Integer, ResourceRef>> documents = new HashMap<>();
        for (int n = 0; n < fileList.size(); n++) {
            if (!found.get(n).isEmpty()) {
                documents.put(fileList.get(n).getKey(), new HashMap<>());
            }
        }
        if (!documents.isEmpty()) {
            for (Entry e : entries) {
                if (e.manifest().isEmpty()) {
                    continue;
                }
                Manifest m = e.manifest().get();
                Map<Integer, ResourceRef> ofFile = documents.get(m.location().source());
                if (ofFile != null) {
                    ofFile.put(m.location().documentIndex(), ResourceRef.of(e.resource()));
                }
            }
        }
        for (int n = 0; n < fileList.size(); n++) {
            Map.Entry<String, Optional<Path>> file = fileList.get(n);
            List<SuppressionComments.Directive> directives = found.get(n);
            if (directives.isEmpty()) {
                continue;
            }
            if (known.isEmpty()) {
                known.addAll(rules().keySet());
                for (Check c : checks) {
                    for (Rule rule : c.rules()) {
                        known.add(rule.code());
                    }
                }
                for (int i = 0; i < out.size(); i++) {
                    Finding f = out.get(i);
                    String key = f.code() + "\u0000" + f.resource();
                    List<Integer> ofKey = byCodeAndResource.get(key);
                    if (ofKey == null) {
                        ofKey = new ArrayList<>();
                        byCodeAndResource.put(key, ofKey);
                    }
                    ofKey.add(i);
                }
            }
            String source = file.getKey();
            for (SuppressionComments.Directive d : directives) {
                ResourceRef resource = documents.get(source).get(d.documentIndex());
                if (d.codes().isEmpty()) {
                    unused.add(unusedSuppression(source, d, resource, "kargo4j:ignore names no rule code",
                            "write the code of the finding to accept and the reason: # kargo4j:ignore KG003 why"));
                    continue;
                }
                for (String code : d.codes()) {
                    if (!known.contains(code)) {
                        unused.add(unusedSuppression(source, d, resource, "kargo4j:ignore " + code
                                + ": no rule has this code", "correct the code (kargo4j explain lists the rules) or"
                                + " remove the comment"));
                        continue;
                    }
                    boolean used = false;
                    List<Integer> candidates = resource == null ? List.of()
                            : byCodeAndResource.getOrDefault(code + "\u0000" + resource, List.of());
                    for (int i : candidates) {
                        Finding f = out.get(i);
                        if (f.source().isEmpty() || f.source().get().equals(source)) {
                            used = true;
                            if (!f.isSuppressed()) {
                                out.set(i, f.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE,
                                        d.justification())));
                            }
                        }
                    }
                    if (!used) {
                        unused.add(unusedSuppression(source, d, resource, "kargo4j:ignore " + code
                                + " suppresses nothing: " + (resource == null ? "the comment stands in no resource"
                                : "no " + code + " finding about " + resource), "remove the comment (or the code"
                                + " from it): the finding it accepted is gone"));
                    }
                }
            }
        }
        out.addAll(unused);
        return out;
    }

    private static Finding unusedSuppression(String source, SuppressionComments.Directive d, ResourceRef resource,
                                             String message, String hint) {
        return new Finding(ReadRules.UNUSED_SUPPRESSION.code(), ReadRules.UNUSED_SUPPRESSION.severity(),
                resource == null ? new ResourceRef("File", "", source) : resource, JsonPath.ROOT,
                Optional.of(source), Optional.of(d.position()), message, hint);
    }

    /** A {@code CODE} or {@code CODE:PATH-GLOB} given to {@link Builder#suppress(String...)}. */
    private record ExternalSuppression(String spec, String code, PathMatcher glob) {

        static ExternalSuppression parse(String spec) {
            String s = spec.strip();
            int colon = s.indexOf(':');
            String code = (colon < 0 ? s : s.substring(0, colon)).strip().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("K[A-Z][0-9]{3}")) {
                throw new IllegalArgumentException("invalid suppression " + spec + ": expected CODE or "
                        + "CODE:PATH-GLOB, such as KG003 or KG003:dev/**");
            }
            PathMatcher glob = null;
            if (colon >= 0) {
                String g = s.substring(colon + 1).strip().replace('\\', '/');
                if (g.isEmpty()) {
                    throw new IllegalArgumentException("invalid suppression " + spec + ": empty path glob");
                }
                try {
                    glob = FileSystems.getDefault().getPathMatcher("glob:" + g);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("invalid suppression " + spec + ": " + e.getDescription(),
                            e);
                }
            }
            return new ExternalSuppression(s, code, glob);
        }

        /** The glob matches the finding's file path or any tail of it ({@code dev/*.yaml}, {@code stage.yaml}). */
        boolean matches(Finding f) {
            if (!f.code().equals(code)) {
                return false;
            }
            if (glob == null) {
                return true;
            }
            if (f.source().isEmpty()) {
                return false;
            }
            Path p;
            try {
                p = Path.of(f.source().get().replace('\\', '/')).normalize();
            } catch (InvalidPathException e) {
                return false;
            }
            for (int i = 0; i < p.getNameCount(); i++) {
                if (glob.matches(p.subpath(i, p.getNameCount()))) {
                    return true;
                }
            }
            return glob.matches(p);
        }
    }

    /**
     * The places whose value does not fit the model and was kept as written (each named by a KR003), so that the
     * typed view there (absent or empty) is not what the user wrote: a check of the typed view at such a place
     * ("spec.requestedFreight is empty" when one of its entries lacks its sources) would report what the user did
     * not write. A place is the problem's path and, for a list item, the list that holds it.
     *
     * @return resource and path, joined by NUL
     */
    private static Set<String> keptAsWritten(List<Entry> entries) {
        Set<String> out = new HashSet<>();
        for (Entry e : entries) {
            if (e.manifest().isEmpty()) {
                continue;
            }
            for (ManifestException p : e.manifest().get().problems()) {
                String prefix = ResourceRef.of(e.resource()) + "\u0000";
                JsonPath path = p.path().orElse(JsonPath.ROOT);
                out.add(prefix + path);
                while (!path.isRoot() && path.lastKey().isEmpty()) {
                    path = path.parent().orElse(JsonPath.ROOT);
                    out.add(prefix + path);
                }
            }
        }
        return out;
    }

    /** @return the problem, after the JSON path in the document when there is one (the text report shows both) */
    private static String withPath(ManifestException e) {
        Optional<JsonPath> path = e.path();
        return path.isPresent() && !path.get().isRoot() ? path.get() + ": " + e.problem() : e.problem();
    }

    /** @return what to do about a file or document that cannot be read, by the kind of problem */
    static String readHint(ManifestException.Category category) {
        return switch (category) {
            case TEMPLATE -> "render the template first (for example with `helm template`) and validate the output,"
                    + " or leave the template out of the paths";
            case DUPLICATE_KEY -> "remove one of the two keys: YAML readers keep only one of them";
            case NOT_AN_OBJECT -> "give the document apiVersion, kind and metadata, or leave files that are not"
                    + " Kubernetes manifests (values files, Chart.yaml) out of the paths";
            case LIMIT -> "the input is larger than kargo4j reads (ReadLimits); split the file, or raise the limits if"
                    + " it is legitimate";
            case IO -> "check that the path exists and that it can be read";
            case ENCODING -> "save the file as UTF-8 text (or UTF-16 with a byte order mark), or leave files that are"
                    + " not text out of the paths";
            case SYNTAX -> "fix the syntax at this line: indentation (spaces, not tabs), an unclosed quote or bracket,"
                    + " a missing space after a colon";
            case UNSUPPORTED_VALUE, SCHEMA_MISMATCH, UNEXPECTED_DOCUMENT, OTHER ->
                    "fix the file so that it is valid YAML (or JSON) holding Kubernetes objects";
        };
    }

    /**
     * A resource of a kind the model does not type whose {@code metadata} is {@code null} cannot tell its name; it is
     * validated without metadata, so that no check trips over it.
     */
    private static Entry readable(Entry e) {
        if (e.resource() instanceof GenericResource g) {
            try {
                g.metadata();
            } catch (RuntimeException unreadableMetadata) {
                return new Entry(GenericResource.of(g.content().without("metadata")), e.manifest());
            }
        }
        return e;
    }

    /** Configures a {@link PipelineValidator}. */
    public static final class Builder {
        private boolean complete;
        private boolean allowEmpty;
        private final List<String> suppressed = new ArrayList<>();
        private String suppressOption = "suppress";
        private ManifestScope scope = ManifestScope.defaults();
        private final List<Check> checks = new ArrayList<>(BuiltInChecks.all());
        private KargoCodec codec = KargoCodec.create();
        private ReadProgress progress = ReadProgress.NONE;
        private int threads = defaultThreads();

        private Builder() {
        }

        /** @return the processors the JVM may use: the default number of threads */
        public static int defaultThreads() {
            return Runtime.getRuntime().availableProcessors();
        }

        /**
         * @param threads how many threads read files and run checks, the calling one included; by default
         *                {@link #defaultThreads()}. The report is the same whatever the number: 1 runs everything
         *                on the calling thread
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param complete whether the set holds every resource of its projects, so that a reference to something
         *                 missing is an error rather than a warning
         * @return this builder
         */
        public Builder complete(boolean complete) {
            this.complete = complete;
            return this;
        }

        /**
         * Suppresses findings: they stay in the report, in {@link Report#suppressed()} (shown as suppressed in JSON
         * and SARIF), and no longer count.
         *
         * @param specs each a rule code ({@code KG003}: everywhere) or a code and a path glob
         *              ({@code KG003:dev/**}): only in files whose path, or any tail of it, matches the glob
         *              ({@code PathMatcher} glob syntax)
         * @return this builder
         * @throws IllegalArgumentException if a spec is not a code, or its glob is not valid
         */
        public Builder suppress(String... specs) {
            return suppress(List.of(specs));
        }

        /**
         * @param specs as {@link #suppress(String...)} takes them
         * @return this builder
         * @throws IllegalArgumentException if a spec is not a code, or its glob is not valid
         */
        public Builder suppress(Collection<String> specs) {
            for (String spec : specs) {
                ExternalSuppression.parse(spec);   // fails on a bad spec now, not when validating
            }
            suppressed.addAll(specs);
            return this;
        }

        /**
         * Names the option the {@link #suppress(String...)} specs come from, as reports show it: in the
         * justification of each finding it accepts ({@code "--suppress KG003"}), and in the {@code KR004} finding of
         * a spec that accepts no finding ({@code "--suppress KG005 suppresses nothing: no KG005 finding"}).
         *
         * @param name the option, such as {@code --suppress} (the command line) or {@code suppress} (the Maven
         *             plugin, and the default)
         * @return this builder
         */
        public Builder suppressOption(String name) {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("the option name is blank");
            }
            this.suppressOption = name.strip();
            return this;
        }

        /**
         * @param allowEmpty whether paths that hold no Kubernetes resource at all are fine; by default they are an
         *                   error ({@code KR005}): a wrong working directory must not pass as a clean pipeline
         * @return this builder
         */
        public Builder allowEmpty(boolean allowEmpty) {
            this.allowEmpty = allowEmpty;
            return this;
        }

        /**
         * @param scope which files below the directories {@link PipelineValidator#validate(Collection)} reads
         *              (include and exclude globs); {@link ManifestScope#defaults()} by default
         * @return this builder
         */
        public Builder scope(ManifestScope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * @param check an additional check (your own rules)
         * @return this builder
         */
        public Builder addCheck(Check check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * @param codec the codec used by {@link PipelineValidator#validate(Collection)}
         * @return this builder
         */
        public Builder codec(KargoCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * @param progress called once after each file that {@link PipelineValidator#validate(Collection)} reads,
         *                 with files done, files total and documents so far; none by default
         * @return this builder
         */
        public Builder progress(ReadProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** @return the validator */
        public PipelineValidator build() {
            return new PipelineValidator(this);
        }
    }
}
