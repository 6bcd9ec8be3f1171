package io.github.kargo4j.validation.legacy;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rewriting of removed expression shapes, which must leave string literals and member accesses alone. */
class ExpressionsTest {

    @Test
    void rewritesTheSecretsMap() {
        assertEquals(Optional.of("Bearer ${{ secret('hooks').token }}"),
                Expressions.rewriteSecrets("Bearer ${{ secrets.hooks.token }}"));
        assertEquals(Optional.of("${{ secret('my-creds')['pass'] }} and ${% secret('b').c %}"),
                Expressions.rewriteSecrets("${{ secrets[\"my-creds\"]['pass'] }} and ${% secrets.b.c %}"));
        assertEquals(Optional.of("${{ secret('a')?.b }}"), Expressions.rewriteSecrets("${{ secrets?.a?.b }}"));
    }

    @Test
    void leavesOtherSecretsAlone() {
        assertEquals(Optional.empty(), Expressions.rewriteSecrets("secrets.hooks.token"));
        assertEquals(Optional.empty(), Expressions.rewriteSecrets("${{ vars.secrets.x + 'secrets.y' }}"));
        assertEquals(Optional.empty(), Expressions.rewriteSecrets("${{ secret('secrets').x }}"));
        assertEquals(Optional.empty(), Expressions.rewriteSecrets("${{ mysecrets.x }}"));
    }

    @Test
    void rewritesTwoArgumentFreightMetadata() {
        assertEquals(Optional.of("${{ freightMetadata(ctx.targetFreight.name)['a,b'] }}"),
                Expressions.rewriteFreightMetadata("${{ freightMetadata(ctx.targetFreight.name, 'a,b') }}"));
        assertEquals(Optional.of("${{ freightMetadata(f(x, y))[k] + freightMetadata(z).w }}"),
                Expressions.rewriteFreightMetadata("${{ freightMetadata(f(x, y), k) + freightMetadata(z).w }}"));
        assertEquals(Optional.empty(), Expressions.rewriteFreightMetadata("${{ freightMetadata('a').b }}"));
        assertEquals(Optional.empty(), Expressions.rewriteFreightMetadata("${{ 'freightMetadata(a, b)' }}"));
        assertEquals(Optional.empty(), Expressions.rewriteFreightMetadata("${{ x.freightMetadata(a, b) }}"));
    }

    @Test
    void rewritesPrNumberOfGitOpenPrStepsOnly() {
        Set<String> pr = Set.of("open-pr", "step-2");
        assertEquals(Optional.of("${{ outputs['open-pr'].pr.id }}"),
                Expressions.rewritePrNumber("${{ outputs['open-pr'].prNumber }}", pr));
        assertEquals(Optional.of("${{ task.outputs[\"step-2\"].pr.id }}"),
                Expressions.rewritePrNumber("${{ task.outputs[\"step-2\"].prNumber }}", pr));
        assertEquals(Optional.empty(), Expressions.rewritePrNumber("${{ outputs['other'].prNumber }}", pr));
        assertEquals(Optional.empty(), Expressions.rewritePrNumber("${{ 'outputs[\"open-pr\"].prNumber' }}", pr));
    }

    @Test
    void findsBodiesOfBothDelimiters() {
        assertEquals(2, Expressions.bodies("a ${{ x }} b ${% y %} ${{ unclosed").size());
    }
}
