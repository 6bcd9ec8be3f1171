package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

/** Reports a legacy finding whose remedy is either a fix (applied by migrate) or, when it needs a decision, a hint. */
final class Reports {

    private Reports() {
    }

    /**
     * @param remedy a {@link Fix}, or a {@link String} hint for a replacement that needs a person's decision
     */
    static void report(ValidationContext ctx, Rule rule, Entry e, JsonPath path, String message, Object remedy) {
        if (remedy instanceof Fix f) {
            ctx.report(rule, e, path, message, f);
        } else {
            ctx.report(rule, e, path, message, (String) remedy);
        }
    }
}
