package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text replacements a finding's fix makes in its file, computed by the same text planner {@code migrate} uses, so
 * that a report's fixes (SARIF {@code fixes}) are exactly what {@code migrate} writes. Reads each file once; not
 * thread-safe.
 */
public final class FixPlanner {

    /**
     * One replacement: the characters from {@code startLine:startColumn} up to (not including)
     * {@code endLine:endColumn} are replaced by {@code text}. Lines and columns are 1-based; columns count Unicode
     * code points.
     *
     * @param startLine   first line
     * @param startColumn first column
     * @param endLine     line of the end
     * @param endColumn   column of the end (exclusive)
     * @param text        the new text
     */
    public record Replacement(int startLine, int startColumn, int endLine, int endColumn, String text) {
    }

    private final Map<String, Optional<Source>> files = new HashMap<>();

    /** Creates a planner. */
    public FixPlanner() {
    }

    /**
     * @param f a finding
     * @return the replacements its fix makes in its file; empty if it has no fix, its file cannot be read, the fix
     *     creates a file, or a node it edits cannot be edited in place
     */
    public Optional<List<Replacement>> replacements(Finding f) {
        if (f.fix().isEmpty() || f.source().isEmpty() || f.position().isEmpty()) {
            return Optional.empty();
        }
        Optional<Source> read = files.get(f.source().get());
        if (read == null) {   // get and put, not computeIfAbsent with a method reference: no call site to link
            read = read(f.source().get());
            files.put(f.source().get(), read);
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Source s = read.get();
        MapNode root = null;
        for (YamlText.Document d : s.yaml.documents()) {
            Node n = d.root();
            if (n != null && s.yaml.line(n.start) <= f.position().get().line()) {
                root = n instanceof MapNode m ? m : null;
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>();
        try {
            for (Fix.Edit e : f.fix().get().edits()) {
                edits.addAll(FixEdits.text(s, root, e));
            }
        } catch (FixEdits.CannotEdit e) {
            return Optional.empty();
        }
        List<Replacement> out = new ArrayList<>();
        for (Edit e : edits) {
            out.add(new Replacement(s.yaml.line(e.start()), column(s, e.start()), s.yaml.line(e.end()),
                    column(s, e.end()), e.text()));
        }
        return Optional.of(out);
    }

    private static int column(Source s, int index) {
        int start = s.yaml.lineStart(index);
        return s.text.codePointCount(start, index) + 1;
    }

    private static Optional<Source> read(String name) {
        try {
            Path path = Path.of(name);
            Source s = new Source(path, name, false);
            s.text = Files.readString(path, StandardCharsets.UTF_8);
            s.yaml = YamlText.parse(s.text);
            s.json = name.toLowerCase(Locale.ROOT).endsWith(".json");
            s.fragments = new Fragments(s.yaml.style());
            return Optional.of(s);
        } catch (IOException | RuntimeException e) {
            // not a file any more, not UTF-8, or not well-formed YAML: the finding is shown without its edits
            return Optional.empty();
        }
    }
}
