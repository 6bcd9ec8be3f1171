package io.github.kargo4j.validation.graph;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.kargo4j.validation.graph.Graphs.check;
import static io.github.kargo4j.validation.graph.Graphs.docs;
import static io.github.kargo4j.validation.graph.Graphs.lines;
import static io.github.kargo4j.validation.graph.Graphs.single;
import static io.github.kargo4j.validation.graph.Graphs.stage;
import static io.github.kargo4j.validation.graph.Graphs.warehouse;
import static io.github.kargo4j.validation.graph.Graphs.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageGraphRulesTest {

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "expected \"" + p + "\" in: " + text);
        }
    }

    @Nested
    class Seed000 {

        private List<Manifest> seed() {
            ReadResult read = Graphs.CODEC.readAll(Graphs.RESOURCES.resolve("seed-000"));
            assertTrue(read.isClean(), () -> read.errors().toString());
            return read.manifests();
        }

        @Test
        void seedPipelineHasNoErrorsOnlyWarningsForTheWarehouseOutsideTheSet() {
            List<Finding> findings = Graphs.check(false, Graphs.entries(seed()));
            assertEquals(7, findings.size(), () -> lines(findings));
            for (Finding f : findings) {
                assertEquals("KG003", f.code(), () -> lines(findings));
                assertEquals(Severity.WARNING, f.severity());
                assertContains(f.message(), "Warehouse security-scan-repo", "not in project kargo-managed-stack");
                assertEquals("spec.requestedFreight[0].origin.name", f.path().toString());
            }
        }

        @Test
        void builtInValidatorRunsTheGraphChecksOnTheSeedDirectory() {
            Report report = PipelineValidator.create().validate(Graphs.RESOURCES.resolve("seed-000"));
            Report graph = report.filter(f -> f.code().startsWith("KG"));
            assertEquals(7, graph.withCodes("KG003").findings().size(), graph::toString);
            assertEquals(graph.findings().size(), graph.withCodes("KG003").findings().size(), graph::toString);
            assertTrue(graph.isValid());
        }

        @Test
        void extraApprovalGateReportsExactlyTheCycleItCloses() {
            List<Manifest> set = new ArrayList<>(seed());
            set.removeIf(m -> m.resource().name().equals("qapreview"));
            ReadResult extra = Graphs.CODEC.readAll(Graphs.RESOURCES.resolve("seed-000-extra-gate"));
            set.addAll(extra.orThrow());

            List<Finding> findings = Graphs.check(false, Graphs.entries(set));
            Finding cycle = single(findings, "KG001");
            assertEquals(Severity.ERROR, cycle.severity());
            assertEquals("Stage kargo-managed-stack/qa", cycle.resource().toString());
            assertEquals("spec.requestedFreight[0].sources.stages[0]", cycle.path().toString());
            assertContains(cycle.message(), "qa → approvalgateqa → qapreview → qa", "Warehouse security-scan-repo");
            assertTrue(cycle.source().orElseThrow().endsWith("02-stage-qa.yaml"));
            assertEquals(14, cycle.position().orElseThrow().line());
            assertEquals(findings.size() - 1, withCode(findings, "KG003").size(), () -> lines(findings));
        }
    }

    @Nested
    class Cycles {

        @Test
        void twoStagesFeedingEachOtherAreOneCycleWithItsPath() {
            List<Finding> findings = check(docs(warehouse("app"),
                    stage("test", "app: {direct: true}"),
                    stage("uat", "app: {stages: [test, prod]}"),
                    stage("prod", "app: {stages: [uat]}")));
            Finding f = single(findings, "KG001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("uat", f.resource().name());
            assertEquals("spec.requestedFreight[0].sources.stages[1]", f.path().toString());
            assertContains(f.message(), "uat → prod → uat", "Warehouse app", "stalls");
            assertContains(f.hint(), "Stage uat lists prod");
        }

        @Test
        void aStageRequestingFromItselfIsACycleOfOne() {
            Finding f = single(check(docs(warehouse("app"), stage("loop", "app: {direct: true, stages: [loop]}"))),
                    "KG001");
            assertContains(f.message(), "Stage loop requests Freight of Warehouse app from itself: loop → loop",
                    "takes Freight straight from the Warehouse (direct: true), so Kargo ignores its upstream Stages");
            assertEquals("spec.requestedFreight[0].sources.stages[0]", f.path().toString());
        }

        @Test
        void aDiamondIsNoCycle() {
            List<Finding> findings = check(docs(warehouse("app"),
                    stage("a", "app: {direct: true}"),
                    stage("b", "app: {stages: [a]}"),
                    stage("c", "app: {stages: [a]}"),
                    stage("d", "app: {stages: [b, c], availabilityStrategy: All}")));
            assertEquals(List.of(), findings, () -> lines(findings));
        }

        @Test
        void stagesPassingDifferentOriginsBothWaysAreNoCycle() {
            // Freight of app flows a -> b, Freight of cfg flows b -> a: two independent one-way pipelines.
            List<Finding> findings = check(docs(warehouse("app"), warehouse("cfg"),
                    stage("a", "app: {direct: true}", "cfg: {stages: [b]}"),
                    stage("b", "app: {stages: [a]}", "cfg: {direct: true}")));
            assertEquals(List.of(), findings, () -> lines(findings));
        }

        @Test
        void theSameStagesCyclingInTwoOriginsAreReportedOnce() {
            Finding f = single(check(docs(warehouse("app"), warehouse("cfg"),
                    stage("a", "app: {stages: [b]}", "cfg: {stages: [b]}"),
                    stage("b", "app: {stages: [a]}", "cfg: {stages: [a]}"))), "KG001");
            assertContains(f.message(), "Warehouses app and cfg", "a → b → a");
        }

        @Test
        void aLargerGroupIsReportedOnceNamingAllItsStages() {
            List<Finding> findings = check(docs(warehouse("app"),
                    stage("s1", "app: {direct: true, stages: [s4]}"),
                    stage("s2", "app: {stages: [s1]}"),
                    stage("s3", "app: {stages: [s2, s1]}"),
                    stage("s4", "app: {stages: [s3]}"),
                    stage("x1", "app: {stages: [x2]}"),
                    stage("x2", "app: {stages: [x1]}")));
            List<Finding> cycles = withCode(findings, "KG001");
            assertEquals(2, cycles.size(), () -> lines(findings));
            assertContains(cycles.get(0).message(), "s1 → s3 → s4 → s1",
                    "part of a group of 4 Stages that all feed each other: s1, s2, s3 and s4");
            assertContains(cycles.get(1).message(), "x1 → x2 → x1");
        }
    }

    @Nested
    class References {

        @Test
        void missingUpstreamStageIsAWarningInAPartialSetWithASuggestion() {
            String yaml = docs(warehouse("app"), stage("test", "app: {direct: true}"),
                    stage("uat", "app: {stages: [tset]}"));
            Finding f = single(check(yaml), "KG002");
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("uat", f.resource().name());
            assertEquals("spec.requestedFreight[0].sources.stages[0]", f.path().toString());
            assertContains(f.message(), "upstream Stage tset", "not in project demo", "did you mean test?");
            assertEquals(Severity.ERROR, single(check(true, yaml), "KG002").severity());
        }

        @Test
        void existingUpstreamStageIsFine() {
            List<Finding> findings = check(true, docs(warehouse("app"), stage("test", "app: {direct: true}"),
                    stage("uat", "app: {stages: [test]}")));
            assertEquals(List.of(), findings, () -> lines(findings));
        }

        @Test
        void missingWarehouseIsAWarningUnlessTheSetIsComplete() {
            String yaml = docs(warehouse("app"), stage("test", "ap: {direct: true}"));
            Finding f = single(check(yaml), "KG003");
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("spec.requestedFreight[0].origin.name", f.path().toString());
            assertContains(f.message(), "Stage test requests Freight from Warehouse ap", "not in project demo");
            assertContains(f.hint(), "Warehouse \"ap\" not found in namespace \"demo\"");
            assertEquals(Severity.ERROR, single(check(true, yaml), "KG003").severity());
        }

        @Test
        void existingWarehouseIsFine() {
            assertEquals(List.of(), check(true, docs(warehouse("app"), stage("test", "app: {direct: true}"))));
        }

        @Test
        void upstreamWithoutTheOriginIsReported() {
            List<Finding> findings = check(docs(warehouse("app"), warehouse("cfg"),
                    stage("test", "app: {direct: true}"),
                    stage("uat", "app: {stages: [test]}", "cfg: {stages: [test]}")));
            Finding f = single(findings, "KG004");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("uat", f.resource().name());
            assertEquals("spec.requestedFreight[1].sources.stages[0]", f.path().toString());
            assertContains(f.message(), "from upstream Stage test, but test does not request Freight of Warehouse cfg");
            assertEquals(1, findings.size(), () -> lines(findings));
        }

        @Test
        void upstreamCarryingTheOriginIsFine() {
            assertEquals(List.of(), check(docs(warehouse("app"), warehouse("cfg"),
                    stage("test", "app: {direct: true}", "cfg: {direct: true}"),
                    stage("uat", "app: {stages: [test]}", "cfg: {stages: [test]}"))));
        }
    }

    @Nested
    class Sources {

        @Test
        void noSourceUnderOneOfMeansManualApprovalOnly() {
            Finding f = single(check(docs(warehouse("app"), stage("gate", "app: {direct: false}"))), "KG005");
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("spec.requestedFreight[0].sources", f.path().toString());
            assertContains(f.message(), "neither direct: true nor upstream Stages", "OneOf",
                    "only Freight approved by hand for gate");
        }

        @Test
        void noSourceUnderAllMeansEveryFreight() {
            Finding f = single(check(docs(warehouse("app"), stage("gate", "app: {availabilityStrategy: All}"))),
                    "KG005");
            assertContains(f.message(), "availabilityStrategy All", "every Freight of app available",
                    "exactly as with direct: true");
            assertContains(f.hint(), "direct: true");
        }

        @Test
        void directRequestHasASource() {
            assertEquals(List.of(), check(docs(warehouse("app"), stage("gate", "app: {direct: true}"))));
        }
    }

    @Nested
    class Reachability {

        @Test
        void stageBehindASourcelessGateIsUnreachable() {
            List<Finding> findings = check(docs(warehouse("app"), stage("gate", "app: {}"),
                    stage("test", "app: {stages: [gate]}"), stage("uat", "app: {stages: [test]}")));
            List<Finding> unreachable = withCode(findings, "KG006");
            assertEquals(2, unreachable.size(), () -> lines(findings));
            Finding f = unreachable.get(0);
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("test", f.resource().name());
            assertEquals("spec.requestedFreight[0].sources", f.path().toString());
            assertContains(f.message(), "No Freight of Warehouse app can flow into Stage test",
                    "upstream Stage gate never receives any", "only Freight approved by hand for test");
            assertEquals("gate", single(findings, "KG005").resource().name());
        }

        @Test
        void allNeedsEveryUpstreamFedOneOfNeedsOne() {
            String dry = stage("dry", "app: {stages: [gate]}");
            List<Finding> all = check(docs(warehouse("app"), stage("gate", "app: {}"), dry,
                    stage("ok", "app: {direct: true}"),
                    stage("prod", "app: {stages: [ok, dry], availabilityStrategy: All}")));
            Finding prod = withCode(all, "KG006").stream().filter(f -> f.resource().name().equals("prod"))
                    .findFirst().orElseThrow(() -> new AssertionError(lines(all)));
            assertContains(prod.message(), "every one of its upstream Stages (availabilityStrategy All)",
                    "upstream Stage dry never receives any");

            List<Finding> oneOf = check(docs(warehouse("app"), stage("gate", "app: {}"), dry,
                    stage("ok", "app: {direct: true}"), stage("prod", "app: {stages: [ok, dry]}")));
            assertTrue(withCode(oneOf, "KG006").stream().noneMatch(f -> f.resource().name().equals("prod")),
                    () -> lines(oneOf));
        }

        @Test
        void controlFlowStagesPassFreightOnAndAllWithoutUpstreamsActsLikeDirect() {
            List<Finding> findings = check(docs(warehouse("app"),
                    stage("gate", "app: {availabilityStrategy: All}"),
                    stage("test", "app: {stages: [gate]}"),
                    stage("prod", "app: {stages: [test]}")));
            assertEquals(List.of(), withCode(findings, "KG006"), () -> lines(findings));
        }

        @Test
        void upstreamOutsideAPartialSetCountsAsFed() {
            String yaml = docs(warehouse("app"), stage("uat", "app: {stages: [elsewhere]}"),
                    stage("prod", "app: {stages: [uat]}"));
            List<Finding> partial = check(false, yaml);
            assertEquals(List.of(), withCode(partial, "KG006"), () -> lines(partial));
            List<Finding> complete = check(true, yaml);
            Finding f = single(complete, "KG006");
            assertEquals("prod", f.resource().name());
            assertEquals("uat", single(complete, "KG002").resource().name());
        }

        @Test
        void stageDownstreamOfACycleSaysSo() {
            List<Finding> findings = check(docs(warehouse("app"),
                    stage("a", "app: {stages: [b]}"), stage("b", "app: {stages: [a]}"),
                    stage("c", "app: {stages: [b]}")));
            Finding f = single(findings, "KG006");
            assertEquals("c", f.resource().name());
            assertContains(f.message(), "upstream Stage b never receives any", "on a cycle, see KG001");
            single(findings, "KG001");
        }
    }

    @Nested
    class Scale {

        private static final int STAGES = 100_000;

        private static Stage chained(int i, String upstream) {
            return Stage.builder().metadata(m -> m.name("s" + i).namespace("big")).spec(s -> s
                            .addRequestedFreight(r -> r.origin(FreightOrigin.warehouse("app")).sources(src -> {
                                if (upstream == null) {
                                    src.direct(true);
                                } else {
                                    src.addStage(upstream);
                                }
                            })))
                    .build();
        }

        /** Runs the check on a thread with a 256 KiB stack: a recursive walk of the chain would overflow it. */
        private List<Finding> runOnSmallStack(List<Entry> stages) throws InterruptedException {
            List<Entry> entries = new ArrayList<>(stages);
            entries.add(Entry.of(Warehouse.builder().metadata(m -> m.name("app").namespace("big"))
                    .spec(s -> s.addSubscription(Subscription.builder()
                            .image(i -> i.repoURL("ghcr.io/example/app")).build()))
                    .build()));
            AtomicReference<List<Finding>> out = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    out.set(CheckHarness.run(entries, false, GraphRules.checks()));
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "small-stack", 256 * 1024);
            t.start();
            t.join();
            assertNull(failure.get(), () -> "check failed: " + failure.get());
            return out.get();
        }

        @Test
        void aHundredThousandStageChainNeedsNoDeepStack() throws InterruptedException {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < STAGES; i++) {
                entries.add(Entry.of(chained(i, i == 0 ? null : "s" + (i - 1))));
            }
            List<Finding> findings = runOnSmallStack(entries);
            assertEquals(List.of(), findings, () -> lines(findings.subList(0, Math.min(10, findings.size()))));
        }

        @Test
        void aHundredThousandStageCycleIsReportedOnceWithAShortenedPath() throws InterruptedException {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < STAGES; i++) {
                entries.add(Entry.of(chained(i, "s" + ((i + STAGES - 1) % STAGES))));
            }
            List<Finding> findings = runOnSmallStack(entries);
            Finding f = single(findings, "KG001");
            assertEquals("s0", f.resource().name());
            assertContains(f.message(), "s0 → s1 → s2 → ", "… (" + (STAGES - StageGraphRules.MAX_PATH_SHOWN)
                    + " more) … → s99995 → s99996 → s99997 → s99998 → s99999 → s0");
            assertTrue(f.message().length() < 2_000, () -> "message too long: " + f.message().length());
        }
    }
}
