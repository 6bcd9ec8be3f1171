package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.AbstractObjectMeta;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.common.AbstractExpressionVariable;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.stage.AbstractFreightSources;
import io.github.kargo4j.model.warehouse.AbstractChartSubscription;
import io.github.kargo4j.model.warehouse.AbstractGitDiscoveryResult;
import io.github.kargo4j.model.warehouse.AbstractGitSubscription;
import io.github.kargo4j.model.warehouse.AbstractImageSubscription;
import io.github.kargo4j.model.warehouse.AbstractWarehouseSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Plain-words messages and hints for constraint violations: which rule a value breaks (a Kubernetes name, a
 * duration like 5m, one of a few allowed values...) and how to fix it, with a corrected value where one can be
 * guessed. Values are quoted (shortened, with URL passwords masked) except in Secrets.
 */
final class Explanations {

    /** A message and a hint. */
    record Explanation(String message, String hint) {
    }

    private static final java.util.regex.Pattern ENUM = java.util.regex.Pattern.compile("\\^\\(([\\w|]*)\\)\\$");
    private static final String DIGEST_REGEXP = "^[a-z0-9]+:[a-f0-9]+$";
    private static final String TAG_REGEXP = "^[\\w.\\-\\_]+$";
    private static final java.util.regex.Pattern URL_PASSWORD = java.util.regex.Pattern.compile("(://[^/@:]*:)[^@/]*@");
    private static final java.util.regex.Pattern DURATION_PART = java.util.regex.Pattern.compile(
            "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]+)\\s*,?\\s*(?:and\\s*)?");
    private static final int MAX_QUOTED = 80;

    /** Hints for lists that must not be empty, by JSON name. */
    private static final Map<String, String> EMPTY_LIST_HINTS = Map.of(
            "requestedFreight", "request Freight from at least one origin: add an entry with origin"
                    + " {kind: Warehouse, name: <warehouse>} and sources {direct: true} (or sources {stages:"
                    + " [<upstream stage>]})",
            "subscriptions", "subscribe to at least one repository, such as - image: {repoURL: ghcr.io/example/app}"
                    + " or - git: {repoURL: https://github.com/example/app.git}",
            "steps", "add at least one step, such as - uses: git-clone");

    private Explanations() {
    }

    /**
     * @param v      the violation
     * @param field  the JSON path of the field, as text
     * @param secret whether the resource is a Secret (its values are never quoted)
     * @return the message and hint
     */
    static Explanation explain(Violations.Violation v, String field, boolean secret) {
        Constraint c = v.constraint();
        Object value = v.value();
        boolean optional = v.optional();
        if (c instanceof Constraint.Pattern p) {
            return pattern(p.regexp(), field, value.toString(), secret);
        }
        if (c instanceof Constraint.Size s) {
            return size(s, field, value, optional);
        }
        if (c instanceof Constraint.Min min) {
            return new Explanation(field + " is " + value + "; it must be at least " + min.value(),
                    "use " + min.value() + " or more");
        }
        if (c instanceof Constraint.Max max) {
            return new Explanation(field + " is " + value + "; it must be at most " + max.value(),
                    "use " + max.value() + " or less");
        }
        if (c instanceof Constraint.NotBlank) {
            return new Explanation(field + " is empty", optional ? "give it a value, or remove the field"
                    : "give it a value");
        }
        // Email is the one kind left (Constraint is sealed)
        return new Explanation(field + quote(value.toString(), secret) + " is not an email address",
                "write an address such as kargo@example.com");
    }

    // ------------------------------------------------------------------------------------------------ patterns

