package io.github.kargo4j.validation;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.json.JsonPath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a set of Kargo resources offline: field constraints, admission rules, the freight graph, legacy shapes,
 * unknown fields and expressions.
 *
 * <pre>{@code
 * Report report = PipelineValidator.builder().complete(true).build().validate(Path.of("kargo/"));
 * if (!report.isValid()) System.err.println(report);
 * }</pre>
 *
 * <p>Immutable and thread-safe. A check that throws is a bug; the validator reports it as finding {@code KR002}
 * instead of failing, so one broken rule never hides the others.
 */
public final class PipelineValidator {

    private final boolean complete;
    private final Set<String> suppressed;
    private final List<Check> checks;
    private final KargoCodec codec;
    private final ReadProgress progress;

    private PipelineValidator(Builder b) {
        this.complete = b.complete;
        this.suppressed = Set.copyOf(b.suppressed);
        this.checks = List.copyOf(b.checks);
        this.codec = b.codec;
        this.progress = b.progress;
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
        b.suppressed.addAll(suppressed);
        b.checks.clear();
        b.checks.addAll(checks);
        b.codec = codec;
        b.progress = progress;
        return b;
    }

    /** @return every rule the built-in checks can report, by code */
    public static Map<String, Rule> rules() {
        Map<String, Rule> out = new LinkedHashMap<>();
        out.put(ReadRules.UNREADABLE.code(), ReadRules.UNREADABLE);
        out.put(ReadRules.CHECK_FAILED.code(), ReadRules.CHECK_FAILED);
        out.put(ReadRules.SCHEMA_MISMATCH.code(), ReadRules.SCHEMA_MISMATCH);
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
     * {@code *.json} as {@link KargoCodec#readAll(Collection)} does, and the progress listener, if one is set, hears
     * of each file read.
     *
     * @param paths files and directories
     * @return the report
     */
    public Report validate(Collection<Path> paths) {
        return validate(codec.readAll(paths, progress));
    }

    /**
     * @param read what a {@link KargoCodec} read
     * @return the report, including a {@code KR001} finding per read error
     */
    public Report validate(ReadResult read) {
        List<Entry> entries = new ArrayList<>();
        for (Manifest m : read.manifests()) {
            entries.add(Entry.of(m));
        }
        return run(entries, read.errors());
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
        return run(entries, List.of());
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
        return run(entries, List.of());
    }

    private Report run(List<Entry> given, List<ManifestException> readErrors) {
        List<Entry> entries = new ArrayList<>(given.size());
        for (Entry e : given) {
            entries.add(readable(e));
        }
        ValidationContext ctx = new ValidationContext(entries, complete);
        for (ManifestException e : readErrors) {
            ctx.report(new Finding(ReadRules.UNREADABLE.code(), ReadRules.UNREADABLE.severity(),
                    new ResourceRef("File", "", e.source()), e.path().orElse(JsonPath.ROOT),
                    Optional.ofNullable(e.source()), e.position(), withPath(e), readHint(e.category())));
        }
        for (Entry e : entries) {
            e.manifest().ifPresent(m -> {
                for (ManifestException p : m.problems()) {
                    ctx.report(new Finding(ReadRules.SCHEMA_MISMATCH.code(), ReadRules.SCHEMA_MISMATCH.severity(),
                            ResourceRef.of(e.resource()), p.path().orElse(JsonPath.ROOT),
                            Optional.ofNullable(p.source()), p.position(), withPath(p),
                            "write the value the field expects; kargo4j keeps the value as written and checks the "
                                    + "rest of the resource without it"));
                }
            });
        }
        for (Check c : checks) {
            try {
                c.run(ctx);
            } catch (RuntimeException | StackOverflowError e) {
                String name = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName()
                        : c.getClass().getSimpleName();
                ctx.report(new Finding(ReadRules.CHECK_FAILED.code(), ReadRules.CHECK_FAILED.severity(),
                        new ResourceRef("Check", "", name), JsonPath.ROOT, Optional.empty(),
                        Optional.empty(), name + " failed: " + e.getClass().getSimpleName(),
                        "report this to the kargo4j maintainers with the manifests that triggered it"));
            }
        }
        Set<String> keptAsWritten = keptAsWritten(entries);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : ctx.findings()) {
            if (!suppressed.contains(f.code()) && (keptAsWritten.isEmpty()
                    || f.code().equals(ReadRules.SCHEMA_MISMATCH.code())
                    || !keptAsWritten.contains(f.resource() + "\u0000" + f.path()))) {
                kept.add(f);
            }
        }
        return new Report(kept, entries.size());
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
            e.manifest().ifPresent(m -> {
                for (ManifestException p : m.problems()) {
                    String prefix = ResourceRef.of(e.resource()) + "\u0000";
                    JsonPath path = p.path().orElse(JsonPath.ROOT);
                    out.add(prefix + path);
                    while (!path.isRoot() && path.lastKey().isEmpty()) {
                        path = path.parent().orElse(JsonPath.ROOT);
                        out.add(prefix + path);
                    }
                }
            });
        }
        return out;
    }

    /** @return the problem, after the JSON path in the document when there is one (the text report shows both) */
    private static String withPath(ManifestException e) {
        return e.path().filter(p -> !p.isRoot()).map(p -> p + ": " + e.problem()).orElse(e.problem());
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
        private final Set<String> suppressed = new HashSet<>();
        private final List<Check> checks = new ArrayList<>(BuiltInChecks.all());
        private KargoCodec codec = KargoCodec.create();
        private ReadProgress progress = ReadProgress.NONE;

        private Builder() {
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
         * @param codes rule codes whose findings to drop
         * @return this builder
         */
        public Builder suppress(String... codes) {
            suppressed.addAll(List.of(codes));
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
