package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.expr.kargo.FunctionSet;
import io.github.kargo4j.expr.kargo.KargoFunction;
import io.github.kargo4j.expr.kargo.KargoFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The function lists written out in KE006's page agree with kargo-expr's catalogue, the one source of them. */
class FunctionDocsTest {

    private static String page() throws IOException {
        try (InputStream in = FunctionDocsTest.class.getResourceAsStream(
                "/io/github/kargo4j/validation/rules/KE006.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @return the names listed in the bullet of the page that starts with {@code prefix}, up to its colon list */
    private static Set<String> bullet(String page, String prefix) {
        int at = page.indexOf("\n- " + prefix);
        int colon = page.indexOf(':', at + prefix.length() + 3);
        int end = page.indexOf(";\n", colon);
        end = end < 0 ? page.indexOf(".\n", colon) : end;
        String list = page.substring(colon + 1, end).replaceAll("(?s)\\(.*", "");
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(java.util.Collection<KargoFunction> fs) {
        return fs.stream().map(KargoFunction::functionName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void builtInsAreThoseOfKargoExpr() throws IOException {
        assertEquals(new TreeSet<>(KargoFunctions.builtins()), bullet(page(), "expr-lang built-ins"));
    }

    @Test
    void promotionFunctionsAreThoseOfVars() throws IOException {
        assertEquals(names(EvaluationPlace.VARS.functions()), bullet(page(), "in every `${{ }}`"));
        assertEquals(names(EvaluationPlace.VARS.functions()), names(EvaluationPlace.VERIFICATION_ARGS.functions()));
    }

    @Test
    void stepStatusFunctionsAreThoseOfStepConfigAndIfOnly() throws IOException {
        Set<String> status = names(FunctionSet.STATUS.functions());
        assertEquals(status, bullet(page(), "only in a step's"));
        Set<String> stepOnly = names(EvaluationPlace.STEP_CONFIG.functions());
        stepOnly.removeAll(names(EvaluationPlace.VARS.functions()));
        assertEquals(status, stepOnly);
        assertEquals(names(EvaluationPlace.STEP_CONFIG.functions()), names(EvaluationPlace.STEP_IF.functions()));
    }

    @Test
    void criteriaFunctionsAreTheDiscoveredArtifactOnes() throws IOException {
        assertEquals(names(EvaluationPlace.FREIGHT_CREATION_CRITERIA.functions()),
                bullet(page(), "in a Warehouse's"));
    }
}