    private static Explanation pattern(String regexp, String field, String value, boolean secret) {
        String q = quote(value, secret);
        if (regexp.equals(AbstractObjectMeta.K8S_NAME)) {
            return new Explanation(field + q + " is not a valid Kubernetes name", hint(secret, kubernetesName(value),
                    "a Kubernetes name has only lower-case letters, digits, '-' and '.', and starts and ends with a"
                            + " letter or digit (a DNS-1123 subdomain)"));
        }
        if (regexp.equals(AbstractFreightSources.DURATION) || regexp.equals(AbstractWarehouseSpec.DURATION)) {
            return new Explanation(field + q + " is not a duration like 5m or 1h30m", hint(secret, duration(value),
                    "Kargo durations are numbers with the unit s, m or h, such as 30s, 5m, 1h or 1h30m (no d, no"
                            + " ms)"));
        }
        if (regexp.equals(AbstractExpressionVariable.VAR_NAME)) {
            return new Explanation(field + q + " is not a valid variable name", hint(secret, variableName(value),
                    "a variable name starts with a letter or '_' and has only letters, digits and '_', such as"
                            + " imageTag"));
        }
        if (regexp.equals(AbstractGitSubscription.GIT_URL) || regexp.equals(AbstractGitDiscoveryResult.GIT_URL)) {
            String guess = null;
            if (!value.contains("://") && !value.contains("@") && value.contains("/") && value.contains(".")) {
                guess = "https://" + value;
            } else if (value.startsWith("git://")) {
                guess = "https://" + value.substring("git://".length());
            }
            return new Explanation(field + q + " is not a Git repository URL", hint(secret, guess,
                    "Kargo accepts an https://, http:// or ssh:// URL such as https://github.com/example/app.git, or"
                            + " the scp-like form git@github.com:example/app.git"));
        }
        if (regexp.equals(AbstractGitSubscription.GIT_BRANCH)) {
            String guess = value.startsWith("refs/heads/") ? value.substring("refs/heads/".length()) : null;
            return new Explanation(field + q + " is not a valid Git branch name", hint(secret, guess,
                    "a branch name has only letters, digits, '.', '_', '/' and '-', starts with a letter or digit"
                            + " and does not end with '.' or '/', such as main or release/1.2"));
        }
        if (regexp.equals(AbstractImageSubscription.IMAGE_REPO)) {
            return new Explanation(field + q + " is not an image repository", hint(secret, imageRepository(value),
                    "the repository is written alone, without scheme, tag or digest, such as ghcr.io/example/app"
                            + " or nginx; Kargo picks tags by imageSelectionStrategy and constraint"));
        }
        if (regexp.equals(AbstractChartSubscription.CHART_REPO)) {
            return new Explanation(field + q + " is not a chart repository URL",
                    "start with https:// (a Helm repository) or oci:// (an OCI registry), such as"
                            + " https://charts.example.com or oci://ghcr.io/example/charts/app");
        }
        if (regexp.equals(AbstractImageSubscription.PLATFORM)) {
            return new Explanation(field + q + " is not a platform like linux/amd64",
                    "write os/architecture or os/architecture/variant, such as linux/amd64 or linux/arm64/v8");
        }
        if (regexp.equals(DIGEST_REGEXP)) {
            return new Explanation(field + q + " is not an image digest like sha256:4f9a...",
                    "write the algorithm, a colon and the lower-case hexadecimal digest");
        }
        if (regexp.equals(TAG_REGEXP)) {
            return new Explanation(field + q + " is not a valid image tag",
                    "use only letters, digits, '_', '.' and '-'");
        }
        Matcher m = ENUM.matcher(regexp);
        if (m.matches()) {
            return oneOf(field, q, value, m.group(1), secret);
        }
        return new Explanation(field + q + " is not in the expected format",
                "it must match the regular expression " + regexp);
    }

    /** @return {@code write "guess"; rule} when there is a guess (never for Secrets), else the rule */
    private static String hint(boolean secret, String guess, String rule) {
        return secret || guess == null || guess.isEmpty() ? rule : "write " + JsonString.of(guess) + "; " + rule;
    }

    private static Explanation oneOf(String field, String quoted, String value, String alternatives,
                                     boolean secret) {
        List<String> allowed = new ArrayList<>();
        boolean emptyAllowed = false;
        for (String s : alternatives.split("\\|", -1)) {
            if (s.isEmpty()) {
                emptyAllowed = true;
            } else {
                allowed.add(s);
            }
        }
        String list = allowed.size() == 1 ? allowed.get(0) : String.join(", ", allowed.subList(0, allowed.size() - 1))
                + " or " + allowed.get(allowed.size() - 1);
        String message = field + quoted + " is not " + (allowed.size() == 1 ? list : "one of " + list);
        String hint = null;
        for (String s : allowed) {
            if (!secret && s.equalsIgnoreCase(value.trim())) {
                hint = "write \"" + s + "\" (values are case-sensitive)";
            }
        }
        if (hint == null) {
            hint = allowed.size() == 1 ? "the only value Kargo accepts here is " + list
                    : "use one of: " + String.join(", ", allowed) + (emptyAllowed ? " (or leave it out)" : "");
        }
        return new Explanation(message, hint);
    }

