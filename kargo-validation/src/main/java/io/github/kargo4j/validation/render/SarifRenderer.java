package io.github.kargo4j.validation.render;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.ResourceRef;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.RuleDocs;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ToolInfo;
import io.github.kargo4j.validation.migrate.FixPlanner;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
 *
 * <pre>{@code
 * String sarif = SarifRenderer.builder().baseDirectory(Path.of(".")).build().render(report);
 * Files.writeString(Path.of("kargo4j.sarif"), sarif);
 * // GitHub Actions: github/codeql-action/upload-sarif with sarif_file: kargo4j.sarif
 * }</pre>
 *
 * <p>One run, tool {@code kargo4j}; every rule the validator knows is described in {@code tool.driver.rules} with a
 * link to its section of {@code docs/rules.md} and its documentation as help. Each finding is a result at the file,
 * line and column it was found, the file given relative to the base directory (with {@code uriBaseId}
 * {@code %SRCROOT%}, the repository root for GitHub) so that the result shows on the right line of the repository;
 * its logical locations name the resource and the JSON path. A hint is added to the message text. Findings about
 * resources built in code have only logical locations. Immutable.
 */
public final class SarifRenderer implements Renderer {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";
    /** The schema the output conforms to. */
    public static final String SARIF_SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The default {@code uriBaseId} of relative file locations: the source root, as GitHub code scanning uses. */
    public static final String DEFAULT_URI_BASE_ID = "%SRCROOT%";

    private final Path baseDirectory;
    private final String uriBaseId;
    private final List<Rule> rules;
    private final boolean ruleHelp;

    private SarifRenderer(Builder b) {
        this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
        this.uriBaseId = b.uriBaseId;
        this.rules = List.copyOf(b.rules.values());
        this.ruleHelp = b.ruleHelp;
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
        return KargoCodec.create().treeToJson(toTree(report), true) + "\n";
    }

    /**
     * @param report a report
     * @return the SARIF log as a JSON tree
     */
    public JsonObject toTree(Report report) {
        List<Rule> all = new ArrayList<>(rules);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(all.get(i).code(), i);
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(report.suppressed());
        for (Finding f : findings) {
            if (!index.containsKey(f.code())) {
                index.put(f.code(), all.size());
                all.add(null);
            }
        }
        List<String> codes = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            codes.add(null);
        }
        index.forEach((code, i) -> codes.set(i, code));

        JsonArray.Builder ruleArray = JsonArray.builder();
        for (int i = 0; i < all.size(); i++) {
            ruleArray.add(all.get(i) == null ? unknownRule(codes.get(i)) : rule(all.get(i)));
        }
        JsonArray.Builder results = JsonArray.builder();
        FixPlanner planner = new FixPlanner();
        for (Finding f : findings) {
            results.add(result(f, index.get(f.code()), planner));
        }
        JsonObject driver = JsonObject.builder()
                .put("name", ToolInfo.NAME)
                .put("version", ToolInfo.version())
                .put("informationUri", ToolInfo.INFORMATION_URI)
                .put("rules", ruleArray.build())
                .build();
        JsonObject.Builder run = JsonObject.builder()
                .put("tool", JsonObject.of("driver", driver));
        if (!report.skipped().isEmpty()) {
            run.put("invocations", JsonArray.of(invocation(report)));
        }
        run.put("results", results.build())
                .put("columnKind", "unicodeCodePoints")
                .put("properties", JsonObject.builder()
                        .put("resourceCount", report.resourceCount())
                        .build());
        return JsonObject.builder()
                .put("$schema", SARIF_SCHEMA)
                .put("version", SARIF_VERSION)
                .put("runs", JsonArray.of(run.build()))
                .build();
    }

    private JsonObject rule(Rule r) {
        String fullDescription = RuleDocs.description(r.code()).orElse(r.summary());
        JsonObject.Builder b = JsonObject.builder()
                .put("id", r.code())
                .put("name", r.name())
                .put("shortDescription", text(r.summary()))
                .put("fullDescription", text(fullDescription))
                .put("helpUri", ToolInfo.helpUri(r));
        if (ruleHelp) {
            RuleDocs.explain(r.code()).ifPresent(md -> b.put("help", JsonObject.builder()
                    .put("text", md).put("markdown", md).build()));
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
        f.source().ifPresent(source -> {
            JsonObject.Builder physical = JsonObject.builder().put("artifactLocation", artifactLocation(source));
            f.position().ifPresent(p -> physical.put("region", JsonObject.builder()
                    .put("startLine", p.line()).put("startColumn", p.column()).build()));
            location.put("physicalLocation", physical.build());
        });
        location.put("logicalLocations", logicalLocations(f));
        JsonObject.Builder result = JsonObject.builder()
                .put("ruleId", f.code())
                .put("ruleIndex", ruleIndex)
                .put("level", level(f.severity()))
                .put("message", text(message))
                .put("locations", JsonArray.of(location.build()))
                .put("partialFingerprints", JsonObject.of("kargo4jFinding/v1", fingerprint(f)));
        f.suppression().ifPresent(accepted -> {
            JsonObject.Builder suppression = JsonObject.builder().put("kind", accepted.kind().sarifName());
            if (!accepted.justification().isEmpty()) {
                suppression.put("justification", accepted.justification());
            }
            result.put("suppressions", JsonArray.of(suppression.build()));
        });
        JsonArray fixes = fixes(f, planner);
        if (!fixes.isEmpty()) {
            result.put("fixes", fixes);
        }
        return result.build();
    }

    /**
     * @return the run's invocation, whose {@code toolExecutionNotifications} name each input that was skipped as not
     *     a Kubernetes manifest (level {@code note})
     */
    private JsonObject invocation(Report report) {
        JsonArray.Builder notes = JsonArray.builder();
        for (SkippedInput s : report.skipped()) {
            JsonObject.Builder physical = JsonObject.builder().put("artifactLocation", artifactLocation(s.source()));
            s.position().ifPresent(p -> physical.put("region", JsonObject.builder()
                    .put("startLine", p.line()).put("startColumn", p.column()).build()));
            notes.add(JsonObject.builder()
                    .put("level", "note")
                    .put("message", text("skipped: " + s.reason()))
                    .put("locations", JsonArray.of(JsonObject.of("physicalLocation", physical.build())))
                    .build());
        }
        return JsonObject.builder().put("executionSuccessful", true)
                .put("toolExecutionNotifications", notes.build()).build();
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
        private boolean ruleHelp = true;

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
         * @param rules more rules to describe, such as those of your own checks (the built-in rules are always
         *              described)
         * @return this builder
         */
        public Builder addRules(Collection<Rule> rules) {
            for (Rule r : rules) {
                this.rules.putIfAbsent(r.code(), r);
            }
            return this;
        }

        /**
         * @param ruleHelp whether to embed each rule's documentation as {@code help} (on by default)
         * @return this builder
         */
        public Builder ruleHelp(boolean ruleHelp) {
            this.ruleHelp = ruleHelp;
            return this;
        }

        /** @return the renderer */
        public SarifRenderer build() {
            return new SarifRenderer(this);
        }
    }
}
