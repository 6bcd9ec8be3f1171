package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.kargo4j.validation.expr.ExpressionCheckTest.WAREHOUSE;
import static io.github.kargo4j.validation.expr.ExpressionCheckTest.expr;
import static io.github.kargo4j.validation.expr.ExpressionCheckTest.oneStep;
import static io.github.kargo4j.validation.expr.ExpressionCheckTest.only;
import static io.github.kargo4j.validation.expr.ExpressionCheckTest.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KE009 and KE010: expressions compiled with the language of their place, constant ones evaluated. */
class CompiledExpressionTest {

    private static String config(String value) {
        return oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: image
                    value: %s
                """.formatted(value));
    }

    private static void assertMessage(Finding f, String... parts) {
        for (String p : parts) {
            assertTrue(f.message().contains(p), () -> "no <" + p + "> in: " + f.message());
        }
    }

    // ------------------------------------------------------------------------------------------------ KE009

    @Test
    void syntaxErrorNamesTheColumnInsideTheExpression() {
        Finding f = only(config("'${{ ctx.stage + }}'"));
        assertEquals("KE009", f.code());
        assertEquals("spec.promotionTemplate.spec.steps[0].config.updates[0].value", f.path().toString());
        assertMessage(f, "the expression `ctx.stage +` in step 1 (`yaml-update`) config does not compile:"
                + " unexpected token EOF (column 13 of the expression)");
        assertEquals("correct the syntax at column 13 of the expression", f.hint());
    }

    @Test
    void positionsOnLaterLinesOfAMultiLineExpression() {
        Finding f = only(stage("""
                steps:
                  - uses: yaml-update
                    config:
                      path: ./values.yaml
                      updates:
                        - key: image
                          value: |-
                            ${{ ctx.stage == 'a'
                              || ctx.stage ctx.project }}
                """));
        assertEquals("KE009", f.code());
        assertMessage(f, "(line 2, column 16 of the expression)");
    }

    @Test
    void wrongArgumentCountOfAKargoFunctionListsItsSignatures() {
        Finding f = only(config("${{ quote() }}"));
        assertEquals("KE009", f.code());
        assertMessage(f, "not enough arguments to call quote (column 2 of the expression)");
        assertEquals("call quote as Kargo declares it: func(any) string", f.hint());
    }

    @Test
    void originGivenAsAStringInsteadOfWarehouse() {
        Finding f = only(config("${{ commitFrom('https://github.com/example/app.git', 'app').ID }}"));
        assertEquals("KE009", f.code());
        assertTrue(f.hint().contains("func(repoURL string, origin kargoapi.FreightOrigin) kargoapi.GitCommit"),
                f.hint());
    }

    @Test
    void wrongArgumentTypeOfABuiltIn() {
        Finding f = only(config("${{ upper(1) }}"));
        assertEquals("KE009", f.code());
        assertMessage(f, "cannot use int as argument (type string) to call upper");
        assertEquals("check the arguments of expr-lang's built-in `upper`", f.hint());
    }

    @Test
    void mismatchedOperandTypes() {
        Finding f = only(config("${{ 'a' + 1 }}"));
        assertEquals("KE009", f.code());
        assertMessage(f, "invalid operation: + (mismatched types string and int)");
    }

    @Test
    void signaturesDependOnThePlace() {
        // a Warehouse's criteria get commitFrom(repoURL) only, and no warehouse()
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                  freightCreationCriteria:
                    expression: commitFrom('https://github.com/example/app.git', 'x').Tag == 'v1'
                """);
        assertEquals(List.of("KE009"), fs.stream().map(Finding::code).toList());
        assertMessage(fs.get(0), "too many arguments to call commitFrom");
        assertEquals("call commitFrom as Kargo declares it: func(repoURL string) kargoapi.DiscoveredCommit",
                fs.get(0).hint());
    }

    @Test
    void anOperatorCalledLikeAFunctionIsReportedOnceAsKE006() {
        Finding f = only(config("${{ contains(ctx.stage, 'rc') }}"));
        assertEquals("KE006", f.code());
    }

    @Test
    void theRemovedTwoArgumentFreightMetadataIsLeftToItsLegacyRule() {
        Report r = PipelineValidator.builder().build().validateManifests(KargoCodec.create().parse(
                config("${{ freightMetadata(ctx.targetFreight.name, 'owner') }}"), "test.yaml"));
        assertEquals(List.of("KL033"), r.filter(f -> f.code().startsWith("KE") || f.code().startsWith("KL"))
                .findings().stream().map(Finding::code).toList(), r::toString);
    }

    @Test
    void stepStatusFunctionsAreProvidedInStepConfigAsKargoDoes() {
        assertEquals(List.of(), expr(config("\"${{ failure() ? 'rollback' : 'roll' }}\"")));
        assertEquals(List.of(), expr(stage("""
                steps:
                  - uses: git-clone
                    if: ${{ always() && status('x') != 'Errored' }}
                    config:
                      repoURL: https://github.com/example/app.git
                """)));
        Finding f = only(stage("""
                steps:
                  - uses: git-clone
                    vars:
                      - name: failed
                        value: ${{ failure() }}
                    config:
                      repoURL: https://github.com/example/app.git
                """));
        assertEquals("KE006", f.code());
    }

    @Test
    void bareFieldsAreCompiledWithoutKargoFunctions() {
        Finding f = only(oneStep("http", """
                url: https://ci.example.com
                successExpression: response.status == 200 &&
                """));
        assertEquals("KE009", f.code());
        assertMessage(f, "the bare expression `successExpression`");
    }

    @Test
    void delimitersInAFieldKargoCompilesAsWritten() {
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata:
                  name: demo
                  namespace: demo
                spec:
                  webhookReceivers:
                    - name: ci
                      generic:
                        secretRef:
                          name: ci-secret
                        actions:
                          - action: Refresh
                            whenExpression: "${{ request.header('X-Event') == 'push' }}"
                """);
        assertEquals(List.of("KE009"), fs.stream().map(Finding::code).toList(), fs::toString);
        assertEquals("this field is bare expr-lang, which Kargo compiles as written: remove the ${{ }} delimiters",
                fs.get(0).hint());
    }

    @Test
    void bareFieldsWithTemplatePartsAreNotCompiledBeforeTheyAreEvaluated() {
        assertEquals(List.of(), expr(oneStep("http", """
                url: https://ci.example.com
                successExpression: response.status == ${{ 200 + 0 }}
                outputs:
                  - name: v
                    fromExpression: response.body[${{ quote('k') }}]
                """)));
    }

    // ------------------------------------------------------------------------------------------------ KE010

    @Test
    void constantExpressionThatFailsWhenEvaluated() {
        Finding f = only(config("${{ int('x') }}"));
        assertEquals("KE010", f.code());
        assertMessage(f, "reads no variable and calls no Kargo function", "invalid operation: int(x)",
                "(column 2 of the expression)");
    }

    @Test
    void divisionByZeroGivesInfinityWhichKargoCannotWriteAsJson() {
        Finding f = only(config("${{ 1/0 }}"));
        assertEquals("KE010", f.code());
        assertMessage(f, "json: unsupported value: +Inf");
    }

    @Test
    void integerRemainderByZeroDoesNotCompile() {
        assertEquals("KE009", only(config("${{ 1 % 0 }}")).code());
    }

    @Test
    void indexOutOfRange() {
        Finding f = only(config("${{ ['a', 'b'][2] }}"));
        assertEquals("KE010", f.code());
        assertMessage(f, "index out of range: 2 (array length is 2)");
    }

    @Test
    void expressionsThatReadVariablesOrCallKargoAreNotEvaluated() {
        assertEquals(List.of(), expr(stage("""
                vars:
                  - name: num
                    value: x
                steps:
                  - uses: yaml-update
                    config:
                      path: ./values.yaml
                      updates:
                        - key: a
                          value: ${{ int(vars.num) }}
                        - key: b
                          value: ${{ let x = 'y'; int(x) + len(quote(1)) }}
                        - key: c
                          value: ${{ now().Year() }}
                """)));
    }

    @Test
    void constantIfThatIsNotABoolean() {
        Finding f = only(stage("""
                steps:
                  - uses: git-clone
                    if: ${{ 1 }}
                    config:
                      repoURL: https://github.com/example/app.git
                """));
        assertEquals("KE010", f.code());
        assertEquals("spec.promotionTemplate.spec.steps[0].if", f.path().toString());
        assertMessage(f, "is constant and evaluates to a int, but Kargo needs a boolean here");
        assertEquals(List.of(), expr(stage("""
                steps:
                  - uses: git-clone
                    if: ${{ true || false }}
                    config:
                      repoURL: https://github.com/example/app.git
                """)));
    }

    @Test
    void constantVerificationArgThatIsNotAString() {
        Finding f = only(stage("steps: []", """
                verification:
                  analysisTemplates:
                    - name: smoke
                  args:
                    - name: retries
                      value: ${{ 3 }}
                    - name: label
                      value: ${{ 'three' }}
                    - name: mixed
                      value: n=${{ 3 }}
                """));
        assertEquals("KE010", f.code());
        assertEquals("spec.verification.args[0].value", f.path().toString());
        assertMessage(f, "evaluates to a int, but Kargo needs a string for a verification arg");
    }

    @Test
    void freightCreationCriteriaThatIsConstantButNotBoolean() {
        List<Finding> fs = expr("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example/app.git
                  freightCreationCriteria:
                    expression: "'yes'"
                """);
        assertEquals(List.of("KE010"), fs.stream().map(Finding::code).toList());
        assertMessage(fs.get(0), "evaluates to a string, but Kargo needs a boolean here");
    }

    @Test
    void theSameMistakeInTwoFieldsIsReportedForEach() {
        List<Finding> fs = expr(oneStep("yaml-update", """
                path: ./values.yaml
                updates:
                  - key: a
                    value: ${{ upper(1) }}
                  - key: b
                    value: ${{ upper(1) }} and ${{ upper(1) }}
                """) + WAREHOUSE.replace("name: app", "name: other"));
        assertEquals(2, fs.size(), fs::toString);
    }

    // ------------------------------------------------------------------------------------------------ positions

    @TempDir
    Path dir;

    /** @return the KE009/KE010 findings of a file holding one Stage whose step config value is {@code value} */
    private List<Finding> fromFile(String value) throws IOException {
        Path file = dir.resolve("stage.yaml");
        Files.writeString(file, config(value));
        return PipelineValidator.builder().build().validate(KargoCodec.create().readAll(dir))
                .filter(f -> f.code().equals("KE009") || f.code().equals("KE010")).findings();
    }

    private void assertFilePosition(String value, String expected) throws IOException {
        List<Finding> fs = fromFile(value);
        assertEquals(1, fs.size(), fs::toString);
        assertMessage(fs.get(0), expected);
    }

    @Test
    void filePositionOfAnErrorInAPlainScalar() throws IOException {
        // line 21 is "                value: ${{ upper(1) }}": the value starts at column 24, the 1 is at column 34
        assertFilePosition("${{ upper(1) }}", "(column 8 of the expression; line 21, column 34 of the file)");
    }

    @Test
    void filePositionInQuotedScalarsCountsTheQuoteAndDoubledQuotes() throws IOException {
        // '${{ ''a'' + 1 }}' from column 24: the + is at 35
        assertFilePosition("'${{ ''a'' + 1 }}'", "(column 6 of the expression; line 21, column 35 of the file)");
        assertFilePosition("\"${{ 'a' + 1 }}\"", "(column 6 of the expression; line 21, column 33 of the file)");
    }

    @Test
    void filePositionInALiteralBlockScalar() throws IOException {
        // the block's lines are indented by 30 in the file; the + is the 5th character of the expression's line 2
        assertFilePosition("|-\n                  ${{ ctx.stage ==\n                    1 + 'a' }}",
                "(line 2, column 5 of the expression; line 23, column 35 of the file)");
    }

    @Test
    void noFilePositionWhereTheTextDoesNotSayItForSure() throws IOException {
        // a folded scalar joins lines, and an escape before the position shifts it
        assertFilePosition(">-\n                  ${{ ctx.stage ==\n                    1 + 'a' }}",
                "(line 2, column 5 of the expression); Kargo fails");
        assertFilePosition("\"\\u0024{{ 'a' + 1 }}\"", "(column 6 of the expression); Kargo fails");
    }
}
