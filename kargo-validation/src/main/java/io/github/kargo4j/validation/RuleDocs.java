package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The documentation of every rule: one markdown resource per code ({@code io/github/kargo4j/validation/rules/CODE.md})
 * with what the rule finds, why it matters in Kargo, and a bad and a fixed example. {@code kargo4j explain CODE}
 * prints {@link #explain(String)}; {@code docs/rules.md} is {@link #rulesMarkdown()}, written by {@link #main}.
 *
 * <p>Every rule file has this shape:
 * <pre>
 * # KG001 stage-cycle
 *
 * Severity: error
 *
 * What it finds, and why it matters in Kargo.
 *
 * ## Bad
 *
 * ```yaml
 * ...
 * ```
 *
 * ## Fixed
 *
 * ```yaml
 * ...
 * ```
 * </pre>
 */
public final class RuleDocs {

    private static final Pattern CODE = Pattern.compile("K[A-Z][0-9]{3}");
    /** Where the rule files live, relative to the class path root. */
    public static final String RESOURCE_DIRECTORY = "io/github/kargo4j/validation/rules/";

    private RuleDocs() {
    }

    /**
     * @param code a rule code, such as {@code KG001} (case does not matter)
     * @return the rule's documentation in markdown, if there is any
     */
    public static Optional<String> explain(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            return Optional.empty();
        }
        try (InputStream in = RuleDocs.class.getResourceAsStream("/" + RESOURCE_DIRECTORY + c + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documentation of " + c, e);
        }
    }

    /** @return the documentation of every rule of {@link PipelineValidator#rules()} that has one, by code in order */
    public static Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        for (String code : PipelineValidator.rules().keySet()) {
            explain(code).ifPresent(md -> out.put(code, md));
        }
        return out;
    }

    /**
     * @param code a rule code
     * @return the prose of its documentation: what the rule finds and why it matters (the text between the
     *     severity line and the examples), as one paragraph per line
     */
    public static Optional<String> description(String code) {
        return explain(code).map(RuleDocs::descriptionOf).filter(s -> !s.isEmpty());
    }

    static String descriptionOf(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!started) {
                started = line.startsWith("Severity:");
                continue;
            }
            if (line.isBlank()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line.trim());
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return String.join("\n", paragraphs);
    }

    /** @return the content of {@code docs/rules.md}: an introduction, a table of contents and every rule's page */
    public static String rulesMarkdown() {
        Map<String, Rule> rules = new TreeMap<>(PipelineValidator.rules());
        Map<String, String> docs = new LinkedHashMap<>();
        for (String code : rules.keySet()) {
            explain(code).ifPresent(md -> docs.put(code, md));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# kargo4j rules\n\n");
        sb.append("<!-- Generated from kargo-validation/src/main/resources/").append(RESOURCE_DIRECTORY)
                .append("*.md; do not edit.\n")
                .append("     Regenerate: ./mvnw -q -B -o -Dkargo4j.noPublishJars -pl kargo-validation -am")
                .append(" process-classes -Prule-docs -->\n\n");
        sb.append("""
                Every finding of kargo4j carries a stable code: `K`, a letter for the family of the rule, and three
                digits. A code never changes meaning; a rule that is retired keeps its code unused. `kargo4j explain
                CODE` prints the section of one rule.

                | Letter | Family |
                |---|---|
                | R | reading files (a file that is not a Kubernetes manifest) |
                | F | field constraints of single fields (the CRD's schema) |
                | A | rules Kargo's admission webhooks and CEL rules enforce |
                | G | the freight graph of a project (Warehouses, Stages and what they request) |
                | L | removed or renamed fields, steps and kinds |
                | U | fields Kargo does not know and drops |
                | E | `${{ }}` expressions |

                Severities: **error**: Kargo rejects the resource, or a promotion will fail or never happen;
                **warning**: probably a mistake, or a reference to something that may be outside the validated
                files; **info**: worth knowing. Rules about references to other resources report a warning when the
                validated set may be partial and an error when the caller says it is complete.

                """);
        sb.append("## Contents\n\n| Code | Name | Severity | What it finds |\n|---|---|---|---|\n");
        for (Rule r : rules.values()) {
            String link = docs.containsKey(r.code()) ? "[" + r.code() + "](#" + ToolInfo.anchor(r) + ")" : r.code();
            sb.append("| ").append(link).append(" | ").append(r.name()).append(" | ").append(severityText(r))
                    .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
        }
        for (Map.Entry<String, String> e : docs.entrySet()) {
            sb.append("\n---\n\n").append(demote(e.getValue()).strip()).append('\n');
        }
        return sb.toString();
    }

    private static String severityText(Rule r) {
        if (r.outsideSet() && r.severity() == Severity.ERROR) {
            return "error (warning if the set may be partial)";
        }
        return r.severity().label();
    }

    /** Turns every heading one level down, outside code blocks, so that rule pages nest under the document title. */
    private static String demote(String markdown) {
        StringBuilder sb = new StringBuilder();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fence = !fence;
            }
            sb.append(!fence && line.startsWith("#") ? "#" + line : line).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@code docs/rules.md}.
     *
     * @param args the file to write ({@code docs/rules.md} when absent)
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        String text = rulesMarkdown();
        AtomicFiles.write(out, text);
        for (String code : PipelineValidator.rules().keySet()) {
            if (explain(code).isEmpty()) {
                System.err.println("warning: rule " + code + " has no documentation: write src/main/resources/"
                        + RESOURCE_DIRECTORY + code + ".md");
            }
        }
        System.out.println("wrote " + out.normalize());
    }
}
