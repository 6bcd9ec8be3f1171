package io.github.kargo4j.validation.render;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ToolInfo;

import java.util.Optional;

/**
 * A report as JSON, for scripts and other tools. The shape is stable: fields are only ever added, and
 * {@code formatVersion} changes if one is removed or changes meaning.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "tool": {"name": "kargo4j", "version": "0.1.0"},
 *   "summary": {"valid": false, "resources": 12, "findings": 1, "errors": 1, "warnings": 0, "info": 0,
 *               "suppressed": 0, "skipped": 1},
 *   "findings": [
 *     {
 *       "code": "KF001",
 *       "severity": "error",
 *       "resource": {"kind": "Stage", "namespace": "demo", "name": "dev"},
 *       "path": "spec.requestedFreight[0].sources.requiredSoakTime",
 *       "file": "kargo/stages.yaml",
 *       "line": 14,
 *       "column": 27,
 *       "message": "spec.requestedFreight[0].sources.requiredSoakTime \"1d\" is not a duration like 5m or 1h30m",
 *       "hint": "Kargo durations use only s, m and h: write \"24h\"",
 *       "fix": null,
 *       "suppression": null
 *     }
 *   ],
 *   "suppressed": [],
 *   "skipped": [{"file": "chart", "line": null, "column": null, "reason": "a Helm chart (it holds Chart.yaml): ..."}]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code summary.valid}: no finding of severity error; {@code resources}: how many resources were validated;
 *       {@code errors}, {@code warnings}, {@code info}: findings by severity.</li>
 *   <li>{@code findings}: sorted by file, line, column and code. {@code severity} is {@code error}, {@code warning}
 *       or {@code info}; {@code resource.namespace} is {@code ""} for cluster-scoped resources; {@code path} is
 *       the JSON path in the resource ({@code $} for the whole resource); {@code file}, {@code line} and
 *       {@code column} (1-based) are {@code null} when unknown (resources built in code); {@code hint} may be
 *       {@code ""}. {@code fix} is {@code null}, or the machine-applicable fix ({@code kargo4j migrate} applies
 *       it): {@code {"description": ..., "edits": [...]}}, each edit an {@code op} ({@code replace},
 *       {@code replacePair}, {@code renameKey}, {@code remove}, {@code add}, {@code createResource}) with the
 *       {@code path} of the node in the resource, and as the op needs the new {@code key} and the {@code value}
 *       written ({@code createResource}: the {@code file} name and the new resource as {@code value}).
 *       {@code suppression} is {@code null}, or {@code {"kind": "inSource"|"external", "justification": ...}}.
 *       Every key is always present.</li>
 *   <li>{@code suppressed}: the suppressed findings, in the same shape (they count in no summary figure but
 *       {@code summary.suppressed}); {@code skipped}: each input left out as not a Kubernetes manifest.</li>
 * </ul>
 *
 * <p>Immutable.
 */
public final class JsonRenderer implements Renderer {

    /** The version of the output shape. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonRenderer PRETTY = new JsonRenderer(true);
    private static final JsonRenderer COMPACT = new JsonRenderer(false);

    private final boolean pretty;

    private JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    /** @return a renderer that indents its output */
    public static JsonRenderer create() {
        return PRETTY;
    }

    /**
     * @param pretty whether to indent
     * @return a renderer
     */
    public static JsonRenderer pretty(boolean pretty) {
        return pretty ? PRETTY : COMPACT;
    }

    @Override
    public String render(Report report) {
        return KargoCodec.create().treeToJson(toTree(report), pretty) + "\n";
    }

