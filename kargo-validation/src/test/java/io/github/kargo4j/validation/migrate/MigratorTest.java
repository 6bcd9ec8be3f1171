package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.testing.PipelineDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations one by one, on files written in unusual but valid ways, and the cases that need a person. */
class MigratorTest {

    private static final Path UNUSUAL = Path.of("src/test/resources/migrate/unusual");
    private static final Path UNUSUAL_MIGRATED = Path.of("src/test/resources/migrate/unusual-migrated");
    private static final KargoCodec CODEC = KargoCodec.create();

    @TempDir
    Path dir;

    private static String crlf(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** The unusual fixture, with stages.yaml in Windows line endings. */
    private Path unusual() throws IOException {
        Path p = dir.resolve("p");
        Files.createDirectories(p);
        try (Stream<Path> files = Files.list(UNUSUAL)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(p.resolve(f.getFileName()),
                        f.getFileName().toString().equals("stages.yaml") ? crlf(text) : text);
            }
        }
        return p;
    }

    private MigrationPlan plan(Path... paths) {
        return Migrator.create().plan(List.of(paths));
    }

    private Path write(String name, String text) {
        return PipelineDir.at(dir).write(name, text);
    }

    private static JsonValue at(Path file, int document, String path) {
        List<Manifest> docs = CODEC.read(file);
        return JsonPath.parse(path).resolve(docs.get(document).tree()).orElse(null);
    }

    // ------------------------------------------------------------------------------------------- whole files

    @Test
    void editsAnUnusualProjectExactlyAsExpected() throws IOException {
        Path p = unusual();
        MigrationPlan plan = plan(p);
        assertEquals(List.of(), plan.problems());
        plan.write();
        for (String name : List.of("stages.yaml", "warehouses.yaml", "project.json", "projectconfig.json")) {
            String expected = Files.readString(UNUSUAL_MIGRATED.resolve(name));
            assertEquals(name.equals("stages.yaml") ? crlf(expected) : expected, Files.readString(p.resolve(name)),
                    name);
        }
        assertTrue(plan(p).isEmpty(), "a second run finds nothing");
    }

