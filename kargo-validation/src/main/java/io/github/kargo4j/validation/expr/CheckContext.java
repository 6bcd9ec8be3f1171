package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The resource being checked and where to report. */
final class CheckContext {
    final ValidationContext context;
    final Entry entry;
    /** The resource, as findings name it: made for the first finding. */
    private String who;
    private final KargoResource resource;
    final Set<String> reported = new HashSet<>();
    /** The per-text work of the run, shared by every resource. */
    final ExprMemo memo;

    CheckContext(ValidationContext context, Entry entry, KargoResource r, ExprMemo memo) {
        this.context = context;
        this.entry = entry;
        this.resource = r;
        this.memo = memo;
    }

    /** Files larger than this are not read again for positions inside expressions. */
    private static final long MAX_FILE_BYTES = 8L << 20;

    private final Map<Path, Optional<List<String>>> files = new HashMap<>();

    /**
     * The lines of a file the resource was read from, to locate positions inside scalars (the model keeps where a
     * scalar starts, not how it was written); read at most once, and only when a finding needs it.
     *
     * @param file the file
     * @return its lines, or empty when it cannot be read now
     */
    Optional<List<String>> lines(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                if (Files.size(f) > MAX_FILE_BYTES) {
                    return Optional.empty();
                }
                return Optional.of(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\r?\n", -1)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    void report(Rule rule, JsonPath path, String message, String hint) {
        if (who == null) {
            who = resource.kind() + " " + resource.name();
        }
        context.report(rule, entry, path, who + ": " + message, hint);
    }

    /** Reports once per rule, path and subject (a string may name the same thing twice). */
    void reportOncePerResource(Rule rule, JsonPath path, String subject, String message, String hint) {
        if (reported.add(rule.code() + " " + subject)) {
            report(rule, path, message, hint);
        }
    }

    void reportOnce(Rule rule, JsonPath path, String subject, String message, String hint) {
        if (reported.add(rule.code() + " " + path + " " + subject)) {
            report(rule, path, message, hint);
        }
    }
}
