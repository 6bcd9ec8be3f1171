package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateFleetTest {

    private static final List<String> SEED_FILES = List.of("namespace.yaml", "project.yaml", "projectconfig.yaml",
            "stages.yaml", "warehouse.yaml");

    @TempDir
    Path dir;

    private Path services(String... names) throws IOException {
        Path s = Files.createDirectories(dir.resolve("services"));
        for (String n : names) {
            Files.createDirectories(s.resolve(n));
        }
        return s;
    }

    private Path fleet(int n) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.format(Locale.ROOT, "svc-%03d", i));
        }
        return services(names.toArray(String[]::new));
    }

    private CliRun generate(Path services, String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "fleet", "--services", services.toString(),
                "--output", dir.resolve("out").toString(), "--image-repository", "registry.example.com/apps",
                "--git-repo-url", "https://github.com/example/gitops.git"));
        args.addAll(List.of(extra));
        return CliRun.run(args.toArray(String[]::new));
    }

    private Path projects() {
        return dir.resolve("out/projects");
    }

    private static List<String> entries(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aHundredServiceFleetIsGeneratedAndValidatesCompleteWithoutErrors() throws IOException {
        CliRun g = generate(fleet(100), "--region", "eastus");
        assertEquals(0, g.status(), g.out() + g.err());
        assertTrue(g.out().endsWith("100 services: 100 generated, 0 skipped, 0 failed\n"), g.out());
        assertEquals(100, entries(projects()).size());
        assertEquals(SEED_FILES, entries(projects().resolve("svc-042")));

        CliRun v = CliRun.run("validate", "--complete", "--fail-on", "warning", projects().toString());
        assertEquals(0, v.status(), v.out());
        assertTrue(v.out().contains("no findings in 700 resources"), v.out());

        List<Manifest> stages = KargoCodec.create().read(projects().resolve("svc-042/stages.yaml"));
        assertEquals(List.of("svc-042-dev-eastus", "svc-042-staging-eastus", "svc-042-prod-eastus"),
                stages.stream().map(m -> m.resource().name()).toList());
        assertEquals("kargo-svc-042", stages.get(0).resource().namespace());
    }

    @Test
    void refusesAServiceWhoseNamesWouldBeInvalidAndGeneratesTheOthers() throws IOException {
        String tooLong = "s".repeat(58);
        CliRun g = generate(services("nginx", "Bad_Name", tooLong));
        assertEquals(1, g.status(), g.out() + g.err());
        assertTrue(g.err().contains("failed Bad_Name:\n  service \"Bad_Name\": service name \"Bad_Name\" contains "
                + "'B', but a DNS-1123 label has only lower-case letters a-z, digits and '-'; rename the service "
                + "directory"), g.err());
        assertTrue(g.err().contains("namespace (and Project) name \"kargo-" + tooLong + "\" is 64 characters long, "
                + "but a DNS-1123 label has at most 63"), g.err());
        assertTrue(g.out().contains("3 services: 1 generated, 0 skipped, 2 failed"), g.out());
        assertEquals(List.of("nginx"), entries(projects()));
    }

    @Test
    void refusesToOverwriteWithoutForceAndReplacesWithIt() throws IOException {
        Path services = services("nginx", "api");
        assertEquals(0, generate(services).status());
        Path stages = projects().resolve("nginx/stages.yaml");
        Files.writeString(stages, "edited");

        CliRun again = generate(services);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("skipped " + projects().resolve("nginx") + " (exists; --force replaces it)"),
                again.out());
        assertTrue(again.out().contains("2 services: 0 generated, 2 skipped (exist; use --force to replace them)"),
                again.out());
        assertEquals("edited", Files.readString(stages));

        CliRun one = generate(services, "--service", "nginx");
        assertEquals(2, one.status(), one.out() + one.err());
        assertTrue(one.err().contains("not replacing the existing project directory of nginx (use --force"),
                one.err());
        assertEquals("edited", Files.readString(stages));

        CliRun forced = generate(services, "--service", "nginx", "--force");
        assertEquals(0, forced.status(), forced.err());
        assertTrue(forced.out().contains("replaced " + projects().resolve("nginx")), forced.out());
        assertTrue(Files.readString(stages).contains("kind: Stage"));
        assertEquals(List.of("api", "nginx"), entries(projects()), "no staging directories left");

        CliRun same = generate(services, "--force");
        assertEquals(0, same.status(), same.err());
        assertTrue(same.out().contains("unchanged " + projects().resolve("nginx") + " (7 resources)\n"), same.out());
        assertTrue(same.out().endsWith("2 services: 0 generated, 2 unchanged, 0 skipped, 0 failed\n"), same.out());
        CliRun sameDry = generate(services, "--force", "--dry-run");
        assertTrue(sameDry.out().endsWith("dry run, nothing written: 2 services: 0 would be generated, 2 would be "
                + "unchanged, 0 skipped, 0 failed\n"), sameDry.out());
    }

    @Test
    void neverWritesOutsideOut() throws IOException {
        Path services = services("nginx");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        for (String bad : List.of("../x", "../../outside", "a/b", "..", ".hidden")) {
            CliRun r = generate(services, "--service", bad);
            assertEquals(2, r.status(), bad + ": " + r.err());
            assertTrue(r.err().startsWith("kargo4j: --service: service name \"" + bad + "\""), r.err());
        }
        Files.createSymbolicLink(services.resolve("evil"), outside);
        CliRun link = generate(services, "--service", "evil");
        assertEquals(2, link.status(), link.err());
        assertTrue(link.err().contains("is a symbolic link to " + outside.toRealPath()), link.err());

        CliRun scan = generate(services);
        assertEquals(1, scan.status(), scan.err());
        assertTrue(scan.err().contains("failed evil: " + services.resolve("evil") + " is a symbolic link to "
                + outside.toRealPath() + ", outside"), scan.err());
        assertEquals(List.of("nginx"), entries(projects()));
        assertTrue(entries(outside).isEmpty());
        assertEquals(List.of("out", "outside", "services"), entries(dir));

        Path out2 = Files.createDirectories(dir.resolve("out2"));
        Files.createSymbolicLink(out2.resolve("projects"), outside);
        CliRun linkedProjects = CliRun.run("generate", "fleet", "--services", services.toString(), "--output",
                out2.toString());
        assertEquals(2, linkedProjects.status(), linkedProjects.err());
        assertTrue(linkedProjects.err().contains("outside --output"), linkedProjects.err());
        assertTrue(entries(outside).isEmpty());
    }

    @Test
    void dryRunWritesNothingAndListsTheFiles() throws IOException {
        CliRun r = generate(services("nginx", "api"), "--dry-run");
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
        assertTrue(r.out().contains("would generate " + projects().resolve("nginx") + " (7 resources)\n  "
                + projects().resolve("nginx/namespace.yaml") + "\n"), r.out());
        assertTrue(r.out().contains(projects().resolve("api/stages.yaml").toString()), r.out());
        assertTrue(r.out().startsWith("would generate"), r.out());
        assertTrue(r.out().endsWith("dry run, nothing written: 2 services: 2 would be generated, 0 skipped, "
                + "0 failed\n"), r.out());

        assertEquals(0, generate(dir.resolve("services"), "--service", "nginx").status());
        String before = Files.readString(projects().resolve("nginx/stages.yaml"));
        CliRun again = generate(dir.resolve("services"), "--dry-run", "--region", "westus");
        assertTrue(again.out().contains("would skip " + projects().resolve("nginx") + " (exists"), again.out());
        assertTrue(again.out().contains("would generate " + projects().resolve("api")), again.out());
        CliRun forced = generate(dir.resolve("services"), "--dry-run", "--force", "--region", "westus");
        assertTrue(forced.out().contains("would replace " + projects().resolve("nginx")), forced.out());
        assertEquals(before, Files.readString(projects().resolve("nginx/stages.yaml")));
        assertEquals(List.of("nginx"), entries(projects()));
    }

    @Test
    void anOutWhereAServiceIsOrWouldBeReadFromIsRefused() throws IOException {
        Path services = services("nginx", "api");
        String[] fixed = {"--image-repository", "registry.example.com/apps", "--git-repo-url",
            "https://github.com/example/gitops.git"};
        record Case(Path out, String why) { }
        for (Case c : List.of(
                new Case(services.resolve("api"), "would be inside the directory of service api, so generating "
                        + "would change that service"),
                new Case(services.resolve("api/deep/er"), "inside the directory of service api"),
                new Case(services, "would be read as a service named projects by the next run"),
                new Case(services.resolve("generated"), "would be read as a service named generated"))) {
            List<String> args = new ArrayList<>(List.of("generate", "fleet", "--services", services.toString(),
                    "--output", c.out().toString()));
            args.addAll(List.of(fixed));
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertEquals(2, r.status(), c.out() + ": " + r.err());
            assertTrue(r.err().startsWith("kargo4j: --output " + c.out() + " is inside --services " + services + ": "),
                    r.err());
            assertTrue(r.err().contains(c.why()), r.err());
            assertEquals("", r.out());
        }
        assertEquals(List.of("api", "nginx"), entries(services), "nothing was written");
        assertEquals(List.of(), entries(services.resolve("api")));

        CliRun beside = CliRun.run("generate", "fleet", "--services", services.toString(), "--output",
                dir.toString(), fixed[0], fixed[1], fixed[2], fixed[3]);
        Files.createDirectories(dir.resolve("projects"));
        CliRun over = CliRun.run("generate", "fleet", "--services", dir.resolve("projects/nginx").toString(),
                "--output", dir.toString(), fixed[0], fixed[1], fixed[2], fixed[3]);
        assertEquals(0, beside.status(), beside.err());
        assertEquals(2, over.status(), over.err());
        assertTrue(over.err().contains("generating would write over the services"), over.err());

        Path hidden = services.resolve(".generated");   // hidden entries are never services
        for (int run = 0; run < 2; run++) {
            CliRun ok = CliRun.run("generate", "fleet", "--services", services.toString(), "--output",
                    hidden.toString(), fixed[0], fixed[1], fixed[2], fixed[3]);
            assertEquals(0, ok.status(), ok.err());
            assertTrue(ok.out().contains("2 services: "), ok.out());
        }
        assertEquals(List.of("api", "nginx"), entries(hidden.resolve("projects")));
    }

    @Test
    void forceRefusesToDeleteFilesAPersonAddedUnlessAllowed() throws IOException {
        Path services = services("nginx", "api");
        assertEquals(0, generate(services).status());
        Path nginx = projects().resolve("nginx");
        Files.writeString(nginx.resolve("stages.yaml"), "edited");
        Files.writeString(nginx.resolve("NOTES.md"), "why prod is manual");
        Files.createDirectories(nginx.resolve("extra/empty"));

        CliRun refused = generate(services, "--force");
        assertEquals(2, refused.status(), refused.out() + refused.err());
        assertEquals("kargo4j: --force would delete 2 files that kargo4j does not generate, in 1 project directory: "
                + nginx.resolve("NOTES.md") + ", " + nginx.resolve("extra/empty") + "/; move them elsewhere, or add "
                + "--delete-extra-files to delete them (nothing was written)\n", refused.err());
        assertEquals("", refused.out());
        assertEquals("edited", Files.readString(nginx.resolve("stages.yaml")));
        assertEquals(2, generate(services, "--force", "--dry-run").status(), "a dry run says the same");
        CliRun noForce = generate(services, "--delete-extra-files");
        assertEquals(2, noForce.status());
        assertTrue(noForce.err().contains("--delete-extra-files only applies with --force"), noForce.err());

        CliRun allowed = generate(services, "--force", "--delete-extra-files");
        assertEquals(0, allowed.status(), allowed.err());
        assertEquals(SEED_FILES, entries(nginx));
        assertTrue(Files.readString(nginx.resolve("stages.yaml")).contains("kind: Stage"));
    }

    @Test
    void whatAKilledRunLeftIsCleanedUpByTheNextRunInOneLine() throws IOException {
        Path services = services("nginx", "api");
        assertEquals(0, generate(services).status());
        // killed between the two renames of nginx, and while filling the staging directory of api
        Path old = projects().resolve(".nginx.kargo4j-2147483647-00000000000000aa.old");
        Files.move(projects().resolve("nginx"), old);
        Path staging = Files.createDirectories(projects().resolve(".api.kargo4j-2147483647-00000000000000bb.tmp"));
        Files.writeString(staging.resolve("namespace.yaml"), "apiVersion: v1\n");

        CliRun dry = generate(services, "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        assertTrue(dry.err().contains("kargo4j: note: an interrupted run left files behind; a run without "
                + "--dry-run cleans them up: would remove " + staging + "; would restore " + projects().resolve("nginx")
                + " from " + old + "\n"), dry.err());
        assertTrue(Files.exists(old));

        CliRun r = generate(services);
        assertEquals(0, r.status(), r.err());
        assertEquals("kargo4j: cleaned up after an interrupted run: removed " + staging + "; restored "
                + projects().resolve("nginx") + " from " + old + "\n", r.err());
        assertTrue(r.out().contains("2 services: 0 generated, 2 skipped"), r.out());
        assertEquals(List.of("api", "nginx"), entries(projects()));
        assertEquals(SEED_FILES, entries(projects().resolve("nginx")));
        assertEquals("", generate(services).err(), "said once");
    }

    @Test
    void validationErrorsStopAServiceBeforeAnythingIsWritten() throws IOException {
        CliRun r = generate(services("nginx"), "--platform", "linux", "--constraint", "not a range");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(projects().resolve("nginx/warehouse.yaml") + ":"), r.err());
        assertTrue(r.err().contains("error[KF001]"), r.err());
        assertTrue(r.err().contains("error[KA019]"), r.err());
        assertFalse(Files.exists(projects().resolve("nginx")));
    }

    @Test
    void shardsAreBalancedAndWrittenToWarehousesAndStages() throws IOException {
        Path services = fleet(40);
        CliRun r = generate(services, "--shards", "4");
        assertEquals(0, r.status(), r.err());
        KargoCodec codec = KargoCodec.create();
        Map<String, Integer> sizes = new HashMap<>();
        for (String s : entries(projects())) {
            Warehouse w = (Warehouse) codec.read(projects().resolve(s + "/warehouse.yaml")).get(0).resource();
            String shard = w.spec().shard().orElseThrow();
            sizes.merge(shard, 1, Integer::sum);
            for (Manifest m : codec.read(projects().resolve(s + "/stages.yaml"))) {
                assertEquals(shard, ((Stage) m.resource()).spec().shard().orElseThrow());
            }
        }
        assertEquals(Map.of("shard-0", 10, "shard-1", 10, "shard-2", 10, "shard-3", 10), sizes);

        // one service alone gets the shard the whole fleet gave it
        Path nginxWarehouse = projects().resolve("svc-007/warehouse.yaml");
        String before = Files.readString(nginxWarehouse);
        CliRun one = generate(services, "--shards", "4", "--service", "svc-007", "--force");
        assertEquals(0, one.status(), one.err());
        assertEquals(before, Files.readString(nginxWarehouse));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, CliRun.run("generate").status());
        CliRun missing = CliRun.run("generate", "fleet", "--output", dir.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--services"), missing.err());
        CliRun noDir = CliRun.run("generate", "fleet", "--services", dir.resolve("nope").toString(), "--output",
                dir.toString());
        assertEquals(2, noDir.status());
        assertTrue(noDir.err().contains("does not exist"), noDir.err());
        Path services = services("nginx");
        CliRun badShards = generate(services, "--shards", "0");
        assertEquals(2, badShards.status());
        assertTrue(badShards.err().contains("at least 1"), badShards.err());
        CliRun badAuto = generate(services, "--auto-promote", "qa");
        assertEquals(2, badAuto.status());
        assertTrue(badAuto.err().contains("\"qa\""), badAuto.err());
        CliRun badEnv = generate(services, "--environments", "dev,Prod");
        assertEquals(2, badEnv.status());
        assertTrue(badEnv.err().contains("environment \"Prod\" contains 'P'"), badEnv.err());
        CliRun unknown = generate(services, "--service", "nope");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("there is no service nope"), unknown.err());
        assertFalse(Files.exists(projects()));
        assertFalse(missing.err().contains("\tat "), "no stack trace");
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun help = CliRun.run("generate", "fleet", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--services=DIR"), help.out());
        assertTrue(help.out().contains("--dry-run"), help.out());
        assertTrue(CliRun.run("--help").out().contains("generate"));
    }
}
