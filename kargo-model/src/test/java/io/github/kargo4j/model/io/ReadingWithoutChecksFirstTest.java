package io.github.kargo4j.model.io;

import io.github.kargo4j.model.testing.Fleet;
import io.github.kargo4j.model.testing.VariedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KargoCodec#parse(String)}, and the reading of a small YAML file, read the text whole without
 * {@link LimitedReader}'s look at every character first, and again with every check when anything goes wrong. The
 * answer must be, document for document and exception for exception, what the checking stream reader gives for the
 * same text ({@link KargoCodec#read(java.io.Reader, String)}, {@link ManifestReader#readFileStreaming}): on
 * real-shaped corpora, on hostile and broken inputs (bytes too, for files), on seeded random damage to valid text, and
 * on documents around the size limit, where the length check decides which reading runs.
 */
class ReadingWithoutChecksFirstTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /**
     * What a reading gave: each document (its resource, location and tree, which compare by value, and its problems
     * described, since an exception compares by identity), or the exception's kind, message and position.
     */
    private record Outcome(List<List<Object>> manifests, String failure) {
    }

    private static Outcome outcome(List<Manifest> manifests) {
        List<List<Object>> out = new ArrayList<>();
        for (Manifest m : manifests) {
            out.add(List.of(m.resource(), m.location(), m.tree(),
                    m.problems().stream().map(ReadingWithoutChecksFirstTest::describe).toList()));
        }
        return new Outcome(out, null);
    }

    private static Outcome parsed(KargoCodec codec, String text) {
        try {
            return outcome(codec.parse(text));
        } catch (ManifestException e) {
            return new Outcome(null, describe(e));
        }
    }

    private static Outcome streamed(KargoCodec codec, String text) {
        try {
            return outcome(codec.read(new StringReader(text), "<string>"));
        } catch (ManifestException e) {
            return new Outcome(null, describe(e));
        }
    }

    private static String describe(ManifestException e) {
        return e.getClass().getSimpleName() + " " + e.category() + " " + e.position() + " " + e.documentIndex() + " "
                + e.getMessage();
    }

    private static void assertSame(KargoCodec codec, String text, String what) {
        Outcome expected = streamed(codec, text);
        Outcome actual = parsed(codec, text);
        assertEquals(expected.failure(), actual.failure(), what);
        assertEquals(expected.manifests(), actual.manifests(), what);
    }

    @Test
    void realShapedCorporaReadAsTheStreamReadsThem() {
        String varied = VariedCorpus.yaml(400, 7);
        assertSame(CODEC, varied, "varied corpus");
        assertEquals(400, CODEC.parse(varied).size());
        assertSame(CODEC, Fleet.yaml(20), "fleet");
    }

    @Test
    void hostileAndBrokenInputsFailAsTheStreamFails() {
        String stage = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: s\n  namespace: p\n";
        List<String> inputs = List.of(
                stage + "spec:\n  x: \"a\u0000b\"\n",
                stage + "spec:\n  x: a\u0001b\n",
                stage + "spec:\n  x: a\u007fb\n",
                stage + "spec:\n  x: a\u0085b\n",
                stage + "spec:\n  x: a\ud800b\n",
                stage + "spec:\n  x: a\ufffeb\n",
                stage + "spec:\n  x: \ud83d\ude00\n",
                stage + "spec: [unclosed\n",
                stage + "metadata:\n  name: twice\n",
                stage + "spec:\n  promotionTemplate: 5\n",
                "{{ .Values.image }}\n" + stage,
                stage + "---\n" + stage + "spec: {a: *missing}\n",
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
                "[".repeat(300) + "]".repeat(300) + "\n",
                "kind: Stage\n\tmetadata: {}\n",
                "just text\n",
                "",
                "---\n---\n...\n",
                "\ufeff" + stage);
        for (String text : inputs) {
            assertSame(CODEC, text, text);
        }
    }

    @Test
    void seededDamageToValidTextFailsAsTheStreamFails() {
        String base = VariedCorpus.yaml(12, 3);
        char[] inserts = {'\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\ud800', '\udc00', '\t', '\r',
            '\n', '-', ':', '{', '}', '[', ']', '&', '*', '!', '|', '>', '"', '\'', '#', ' '};
        Random random = new Random(14);
        int failed = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder(base);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, inserts[random.nextInt(inserts.length)]);
                    case 1 -> b.deleteCharAt(at);
                    default -> b.setLength(at);
                }
            }
            String text = b.toString();
            assertSame(CODEC, text, "round " + round);
            if (streamed(CODEC, text).failure() != null) {
                failed++;
            }
        }
        assertTrue(failed > 30 && failed < 300, "the damage should break some texts and not all: " + failed);
    }

    @Test
    void documentsAroundTheSizeLimitReadAsTheStreamReadsThem() {
        int limit = 300;
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDocumentChars(limit)).build();
        ManifestReader reader = new ManifestReader(ReadLimits.defaults().withMaxDocumentChars(limit),
                KnownKinds.ALL);
        String head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: ";
        List<String> texts = new ArrayList<>();
        for (int size = limit - 12; size <= limit + 4; size++) {
            String doc = head + "x".repeat(size - head.length() - 1) + "\n";
            texts.add(doc);
            texts.add("---\n" + doc);
            texts.add(doc + "---\n" + doc);
            texts.add("---\n" + doc + "---\n" + head + "y\n");
        }
        boolean sawWithin = false;
        boolean sawBeyond = false;
        for (String text : texts) {
            assertSame(small, text, text.length() + " characters");
            boolean within = reader.withinSizeLimits(text);
            sawWithin |= within;
            sawBeyond |= !within;
            if (within) {
                assertEquals(null, streamed(small, text).failure(), "judged within the limits: " + text.length());
            }
        }
        assertTrue(sawWithin && sawBeyond, "both readings are exercised");
    }

    @Test
    void theLengthCheckFindsOnlyMarkerLinesAndKeepsAMargin() {
        ManifestReader reader = new ManifestReader(ReadLimits.defaults().withMaxDocumentChars(100),
                KnownKinds.ALL);
        String eighty = "a: " + "b".repeat(76) + "\n";
        assertTrue(reader.withinSizeLimits(eighty + "---\n" + eighty));
        assertTrue(reader.withinSizeLimits("---\n" + eighty + "---\n" + eighty + "---\n"));
        assertFalse(reader.withinSizeLimits(eighty + "x: ---\n" + eighty), "--- inside a line starts nothing");
        assertFalse(reader.withinSizeLimits("a: " + "b".repeat(90) + "\n"), "within the margin of the limit");
        assertFalse(new ManifestReader(new ReadLimits(1_000, 100, 64, 10, 1_000, 50, 50), KnownKinds.ALL)
                .withinSizeLimits("a: " + "b".repeat(45) + "\n"), "within the margin of the file limit");
    }

    @TempDir
    Path dir;

    /** What reading a file gave, lenient: each document, each problem and each document that is not an object. */
    private static List<Object> fileOutcome(ManifestReader reader, Path file, boolean streaming) {
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        List<Object> notObjects = new ArrayList<>();
        if (streaming) {
            reader.readFileStreaming(file, manifests::add, problems::add, notObjects::add);
        } else {
            reader.readFile(file, manifests::add, problems::add, notObjects::add);
        }
        return List.of(outcome(manifests), problems.stream().map(ReadingWithoutChecksFirstTest::describe).toList(),
                notObjects);
    }

    private void assertSameFile(ManifestReader reader, byte[] bytes, String what) throws IOException {
        Path file = dir.resolve("f.yaml");
        Files.write(file, bytes);
        assertEquals(fileOutcome(reader, file, true), fileOutcome(reader, file, false), what);
    }

    @Test
    void smallFilesReadAsTheStreamReadsThemWhateverTheirBytes() throws IOException {
        ManifestReader reader = new ManifestReader(ReadLimits.DEFAULTS, KnownKinds.ALL);
        String stage = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: s\n  namespace: p\n";
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(VariedCorpus.yaml(60, 5).getBytes(StandardCharsets.UTF_8));
        inputs.add((stage + "---\nnot: an object\n---\n" + stage).getBytes(StandardCharsets.UTF_8));
        inputs.add((stage + "spec: [unclosed\n---\n" + stage).getBytes(StandardCharsets.UTF_8));
        inputs.add((stage + "spec:\n  x: a\u0001b\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("\ufeff" + stage).getBytes(StandardCharsets.UTF_8));
        inputs.add(("\ufeff" + stage).getBytes(StandardCharsets.UTF_16LE));
        inputs.add(("\ufeff" + stage).getBytes(StandardCharsets.UTF_16BE));
        inputs.add(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff, 0, 0, 0, 'a'});
        inputs.add(new byte[] {'a', ':', ' ', (byte) 0xc3, '\n'});
        inputs.add(new byte[] {'a', ':', ' ', 0, '\n'});
        inputs.add(new byte[0]);
        inputs.add("{{ .Values.x }}\n".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : inputs) {
            assertSameFile(reader, bytes, new String(bytes, StandardCharsets.ISO_8859_1));
        }
        Random random = new Random(21);
        byte[] base = VariedCorpus.yaml(6, 9).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 100; round++) {
            byte[] b = base.clone();
            for (int e = 0; e < 2; e++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            assertSameFile(reader, b, "round " + round);
        }
    }

    @Test
    void aFileNearTheSizeLimitReadsAsTheStreamReadsIt() throws IOException {
        int limit = 300;
        ManifestReader reader = new ManifestReader(ReadLimits.defaults().withMaxDocumentChars(limit), KnownKinds.ALL);
        String head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: ";
        for (int size = limit - 12; size <= limit + 4; size++) {
            String doc = head + "x".repeat(size - head.length() - 1) + "\n";
            assertSameFile(reader, (doc + "---\n" + doc).getBytes(StandardCharsets.UTF_8), size + " characters");
        }
    }
}
