package io.github.kargo4j.model;

import io.github.kargo4j.model.io.ReadingMode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Kubernetes naming rules, in one place: the model's builders refuse a typed resource whose
 * {@code metadata.name} breaks them ({@link #requireName(KargoResource)}), the validator reports such a name with
 * the API server's own words, and generators check a name before they use it.
 *
 * <ul>
 * <li>A <b>DNS-1123 label</b> (Namespaces, and so Kargo Projects, whose name becomes a namespace name): 1 to 63
 * characters, only lower-case letters, digits and {@code -}, starting and ending with a letter or digit.</li>
 * <li>A <b>DNS-1123 subdomain</b> (Warehouses, Stages, every other Kargo kind, Argo Rollouts analysis templates,
 * Secrets): 1 to 253 characters, one or more labels joined by {@code .}; each label as above but without the
 * 63-character limit of its own. The API server applies this rule to every custom resource.</li>
 * </ul>
 *
 * <pre>{@code
 * KubernetesNames.labelProblem("kargo-Nginx");   // Optional["contains 'N', but only lower-case letters, ..."]
 * KubernetesNames.requireLabel("kargo-nginx", "namespace name");
 * Stage.builder().spec(spec).build();            // IllegalArgumentException: Stage has no metadata.name ...
 * }</pre>
 *
 * <p>Reading a manifest never fails for its name: {@link io.github.kargo4j.model.io.KargoCodec} builds resources
 * in a {@link ReadingMode} that skips the check, so that a manifest without a name still loads and the validator can
 * report it with its file, line and column.
 */
public final class KubernetesNames {

    /** The longest DNS-1123 label (a Namespace name). */
    public static final int MAX_LABEL_LENGTH = 63;
    /** The longest DNS-1123 subdomain (a Stage or Warehouse name). */
    public static final int MAX_SUBDOMAIN_LENGTH = 253;
    /** The DNS-1123 label pattern (without the length limit of 63). */
    public static final String DNS1123_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
    /** The DNS-1123 subdomain pattern (without the length limit of 253). */
    public static final String DNS1123_SUBDOMAIN =
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

    private KubernetesNames() {
    }

    /** The rule a kind's {@code metadata.name} follows. */
    public enum NameRule {
        /** A DNS-1123 label: Namespaces and Projects. */
        LABEL("a DNS-1123 label", MAX_LABEL_LENGTH, "lower-case letters, digits and '-', starting and ending with a"
                + " letter or digit, at most 63 characters",
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must "
                        + "start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used "
                        + "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"),
        /** A DNS-1123 subdomain: every other kind. */
        SUBDOMAIN("a DNS-1123 subdomain", MAX_SUBDOMAIN_LENGTH, "lower-case letters, digits, '-' and '.', starting "
                + "and ending with a letter or digit, at most 253 characters",
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
                        + "must start and end with an alphanumeric character (e.g. 'example.com', regex used for "
                        + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");

        private final String title;
        private final int maxLength;
        private final String description;
        private final String apiServerText;

        NameRule(String title, int maxLength, String description, String apiServerText) {
            this.title = title;
            this.maxLength = maxLength;
            this.description = description;
            this.apiServerText = apiServerText;
        }

        /** @return the rule's name, such as {@code a DNS-1123 subdomain} */
        public String title() {
            return title;
        }

        /** @return the longest name the rule allows */
        public int maxLength() {
            return maxLength;
        }

        /** @return what a name may hold, in plain words */
        public String description() {
            return description;
        }

        /**
         * @param name a name
         * @return what breaks the rule, or empty if the name follows it
         */
        public Optional<String> problem(String name) {
            return this == LABEL ? labelProblem(name) : subdomainProblem(name);
        }

        /**
         * @param name a name that breaks the rule
         * @return what the API server says about it, after {@code metadata.name: Invalid value: "<name>": }
         *     (Kubernetes' {@code IsDNS1123Label} / {@code IsDNS1123Subdomain} messages, joined by {@code , })
         */
        public String apiServerMessage(String name) {
            boolean tooLong = name.length() > maxLength;
            boolean pattern = !name.matches(this == LABEL ? DNS1123_LABEL : DNS1123_SUBDOMAIN);
            String length = "must be no more than " + maxLength + " characters";
            return tooLong && pattern ? length + ", " + apiServerText : tooLong ? length : apiServerText;
        }

        /**
         * @param name a name that breaks the rule
         * @return a name close to it that follows the rule (lower case, other characters replaced by {@code -},
         *     cut to the longest allowed), or empty if there is none
         */
        public Optional<String> closest(String name) {
            String s = name.toLowerCase(Locale.ROOT);
            s = s.replaceAll(this == LABEL ? "[^a-z0-9]+" : "[^a-z0-9.-]+", "-").replaceAll("-{2,}", "-");
            if (this == SUBDOMAIN) {
                s = s.replaceAll("\\.{2,}", ".").replaceAll("-?\\.-?", ".");
            }
            s = s.replaceAll("^[^a-z0-9]+", "").replaceAll("[^a-z0-9]+$", "");
            if (s.length() > maxLength) {
                s = s.substring(0, maxLength).replaceAll("[^a-z0-9]+$", "");
            }
            return !s.isEmpty() && !s.equals(name) && problem(s).isEmpty() ? Optional.of(s) : Optional.empty();
        }
    }

    /**
     * @param apiVersion a resource's {@code apiVersion}
     * @param kind       its {@code kind}
     * @return the rule its {@code metadata.name} follows: a DNS-1123 label for Namespaces and Kargo Projects (a
     *     Project's name becomes its namespace's name), a DNS-1123 subdomain for everything else
     */
    public static NameRule nameRuleOf(String apiVersion, String kind) {
        boolean namespace = "v1".equals(apiVersion) && "Namespace".equals(kind);
        boolean project = KargoResource.KARGO_API_VERSION.equals(apiVersion) && "Project".equals(kind);
        return namespace || project ? NameRule.LABEL : NameRule.SUBDOMAIN;
    }

    /**
     * @param resource a typed resource
     * @return the rule its {@code metadata.name} follows
     */
    public static NameRule nameRuleOf(KargoResource resource) {
        return nameRuleOf(resource.apiVersion(), resource.kind());
    }

    /**
     * @param resource a typed resource
     * @return what is wrong with its {@code metadata.name} (missing, empty or breaking its kind's rule), in a
     *     sentence that starts with the kind, or empty if the name is valid
     */
    public static Optional<String> nameProblem(KargoResource resource) {
        Objects.requireNonNull(resource, "resource");
        NameRule rule = nameRuleOf(resource);
        String kind = resource.kind();
        Optional<String> name = resource.metadata().name();
        if (name.isEmpty()) {
            Optional<String> generate = resource.metadata().generateName();
            return Optional.of(kind + " has no metadata.name" + generate.map(g -> ", only generateName \"" + g
                    + "\"").orElse("") + "; every " + kind + " needs a name (" + rule.title + ": "
                    + rule.description + ")");
        }
        Optional<String> problem = rule.problem(name.get());
        if (problem.isEmpty()) {
            return problem;
        }
        return Optional.of(kind + " name \"" + name.get() + "\" " + problem.get()
                + (resource.kind().equals("Project") && KargoResource.KARGO_API_VERSION.equals(
                        resource.apiVersion()) ? " (a Project's name becomes its namespace's name)" : ""));
    }

    /**
     * Refuses a typed resource without a valid {@code metadata.name}; every typed resource calls it when it is
     * built. While a document is read ({@link ReadingMode#isReading()}, or inside {@link #lenient(Supplier)}) it
     * accepts anything.
     *
     * @param resource a typed resource
     * @throws IllegalArgumentException naming the kind and the broken rule, if the name is missing, empty or breaks
     *                                  the kind's rule
     */
    public static void requireName(KargoResource resource) {
        if (ReadingMode.isReading()) {
            return;
        }
        nameProblem(resource).ifPresent(p -> {
            Optional<String> name = resource.metadata().name();
            throw new IllegalArgumentException(p + (name.isEmpty() ? "; set one with metadata(m -> m.name(...))"
                    : nameRuleOf(resource).closest(name.get()).map(c -> "; \"" + c + "\" would do").orElse("")));
        });
    }

    /**
     * Runs an action in which typed resources may be built without a valid name, as they are while a document is
     * read ({@link ReadingMode#reading(Supplier)}), so that a manifest without a name still loads and the validator
     * can report it; tests of such manifests may use it too.
     *
     * @param action builds something
     * @param <T>    what it builds
     * @return what it built
     */
    public static <T> T lenient(Supplier<T> action) {
        return ReadingMode.reading(action);
    }

    /**
     * @param name a candidate Namespace (or Project) name
     * @return what breaks the DNS-1123 label rule, or empty if the name follows it
     */
    public static Optional<String> labelProblem(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_LABEL_LENGTH) {
            return Optional.of("is " + name.length() + " characters long, but a DNS-1123 label has at most "
                    + MAX_LABEL_LENGTH);
        }
        return segmentProblem(name, "a DNS-1123 label", false);
    }

    /**
     * @param name a candidate Stage, Warehouse or other object name
     * @return what breaks the DNS-1123 subdomain rule, or empty if the name follows it
     */
    public static Optional<String> subdomainProblem(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_SUBDOMAIN_LENGTH) {
            return Optional.of("is " + name.length() + " characters long, but a DNS-1123 subdomain has at most "
                    + MAX_SUBDOMAIN_LENGTH);
        }
        if (name.isEmpty()) {
            return Optional.of("is empty, but a DNS-1123 subdomain has at least one character");
        }
        String[] parts = name.split("\\.", -1);
        for (String part : parts) {
            Optional<String> p = segmentProblem(part, "a DNS-1123 subdomain", true);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * @param value a candidate label value, such as a shard name (Kargo copies {@code spec.shard} into the label
     *              {@code kargo.akuity.io/shard})
     * @return what breaks the rule for label values (at most 63 characters, letters, digits, {@code -}, {@code _}
     *     and {@code .}, starting and ending with a letter or digit), or empty if the value follows it
     */
    public static Optional<String> labelValueProblem(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LABEL_LENGTH) {
            return Optional.of("is " + value.length() + " characters long, but a label value has at most "
                    + MAX_LABEL_LENGTH);
        }
        if (value.isEmpty()) {
            return Optional.of("is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return Optional.of("contains " + show(c) + ", but a label value has only letters, digits, '-', "
                        + "'_' and '.'");
            }
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (!Character.isLetterOrDigit(first) || !Character.isLetterOrDigit(last)) {
            return Optional.of("does not start and end with a letter or digit, as a label value must");
        }
        return Optional.empty();
    }

    /**
     * @param name a candidate Namespace name
     * @param what what the name is, for the message, such as {@code "namespace name"}
     * @return the name
     * @throws IllegalArgumentException naming the name and the broken rule if it is not a DNS-1123 label
     */
    public static String requireLabel(String name, String what) {
        labelProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException(what + " \"" + name + "\" " + p);
        });
        return name;
    }

    /**
     * @param name a candidate object name
     * @param what what the name is, for the message, such as {@code "Stage name"}
     * @return the name
     * @throws IllegalArgumentException naming the name and the broken rule if it is not a DNS-1123 subdomain
     */
    public static String requireSubdomain(String name, String what) {
        subdomainProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException(what + " \"" + name + "\" " + p);
        });
        return name;
    }

    private static Optional<String> segmentProblem(String s, String rule, boolean dotted) {
        if (s.isEmpty()) {
            return Optional.of(dotted ? "has an empty part between dots, which " + rule + " does not allow"
                    : "is empty, but " + rule + " has at least one character");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return Optional.of("contains " + show(c) + ", but " + rule + " has only lower-case letters a-z, "
                        + "digits and '-'" + (dotted ? " (and '.' between parts)" : ""));
            }
        }
        if (s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return Optional.of((s.charAt(0) == '-' ? "starts" : "ends") + " with '-', but " + rule
                    + " starts and ends with a letter or digit");
        }
        return Optional.empty();
    }

    private static String show(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }
}
