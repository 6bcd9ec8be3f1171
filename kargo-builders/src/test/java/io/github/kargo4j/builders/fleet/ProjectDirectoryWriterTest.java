package io.github.kargo4j.builders.fleet;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        UncheckedIOException extra = assertThrows(UncheckedIOException.class,
                () -> writer.force(true).write("nginx", nginx));
        assertTrue(extra.getMessage().contains("holds a file that the new version does not have, which replacing it "
                + "would delete: stale.yaml; move them elsewhere"), extra.getMessage());
        assertEquals("from an older layout", Files.readString(projects().resolve("nginx/stale.yaml")));
        assertEquals("edited by hand", Files.readString(stages));
        assertEquals(List.of("nginx"), entries(projects()));

        assertEquals(ProjectDirectoryWriter.Outcome.REPLACED, writer.force(true).deleteExtraFiles(true)
                .write("nginx", nginx));
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

        ProjectDirectoryWriter failing = writer.force(true).deleteExtraFiles(true).listener((d, f) -> {
            if (f.equals("projectconfig.yaml")) {
                throw new IOException("killed half-way (simulated)");
            }
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> failing.write("nginx",
                ServiceTemplate.builder().imageRepository("other.example.com")
                        .gitRepoURL("https://github.com/acme/gitops.git").build().bundle("nginx")));
        assertTrue(e.getMessage().contains("killed half-way (simulated)"), e.getMessage());
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

    @Test
    void extraFilesListsWhatTheNewVersionDoesNotHave() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects());
        ProjectBundle nginx = TEMPLATE.bundle("nginx");
        Set<String> names = writer.fileNames(nginx);
        assertEquals(SEED_FILES, names.stream().sorted().toList());
        assertEquals(List.of(), writer.extraFiles("nginx", names), "no directory yet");
        writer.write("nginx", nginx);
        Path d = projects().resolve("nginx");
        assertEquals(List.of(), writer.extraFiles("nginx", names));
        Files.createDirectories(d.resolve("docs/empty"));
        Files.writeString(d.resolve("docs/README.md"), "notes");
        Files.createDirectories(d.resolve("gone"));
        Files.createSymbolicLink(d.resolve("link.yaml"), d.resolve("stages.yaml"));
        Files.writeString(d.resolve(".hidden"), "x");
        assertEquals(List.of(".hidden", "docs/README.md", "docs/empty/", "gone/", "link.yaml"),
                writer.extraFiles("nginx", names));
        assertEquals(List.of(".hidden", "docs/README.md", "docs/empty/", "gone/", "link.yaml", "stages.yaml"),
                writer.extraFiles("nginx", List.of("namespace.yaml", "project.yaml", "projectconfig.yaml",
                        "warehouse.yaml")));
    }

    @Test
    void aReplacedDirectoryAndItsFilesKeepTheirOwnerGroupAndMode() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects());
        writer.write("nginx", TEMPLATE.bundle("nginx"));
        Path d = projects().resolve("nginx");
        assumeTrue(d.getFileSystem().supportedFileAttributeViews().contains("unix"), "no POSIX attributes");
        Files.setAttribute(d, "unix:mode", 0750);
        Files.setAttribute(d.resolve("stages.yaml"), "unix:mode", 0600);
        boolean root = (Integer) Files.getAttribute(d, "unix:uid") == 0;
        if (root) {
            Files.setAttribute(d, "unix:uid", 65534);
            Files.setAttribute(d.resolve("stages.yaml"), "unix:gid", 65534);
        }
        Object dirUid = Files.getAttribute(d, "unix:uid");
        Object stagesGid = Files.getAttribute(d.resolve("stages.yaml"), "unix:gid");
        Object projectMode = Files.getAttribute(d.resolve("project.yaml"), "unix:mode");

        assertEquals(ProjectDirectoryWriter.Outcome.REPLACED, writer.force(true).write("nginx",
                TEMPLATE.bundle("nginx")));
        assertEquals(0750, (Integer) Files.getAttribute(d, "unix:mode") & 07777);
        assertEquals(dirUid, Files.getAttribute(d, "unix:uid"));
        assertEquals(0600, (Integer) Files.getAttribute(d.resolve("stages.yaml"), "unix:mode") & 07777);
        assertEquals(stagesGid, Files.getAttribute(d.resolve("stages.yaml"), "unix:gid"));
        assertEquals(projectMode, Files.getAttribute(d.resolve("project.yaml"), "unix:mode"));
    }

    @Test
    void cleanUpRestoresADirectorySetAsideByAKilledRunAndRemovesItsStaging() throws IOException {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects());
        writer.write("nginx", TEMPLATE.bundle("nginx"));
        writer.write("api", TEMPLATE.bundle("api"));
        // killed between the two renames of "nginx", and while deleting the replaced "api"
        Path old = projects().resolve(".nginx.kargo4j-2147483647-00000000000000aa.old");
        Files.move(projects().resolve("nginx"), old);
        Files.createDirectories(projects().resolve(".nginx.kargo4j-2147483647-00000000000000bb.tmp/sub"));
        Files.createDirectories(projects().resolve(".api.kargo4j-2147483647-00000000000000cc.old"));
        Files.createDirectories(projects().resolve(".api.tmp-1234"));   // not a kargo4j name: left alone
        assertEquals(3, writer.leftovers().size());

        List<AtomicFiles.Leftover> done = writer.cleanUp();
        assertEquals(List.of(AtomicFiles.Leftover.Action.REMOVE, AtomicFiles.Leftover.Action.RESTORE,
                AtomicFiles.Leftover.Action.REMOVE), done.stream().map(AtomicFiles.Leftover::action).toList());
        assertEquals(List.of(".api.tmp-1234", "api", "nginx"), entries(projects()));
        assertEquals(SEED_FILES, entries(projects().resolve("nginx")));
        assertTrue(writer.leftovers().isEmpty());
    }

    @Test
    void renderedFilesAreTheRenderedTextsWithTheManifestsReadingThemWouldGive() {
        ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(projects()).layout(FleetLayout.numbered());
        ProjectBundle nginx = TEMPLATE.bundle("nginx", "shard-1");
        Map<String, String> texts = writer.render(nginx);
        List<ProjectDirectoryWriter.RenderedFile> files = writer.renderFiles("nginx", nginx);
        assertEquals(List.copyOf(texts.keySet()), files.stream().map(ProjectDirectoryWriter.RenderedFile::name)
                .toList());
        KargoCodec codec = KargoCodec.create();
        int nodes = 0;
        for (ProjectDirectoryWriter.RenderedFile f : files) {
            assertEquals(texts.get(f.name()), f.text());
            assertEquals(projects().resolve("nginx").resolve(f.name()), f.path());
            List<Manifest> read = codec.parse(f.text(), f.path().toString());
            List<Manifest> written = f.manifests();
            assertEquals(read.size(), written.size());
            for (int i = 0; i < read.size(); i++) {
                assertEquals(read.get(i).resource(), written.get(i).resource());
                assertEquals(read.get(i).location().toString(), written.get(i).location().toString());
                assertEquals(Optional.of(f.path()), written.get(i).location().file());
                for (JsonPath p : WrittenYamlPaths.all(read.get(i).tree())) {
                    assertEquals(read.get(i).describe(p), written.get(i).describe(p), p.toString());
                    nodes++;
                }
            }
        }
        assertTrue(nodes > 50, "paths compared: " + nodes);
        assertThrows(IllegalArgumentException.class, () -> writer.renderFiles("../x", nginx));
    }

    /** Every path of a tree. */
    private static final class WrittenYamlPaths {
        static List<JsonPath> all(JsonValue root) {
            List<JsonPath> out = new ArrayList<>();
            Deque<Map.Entry<JsonPath, JsonValue>> todo = new ArrayDeque<>();
            todo.push(Map.entry(JsonPath.ROOT, root));
            while (!todo.isEmpty()) {
                Map.Entry<JsonPath, JsonValue> e = todo.pop();
                out.add(e.getKey());
                if (e.getValue() instanceof JsonObject o) {
                    o.keys().forEach(k -> todo.push(Map.entry(e.getKey().key(k), o.getOrNull(k))));
                } else if (e.getValue() instanceof JsonArray a) {
                    for (int i = 0; i < a.size(); i++) {
                        todo.push(Map.entry(e.getKey().index(i), a.get(i)));
                    }
                }
            }
            return out;
        }
    }
}
