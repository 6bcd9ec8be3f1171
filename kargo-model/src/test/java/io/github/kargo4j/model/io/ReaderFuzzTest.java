package io.github.kargo4j.model.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kargo4j.model.KargoResource;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the reader: whatever the input, reading either succeeds or throws {@link ManifestException},
 * whatever it reads writes back to text that reads the same, and fuzzed broken documents never hide the valid ones
 * around them. In a normal build these run on the seed inputs under
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
            manifests = CODEC.parse(text);
        } catch (ManifestException expected) {
            return;
        }
        List<KargoResource> resources = manifests.stream().map(Manifest::resource).toList();
        String written = CODEC.toYaml(resources);
        List<Manifest> again = CODEC.parse(written, "<written>");
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

    /**
     * Valid documents and fuzzed ones, each after its own {@code ---}: every valid document loads, at its own line,
     * as it loads from a file of its own, whatever the fuzzed documents around it hold. The fuzzed text holds no
     * {@code %} (a directive before a {@code ---} belongs to the document after it) and only characters YAML allows
     * (any other makes the rest of the file unreadable, as it should).
     */
    @FuzzTest(maxDuration = "30s")
    void brokenDocumentsNeverHideValidOnes(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        List<Integer> validLines = new ArrayList<>();
        int line = 1;
        int count = data.consumeInt(1, 8);
        for (int i = 0; i < count; i++) {
            String part;
            if (data.consumeBoolean()) {
                part = "---\n";
                validLines.add(line + 1);
                part += VALID;
            } else {
                String[] separators = {"---\n", "--- ", "...\n---\n", "---\t"};
                part = separators[data.consumeInt(0, separators.length - 1)] + yamlText(data.consumeString(300))
                        + "\n";
            }
            text.append(part);
            line += (int) part.chars().filter(c -> c == '\n').count();
        }
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        CODEC.read(new StringReader(text.toString()), "<fuzz>", manifests::add, problems::add);
        KargoResource expected = CODEC.parse(VALID).get(0).resource();
        for (int at : validLines) {
            Manifest m = manifests.stream().filter(x -> x.location().position().line() == at).findFirst()
                    .orElseThrow(() -> new AssertionError("the valid document at line " + at + " is hidden: "
                            + problems + "\n" + text));
            if (!m.resource().equals(expected) || m.positionOf(io.github.kargo4j.model.json.JsonPath.parse(
                    "metadata.name")).line() != at + 3) {
                throw new AssertionError("the valid document at line " + at + " reads differently:\n" + text);
            }
        }
    }

    private static final String VALID = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: valid\ndata: {k: v}\n";

    /** @return the text with every character YAML does not allow in a file, and every %, made a space */
    private static String yamlText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\n' || c == '\t' || c == '\r' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800
                    || c >= 0xE000 && c < 0xFFFE;
            sb.append(allowed && c != '%' ? c : ' ');
        }
        return sb.toString();
    }
}
