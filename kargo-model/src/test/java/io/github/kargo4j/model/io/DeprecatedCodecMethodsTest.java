package io.github.kargo4j.model.io;

import io.github.kargo4j.model.core.Namespace;
import io.github.kargo4j.model.generic.GenericResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The methods of {@link KargoCodec} deprecated in 0.2.0 do what they did, by calling their replacements: the text
 * methods ({@code read(String)}, {@code readOne}) parse their argument as text, whatever it looks like, and the file
 * methods moved to {@link ManifestFiles} and {@link AtomicFiles}.
 */
@SuppressWarnings("removal")
class DeprecatedCodecMethodsTest {

    private static final KargoCodec CODEC = KargoCodec.create();
    private static final String NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n";

    @TempDir
    Path dir;

    @Test
    void readOfAStringThatLooksLikeAPathStillParsesItAsText() throws IOException {
        Path file = Files.writeString(dir.resolve("stages.yaml"), NAMESPACE);
        // the words of the path, not the file: YAML reads them as one string, which is no Kubernetes object
        ManifestException e = assertThrows(ManifestException.class, () -> CODEC.read(file.toString()));
        assertEquals(ManifestException.Category.NOT_AN_OBJECT, e.category());
        assertEquals("<string>", e.source());
        assertEquals(List.of(), CODEC.read(""), "empty text has no documents");
        assertEquals(CODEC.parse(NAMESPACE, "ns.yaml").get(0).resource(),
                CODEC.read(NAMESPACE, "ns.yaml").get(0).resource());
        assertEquals("ns.yaml", assertThrows(ManifestException.class, () -> CODEC.read("- a\n", "ns.yaml")).source());
    }

    @Test
    void readOneIsParseOne() {
        assertEquals(CODEC.parseOne(NAMESPACE, Namespace.class), CODEC.readOne(NAMESPACE, Namespace.class));
        assertThrows(ManifestException.class, () -> CODEC.readOne("stages.yaml", Namespace.class));
        assertThrows(ManifestException.class, () -> CODEC.readOne(NAMESPACE, GenericResource.class).kind());
    }

    @Test
    void theFileMethodsCallManifestFilesAndAtomicFiles() throws IOException {
        Namespace ns = CODEC.parseOne(NAMESPACE, Namespace.class);
        Path yaml = dir.resolve("a/ns.yaml");
        Files.createDirectories(yaml.getParent());
        CODEC.write(yaml, List.of(ns));
        assertEquals(CODEC.toYaml(ns), Files.readString(yaml));
        assertThrows(IllegalArgumentException.class, () -> CODEC.write(dir.resolve("two.json"), List.of(ns, ns)));
        KargoCodec.writeAtomically(dir.resolve("a/notes.yml"), "a: b\n");
        assertEquals("a: b\n", Files.readString(dir.resolve("a/notes.yml")));
        assertEquals(ManifestFiles.under(dir), KargoCodec.manifestFiles(dir));
        assertEquals(List.of(dir.resolve("a/notes.yml"), yaml), KargoCodec.manifestFiles(dir));
    }
}
