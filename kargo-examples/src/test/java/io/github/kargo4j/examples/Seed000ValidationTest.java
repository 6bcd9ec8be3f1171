package io.github.kargo4j.examples;

import io.github.kargo4j.builders.freight.FreightRequests;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.KargoAssertions;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a team tests its pipeline: one call, and a readable report when it fails. */
class Seed000ValidationTest {

    private static final Seed000Pipeline.Settings SETTINGS = Seed000Pipeline.Settings.fromEnvironment(Map.of());

    @Test
    void theSeedPipelineValidates() {
        // the whole project (the seed creates the Project in the UI; here it is added): the set is complete
        KargoAssertions.assertNoFindingsAtOrAbove(PipelineValidator.builder().complete(true).build(),
                Severity.WARNING, withProject(Seed000Pipeline.build(SETTINGS).resources()));
        KargoAssertions.assertNoFindingsAtOrAbove(PipelineValidator.builder().complete(true).build(),
                Severity.WARNING, withProject(Seed000Pipeline.buildWithQaGates(SETTINGS).resources()));
        // the checked-in manifests lack the Warehouse (applied elsewhere, as in the seed): a partial set, no errors
        KargoAssertions.assertValid(PipelineValidator.create(), Path.of("src/main/resources/seed-000"));
    }

    private static List<KargoResource> withProject(List<KargoResource> resources) {
        List<KargoResource> out = new ArrayList<>(resources);
        out.add(0, Project.named(SETTINGS.namespace()));
        return out;
    }

    /**
     * The seed README's "Add additional approval gates": a gate {@code approvalgateqa} requesting from {@code qa},
     * placed before the QA stages, closes a loop.
     */
    @Test
    void theReadmesExtraGateIsACycle() {
        List<KargoResource> resources = new ArrayList<>();
        for (KargoResource r : withProject(Seed000Pipeline.build(SETTINGS).resources())) {
            if (r instanceof Stage s && s.name().equals("qapreview")) {
                r = s.withSpec(s.spec().withRequestedFreight(
                        FreightRequests.fromWarehouse("security-scan-repo").viaStages("approvalgateqa").build()));
            }
            resources.add(r);
        }
        resources.add(Stage.builder()
                .metadata(m -> m.name("approvalgateqa").namespace(SETTINGS.namespace()))
                .spec(s -> s.addRequestedFreight(FreightRequests.fromWarehouse("security-scan-repo").viaStages("qa")))
                .build());
        Report report = PipelineValidator.builder().complete(true).build().validateResources(resources);
        List<Finding> errors = report.atLeast(Severity.ERROR).findings();
        assertEquals(1, errors.size(), report::toString);
        Finding cycle = errors.get(0);
        assertEquals("KG001", cycle.code());
        assertTrue(cycle.message().contains("qapreview \u2192 qa \u2192 approvalgateqa \u2192 qapreview")
                || cycle.message().contains("qa \u2192 approvalgateqa \u2192 qapreview \u2192 qa")
                || cycle.message().contains("approvalgateqa \u2192 qapreview \u2192 qa \u2192 approvalgateqa"),
                cycle.message());
        AssertionError failure = assertThrows(AssertionError.class,
                () -> KargoAssertions.assertValid(PipelineValidator.builder().complete(true).build(), resources));
        assertTrue(failure.getMessage().contains("error[KG001]"), failure.getMessage());
    }
}