    @Test
    void onlyTheLinesOfOldShapesChange() throws IOException {
        Path p = unusual();
        MigrationPlan plan = plan(p);
        FileChange stages = plan.files().stream().filter(f -> f.name().endsWith("stages.yaml")).findFirst()
                .orElseThrow();
        // the old shapes of stages.yaml: dev's subscriptions and promotionMechanisms (9-25), qa's flow spec (33),
        // tools' subscriptions and promotionMechanisms (41-42)
        Set<Integer> oldShapes = new TreeSet<>();
        IntStream.rangeClosed(9, 25).forEach(oldShapes::add);
        oldShapes.addAll(List.of(33, 41, 42));
        Set<Integer> removed = removedLines(stages.diff());
        assertTrue(oldShapes.containsAll(removed), "changed outside the old shapes: " + removed);
        // every other line is still there, byte for byte, in order, line endings included
        List<String> before = UnifiedDiff.lines(stages.before().orElseThrow());
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!oldShapes.contains(i + 1)) {
                kept.add(before.get(i));
            }
        }
        assertTrue(isSubsequence(kept, UnifiedDiff.lines(stages.after())));
        assertTrue(stages.after().lines().count() > 0 && !stages.after().replace("\r\n", "").contains("\n"),
                "every inserted line ends in CRLF like the file");
    }

    @Test
    void aDryRunPlanWritesNothingAndItsDiffAppliesToTheSameResult() throws IOException {
        Path p = unusual();
        MigrationPlan plan = plan(p);
        String diff = plan.diff();
        assertTrue(Files.notExists(p.resolve("projectconfig.json")));
        var patched = Patches.apply(diff, name -> {
            try {
                return Files.readString(Path.of(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        plan.write();
        for (var e : patched.entrySet()) {
            assertEquals(Files.readString(Path.of(e.getKey())), e.getValue(), e.getKey());
        }
    }

    // ------------------------------------------------------------------------------------------- Stages

    @Test
    void upstreamStagesOfSeveralWarehousesBecomeOneRequestPerOrigin() throws IOException {
        Path p = unusual();
        plan(p).write();
        JsonArray requests = (JsonArray) at(p.resolve("stages.yaml"), 1, "spec.requestedFreight");
        assertEquals(JsonValue.of(List.of(
                JsonObject.builder().put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", "app")
                        .build()).put("sources", JsonObject.of("stages", List.of("dev"))).build(),
                JsonObject.builder().put("origin", JsonObject.builder().put("kind", "Warehouse").put("name", "tools")
                        .build()).put("sources", JsonObject.of("stages", List.of("tools"))).build())), requests);
    }

    @Test
    void anUpstreamStageAlreadyMigratedStillGivesTheOrigin() throws IOException {
        Path f = write("s.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: uat, namespace: demo}
                spec:
                  subscriptions:
                    upstreamStages:
                    - name: test
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: test, namespace: demo}
                spec:
                  requestedFreight:
                  - origin: {kind: Warehouse, name: w}
                    sources: {direct: true}
                """);
        MigrationPlan plan = plan(f);
        assertEquals(List.of(), plan.problems());
        plan.write();
        assertEquals(JsonValue.of("w"), at(f, 0, "spec.requestedFreight[0].origin.name"));
        assertEquals(JsonValue.of(List.of("test")), at(f, 0, "spec.requestedFreight[0].sources.stages"));
    }

    @Test
    void subscriptionsThatRequestedFreightAlreadyCoversAreRemovedAndDifferentOnesReported() throws IOException {
        String stage = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  requestedFreight:
                  - origin: {kind: Warehouse, name: %s}
                    sources: {direct: true}
                  subscriptions:
                    warehouse: app   # old
                  promotionTemplate:
                    spec:
                      steps:
                      - uses: fail
                """;
        Path same = write("same/s.yaml", stage.formatted("app"));
        MigrationPlan plan = plan(same);
        assertEquals(List.of(), plan.problems());
        assertEquals("delete spec.subscriptions, which spec.requestedFreight already replaces",
                plan.changes().get(0).to());
        plan.write();
        assertEquals(stage.formatted("app").replace("  subscriptions:\n    warehouse: app   # old\n", "  # old\n"),
                Files.readString(same), "the pair goes, its comment stays");

        Path other = write("other/s.yaml", stage.formatted("other"));
        MigrationPlan conflict = plan(other);
        assertEquals(1, conflict.problems().size());
        Problem problem = conflict.problems().get(0);
        assertEquals(9, problem.line(), "the line of spec.subscriptions.warehouse");
        assertTrue(problem.message().contains("spec.requestedFreight does not request Warehouse \"app\" as "
                + "spec.subscriptions does: keep the one you mean and delete the other"), problem.message());
        assertTrue(conflict.files().isEmpty());
    }

    @Test
    void emptyNewShapesNextToTheOldOnesAreReplaced() throws IOException {
        Path f = write("s.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  requestedFreight: []
                  subscriptions: {warehouse: app}
                  promotionTemplate:
                    spec: {}
                  promotionMechanisms:
                    gitRepoUpdates:
                    - {repoURL: https://example.com/deploy.git, writeBranch: main}
                """);
        MigrationPlan plan = plan(f);
        assertEquals(List.of(), plan.problems());
        plan.write();
        assertEquals(JsonValue.of("app"), at(f, 0, "spec.requestedFreight[0].origin.name"));
        assertEquals(List.of("metadata", "spec", "apiVersion", "kind").stream().sorted().toList(),
                CODEC.read(f).get(0).tree().keys().stream().sorted().toList());
        assertEquals(List.of("requestedFreight", "promotionTemplate"), ((JsonObject) at(f, 0, "spec")).keys());
        assertEquals(List.of("git-clone", "git-commit", "git-push"), ((JsonArray) at(f, 0,
                "spec.promotionTemplate.spec.steps")).items().stream()
                .map(s -> s.asObject().getString("uses").orElseThrow()).toList());
    }

    @Test
    void unknownMechanismFieldsAreNotGuessedAndTheStageIsLeftWhole() throws IOException {
        String text = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  subscriptions:
                    warehouse: app
                  promotionMechanisms:
                    gitRepoUpdates:
                    - repoURL: https://example.com/r.git
                      bogus: true
                """;
        Path f = write("s.yaml", text);
        MigrationPlan plan = plan(f);
        assertEquals(1, plan.problems().size());
        assertEquals(7, plan.problems().get(0).line());
        assertTrue(plan.problems().get(0).message().contains("spec.promotionMechanisms.gitRepoUpdates[0].bogus"),
                plan.problems().get(0).message());
        assertEquals(List.of(), plan.changes(), "the resolvable subscriptions are left too: no half-migrated Stage");
        plan.write();
        assertEquals(text, Files.readString(f));
    }

    @Test
    void anAnchorInsideAnOldShapeIsNotReplaced() throws IOException {
        Path f = write("s.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  subscriptions: &subs
                    warehouse: app
                """);
        MigrationPlan plan = plan(f);
        assertEquals(1, plan.problems().size());
        assertTrue(plan.problems().get(0).message().contains("YAML anchor"), plan.problems().get(0).message());
    }

    @Test
    void helmImagesChartsArgoCdAndPullRequestsBecomeTheirSteps() throws IOException {
        Path f = write("s.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  subscriptions: {warehouse: app}
                  promotionMechanisms:
                    gitRepoUpdates:
                    - repoURL: https://example.com/deploy.git
                      writeBranch: main
                      pullRequest: {github: {}}
                      helm:
                        images:
                        - {image: reg.io/app, key: app.image, valuesFilePath: env/dev/values.yaml, value: ImageAndTag}
                        charts:
                        - {repository: https://charts.example.com, name: lib, chartPath: charts/app}
                      kustomize:
                        images:
                        - {image: reg.io/side, path: env/dev, useDigest: true}
                    argoCDAppUpdates:
                    - appName: app-dev
                      sourceUpdates:
                      - {repoURL: https://example.com/deploy.git, updateTargetRevision: true}
                """);
        MigrationPlan plan = plan(f);
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(), plan.changes().get(1).notes(), "a Kustomize directory needs no fix");
        plan.write();
        JsonArray steps = (JsonArray) at(f, 0, "spec.promotionTemplate.spec.steps");
        assertEquals(List.of("git-clone", "kustomize-set-image", "yaml-update", "helm-update-chart", "git-commit",
                "git-push", "git-open-pr", "git-wait-for-pr", "argocd-update"), steps.items().stream()
                .map(s -> s.asObject().getString("uses").orElseThrow()).toList());
        assertEquals(JsonValue.of("${{ imageFrom(\"reg.io/side\").Digest }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[1].config.images[0].digest"));
        assertEquals(JsonValue.of("./out/env/dev"), at(f, 0, "spec.promotionTemplate.spec.steps[1].config.path"));
        assertEquals(JsonValue.of("${{ imageFrom(\"reg.io/app\").RepoURL }}:${{ imageFrom(\"reg.io/app\").Tag }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[2].config.updates[0].value"));
        assertEquals(JsonValue.of("${{ chartFrom(\"https://charts.example.com\", \"lib\").Version }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[3].config.charts[0].version"));
        assertEquals(JsonValue.of(true), at(f, 0, "spec.promotionTemplate.spec.steps[5].config.generateTargetBranch"));
        assertEquals(JsonValue.of("${{ outputs['push'].branch }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[6].config.sourceBranch"));
        assertEquals(JsonValue.of("${{ outputs['commit'].commit }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[8].config.apps[0].sources[0].desiredRevision"));
    }

    @Test
    void aRepositoryTheWarehouseSubscribesToIsReadAtTheFreightsCommit() throws IOException {
        Path d = dir.resolve("git");
        write("git/w.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                  - git: {repoURL: https://example.com/Deploy}
                  - image: {repoURL: reg.io/app}
                """);
        Path f = write("git/s.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: dev, namespace: demo}
                spec:
                  subscriptions: {warehouse: app}
                  promotionMechanisms:
                    gitRepoUpdates:
                    - repoURL: https://example.com/deploy.git
                      writeBranch: env/dev
                      kustomize:
                        images:
                        - {image: reg.io/app, path: env/dev/kustomization.yaml}
                """);
        plan(d).write();
        JsonArray steps = (JsonArray) at(f, 0, "spec.promotionTemplate.spec.steps");
        assertEquals(List.of("git-clone", "git-clear", "kustomize-set-image", "copy", "git-commit", "git-push"),
                steps.items().stream().map(s -> s.asObject().getString("uses").orElseThrow()).toList());
        assertEquals(JsonValue.of("${{ commitFrom(\"https://example.com/deploy.git\").ID }}"),
                at(f, 0, "spec.promotionTemplate.spec.steps[0].config.checkout[0].commit"));
        assertEquals(JsonValue.of("./src/env/dev"), at(f, 0, "spec.promotionTemplate.spec.steps[2].config.path"),
                "a kustomization file names its directory");
    }

    // ------------------------------------------------------------------------------------------- Projects

    @Test
    void aProjectConfigThatAlreadyHoldsThePoliciesOnlyCostsTheProjectItsSpec() throws IOException {
        String project = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata:
                  name: demo
                spec:
                  promotionPolicies:
                  - stage: test
                    autoPromotionEnabled: true
                """;
        write("a/project.yaml", project);
        write("a/config.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata: {name: demo, namespace: demo}
                spec:
                  promotionPolicies:
                  - stageSelector: {name: test}
                    autoPromotionEnabled: true
                """);
        MigrationPlan plan = plan(dir.resolve("a"));
        assertEquals(List.of(), plan.problems());
        assertEquals(1, plan.files().size(), "no new file");
        assertEquals("delete the Project's spec: ProjectConfig \"demo\" already holds the same settings",
                plan.changes().get(0).to());
        write("b/project.yaml", project);
        write("b/config.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata: {name: demo, namespace: demo}
                spec:
                  promotionPolicies:
                  - stageSelector: {name: test}
                """);
        MigrationPlan conflict = plan(dir.resolve("b"));
        assertEquals(1, conflict.problems().size());
        assertTrue(conflict.problems().get(0).message().contains("move these settings into the existing "
                + "ProjectConfig \"demo\""),
                conflict.problems().get(0).message());
        assertTrue(conflict.files().isEmpty());
    }

    @Test
    void aFlowStyleProjectSpecIsWrittenFromItsValues() throws IOException {
        Path f = write("project.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: demo}
                spec: {promotionPolicies: [{stage: "test", autoPromotionEnabled: true}, {stageSelector: {name: "glob:prod-*"}}]}
                """);
        MigrationPlan plan = plan(f);
        assertEquals(List.of(), plan.problems());
        plan.write();
        assertEquals("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: demo}
                """, Files.readString(f));
        assertEquals("""
                # Moved by kargo4j migrate from the spec of Project "demo" in project.yaml (KL006)
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata:
                  name: demo
                  namespace: demo
                spec:
                  promotionPolicies:
                    - stageSelector:
                        name: test
                      autoPromotionEnabled: true
                    - stageSelector:
                        name: glob:prod-*
                """, Files.readString(dir.resolve("projectconfig.yaml")));
    }

    @Test
    void anExistingProjectConfigFileIsNeverOverwritten() throws IOException {
        write("project.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata: {name: demo}
                spec:
                  promotionPolicies:
                  - stage: test
                """);
        Path taken = write("projectconfig.yaml", "# someone else's notes\n");
        MigrationPlan plan = plan(dir.resolve("project.yaml"));
        assertEquals(dir.resolve("projectconfig-demo.yaml"), plan.files().get(0).path());
        plan.write();
        assertEquals("# someone else's notes\n", Files.readString(taken));
        assertTrue(Files.exists(dir.resolve("projectconfig-demo.yaml")));
    }

    // ------------------------------------------------------------------------------------------- Warehouses

    @Test
    void semverConstraintNextToAnEqualConstraintIsRemovedAndADifferentOneReported() throws IOException {
        Path f = write("w.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                  - image:
                      semverConstraint: ^1.0.0  # old
                      repoURL: reg.io/app
                      constraint: ^1.0.0
                  - image:
                      repoURL: reg.io/b
                      constraint: ^2.0.0
                      semverConstraint: ^1.0.0
                """);
        MigrationPlan plan = plan(f);
        assertEquals(1, plan.problems().size());
        assertEquals(13, plan.problems().get(0).line());
        assertTrue(plan.files().isEmpty(), "the Warehouse is left whole");
        Files.writeString(f, Files.readString(f).replace("      semverConstraint: ^1.0.0\n", ""));
        plan(f).write();
        assertEquals("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                  - image:
                      # old
                      repoURL: reg.io/app
                      constraint: ^1.0.0
                  - image:
                      repoURL: reg.io/b
                      constraint: ^2.0.0
                """, Files.readString(f));
    }

    @Test
    void theFirstKeyOfAnItemIsRenamedInPlace() throws IOException {
        Path f = write("w.yaml", """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: app, namespace: demo}
                spec:
                  subscriptions:
                  - image: {semverConstraint: '~1.2', repoURL: reg.io/app}
                """);
        plan(f).write();
        assertTrue(Files.readString(f).contains("  - image: {constraint: '~1.2', repoURL: reg.io/app}\n"));
    }

    // ------------------------------------------------------------------------------------------- files

    @Test
    void editedAndNewFilesKeepTheModeOfTheFilesTheyComeFrom() throws IOException {
        Path p = unusual();
        for (String name : List.of("stages.yaml", "warehouses.yaml", "project.json")) {
            Files.setPosixFilePermissions(p.resolve(name), PosixFilePermissions.fromString("rw-r-----"));
        }
        plan(p).write();
        for (String name : List.of("stages.yaml", "warehouses.yaml", "project.json", "projectconfig.json")) {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(p.resolve(name))),
                    name);
        }
    }

    @Test
    void aFileChangedAfterPlanningIsNotOverwritten() throws IOException {
        Path p = unusual();
        MigrationPlan plan = plan(p);
        Files.writeString(p.resolve("warehouses.yaml"), "# edited meanwhile\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, plan::write);
        assertTrue(e.getMessage().contains("warehouses.yaml: it changed while migrating"), e.getMessage());
        assertEquals("# edited meanwhile\n", Files.readString(p.resolve("warehouses.yaml")));
    }

    @Test
    void inputThatCannotBeReadIsOneClearError() throws IOException {
        MigrationException missing = assertThrows(MigrationException.class, () -> plan(dir.resolve("none")));
        assertEquals("no such file or directory: " + dir.resolve("none") + "; check the path", missing.getMessage());
        Path binary = dir.resolve("x.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        MigrationException notText = assertThrows(MigrationException.class, () -> plan(binary));
        assertEquals(binary + ": not UTF-8 text; convert it to UTF-8 first", notText.getMessage());
        assertFalse(plan(write("ok/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"))
                .files().iterator().hasNext(), "nothing to do is not an error");
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** @return the old line numbers of the lines a unified diff removes */
    static Set<Integer> removedLines(String diff) {
        Set<Integer> out = new TreeSet<>();
        int old = 0;
        for (String line : UnifiedDiff.lines(diff)) {
            if (line.startsWith("@@ ")) {
                old = Integer.parseInt(line.split(" ")[1].substring(1).split(",")[0]);
            } else if (line.startsWith("-") && !line.startsWith("--- ")) {
                out.add(old++);
            } else if (line.startsWith(" ")) {
                old++;
            }
        }
        return out;
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String s : big) {
            if (j < small.size() && small.get(j).equals(s)) {
                j++;
            }
        }
        return j == small.size();
    }
}
