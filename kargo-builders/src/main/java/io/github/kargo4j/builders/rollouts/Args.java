package io.github.kargo4j.builders.rollouts;

import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.rollouts.SecretKeyRef;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Arguments of an analysis template ({@code spec.args[]}) and the placeholders that read them.
 *
 * <pre>{@code
 * AnalysisTemplate.builder()
 *     .metadata(m -> m.name("pulumi-update-success").namespace("kargo-managed-stack"))
 *     .spec(s -> s
 *         .addArg(Args.required("stack-name"))                       // the Stage's verification.args supplies it
 *         .addArg(Args.of("pulumi-org", "example-org"))              // a default the Stage may override
 *         .addArg(Args.fromSecret("pulumi-token", "pulumisecret", "PULUMI_ACCESS_TOKEN"))
 *         .addMetric(Metrics.web("pulumi-update-succeeded",
 *                 "https://api.pulumi.com/api/stacks/" + Args.placeholder("pulumi-org") + "/app/"
 *                     + Args.placeholder("stack-name") + "/updates/latest")
 *             .header("Authorization", "token " + Args.placeholder("pulumi-token"))))
 *     .build();
 * }</pre>
 */
public final class Args {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private Args() {
    }

    /**
     * An argument without a value: the Stage must supply it in {@code verification.args}, or the AnalysisRun fails
     * with "unresolved argument".
     *
     * @param name the argument name
     * @return the argument
     */
    public static Argument required(String name) {
        return Argument.builder().name(checkName(name)).build();
    }

    /**
     * An argument with a literal value, which a Stage's {@code verification.args} may override.
     *
     * @param name  the argument name
     * @param value the value
     * @return the argument
     */
    public static Argument of(String name, String value) {
        return Argument.builder().name(checkName(name)).value(Objects.requireNonNull(value, "value")).build();
    }

    /**
     * An argument read from a key of a Secret in the namespace where the AnalysisRun runs (for Kargo, the
     * Stage's Project namespace); the value never appears in the template.
     *
     * @param name       the argument name
     * @param secretName the Secret's name
     * @param key        the key within the Secret
     * @return the argument
     */
    public static Argument fromSecret(String name, String secretName, String key) {
        return Argument.builder().name(checkName(name))
                .valueFrom(v -> v.secretKeyRef(SecretKeyRef.of(requireText(secretName, "secretName"),
                        requireText(key, "key"))))
                .build();
    }

    /**
     * The placeholder Argo Rollouts replaces with an argument's value in metric fields. It has no {@code $}: it is
     * not a Kargo expression, and Argo Rollouts resolves it after Kargo has evaluated the Stage's arguments.
     *
     * @param name the argument name
     * @return {@code {{args.name}}}
     */
    public static String placeholder(String name) {
        return "{{args." + checkName(name) + "}}";
    }

    private static String checkName(String name) {
        requireText(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("argument name \"" + name + "\" may hold only letters, digits, '-', "
                    + "'_' and '.', so that {{args." + name + "}} can refer to it");
        }
        return name;
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