    /**
     * @param report a report
     * @return the report as a JSON tree
     */
    public JsonObject toTree(Report report) {
        JsonArray.Builder findings = JsonArray.builder();
        for (Finding f : report.findings()) {
            findings.add(toTree(f));
        }
        JsonArray.Builder suppressed = JsonArray.builder();
        for (Finding f : report.suppressed()) {
            suppressed.add(toTree(f));
        }
        JsonArray.Builder skipped = JsonArray.builder();
        for (SkippedInput s : report.skipped()) {
            skipped.add(JsonObject.builder()
                    .put("file", s.source())
                    .put("line", line(s.position()))
                    .put("column", column(s.position()))
                    .put("reason", s.reason())
                    .build());
        }
        return JsonObject.builder()
                .put("formatVersion", FORMAT_VERSION)
                .put("tool", JsonObject.builder().put("name", ToolInfo.NAME).put("version", ToolInfo.version())
                        .build())
                .put("summary", JsonObject.builder()
                        .put("valid", report.isValid())
                        .put("resources", report.resourceCount())
                        .put("findings", report.findings().size())
                        .put("errors", report.count(Severity.ERROR))
                        .put("warnings", report.count(Severity.WARNING))
                        .put("info", report.count(Severity.INFO))
                        .put("suppressed", report.suppressed().size())
                        .put("skipped", report.skipped().size())
                        .build())
                .put("findings", findings.build())
                .put("suppressed", suppressed.build())
                .put("skipped", skipped.build())
                .build();
    }

    /**
     * @param f a finding
     * @return the finding as a JSON object
     */
    public static JsonObject toTree(Finding f) {
        return JsonObject.builder()
                .put("code", f.code())
                .put("severity", f.severity().label())
                .put("resource", JsonObject.builder()
                        .put("kind", f.resource().kind())
                        .put("namespace", f.resource().namespace())
                        .put("name", f.resource().name())
                        .build())
                .put("path", f.path().toString())
                .put("file", f.source().isPresent() ? JsonValue.of(f.source().get()) : JsonNull.INSTANCE)
                .put("line", line(f.position()))
                .put("column", column(f.position()))
                .put("message", f.message())
                .put("hint", f.hint())
                .put("fix", f.fix().isPresent() ? fix(f.fix().get()) : JsonNull.INSTANCE)
                .put("suppression", f.suppression().isPresent() ? JsonObject.builder()
                        .put("kind", f.suppression().get().kind().sarifName())
                        .put("justification", f.suppression().get().justification()).build() : JsonNull.INSTANCE)
                .build();
    }

    // written with isPresent, not Optional.map: each lambda site costs a link on its first run (JDK 17 start-up)

    /** @return the line of the position, or null */
    private static JsonValue line(Optional<SourcePosition> position) {
        return position.isPresent() ? JsonValue.of(position.get().line()) : JsonNull.INSTANCE;
    }

    /** @return the column of the position, or null */
    private static JsonValue column(Optional<SourcePosition> position) {
        return position.isPresent() ? JsonValue.of(position.get().column()) : JsonNull.INSTANCE;
    }

    /**
     * @param fix a fix
     * @return {@code {"description": ..., "edits": [{"op": ..., "path": ..., ...}]}}
     */
    public static JsonObject fix(Fix fix) {
        JsonArray.Builder edits = JsonArray.builder();
        for (Fix.Edit e : fix.edits()) {
            JsonObject.Builder b = JsonObject.builder();
            if (e instanceof Fix.Replace r) {
                b.put("op", "replace").put("path", r.path().toString()).put("value", r.value());
            } else if (e instanceof Fix.ReplacePair r) {
                b.put("op", "replacePair").put("path", r.path().toString()).put("key", r.newKey())
                        .put("value", r.value());
            } else if (e instanceof Fix.RenameKey r) {
                b.put("op", "renameKey").put("path", r.path().toString()).put("key", r.newKey());
            } else if (e instanceof Fix.Remove r) {
                b.put("op", "remove").put("path", r.path().toString());
            } else if (e instanceof Fix.Add a) {
                b.put("op", "add").put("path", a.path().toString()).put("key", a.key()).put("value", a.value());
            } else if (e instanceof Fix.CreateResource c) {
                b.put("op", "createResource").put("file", c.fileName()).put("value", c.resource());
            }
            edits.add(b.build());
        }
        return JsonObject.builder().put("description", fix.description()).put("edits", edits.build()).build();
    }
}
