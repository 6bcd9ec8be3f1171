package io.github.kargo4j.examples;

import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.warehouse.ImageSubscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FleetExampleTest {

    private static final Path SEED_NGINX = Path.of("src/main/resources/seed-003/projects/nginx");
    private static final ServiceTemplate TEMPLATE = FleetExample.seedTemplate("your-registry.io",
            "https://github.com/YOUR_ORG/gitops-platform.git");
    private static final KargoCodec CODEC = KargoCodec.create();

    @TempDir
    Path dir;

    private Path services() throws IOException {
        Path s = Files.createDirectories(dir.resolve("services"));
        Files.createDirectories(s.resolve("nginx"));
        Files.createDirectories(s.resolve("api-gateway"));
        Files.writeString(s.resolve("README.md"), "not a service");
        return s;
    }

    private static List<String> names(Path file) {
        return CODEC.read(file).stream().map(m -> m.resource().name()).toList();
    }

    @Test
    void generatesTheSeedsProjectsWithTheCurrentApiAndTheyValidate() throws IOException {
        Path projects = dir.resolve("projects");
        FleetExample.Summary s = FleetExample.generate(services(), projects, TEMPLATE, 0, false);
        assertEquals(List.of("api-gateway", "nginx"), s.generated());
        assertTrue(s.failed().isEmpty(), s.failed().toString());

        Report report = PipelineValidator.builder().complete(true).build().validate(projects);
        assertEquals(List.of(), report.findings(), report.toString());
        assertEquals(14, report.resourceCount());
        try (Stream<Path> files = Files.list(projects.resolve("nginx"))) {
            assertEquals(List.of("namespace.yaml", "project.yaml", "projectconfig.yaml", "stages.yaml",
                    "warehouse.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void keepsTheSeedsNamesAndSettingsButNotItsRemovedShapes() throws IOException {
        Path projects = dir.resolve("projects");
        FleetExample.generate(services(), projects, TEMPLATE, 0, false);
        Path nginx = projects.resolve("nginx");
        for (String file : List.of("namespace.yaml", "stages.yaml", "warehouse.yaml")) {
            assertEquals(names(SEED_NGINX.resolve(file)), names(nginx.resolve(file)), file);
        }
        assertEquals(names(SEED_NGINX.resolve("project.yaml")), names(nginx.resolve("project.yaml")));

        Warehouse legacy = (Warehouse) CODEC.read(SEED_NGINX.resolve("warehouse.yaml")).get(0).resource();
        ImageSubscription old = legacy.spec().subscriptions().get(0).image().orElseThrow();
        Warehouse current = (Warehouse) CODEC.read(nginx.resolve("warehouse.yaml")).get(0).resource();
        ImageSubscription now = current.spec().subscriptions().get(0).image().orElseThrow();
        assertEquals(old.repoURL(), now.repoURL());
        assertEquals(old.discoveryLimit(), now.discoveryLimit());
        assertEquals(old.unknownFields().get("semverConstraint").map(v -> ((JsonString) v).value()),
                now.constraint());
        assertTrue(now.unknownFields().isEmpty());

        // the seed's own files carry removed shapes, which the validator reports; the generated ones are clean
        List<KargoResource> seed = CODEC.readAll(SEED_NGINX).orThrow().stream().map(Manifest::resource).toList();
        Report seedReport = PipelineValidator.builder().complete(true).build().validateResources(seed);
        for (String code : List.of("KL001", "KL002", "KL004", "KL006", "KL008")) {
            assertTrue(seedReport.findings().stream().anyMatch(f -> f.code().equals(code)), code + seedReport);
        }
        String stages = Files.readString(nginx.resolve("stages.yaml"));
        assertTrue(stages.contains("uses: yaml-update"), stages);
        assertTrue(stages.contains("path: ./repo/services/nginx/values-prod.yaml"), stages);
        assertTrue(stages.contains("key: image.tag"), stages);
    }

    @Test
    void reRunsSkipExistingProjectsAndShardsAreOptional() throws IOException {
        Path services = services();
        Path projects = dir.resolve("projects");
        FleetExample.generate(services, projects, TEMPLATE, 0, false);
        FleetExample.Summary again = FleetExample.generate(services, projects, TEMPLATE, 2, false);
        assertEquals(List.of("api-gateway", "nginx"), again.skipped());
        FleetExample.Summary sharded = FleetExample.generate(services, projects, TEMPLATE, 2, true);
        assertEquals(List.of("api-gateway", "nginx"), sharded.generated());
        Warehouse w = (Warehouse) CODEC.read(projects.resolve("nginx/warehouse.yaml")).get(0).resource();
        assertTrue(w.spec().shard().orElseThrow().startsWith("shard-"));

        Files.createDirectories(services.resolve("Upper"));
        FleetExample.Summary bad = FleetExample.generate(services, projects, TEMPLATE, 0, true);
        assertTrue(bad.failed().get("Upper").get(0).contains("DNS-1123"), bad.failed().toString());
        assertEquals(Optional.empty(), Optional.ofNullable(bad.failed().get("nginx")));
    }
}
