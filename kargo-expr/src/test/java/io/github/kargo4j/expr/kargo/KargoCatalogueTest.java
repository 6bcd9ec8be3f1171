package io.github.kargo4j.expr.kargo;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.ExprFunction;
import io.github.kargo4j.expr.ExprLang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue agrees with Kargo v1.11.2's Go source, and the languages of the places behave like Kargo's. */
class KargoCatalogueTest {

    @Test
    void everyDeclarationOfKargoIsInTheCatalogueWithItsSignatures() throws IOException {
        List<String> kargo = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/kargo/functions-v1.11.2.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    kargo.add(line);
                }
            }
        }
        List<String> ours = Arrays.stream(KargoFunction.values())
                .map(f -> f.functionName() + "\t" + String.join("\t", f.signatures())).collect(Collectors.toList());
        assertEquals(kargo.stream().sorted().toList(), ours.stream().sorted().toList());
    }

    @Test
    void stepStatusFunctionsAreProvidedInStepConfigAndIfButNotInVars() {
        for (String f : List.of("success", "failure", "always", "status")) {
            assertTrue(EvaluationPlace.STEP_CONFIG.provides(f), f);
            assertTrue(EvaluationPlace.STEP_IF.provides(f), f);
            assertFalse(EvaluationPlace.VARS.provides(f), f);
            assertFalse(EvaluationPlace.VERIFICATION_ARGS.provides(f), f);
        }
        assertEquals(List.of(EvaluationPlace.STEP_CONFIG, EvaluationPlace.STEP_IF),
                KargoFunctions.placesProviding("failure"));
    }

    @Test
    void eachPlaceHasTheFunctionSetsKargoRegistersThere() {
        assertEquals(Set.of(FunctionSet.DATA, FunctionSet.FREIGHT, FunctionSet.UTILITY, FunctionSet.TEMPLATE),
                Set.copyOf(EvaluationPlace.VARS.functionSets()));
        assertEquals(EvaluationPlace.VARS.functions().size(), EvaluationPlace.VERIFICATION_ARGS.functions().size());
        assertEquals(List.of(FunctionSet.DISCOVERED_ARTIFACTS),
                EvaluationPlace.FREIGHT_CREATION_CRITERIA.functionSets());
        assertEquals(List.of(), EvaluationPlace.BARE.functions());
        assertFalse(EvaluationPlace.FREIGHT_CREATION_CRITERIA.template());
        assertFalse(EvaluationPlace.BARE.provides("quote"));
        assertTrue(EvaluationPlace.BARE.provides("len"));
        // freightMetadata is registered by both FreightOperations and DataOperations; a place has it once
        assertEquals(1, EvaluationPlace.STEP_CONFIG.functions().stream()
                .filter(f -> f.functionName().equals("freightMetadata")).count());
        assertEquals(List.of(FunctionSet.FREIGHT, FunctionSet.DATA), KargoFunction.FREIGHT_METADATA.sets());
    }

    @Test
    void callsAreCheckedAgainstTheSignaturesOfThePlace() {
        ExprException few = assertThrows(ExprException.class,
                () -> EvaluationPlace.STEP_CONFIG.checkingLang().compile("quote()"));
        assertEquals("not enough arguments to call quote", few.reason());
        ExprException type = assertThrows(ExprException.class,
                () -> EvaluationPlace.VARS.checkingLang().compile("semverDiff('1.0.0', 2)"));
        assertEquals("cannot use int as argument (type string) to call semverDiff ", type.reason());
        assertEquals(21, type.column());
        // a promotion's commitFrom takes an origin; a Warehouse's criteria's does not
        EvaluationPlace.STEP_CONFIG.checkingLang().compile("commitFrom('https://git.example/a', warehouse('w')).ID");
        ExprException criteria = assertThrows(ExprException.class, () -> EvaluationPlace.FREIGHT_CREATION_CRITERIA
                .checkingLang().compile("commitFrom('https://git.example/a', 'w')"));
        assertEquals("too many arguments to call commitFrom", criteria.reason());
    }

    @Test
    void groupedParameterNamesShareTheTypeThatFollowsThem() {
        ExprLang lang = ExprLang.builder().function("f", args -> 1L, "func(a, b string, n int) int").build();
        lang.compile("f('x', 'y', 3)");
        ExprException e = assertThrows(ExprException.class, () -> lang.compile("f('x', 2, 3)"));
        assertEquals("cannot use int as argument (type string) to call f ", e.reason());
        assertThrows(IllegalArgumentException.class,
                () -> ExprLang.builder().function("g", args -> 1L, "func(a string, b) int"));
    }

    @Test
    void aFunctionWithoutImplementationCompilesAndSaysItNeedsKargoWhenCalled() {
        ExprLang lang = EvaluationPlace.STEP_IF.langBuilder(name -> null).build();
        ExprException e = assertThrows(ExprException.class, () -> lang.eval("failure()", Map.of()));
        assertEquals(ExprException.Phase.RUN, e.phase());
        assertEquals("failure() needs a running Kargo: it is evaluated in a step's `if` against the cluster's state,"
                + " which is not available here", e.reason());
    }

    @Test
    void implementationsComeFromTheLookup() {
        Map<String, ExprFunction> impls = Map.of("quote", args -> "\"" + args.get(0) + "\"");
        ExprLang lang = EvaluationPlace.STEP_CONFIG.langBuilder(impls::get).build();
        assertEquals("\"v1\"", lang.eval("quote(vars.tag)", Map.of("vars", Map.of("tag", "v1"))));
        assertThrows(ExprException.class, () -> lang.compile("quote(1, 2)"));
    }

    @Test
    void builtinsAndKargoNamesAreDisjoint() {
        assertTrue(KargoFunctions.builtins().contains("toJSON"));
        assertTrue(KargoFunctions.names().contains("sharedSecret"));
        for (String n : KargoFunctions.names()) {
            assertFalse(KargoFunctions.builtins().contains(n), n);
        }
        assertEquals(2, KargoFunctions.named("chartFrom").size());
        assertEquals(List.of(), KargoFunctions.named("nope"));
    }
}
