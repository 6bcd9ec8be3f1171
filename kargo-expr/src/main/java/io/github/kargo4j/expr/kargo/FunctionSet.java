package io.github.kargo4j.expr.kargo;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups in which Kargo v1.11.2 registers its functions, named after the Go functions that return them
 * ({@code pkg/expressions/function/functions.go}); {@link EvaluationPlace} combines them.
 */
public enum FunctionSet {

    /** Added by {@code EvaluateTemplate} to every template ({@code pkg/expressions/json_templates.go}). */
    TEMPLATE(KargoFunction.QUOTE, KargoFunction.UNSAFE_QUOTE, KargoFunction.AS_YAML, KargoFunction.AS_JSON),
    /** {@code FreightOperations}: the Freight being promoted or verified. */
    FREIGHT(KargoFunction.WAREHOUSE, KargoFunction.COMMIT_FROM, KargoFunction.IMAGE_FROM, KargoFunction.CHART_FROM,
            KargoFunction.ARTIFACT_FROM, KargoFunction.FREIGHT_METADATA),
    /** {@code DiscoveredArtifactsOperations}: the artifacts a Warehouse has just discovered. */
    DISCOVERED_ARTIFACTS(KargoFunction.COMMIT_FROM_DISCOVERED, KargoFunction.IMAGE_FROM_DISCOVERED,
            KargoFunction.CHART_FROM_DISCOVERED, KargoFunction.ARTIFACT_FROM_DISCOVERED),
    /** {@code DataOperations}: ConfigMaps, Secrets and resource metadata of the cluster. */
    DATA(KargoFunction.CONFIG_MAP, KargoFunction.SHARED_CONFIG_MAP, KargoFunction.SECRET, KargoFunction.SHARED_SECRET,
            KargoFunction.FREIGHT_METADATA, KargoFunction.STAGE_METADATA),
    /** {@code UtilityOperations}: semantic versions. */
    UTILITY(KargoFunction.SEMVER_DIFF, KargoFunction.SEMVER_PARSE),
    /** {@code StatusOperations}: the outcome of earlier steps of the running promotion. */
    STATUS(KargoFunction.ALWAYS, KargoFunction.FAILURE, KargoFunction.SUCCESS, KargoFunction.STATUS);

    private final List<KargoFunction> functions;

    FunctionSet(KargoFunction... functions) {
        this.functions = List.of(functions);
    }

    /** @return its functions, in Kargo's registration order */
    public List<KargoFunction> functions() {
        return functions;
    }

    static List<FunctionSet> containing(KargoFunction f) {
        List<FunctionSet> out = new ArrayList<>();
        for (FunctionSet s : values()) {
            if (s.functions.contains(f)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
