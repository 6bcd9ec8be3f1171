package io.github.kargo4j.builders.fleet;

import java.util.Objects;
import java.util.Optional;

/**
 * The Kubernetes naming rules a generated name must follow, checked before anything is generated so that a bad
 * service name is refused with a reason rather than turned into manifests the API server rejects.
 *
 * <ul>
 * <li>A <b>DNS-1123 label</b> (Namespaces, and so Kargo Projects): 1 to 63 characters, only lower-case letters,
 * digits and {@code -}, starting and ending with a letter or digit.</li>
 * <li>A <b>DNS-1123 subdomain</b> (Warehouses, Stages and most other objects): 1 to 253 characters, one or more
 * labels joined by {@code .}; each label as above but without the 63-character limit of its own.</li>
 * </ul>
 *
 * <pre>{@code
 * KubernetesNames.labelProblem("kargo-Nginx");   // Optional["contains 'N', but only lower-case letters, ..."]
 * KubernetesNames.requireLabel("kargo-nginx", "namespace name");
 * }</pre>
 */
public final class KubernetesNames {

    /** The longest DNS-1123 label (a Namespace name). */
    public static final int MAX_LABEL_LENGTH = 63;
    /** The longest DNS-1123 subdomain (a Stage or Warehouse name). */
    public static final int MAX_SUBDOMAIN_LENGTH = 253;

    private KubernetesNames() {
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
