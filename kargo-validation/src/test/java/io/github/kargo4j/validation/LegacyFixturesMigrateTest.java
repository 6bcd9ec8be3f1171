package io.github.kargo4j.validation;

import io.github.kargo4j.validation.legacy.LegacyRules;
import io.github.kargo4j.validation.migrate.MigrationPlan;
import io.github.kargo4j.validation.migrate.Migrator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every legacy fixture (the Bad example of each legacy rule's documentation, and the seed 003 project), migrated,
 * validates with no legacy finding, except for the rules whose replacement needs a person's decision (listed here
 * with the reason; their findings have no fix).
 */
class LegacyFixturesMigrateTest {

    /** The legacy rules without a fix, and why. */
    static final Map<String, String> NO_FIX = Map.ofEntries(
            Map.entry("KL003", "the repositories must move into a Warehouse the user designs"),
            Map.entry("KL015", "HTTPS needs other credentials"),
            Map.entry("KL016", "HTTPS needs other credentials"),
            Map.entry("KL017", "one step becomes two (git-clear and copy) and the paths need checking"),
            Map.entry("KL019", "the origin moves into the expressions that pick the artifact"),
            Map.entry("KL027", "the author moves to the right git-clone step or to ClusterConfig"),
            Map.entry("KL029", "a removed kind becomes a Stage or ProjectConfig designed anew"));

    private static final PipelineValidator VALIDATOR = PipelineValidator.builder().complete(true).build();

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyLegacyRuleDocExampleMigratesClean() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : LegacyRules.all()) {
            String code = rule.code();
            String md = RuleDocs.all().get(code);
            tests.add(DynamicTest.dynamicTest(code, () -> {
                String bad = RuleDocsTest.example(md, "Bad").orElseThrow();
                Path d = Files.createDirectories(dir.resolve(code));
                Path file = d.resolve("bad.yaml");
                Files.writeString(file, bad);
                List<Finding> found = VALIDATOR.validate(file).withCodes(code).findings();
                assertTrue(!found.isEmpty(), code);
                if (NO_FIX.containsKey(code)) {
                    assertTrue(found.stream().allMatch(f -> f.fix().isEmpty()), found.toString());
                    return;
                }
                assertTrue(found.stream().allMatch(f -> f.fix().isPresent()), "no fix: " + found);
                for (Finding f : found) {
                    Fix fix = f.fix().orElseThrow();
                    assertEquals(fix.hint(), f.hint(), "the hint is the fix's");
                    for (Fix.Edit e : fix.edits()) {
                        assertTrue(f.hint().contains(e.describe()), f.hint());
                        written(e).ifPresent(v -> assertTrue(f.hint().contains(FlowYaml.write(v)), f.hint()));
                    }
                }
                MigrationPlan plan = Migrator.create().plan(List.of(d));
                assertEquals(List.of(), plan.problems(), code);
                plan.write();
                Report after = VALIDATOR.validate(file);
                assertEquals(List.of(), legacyFindings(after, d), code + ":\n" + Files.readString(file));
            }));
        }
        return tests;
    }

    @Test
    void theSeedProjectMigratesClean() throws IOException {
        Path src = Path.of("src/test/resources/legacy/seed-003/projects/nginx");
        Path d = Files.createDirectories(dir.resolve("nginx"));
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, d.resolve(f.getFileName()));
            }
        }
        assertTrue(!legacyFindings(VALIDATOR.validate(d), d).isEmpty());
        MigrationPlan plan = Migrator.create().plan(List.of(d));
        assertEquals(List.of(), plan.problems());
        plan.write();
        assertEquals(List.of(), legacyFindings(VALIDATOR.validate(d), d));
    }

    /** @return the value an edit writes, if it writes one */
    private static java.util.Optional<io.github.kargo4j.model.json.JsonValue> written(Fix.Edit e) {
        if (e instanceof Fix.Replace r) {
            return java.util.Optional.of(r.value());
        }
        if (e instanceof Fix.ReplacePair r) {
            return java.util.Optional.of(r.value());
        }
        if (e instanceof Fix.Add a) {
            return java.util.Optional.of(a.value());
        }
        if (e instanceof Fix.CreateResource c) {
            return java.util.Optional.of(c.resource());
        }
        return java.util.Optional.empty();
    }

    private static List<String> legacyFindings(Report r, Path d) {
        return r.findings().stream().filter(f -> f.code().startsWith("KL") && !NO_FIX.containsKey(f.code()))
                .map(Finding::toString).toList();
    }
}
