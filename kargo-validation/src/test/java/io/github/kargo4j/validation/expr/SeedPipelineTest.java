package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed-000 pipeline of kargo-examples (copied under {@code src/test/resources/unknown-expr/seed-000}, plus the
 * Warehouse {@code security-scan-repo} its Stages request).
 */
class SeedPipelineTest {

    private static ReadResult seed() throws URISyntaxException {
        Path dir = Path.of(SeedPipelineTest.class.getResource("/unknown-expr/seed-000").toURI());
        ReadResult read = KargoCodec.create().readAll(dir);
        assertEquals(List.of(), read.errors());
        assertEquals(13, read.manifests().size());
        return read;
    }

    @Test
    void seedHasNoUnknownFields() throws URISyntaxException {
        Report r = PipelineValidator.builder().complete(true).build().validate(seed());
        assertEquals(List.of(), r.filter(f -> f.code().startsWith("KU")).findings());
        assertEquals(List.of(), r.withCodes("KR001", "KR002").findings());
    }

    /**
     * The seed's only expression problem is real: its verification args read {@code vars.appRepo}, which only the
     * promotion templates declare, and Kargo evaluates verification args with the Stage's spec.vars alone.
     */
    @Test
    void seedsOnlyExpressionProblemIsTheVerificationVariable() throws URISyntaxException {
        Report r = PipelineValidator.builder().complete(true).build().validate(seed());
        List<Finding> ke = r.filter(f -> f.code().startsWith("KE")).findings();
        assertEquals(Set.of("KE005"), ke.stream().map(Finding::code).collect(Collectors.toSet()), r::toString);
        assertEquals(Set.of("devpreview", "dev2preview", "dev", "dev2", "qapreview", "qa"),
                ke.stream().map(f -> f.resource().name()).collect(Collectors.toSet()));
        for (Finding f : ke) {
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("spec.verification.args[1].value", f.path().toString());
            assertTrue(f.message().contains("`vars.appRepo` in verification arg `commit-id`"), f.message());
        }
    }

    @Test
    void seedWithAppRepoAsAStageVarHasNoExpressionProblem() throws URISyntaxException {
        List<KargoResource> fixed = new ArrayList<>();
        for (Manifest m : seed().manifests()) {
            KargoResource r = m.resource();
            if (r instanceof Stage s && s.spec().verification().isPresent()) {
                ExpressionVariable appRepo = s.spec().promotionTemplate().orElseThrow().spec().vars().stream()
                        .filter(v -> v.name().equals("appRepo")).findFirst().orElseThrow();
                r = s.withSpec(s.spec().withVars(appRepo));
            }
            fixed.add(r);
        }
        Report r = PipelineValidator.builder().complete(true).build().validateResources(fixed);
        assertEquals(List.of(), r.filter(f -> f.code().startsWith("KE") || f.code().startsWith("KU")).findings());
    }
}
