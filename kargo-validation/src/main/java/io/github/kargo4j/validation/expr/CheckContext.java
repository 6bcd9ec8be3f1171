package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashSet;
import java.util.Set;

/** The resource being checked and where to report. */
final class CheckContext {
    final ValidationContext context;
    final Entry entry;
    final String who;
    final Set<String> reported = new HashSet<>();

    CheckContext(ValidationContext context, Entry entry, KargoResource r) {
        this.context = context;
        this.entry = entry;
        this.who = r.kind() + " " + r.name();
    }

    void report(Rule rule, JsonPath path, String message, String hint) {
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
