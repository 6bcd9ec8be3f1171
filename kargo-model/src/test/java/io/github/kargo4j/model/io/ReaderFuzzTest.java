package io.github.kargo4j.model.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kargo4j.model.KargoResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of the reader: whatever the input, reading either succeeds or throws {@link ManifestException}, and
 * whatever it reads writes back to text that reads the same. In a normal build these run on the seed inputs under
 * {@code src/test/resources/io/github/kargo4j/model/io/ReaderFuzzTestInputs}; run with {@code JAZZER_FUZZ=1} to fuzz.
 */
class ReaderFuzzTest {

    private static final KargoCodec CODEC = KargoCodec.builder()
            .limits(ReadLimits.defaults().withMaxDocumentChars(1 << 16).withMaxNodes(10_000)).build();

    @FuzzTest(maxDuration = "30s")
    void readingNeverCrashesAndRoundTrips(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Manifest> manifests;
        try {
            manifests = CODEC.read(text);
        } catch (ManifestException expected) {
            return;
        }
        List<KargoResource> resources = manifests.stream().map(Manifest::resource).toList();
        String written = CODEC.toYaml(resources);
        List<Manifest> again = CODEC.read(written, "<written>");
        if (again.size() != manifests.size()) {
            throw new AssertionError("document count changed:\n" + written);
        }
        for (int i = 0; i < again.size(); i++) {
            if (!again.get(i).resource().equals(resources.get(i))) {
                throw new AssertionError("resource changed after writing:\n" + written);
            }
        }
    }

    /**
     * Raw bytes (any encoding, a byte order mark, NUL, invalid UTF-8): a document or a plain error, never an escaped
     * exception or a Java class name that the input did not hold itself.
     */
    @FuzzTest(maxDuration = "30s")
    void readingBytesNeverCrashes(byte[] bytes) {
        try {
            CODEC.read(new ByteArrayInputStream(bytes), "<bytes>");
        } catch (ManifestException expected) {
            String m = expected.getMessage();
            String input = new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_16LE)
                    + new String(bytes, StandardCharsets.UTF_16BE);
            for (String className : List.of("java.", "org.snakeyaml", "tools.jackson", "Exception")) {
                if (m.contains(className) && !input.contains(className)) {
                    throw new AssertionError("a Java class name in a message: " + m);
                }
            }
        }
    }
}
