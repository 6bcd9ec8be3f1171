package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regular file is read with buffers of its size (small files are many, and a 64 Ki buffer each is allocated and
 * zeroed for nothing): whatever the size, a file reads as the same text read as a stream does.
 */
class SizedBuffersTest {

    @TempDir
    Path dir;

    @Test
    void bufferSizesFollowTheFileUpToTheStreamChunk() {
        assertEquals(SourceDecoder.CHUNK, SourceDecoder.bufferFor(-1));
        assertEquals(4096, SourceDecoder.bufferFor(0));
        assertEquals(4096, SourceDecoder.bufferFor(100));
        assertEquals(10_016, SourceDecoder.bufferFor(10_000));
        assertEquals(SourceDecoder.CHUNK, SourceDecoder.bufferFor(SourceDecoder.CHUNK - 16));
        assertEquals(SourceDecoder.CHUNK, SourceDecoder.bufferFor(Long.MAX_VALUE));
    }

    @Test
    void filesOfEverySizeAroundTheBuffersReadAsTheirTextDoes() throws IOException {
        KargoCodec codec = KargoCodec.create();
        String doc = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Project\nmetadata:\n  name: p%d\n"
                + "  annotations:\n    note: \"%s\"\n---\n";
        for (int target : new int[] {10, 4_000, 4_096, 4_200, 65_000, 65_520, 65_536, 65_600, 140_000}) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (text.toString().getBytes(StandardCharsets.UTF_8).length < target) {
                // two- and three-byte characters, so that characters and bytes differ near every boundary
                text.append(String.format(doc, i++, "é€".repeat(i % 7)));
            }
            Path file = dir.resolve("f" + target + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<Manifest> fromFile = new ArrayList<>();
            List<ManifestException> fileProblems = new ArrayList<>();
            codec.read(file, fromFile::add, fileProblems::add);
            List<Manifest> fromText = codec.read(text.toString(), file.toString());
            assertTrue(fileProblems.isEmpty(), fileProblems.toString());
            assertEquals(fromText.size(), fromFile.size(), "documents of " + target);
            for (int k = 0; k < fromText.size(); k++) {
                assertEquals(fromText.get(k).resource(), fromFile.get(k).resource(), target + " #" + k);
                assertEquals(fromText.get(k).tree(), fromFile.get(k).tree(), target + " #" + k);
            }
        }
    }
}
