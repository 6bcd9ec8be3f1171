package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectDirectoryWriterTest {

    private static final ServiceTemplate TEMPLATE = ServiceTemplate.builder().imageRepository("r.example.com")
            .gitRepoURL("https://github.com/acme/gitops.git").build();
    private static final List<String> SEED_FILES = List.of("namespace.yaml", "project.yaml", "projectconfig.yaml",
            "stages.yaml", "warehouse.yaml");

    @TempDir
    Path dir;

    private Path projects() {
        return dir.resolve("projects");
    }

    private List<String> entries(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheSeedLayoutAndSkipsAnExistingDirectoryUnlessForced() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects());
        ProjectBundle nginx = TEMPLATE.bundle("nginx");
        assertEquals(ProjectDirectoryWriter.Outcome.CREATED, writer.write("nginx", nginx));
        assertEquals(SEED_FILES, entries(projects().resolve("nginx")));
        assertTrue(Files.readString(projects().resolve("nginx/stages.yaml")).contains("name: nginx-prod"));

        Path stages = projects().resolve("nginx/stages.yaml");
        Files.writeString(stages, "edited by hand");
        assertEquals(ProjectDirectoryWriter.Outcome.SKIPPED_EXISTS, writer.write("nginx", nginx));
        assertEquals("edited by hand", Files.readString(stages));

        Files.writeString(projects().resolve("nginx/stale.yaml"), "from an older layout");
        assertEquals(ProjectDirectoryWriter.Outcome.REPLACED, writer.force(true).write("nginx", nginx));
        assertEquals(SEED_FILES, entries(projects().resolve("nginx")));
        assertTrue(Files.readString(stages).contains("kind: Stage"));
        assertEquals(List.of("nginx"), entries(projects()), "no staging or old directory is left");
    }

    @Test
    void aFailureMidServiceLeavesNoPartialNewDirectory() {
        ProjectDirectoryWriter failing = ProjectDirectoryWriter.into(projects()).listener((d, f) -> {
            if (f.equals("projectconfig.yaml")) {
                throw new IOException("disk full (simulated)");
            }
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> failing.write("nginx", TEMPLATE.bundle("nginx")));
        assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
        assertFalse(Files.exists(projects().resolve("nginx")));
        assertTrue(failing.leftovers().isEmpty());
    }

    @Test
    void aForcedFailureMidServiceLeavesTheOldDirectoryIntact() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects());
        writer.write("nginx", TEMPLATE.bundle("nginx"));
        Path dirOfNginx = projects().resolve("nginx");
        Files.writeString(dirOfNginx.resolve("stages.yaml"), "old stages");
        Files.writeString(dirOfNginx.resolve("notes.txt"), "old notes");

        ProjectDirectoryWriter failing = writer.force(true).listener((d, f) -> {
            if (f.equals("projectconfig.yaml")) {
                throw new IOException("killed half-way (simulated)");
            }
        });
        assertThrows(UncheckedIOException.class, () -> failing.write("nginx",
                ServiceTemplate.builder().imageRepository("other.example.com")
                        .gitRepoURL("https://github.com/acme/gitops.git").build().bundle("nginx")));
        assertEquals("old stages", Files.readString(dirOfNginx.resolve("stages.yaml")));
        assertEquals("old notes", Files.readString(dirOfNginx.resolve("notes.txt")));
        assertTrue(Files.readString(dirOfNginx.resolve("warehouse.yaml")).contains("r.example.com/nginx"));
        assertTrue(failing.leftovers().isEmpty());
        assertEquals(List.of("nginx"), entries(projects()));
    }

    @Test
    void neverWritesThroughLinksOrOutsideTheProjectsDirectory() throws IOException {
        Files.createDirectories(projects());
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(projects().resolve("nginx"), outside);
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects()).force(true);
        UncheckedIOException link = assertThrows(UncheckedIOException.class,
                () -> writer.write("nginx", TEMPLATE.bundle("nginx")));
        assertTrue(link.getMessage().contains("symbolic link"), link.getMessage());
        assertTrue(entries(outside).isEmpty());

        for (String bad : List.of("../outside", "a/b", "..", ".hidden")) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(bad, TEMPLATE.bundle("api")), bad);
        }
        assertTrue(entries(outside).isEmpty());
        assertEquals(List.of("nginx"), entries(projects()));
    }

    @Test
    void renderGivesTheTextThatIsWrittenAndLayoutsCanChange() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects()).layout(FleetLayout.numbered());
        Map<String, String> files = writer.render(TEMPLATE.bundle("nginx"));
        assertEquals(List.of("01-namespace.yaml", "02-project.yaml", "04-project-config.yaml", "05-warehouses.yaml",
                "08-stages.yaml"), List.copyOf(files.keySet()));
        writer.write("nginx", files);
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertEquals(f.getValue(), Files.readString(projects().resolve("nginx").resolve(f.getKey())));
        }
    }
}