    // ------------------------------------------------------------------------------------------------ sizes

    private static Explanation size(Constraint.Size s, String field, Object value, boolean optional) {
        if (value instanceof CharSequence cs) {
            int len = cs.length();
            if (len < s.min()) {
                return len == 0 ? new Explanation(field + " is empty", optional
                        ? "give it a value, or remove the field" : "give it a value")
                        : new Explanation(field + " is " + len + " characters long; it needs at least " + s.min(),
                        "lengthen it to " + s.min() + " characters or more");
            }
            return new Explanation(field + " is " + len + " characters long; at most " + s.max() + " are allowed",
                    "shorten it to " + s.max() + " characters or fewer");
        }
        int n = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (n >= 0 && n < s.min()) {
            String hint = EMPTY_LIST_HINTS.getOrDefault(leaf, "add at least " + entries(s.min()));
            return new Explanation(field + (n == 0 ? " is empty" : " has " + entries(n)) + "; it needs at least "
                    + entries(s.min()), hint);
        }
        if (n >= 0) {
            return new Explanation(field + " has " + entries(n) + "; at most " + entries(s.max()) + " are allowed",
                    "remove entries until at most " + s.max() + " remain (each value may appear only once)");
        }
        return new Explanation(field + " has the wrong size", "it must have between " + s.min() + " and " + s.max()
                + " entries");
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }

    // ------------------------------------------------------------------------------------------------ values

    /** @return {@code " \"value\""} (shortened, URL passwords masked), or {@code ""} for a Secret */
    static String quote(Object value, boolean secret) {
        if (secret || value == null) {
            return "";
        }
        if (!(value instanceof CharSequence)) {
            return value instanceof Number || value instanceof Boolean ? " " + value : "";
        }
        String s = URL_PASSWORD.matcher(value.toString()).replaceAll("$1***@");
        if (s.length() > MAX_QUOTED) {
            s = s.substring(0, MAX_QUOTED - 3) + "...";
        }
        return " " + JsonString.of(s);
    }

    /** @return a DNS-1123 subdomain close to the value, or null */
    static String kubernetesName(String value) {
        return KubernetesNames.NameRule.SUBDOMAIN.closest(value).orElse(null);
    }

    /** @return a Kargo duration for values such as {@code 1d}, {@code 5 minutes} or {@code 1h 30m}, or null */
    static String duration(String value) {
        Matcher m = DURATION_PART.matcher(value.trim());
        StringBuilder out = new StringBuilder();
        int end = 0;
        while (m.find() && m.start() == end) {
            end = m.end();
            String number = m.group(1);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            switch (unit) {
                case "d", "day", "days" -> {
                    if (number.contains(".")) {
                        return null;
                    }
                    out.append(Long.parseLong(number) * 24).append('h');
                }
                case "h", "hr", "hrs", "hour", "hours" -> out.append(number).append('h');
                case "m", "min", "mins", "minute", "minutes" -> out.append(number).append('m');
                case "s", "sec", "secs", "second", "seconds" -> out.append(number).append('s');
                case "w", "week", "weeks" -> {
                    if (number.contains(".")) {
                        return null;
                    }
                    out.append(Long.parseLong(number) * 24 * 7).append('h');
                }
                default -> {
                    return null;
                }
            }
        }
        String s = out.toString();
        return end == value.trim().length() && !s.isEmpty() && !s.equals(value)
                && s.matches(AbstractFreightSources.DURATION) ? s : null;
    }

    /** @return a variable name close to the value, or null */
    static String variableName(String value) {
        String s = value.replaceAll("[^A-Za-z0-9_]", "_");
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return !s.isEmpty() && !s.equals(value) && s.matches(AbstractExpressionVariable.VAR_NAME) ? s : null;
    }

    /** @return the repository part of an image reference such as {@code docker.io/nginx:1.27}, or null */
    static String imageRepository(String value) {
        String s = value.trim().replaceFirst("^[a-z]+://", "");
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        if (colon > slash) {
            s = s.substring(0, colon);
        }
        return !s.isEmpty() && !s.equals(value) && s.matches(AbstractImageSubscription.IMAGE_REPO) ? s : null;
    }
}
