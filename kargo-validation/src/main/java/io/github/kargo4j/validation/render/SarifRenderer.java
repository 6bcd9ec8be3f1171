package io.github.kargo4j.validation.render;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.ResourceRef;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.RuleDocs;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.Suppression;
import io.github.kargo4j.validation.ToolInfo;
import io.github.kargo4j.validation.migrate.FixPlanner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A report as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
 *
 * <pre>{@code
 * String sarif = SarifRenderer.builder().baseDirectory(Path.of(".")).build().render(report);
 * Files.writeString(Path.of("kargo4j.sarif"), sarif);
 * // GitHub Actions: github/codeql-action/upload-sarif with sarif_file: kargo4j.sarif
 * }</pre>
 *
 * <p>One run, tool {@code kargo4j}; {@code tool.driver.rules} describes only the rules that have results, each with
 * its one-line summary as help and a link to its section of {@code docs/rules.md} ({@link Builder#fullRuleHelp}
 * embeds the whole documentation instead). Each finding is a result at the file,
 * line and column it was found, the file given relative to the base directory (with {@code uriBaseId}
 * {@code %SRCROOT%}, the repository root for GitHub) so that the result shows on the right line of the repository;
 * its logical locations name the resource and the JSON path. A hint is added to the message text. Findings about
 * resources built in code have only logical locations.
 *
 * <p>The log stays within GitHub code scanning's upload limits (one run, {@value #GITHUB_MAX_RESULTS_PER_RUN}
 * results and rules per run, one location per result, two tags per rule, 10 MB gzip-compressed): beyond them the most
 * serious results are kept, and the run's invocation carries a warning notification saying how many were left out
 * (also in the run's {@code properties.omittedResults}). Immutable.
 */
public final class SarifRenderer implements Renderer {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";
    /** The schema the output conforms to. */
    public static final String SARIF_SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** GitHub code scanning's most results per run; a run with more is rejected. */
    public static final int GITHUB_MAX_RESULTS_PER_RUN = 25_000;
    /** GitHub code scanning's largest SARIF upload: 10 MB, gzip-compressed. */
    public static final long GITHUB_MAX_GZIPPED_BYTES = 10L * 1024 * 1024;
    /** The default {@code uriBaseId} of relative file locations: the source root, as GitHub code scanning uses. */
    public static final String DEFAULT_URI_BASE_ID = "%SRCROOT%";

    private final Path baseDirectory;
    private final String uriBaseId;
    private final Map<String, Rule> rules;
    private final boolean fullRuleHelp;
    private final int maxResults;
    private final long maxGzippedBytes;

    private SarifRenderer(Builder b) {
        this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
        this.uriBaseId = b.uriBaseId;
        this.rules = Map.copyOf(b.rules);
        this.fullRuleHelp = b.fullRuleHelp;
        this.maxResults = b.maxResults;
        this.maxGzippedBytes = b.maxGzippedBytes;
    }

    /** @return a renderer with files relative to the working directory and the built-in rules */
    public static SarifRenderer create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String render(Report report) {
        KargoCodec codec = KargoCodec.create();
        List<Finding> all = counted(report);
        Selection kept = Selection.of(all, maxResults, resultLimit());
        String out = codec.treeToJson(toTree(report, kept), true) + "\n";
        // GitHub refuses a file over 10 MB gzip-compressed: keep fewer results (the most serious) until it fits
        while (gzippedSize(out) > maxGzippedBytes && !kept.findings().isEmpty()) {
            kept = Selection.of(all, kept.findings().size() / 2, "at most " + maxGzippedBytes
                    + " bytes gzip-compressed");
            out = codec.treeToJson(toTree(report, kept), true) + "\n";
        }
        return out;
    }

    /**
     * @param report a report
     * @return the SARIF log as a JSON tree (without the size check of {@link #render(Report)}, which may keep
     *     fewer results to stay under {@link #GITHUB_MAX_GZIPPED_BYTES})
     */
    public JsonObject toTree(Report report) {
        return toTree(report, Selection.of(counted(report), maxResults, resultLimit()));
    }

    /** @return the findings that count, then the suppressed ones (shown as suppressed, not as gone) */
    private static List<Finding> counted(Report report) {
        List<Finding> all = new ArrayList<>(report.findings());
        all.addAll(report.suppressed());
        return all;
    }

    private String resultLimit() {
        return "at most " + maxResults + " results" + (maxResults == GITHUB_MAX_RESULTS_PER_RUN ? " per run" : "");
    }

    private JsonObject toTree(Report report, Selection kept) {
        // only the rules that have results, in the order of their first result
        Map<String, Integer> index = new LinkedHashMap<>();
        JsonArray.Builder ruleArray = JsonArray.builder();
        for (Finding f : kept.findings()) {
            if (!index.containsKey(f.code())) {
                index.put(f.code(), index.size());
                Rule r = rules.get(f.code());
                ruleArray.add(r == null ? unknownRule(f.code()) : rule(r));
            }
        }
        JsonArray.Builder results = JsonArray.builder();
        FixPlanner planner = new FixPlanner();
        for (Finding f : kept.findings()) {
            results.add(result(f, index.get(f.code()), planner));
        }
        JsonObject driver = JsonObject.builder()
                .put("name", ToolInfo.NAME)
                .put("version", ToolInfo.version())
                .put("informationUri", ToolInfo.INFORMATION_URI)
                .put("rules", ruleArray.build())
                .build();
        int total = report.findings().size() + report.suppressed().size();
        int omitted = total - kept.findings().size();
        JsonObject.Builder invocation = JsonObject.builder().put("executionSuccessful", true);
        JsonArray.Builder notifications = JsonArray.builder();
        for (SkippedInput skipped : report.skipped()) {
            JsonObject.Builder physical = JsonObject.builder().put("artifactLocation",
                    artifactLocation(skipped.source()));
            if (skipped.position().isPresent()) {
                physical.put("region", region(skipped.position().get()));
            }
            notifications.add(JsonObject.builder()
                    .put("level", "note")
                    .put("message", text("skipped: " + skipped.reason()))
                    .put("locations", JsonArray.of(JsonObject.of("physicalLocation", physical.build())))
                    .build());
        }
        if (omitted > 0) {
            notifications.add(JsonObject.builder()
                    .put("level", "warning")
                    .put("message", text(omitted + " of " + total + " results were left out "
                            + "to stay within GitHub code scanning's upload limits (" + kept.reason() + "); the "
                            + "most serious " + kept.findings().size() + " are here. Run kargo4j validate "
                            + "--format text or json for all of them."))
                    .build());
        }
        JsonArray notes = notifications.build();
        if (!notes.isEmpty()) {
            invocation.put("toolExecutionNotifications", notes);
        }
        JsonObject run = JsonObject.builder()
                .put("tool", JsonObject.of("driver", driver))
                .put("invocations", JsonArray.of(invocation.build()))
                .put("results", results.build())
                .put("columnKind", "unicodeCodePoints")
                .put("properties", JsonObject.builder()
                        .put("resourceCount", report.resourceCount())
                        .put("findingCount", report.findings().size())
                        .put("omittedResults", omitted)
                        .build())
                .build();
        return JsonObject.builder()
                .put("$schema", SARIF_SCHEMA)
                .put("version", SARIF_VERSION)
                .put("runs", JsonArray.of(run))
                .build();
    }

    /** The findings a run carries: all of them, or the most serious {@code max} in report order. */
    private record Selection(List<Finding> findings, String reason) {

        static Selection of(List<Finding> all, int max, String limit) {
            if (all.size() <= max) {
                return new Selection(all, "");
            }
            List<Integer> order = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                order.add(i);
            }
            // most serious first; stable, so report order within a severity
            order.sort((a, b) -> all.get(a).severity().compareTo(all.get(b).severity()));   // ERROR first
            boolean[] keep = new boolean[all.size()];
            for (int i = 0; i < max; i++) {
                keep[order.get(i)] = true;
            }
            List<Finding> out = new ArrayList<>(max);
            for (int i = 0; i < all.size(); i++) {
                if (keep[i]) {
                    out.add(all.get(i));
                }
            }
            return new Selection(List.copyOf(out), limit);
        }
    }

    private static long gzippedSize(String text) {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(counter)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private JsonObject rule(Rule r) {
        String helpUri = ToolInfo.helpUri(r);
        JsonObject.Builder b = JsonObject.builder()
                .put("id", r.code())
                .put("name", r.name())
                .put("shortDescription", text(r.summary()))
                .put("helpUri", helpUri);
        if (fullRuleHelp) {
            b.put("fullDescription", text(RuleDocs.description(r.code()).orElse(r.summary())));
            Optional<String> md = RuleDocs.explain(r.code());
            if (md.isPresent()) {
                b.put("help", JsonObject.builder().put("text", md.get()).put("markdown", md.get()).build());
            }
        } else {
            String summary = r.summary().endsWith(".") ? r.summary() : r.summary() + ".";
            b.put("help", JsonObject.builder()
                    .put("text", summary + " Examples and the fix: " + helpUri + " (or run kargo4j explain "
                            + r.code() + ").")
                    .put("markdown", summary + " Examples and the fix: [" + r.code() + " " + r.name() + "]("
                            + helpUri + ") (or run `kargo4j explain " + r.code() + "`).")
                    .build());
        }
        return b.put("defaultConfiguration", JsonObject.of("level", level(r.severity())))
                .put("properties", JsonObject.builder()
                        .put("tags", tags(r))
                        .put("outsideSet", r.outsideSet())
                        .build())
                .build();
    }

    private static JsonArray tags(Rule r) {
        return JsonArray.of(JsonString.of("kargo"),
                JsonString.of(r.category().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    private static JsonObject unknownRule(String code) {
        return JsonObject.builder()
                .put("id", code)
                .put("shortDescription", text("rule " + code))
                .build();
    }

    private JsonObject result(Finding f, int ruleIndex, FixPlanner planner) {
        String message = f.hint().isEmpty() ? f.message() : f.message() + "\nHint: " + f.hint();
        JsonObject.Builder location = JsonObject.builder();
        if (f.source().isPresent()) {
            JsonObject.Builder physical = JsonObject.builder().put("artifactLocation",
                    artifactLocation(f.source().get()));
            if (f.position().isPresent()) {
                physical.put("region", region(f.position().get()));
            }
            location.put("physicalLocation", physical.build());
        }
        location.put("logicalLocations", logicalLocations(f));
        JsonObject.Builder result = JsonObject.builder()
                .put("ruleId", f.code())
                .put("ruleIndex", ruleIndex)
                .put("level", level(f.severity()))
                .put("message", text(message))
                .put("locations", JsonArray.of(location.build()))
                .put("partialFingerprints", JsonObject.of("kargo4jFinding/v1", fingerprint(f)));
        JsonArray fixes = fixes(f, planner);
        if (!fixes.isEmpty()) {
            result.put("fixes", fixes);
        }
        if (f.suppression().isPresent()) {
            Suppression accepted = f.suppression().get();
            JsonObject.Builder suppression = JsonObject.builder().put("kind", accepted.kind().sarifName());
            if (!accepted.justification().isEmpty()) {
                suppression.put("justification", accepted.justification());
            }
            result.put("suppressions", JsonArray.of(suppression.build()));
        }
        return result.build();
    }

    /** @return a SARIF region at the position (written with isPresent by its callers: no lambda site to link) */
    private static JsonObject region(SourcePosition p) {
        return JsonObject.builder().put("startLine", p.line()).put("startColumn", p.column()).build();
    }

    /** @return the finding's fix as SARIF {@code fixes}: the replacements migrate makes in the file (or none) */
    private JsonArray fixes(Finding f, FixPlanner planner) {
        Optional<List<FixPlanner.Replacement>> planned = planner.replacements(f);
        if (planned.isEmpty()) {
            return JsonArray.EMPTY;
        }
        JsonArray.Builder replacements = JsonArray.builder();
        for (FixPlanner.Replacement r : planned.get()) {
            replacements.add(JsonObject.builder()
                    .put("deletedRegion", JsonObject.builder().put("startLine", r.startLine())
                            .put("startColumn", r.startColumn()).put("endLine", r.endLine())
                            .put("endColumn", r.endColumn()).build())
                    .put("insertedContent", text(r.text())).build());
        }
        return JsonArray.of(JsonObject.builder()
                .put("description", text(f.fix().orElseThrow().description()))
                .put("artifactChanges", JsonArray.of(JsonObject.builder()
                        .put("artifactLocation", artifactLocation(f.source().orElseThrow()))
                        .put("replacements", replacements.build()).build()))
                .build());
    }

    private static JsonArray logicalLocations(Finding f) {
        ResourceRef r = f.resource();
        String resource = r.toString();
        JsonObject res = JsonObject.builder()
                .put("name", r.name())
                .put("fullyQualifiedName", resource)
                .put("kind", "resource")
                .build();
        if (f.path().isRoot()) {
            return JsonArray.of(res);
        }
        JsonObject path = JsonObject.builder()
                .put("name", f.path().toString())
                .put("fullyQualifiedName", resource + " " + f.path())
                .put("kind", "property")
                .build();
        return JsonArray.of(res, path);
    }

    /** A relative URI below the base directory, or an absolute {@code file:} URI for a file outside it. */
    private JsonObject artifactLocation(String source) {
        Optional<Path> file;
        try {
            file = Optional.of(Path.of(source));
        } catch (InvalidPathException e) {
            file = Optional.empty();
        }
        if (file.isPresent()) {
            Path abs = file.get().toAbsolutePath().normalize();
            if (abs.startsWith(baseDirectory)) {
                String rel = baseDirectory.relativize(abs).toString().replace('\\', '/');
                return JsonObject.builder().put("uri", encode(rel)).put("uriBaseId", uriBaseId).build();
            }
            return JsonObject.of("uri", abs.toUri().toString());
        }
        return JsonObject.of("uri", encode(source));
    }

    private static String encode(String relative) {
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            StringBuilder sb = new StringBuilder();
            for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~/".indexOf(c) >= 0) {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(String.format("%02X", c));
                }
            }
            return sb.toString();
        }
    }

    private static String fingerprint(Finding f) {
        ResourceRef r = f.resource();
        String key = f.code() + "\u0000" + r.kind() + "\u0000" + r.namespace() + "\u0000" + r.name() + "\u0000"
                + f.path();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(key.hashCode());
        }
    }

    private static JsonObject text(String s) {
        return JsonObject.of("text", s);
    }

    /**
     * @param s a severity
     * @return the SARIF level: {@code error}, {@code warning} or {@code note}
     */
    public static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Configures a {@link SarifRenderer}. */
    public static final class Builder {
        private Path baseDirectory = Path.of("");
        private String uriBaseId = DEFAULT_URI_BASE_ID;
        private final Map<String, Rule> rules = new LinkedHashMap<>(PipelineValidator.rules());
        private boolean fullRuleHelp;
        private int maxResults = GITHUB_MAX_RESULTS_PER_RUN;
        private long maxGzippedBytes = GITHUB_MAX_GZIPPED_BYTES;

        private Builder() {
        }

        /**
         * @param baseDirectory the directory file locations are relative to (the repository root for GitHub code
         *                      scanning); files outside it get absolute {@code file:} URIs
         * @return this builder
         */
        public Builder baseDirectory(Path baseDirectory) {
            this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
            return this;
        }

        /**
         * @param uriBaseId the symbolic name of the base directory ({@code %SRCROOT%} unless set)
         * @return this builder
         */
        public Builder uriBaseId(String uriBaseId) {
            this.uriBaseId = Objects.requireNonNull(uriBaseId, "uriBaseId");
            return this;
        }

        /**
         * @param rules more rules to describe when they have results, such as those of your own checks (the
         *              built-in rules are known already)
         * @return this builder
         */
        public Builder addRules(Collection<Rule> rules) {
            for (Rule r : rules) {
                this.rules.putIfAbsent(r.code(), r);
            }
            return this;
        }

        /**
         * @param fullRuleHelp whether to embed each reported rule's whole documentation (description and examples)
         *                     as {@code fullDescription} and {@code help}; off by default, when {@code help} is the
         *                     rule's one-line summary with the link to its page
         * @return this builder
         */
        public Builder fullRuleHelp(boolean fullRuleHelp) {
            this.fullRuleHelp = fullRuleHelp;
            return this;
        }

        /**
         * @param maxResults the most results in the run, at most {@link #GITHUB_MAX_RESULTS_PER_RUN} (the default);
         *                   beyond it the most serious are kept and the run's invocation says how many were left
         *                   out
         * @return this builder
         * @throws IllegalArgumentException if not between 0 and {@link #GITHUB_MAX_RESULTS_PER_RUN}
         */
        public Builder maxResults(int maxResults) {
            if (maxResults < 0 || maxResults > GITHUB_MAX_RESULTS_PER_RUN) {
                throw new IllegalArgumentException("maxResults must be between 0 and " + GITHUB_MAX_RESULTS_PER_RUN
                        + ", not " + maxResults);
            }
            this.maxResults = maxResults;
            return this;
        }

        /**
         * @param maxGzippedBytes the largest the log may be once gzip-compressed, at most
         *                        {@link #GITHUB_MAX_GZIPPED_BYTES} (the default); a larger log keeps fewer results
         * @return this builder
         * @throws IllegalArgumentException if not between 1 and {@link #GITHUB_MAX_GZIPPED_BYTES}
         */
        public Builder maxGzippedBytes(long maxGzippedBytes) {
            if (maxGzippedBytes < 1 || maxGzippedBytes > GITHUB_MAX_GZIPPED_BYTES) {
                throw new IllegalArgumentException("maxGzippedBytes must be between 1 and "
                        + GITHUB_MAX_GZIPPED_BYTES + ", not " + maxGzippedBytes);
            }
            this.maxGzippedBytes = maxGzippedBytes;
            return this;
        }

        /** @return the renderer */
        public SarifRenderer build() {
            return new SarifRenderer(this);
        }
    }
}
