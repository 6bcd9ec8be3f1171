package io.github.kargo4j.validation.preview;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExprRefsTest {

    @Test
    void outputsAreFoundInEveryAccessForm() {
        ExprRefs r = ExprRefs.scan("${{ outputs.a.x }}-${{ outputs['b-c'].y }}${{ outputs?.d }}${% outputs?.['e'] %}");
        assertEquals(Set.of("a", "b-c", "d", "e"), r.outputs());
        assertEquals(Set.of(ExprRefs.ANY), ExprRefs.scan("${{ outputs[vars.name] }}").outputs());
        assertEquals(Set.of(ExprRefs.ANY), ExprRefs.scan("${{ map(keys(outputs), #) }}").outputs());
    }

    @Test
    void taskOutputsVarsStepMetasAndSemverParse() {
        ExprRefs r = ExprRefs.scan("${{ task.outputs['build'].tag + vars.env + vars['region'] }}");
        assertEquals(Set.of("build"), r.taskOutputs());
        assertEquals(Set.of("env", "region"), r.vars());
        assertTrue(r.outputs().isEmpty());
        assertTrue(ExprRefs.scan("${{ stepMetas['a'].status }}").stepMetas());
        assertTrue(ExprRefs.scan("${{ semverParse('1.0.0').Major() }}").semverParse());
        assertEquals(Set.of(ExprRefs.ANY), ExprRefs.scan("${{ toJSON(vars) }}").vars());
    }

    @Test
    void namesInsideStringsMembersAndPlainTextAreNotReads() {
        ExprRefs r = ExprRefs.scan("outputs.a ${{ 'outputs.a' + \"vars.x\" + ctx.outputs + x.vars }}");
        assertTrue(r.outputs().isEmpty());
        assertTrue(r.vars().isEmpty());
        assertFalse(r.stepMetas());
        assertTrue(ExprRefs.scan("no template at all").outputs().isEmpty());
    }
}
