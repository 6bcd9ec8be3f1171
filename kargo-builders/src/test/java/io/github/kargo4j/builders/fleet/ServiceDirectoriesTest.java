package io.github.kargo4j.builders.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceDirectoriesTest {

    @TempDir
    Path dir;

    private Path services() throws IOException {
        Path s = Files.createDirectories(dir.resolve("services"));
        Files.createDirectories(s.resolve("nginx"));
        Files.createDirectories(s.resolve("api-gateway"));
        Files.createDirectories(s.resolve(".git"));
        Files.writeString(s.resolve("README.md"), "not a service");
        return s;
    }

    @Test
    void everyVisibleDirectoryIsAServiceFilesAndHiddenEntriesAreIgnored() throws IOException {
        ServiceDirectories.Scan scan = ServiceDirectories.scan(services());
        assertEquals(List.of("api-gateway", "nginx"), scan.services());
        assertTrue(scan.rejected().isEmpty());
    }

    @Test
    void linksLeadingOutsideAreRejectedLinksInsideAreServices() throws IOException {
        Path s = services();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/secret"));
        Files.createSymbolicLink(s.resolve("evil"), elsewhere);
        Files.createSymbolicLink(s.resolve("parent"), dir);
        Files.createSymbolicLink(s.resolve("alias"), s.resolve("nginx"));
        Files.createSymbolicLink(s.resolve("dangling"), dir.resolve("missing"));
        Files.createSymbolicLink(s.resolve("file-link"), Files.writeString(dir.resolve("f.txt"), "x"));

        ServiceDirectories.Scan scan = ServiceDirectories.scan(s);
        assertEquals(List.of("alias", "api-gateway", "nginx"), scan.services());
        assertEquals(List.of("dangling", "evil", "parent"),
                scan.rejected().stream().map(ServiceDirectories.Rejected::name).toList());
        assertTrue(scan.rejected().get(1).reason().startsWith("is a symbolic link to " + elsewhere.toRealPath()
                + ", outside "), scan.rejected().get(1).reason());
        assertTrue(scan.rejected().get(0).reason().contains("does not exist"), scan.rejected().get(0).reason());
    }

    @Test
    void resolveAcceptsOnlyOnePlainExistingName() throws IOException {
        Path s = services();
        Files.createDirectories(dir.resolve("x"));
        Files.createSymbolicLink(s.resolve("evil"), dir.resolve("x"));
        assertEquals(s.resolve("nginx"), ServiceDirectories.resolve(s, "nginx"));
        for (String bad : List.of("../x", "nginx/../../x", "a\\b", ".", "..", ".git", "", "evil", "missing")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServiceDirectories.resolve(s, bad), bad);
            assertTrue(e.getMessage().contains(bad.isEmpty() ? "is empty" : bad), e.getMessage());
        }
        assertTrue(ServiceDirectories.plainName("../x").orElseThrow().contains("path separator"));
    }
}
