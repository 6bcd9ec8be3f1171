package io.github.kargo4j.expr.kargo;

import java.util.List;

/**
 * One function Kargo v1.11.2 registers for its expressions, with the Go signatures it declares for expr-lang's
 * checker ({@code expr.Function(name, fn, new(func(string) ...))}), in Kargo's order. A name Kargo registers twice
 * with different signatures is two constants: {@code commitFrom} of a promotion ({@link #COMMIT_FROM}) takes an
 * optional origin, {@code commitFrom} of a Warehouse's freight creation criteria ({@link #COMMIT_FROM_DISCOVERED})
 * does not.
 *
 * <p>Sources: {@code pkg/expressions/function/functions.go} and, for the four template functions,
 * {@code pkg/expressions/json_templates.go} ({@code EvaluateTemplate}). Which functions are provided where is
 * {@link EvaluationPlace}'s business; {@link FunctionSet} groups them as Kargo's Go code does.
 */
public enum KargoFunction {

    /** {@code quote(v)}: v as a JSON-quoted string, so that a template keeps it a string. */
    QUOTE("quote", "func(any) string"),
    /** {@code unsafeQuote(v)}: v as a string, without JSON escaping. */
    UNSAFE_QUOTE("unsafeQuote", "func(any) string"),
    /** {@code asYAML(v)}: v written as YAML. */
    AS_YAML("asYAML", "func(any) string"),
    /** {@code asJSON(v)}: v written as JSON. */
    AS_JSON("asJSON", "func(any) string"),

    /** {@code warehouse(name)}: a Freight origin of kind Warehouse, for the origin argument of the *From functions. */
    WAREHOUSE("warehouse", "func(name string) kargoapi.FreightOrigin"),
    /** {@code commitFrom(repoURL[, origin])}: the Git commit of the promoted Freight from that repository. */
    COMMIT_FROM("commitFrom", "func(repoURL string, origin kargoapi.FreightOrigin) kargoapi.GitCommit",
            "func(repoURL string) kargoapi.GitCommit"),
    /** {@code imageFrom(repoURL[, origin])}: the image of the promoted Freight from that repository. */
    IMAGE_FROM("imageFrom", "func(repoURL string, origin kargoapi.FreightOrigin) kargoapi.Image",
            "func(repoURL string) kargoapi.Image"),
    /** {@code chartFrom(repoURL[, chartName][, origin])}: the Helm chart of the promoted Freight. */
    CHART_FROM("chartFrom", "func(repoURL string, chartName string, origin kargoapi.FreightOrigin) kargoapi.Chart",
            "func(repoURL string, chartName string) kargoapi.Chart",
            "func(repoURL string, origin kargoapi.FreightOrigin) kargoapi.Chart",
            "func(repoURL string) kargoapi.Chart"),
    /** {@code artifactFrom(subscriptionName[, origin])}: a generic artifact of the promoted Freight. */
    ARTIFACT_FROM("artifactFrom",
            "func(name string, origin kargoapi.FreightOrigin) expressionFriendlyArtifactReference",
            "func(name string) expressionFriendlyArtifactReference"),
    /** {@code freightMetadata(freightName)}: the metadata a Freight's status carries, or nil. */
    FREIGHT_METADATA("freightMetadata", "func(freightRefName string) map[string]any"),

    /** {@code commitFrom(repoURL)} in freight creation criteria: the newest discovered commit. */
    COMMIT_FROM_DISCOVERED("commitFrom", "func(repoURL string) kargoapi.DiscoveredCommit"),
    /** {@code imageFrom(repoURL)} in freight creation criteria: the newest discovered image. */
    IMAGE_FROM_DISCOVERED("imageFrom", "func(repoURL string) kargoapi.DiscoveredImageReference"),
    /** {@code chartFrom(repoURL[, chartName])} in freight creation criteria: the newest discovered chart. */
    CHART_FROM_DISCOVERED("chartFrom", "func(repoURL string, chartName string) kargoapi.Chart",
            "func(repoURL string) kargoapi.Chart"),
    /** {@code artifactFrom(subscriptionName)} in freight creation criteria: the newest discovered artifact. */
    ARTIFACT_FROM_DISCOVERED("artifactFrom", "func(name string) expressionFriendlyArtifactReference"),

    /** {@code configMap(name)}: the data of a ConfigMap in the Project's namespace. */
    CONFIG_MAP("configMap", "func(name string) map[string]string"),
    /** {@code sharedConfigMap(name)}: the data of a ConfigMap in the shared resources namespace. */
    SHARED_CONFIG_MAP("sharedConfigMap", "func(name string) map[string]string"),
    /** {@code secret(name)}: the data of a Secret in the Project's namespace. */
    SECRET("secret", "func(name string) map[string]string"),
    /** {@code sharedSecret(name)}: the data of a Secret in the shared resources namespace. */
    SHARED_SECRET("sharedSecret", "func(name string) map[string]string"),
    /** {@code stageMetadata(stageName)}: the metadata a Stage's status carries, or nil. */
    STAGE_METADATA("stageMetadata", "func(stageName string) map[string]any"),

    /** {@code semverDiff(a, b)}: the most significant part two versions differ in. */
    SEMVER_DIFF("semverDiff", "func(ver1Str, ver2Str string) string"),
    /** {@code semverParse(v)}: a semantic version with methods such as {@code Major()}. */
    SEMVER_PARSE("semverParse", "func(verStr string) *semver.Version"),

    /** {@code always()}: true. */
    ALWAYS("always", "func() bool"),
    /** {@code failure()}: whether an earlier step failed or errored. */
    FAILURE("failure", "func() bool"),
    /** {@code success()}: whether no earlier step failed or errored. */
    SUCCESS("success", "func() bool"),
    /** {@code status(alias)}: the status of an earlier step. */
    STATUS("status", "func(alias string) string");

    private final String functionName;
    private final List<String> signatures;

    KargoFunction(String functionName, String... signatures) {
        this.functionName = functionName;
        this.signatures = List.of(signatures);
    }

    /** @return the name expressions call it by, such as {@code commitFrom} */
    public String functionName() {
        return functionName;
    }

    /** @return the Go function types Kargo declares, in its order (expr-lang tries the overloads in order) */
    public List<String> signatures() {
        return signatures;
    }

    /** @return the sets that contain it (freightMetadata is in two) */
    public List<FunctionSet> sets() {
        return FunctionSet.containing(this);
    }
}
