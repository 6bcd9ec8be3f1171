package io.github.kargo4j.examples;

import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.project.Project;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code of the README's usage section, kept compiling and true. */
class ReadmeUsageTest {

    @TempDir
    Path dir;

    @Test
    void readChangeAndWriteBack() throws IOException {
        Path kargo = dir.resolve("kargo");
        Files.createDirectories(kargo);
        for (Path p : ManifestFiles.under(Path.of("src/main/resources/seed-000"))) {
            Files.copy(p, kargo.resolve(p.getFileName()));
        }
        Files.writeString(kargo.resolve("warehouse.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: security-scan-repo
                  namespace: kargo-managed-stack
                spec:
                  interval: 5m0s
                  subscriptions:
                    - git:
                        repoURL: https://github.com/example-org/security-scanner.git
                        branch: main
                """);

        KargoCodec codec = KargoCodec.create();
        ReadResult result = codec.readAll(kargo);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        List<String> lines = new ArrayList<>();
        for (Manifest m : result.manifests()) {
            if (m.resource() instanceof Stage stage) {
                lines.add(stage.name() + " requests " + stage.spec().requestedFreight().size()
                        + " origin(s), control flow: " + stage.isControlFlow());
            }
        }
        assertTrue(lines.contains("approvalgatedev requests 1 origin(s), control flow: true"), lines.toString());
        assertTrue(lines.contains("qa requests 1 origin(s), control flow: false"), lines.toString());

        Warehouse warehouse = codec.parseOne(Files.readString(kargo.resolve("warehouse.yaml")), Warehouse.class);
        Warehouse faster = warehouse.withSpec(warehouse.spec().withInterval("2m"));
        ManifestFiles.write(kargo.resolve("warehouse.yaml"), List.of(faster));
        String written = Files.readString(kargo.resolve("warehouse.yaml"));
        assertTrue(written.contains("  interval: 2m\n"), written);
        assertEquals(faster, codec.read(kargo.resolve("warehouse.yaml")).get(0).resource());
    }

    @Test
    void buildResourcesInJava() {
        Namespace ns = Namespace.builder()
                .metadata(m -> m.name("kargo-nginx").putLabel("kargo.akuity.io/project", "true"))
                .build();
        Project project = Project.named("kargo-nginx");
        String yaml = KargoCodec.create().toYaml(List.of(ns, project));
        assertEquals("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: kargo-nginx
                  labels:
                    kargo.akuity.io/project: "true"
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata:
                  name: kargo-nginx
                """, yaml);
    }
}
