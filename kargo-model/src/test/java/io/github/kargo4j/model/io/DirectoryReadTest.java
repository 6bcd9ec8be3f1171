package io.github.kargo4j.model.io;

import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import io.github.kargo4j.model.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryReadTest {

    @TempDir
    Path dir;

    private final KargoCodec codec = KargoCodec.create();

    @Test
    void readsYamlYmlAndJsonRecursivelyAndSkipsHiddenDirectories() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("01-project.yaml"), "apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\n"
                + "metadata:\n  name: demo\n");
        Files.writeString(dir.resolve("a/ns.yml"), "---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n"
                + "---\n# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n");
        Files.writeString(dir.resolve("a/b/x.json"), "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\","
                + " \"metadata\": {\"name\": \"web\"}, \"spec\": {\"replicas\": 2}}");
        Files.writeString(dir.resolve(".git/config.yaml"), "not: [valid");
        Files.writeString(dir.resolve("README.md"), "# not a manifest");
        ReadResult r = codec.readAll(dir);
        assertTrue(r.isClean(), r.errors().toString());
        List<Manifest> m = r.manifests();
        assertEquals(4, m.size());
        assertInstanceOf(Project.class, m.get(0).resource());
        assertInstanceOf(GenericResource.class, m.get(1).resource());
        assertEquals("Deployment", m.get(1).resource().kind());
        Namespace ns = assertInstanceOf(Namespace.class, m.get(2).resource());
        assertEquals("demo", ns.name());
        assertEquals(1, m.get(2).location().documentIndex());
        assertEquals(new SourcePosition(3, 1), m.get(2).location().position());
        assertEquals(3, m.get(3).location().documentIndex());
        assertEquals(new SourcePosition(13, 3), m.get(3).positionOf(JsonPath.parse("metadata.name")));
        assertTrue(m.get(3).describe(JsonPath.parse("metadata.name")).endsWith("ns.yml:13:3"));
        assertEquals(dir.resolve("a/ns.yml"), m.get(3).location().file().orElseThrow());
    }

    @Test
    void documentsWithoutNamespaceAndOtherApiGroupsLoad() {
        List<Manifest> m = codec.parse("""
                apiVersion: ee.kargo.akuity.io/v1alpha1
                kind: CustomPromotionStep
                metadata:
                  name: notify
                spec:
                  image: alpine
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Environment
                metadata:
                  name: removed-kind
                spec:
                  subscriptions: {repos: {}}
                """);
        assertEquals(2, m.size());
        GenericResource legacy = assertInstanceOf(GenericResource.class, m.get(1).resource());
        assertEquals("", legacy.namespace());
        assertEquals("Environment", legacy.kind());
        RoundTripAssert.sameAfterWriting(codec, m);
    }

    @Test
    void aGenericResourceWithNullMetadataHasEmptyMetadata() {
        GenericResource r = (GenericResource) codec.parse("apiVersion: x/v1\nkind: Thing\nmetadata:\n").get(0)
                .resource();
        assertEquals("", r.name());
        assertTrue(r.metadata().labels().isEmpty());
    }

    @Test
    void readsStreamsAndExactlyOneDocument() {
        String text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: s\n";
        List<Manifest> m = codec.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin");
        assertEquals("stdin", m.get(0).location().source());
        assertEquals("s", codec.parseOne(text, Namespace.class).name());
        ManifestException wrong = assertThrows(ManifestException.class, () -> codec.parseOne(text, Project.class));
        assertTrue(wrong.getMessage().contains("expected a Project, found a Namespace"), wrong.getMessage());
    }

    @Test
    void writesFilesAtomically() throws IOException {
        Path f = dir.resolve("out/ns.yaml");
        Namespace ns = Namespace.builder().metadata(md -> md.name("other"))
                .build().toBuilder().metadata(md -> md.name("demo").putLabel("kargo.akuity.io/project", "true"))
                .build();
        assertEquals("demo", ns.name());
        ManifestFiles.write(f, List.of(ns, ns));
        String written = Files.readString(f);
        assertEquals(2, codec.read(f).size());
        assertTrue(written.contains("---\n"), written);
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
        Path json = dir.resolve("out/ns.json");
        ManifestFiles.write(json, List.of(ns));
        assertEquals(ns, codec.read(json).get(0).resource());
        assertThrows(IllegalArgumentException.class, () -> ManifestFiles.write(json, List.of(ns, ns)));
        java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        ManifestFiles.write(f, List.of(ns));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(f)), "an existing file keeps its mode");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(json)), "a new file is rw-r--r--");
        Files.writeString(dir.resolve("blocker"), "x");
        assertThrows(UncheckedIOException.class, () -> ManifestFiles.write(dir.resolve("blocker/ns.yaml"), List.of(ns)));
        assertFalse(Files.exists(dir.resolve("blocker/ns.yaml")));
    }
}
