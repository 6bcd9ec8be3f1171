package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document that cannot be read never hides the others of its file: reading resumes at the next document marker
 * line, the documents after it load with their real lines and columns, and the broken one is reported where it
 * breaks.
 */
class DocumentRecoveryTest {

    @TempDir
    Path dir;

    private final KargoCodec codec = KargoCodec.create();

    /** A ConfigMap of four lines: apiVersion, kind, metadata, name (on the fourth). */
    private static String doc(String name) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
    }

    private static String name(Manifest m) {
        return ((io.github.kargo4j.model.json.JsonString) JsonPath.parse("metadata.name").resolve(m.tree())
                .orElseThrow()).value();
    }

    private record Outcome(List<Manifest> manifests, List<ManifestException> problems) {
        List<String> names() {
            return manifests.stream().map(DocumentRecoveryTest::name).toList();
        }

        /** @return "name@line:column of its metadata.name, document index" for each manifest */
        List<String> where() {
            return manifests.stream().map(m -> name(m) + "@" + m.describe(JsonPath.parse(
                    "metadata.name")).replaceAll("^.*?:(\\d+:\\d+)$", "$1") + "#" + m.location().documentIndex())
                    .toList();
        }

        /** @return "line:column#document index" of each problem */
        List<String> problemsAt() {
            return problems.stream().map(e -> e.position().map(p -> p.line() + ":" + p.column()).orElse("?") + "#"
                    + e.documentIndex().orElse(-1)).toList();
        }
    }

    private Outcome read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), "in.yaml");
    }

    private Outcome read(byte[] bytes, String name) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        codec.read(f, manifests::add, problems::add);
        for (ManifestException e : problems) {
            assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        }
        return new Outcome(manifests, problems);
    }

    @Test
    void aBrokenSecondOfFourDocumentsLeavesThreeLoadedAndOneProblemAtItsLine() throws IOException {
        Outcome o = read("---\n" + doc("a") + "---\n" + doc("b") + "  bad: indent\n x: 1\n---\n" + doc("c") + "---\n"
                + doc("d"));
        assertEquals(List.of("a@5:3#0", "c@17:3#2", "d@22:3#3"), o.where());
        assertEquals(List.of("12:2#1"), o.problemsAt());
        assertTrue(o.problems.get(0).problem().startsWith("malformed YAML: expected the end of the block"),
                o.problems.get(0).getMessage());
    }

    @Test
    void theFirstTheLastOrEveryOtherDocumentMayBeBroken() throws IOException {
        Outcome first = read(doc("a") + "data: [1,\n---\n" + doc("b") + "---\n" + doc("c"));
        assertEquals(List.of("b@10:3#1", "c@15:3#2"), first.where());
        assertEquals(List.of("6:1#0"), first.problemsAt());

        Outcome last = read(doc("a") + "---\n" + doc("b") + "---\n" + doc("c") + "data: {k: v\n");
        assertEquals(List.of("a@4:3#0", "b@9:3#1"), last.where());
        assertEquals(List.of("16:1#2"), last.problemsAt());

        StringBuilder sb = new StringBuilder();
        List<String> expected = new ArrayList<>();
        List<String> expectedProblems = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int start = i * 6 + 1;   // the --- line of document i
            sb.append("---\n").append(doc("n" + i));
            if (i % 2 == 1) {
                sb.append("  - broken\n");
                expectedProblems.add((start + 5) + ":3#" + i);
            } else {
                sb.append("data: {}\n");
                expected.add("n" + i + "@" + (start + 4) + ":3#" + i);
            }
        }
        Outcome everyOther = read(sb.toString());
        assertEquals(expected, everyOther.where());
        assertEquals(expectedProblems, everyOther.problemsAt());
    }

    @Test
    void anUnclosedQuoteRunsToTheNextMarkerAndStopsThere() throws IOException {
        Outcome o = read(doc("a") + "data:\n  k: \"unclosed\n  more text\n---\n" + doc("b") + "---\n" + doc("c")
                + "data:\n  k: 'also unclosed\n...\n---\n" + doc("d"));
        assertEquals(List.of("b@12:3#1", "d@25:3#3"), o.where());
        assertEquals(List.of("8:1#0", "20:1#2"), o.problemsAt());
        assertEquals("data.k: malformed YAML: a document separator (--- or ...) inside a quoted string (while scanning"
                + " a quoted scalar)", o.problems.get(0).getMessage().replaceFirst("^.*?:\\d+:\\d+: ", ""));
    }

    @Test
    void aFlowCollectionOpenAtTheMarkerEndsThere() throws IOException {
        // the scanner has taken the --- when the parser fails on it: reading resumes right after it
        Outcome o = read(doc("a") + "data: [1, 2\n---\n" + doc("b") + "---\n" + doc("c") + "data: {k: [\n---\n"
                + doc("d"));
        assertEquals(List.of("b@10:3#1", "d@21:3#3"), o.where());
        assertEquals(List.of("6:1#0", "17:1#2"), o.problemsAt());
    }

    @Test
    void anErrorOnTheLastValueBeforeTheMarkerLosesNothingAfterIt() throws IOException {
        Outcome o = read(doc("a") + "data:\n  k: !!int abc\n---\n" + doc("b") + "data:\n  x: 1\n  x: 2\n---\n"
                + doc("c"));
        assertEquals(List.of("c@19:3#2"), o.where());
        assertEquals(List.of("6:6#0", "14:3#1"), o.problemsAt());
        assertTrue(o.problems.get(1).problem().startsWith("duplicate key: defined at line 13 and again at line 14"),
                o.problems.get(1).getMessage());
    }

    @Test
    void aDocumentAfterTheResumptionMeansWhatItMeansInAFileOfItsOwn() throws IOException {
        // snakeyaml allows no block mapping or list on a --- line; neither does a document read after an error
        Outcome mapping = read(doc("a") + "data: [1\n--- a: b\n---\n" + doc("c"));
        assertEquals(List.of("c@11:3#2"), mapping.where());
        assertEquals(List.of("6:1#0", "6:5#1"), mapping.problemsAt());
        assertTrue(mapping.problems.get(1).problem().startsWith("malformed YAML: mapping values are not allowed"),
                mapping.problems.get(1).getMessage());
        Outcome list = read(doc("a") + "data: [1\n--- - x\n---\n" + doc("c"));
        assertEquals(List.of("6:1#0", "6:5#1"), list.problemsAt());
        assertTrue(list.problems.get(1).problem().startsWith("malformed YAML: a list item is not allowed here"),
                list.problems.get(1).getMessage());
        // what may stand on a --- line still does: a tag, a flow mapping, a comment
        Outcome allowed = read(doc("a") + "data: [1\n--- !custom\n" + doc("b") + "--- {apiVersion: v1, kind:"
                + " ConfigMap, metadata: {name: c}}\n--- # the next one\n" + doc("d"));
        assertEquals(List.of("b@10:3#1", "c@11:50#2", "d@16:3#3"), allowed.where());
        assertEquals(List.of("6:1#0"), allowed.problemsAt());
    }

    @Test
    void aDocumentEndMarkerAndTheDirectivesAfterItBelongToTheNextDocument() throws IOException {
        Outcome o = read(doc("a") + "data: [\n...\n%TAG !e! tag:example.com,2000:\n---\n" + doc("b")
                + "data: {k: !e!thing text}\n...\nbare: document\n---\n" + doc("c"));
        assertEquals(List.of("b@12:3#1", "c@20:3#3"), o.where());
        assertEquals("text", o.manifests.get(0).tree().getOrNull("data").toString().replaceAll(".*\"(\\w+)\".*",
                "$1"));
        // a document after ... needs its ---, as it does without an error before it
        assertEquals(List.of("6:1#0", "15:1#2"), o.problemsAt());
        assertTrue(o.problems.get(1).problem().startsWith("malformed YAML: expected a document start (---)"),
                o.problems.get(1).getMessage());
    }

    @Test
    void documentsThatAreNoKubernetesObjectAreReportedAndTheOthersLoad() throws IOException {
        Outcome o = read(doc("a") + "---\nkind: ConfigMap\n---\n- a list\n---\n" + doc("d"));
        assertEquals(List.of("a@4:3#0", "d@13:3#3"), o.where());
        assertEquals(List.of("6:1#1", "8:1#2"), o.problemsAt());
    }

    @Test
    void crlfLineEndingsKeepThePositionsExact() throws IOException {
        String text = ("---\n" + doc("a") + "---\n  bad: [\n---\n" + doc("b") + "data:\n  k: v\n   x: 1\n---\n"
                + doc("c")).replace("\n", "\r\n");
        Outcome o = read(text);
        assertEquals(List.of("a@5:3#0", "c@20:3#3"), o.where());
        assertEquals(List.of("8:1#1", "15:5#2"), o.problemsAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16FileRecoversToo(String charset) throws IOException {
        String text = "\uFEFF" + doc("a") + "data: [\n---\n" + doc("b\u00e9") + "---\n" + doc("c");
        Outcome o = read(text.getBytes(java.nio.charset.Charset.forName(charset)), "utf16.yaml");
        assertEquals(List.of("b\u00e9@10:3#1", "c@15:3#2"), o.where());
        assertEquals(List.of("6:1#0"), o.problemsAt());
    }

    @Test
    void aDocumentOverTheSizeLimitIsSkippedToTheNextMarker() throws IOException {
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxDocumentChars(2_000)).build();
        String big = doc("big") + "data:\n" + java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "  k" + (100 + i) + ": xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")
                .reduce("", String::concat);
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, doc("a") + "---\n" + big + "---\n" + doc("c"));
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        small.read(f, manifests::add, problems::add);
        assertEquals(List.of("a", "c"), manifests.stream().map(DocumentRecoveryTest::name).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).problem().startsWith("document longer than the limit of 2000 characters"),
                problems.get(0).getMessage());
        assertEquals(1, problems.get(0).documentIndex().orElseThrow());
        assertEquals(4 + 1 + 4 + 1 + 100 + 1 + 4, manifests.get(1).positionOf(JsonPath.parse("metadata.name")).line());
    }

    @Test
    void theHelmHintIsOnEveryBrokenDocumentOfATemplate() throws IOException {
        Outcome o = read(doc("{{ .Values.a }}") + "---\n" + doc("plain") + "---\n" + doc("x") + "data: {{- .Values.d"
                + " | toYaml }}\n");
        assertEquals(List.of("plain"), o.names());
        assertEquals(2, o.problems.size());
        for (ManifestException e : o.problems) {
            assertTrue(e.getMessage().endsWith("this looks like a Helm or Go template, not YAML: render it first (for"
                    + " example with `helm template`)"), e.getMessage());
        }
    }

    @Test
    void aJsonFileIsOneDocument() throws IOException {
        Outcome o = read("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",\n\"metadata\": {\"name\": [}\n}\n---\n"
                .getBytes(StandardCharsets.UTF_8), "one.json");
        assertEquals(List.of(), o.names());
        assertEquals(1, o.problems.size());
    }

    @Test
    void theStrictReadsStillThrowTheFirstProblem() throws IOException {
        String text = doc("a") + "data: [\n---\n" + doc("b");
        ManifestException e = assertThrows(ManifestException.class, () -> codec.parse(text, "s.yaml"));
        assertEquals("s.yaml:6:1", e.getMessage().substring(0, 10));
        Path f = dir.resolve("strict.yaml");
        Files.writeString(f, text);
        List<Manifest> seen = new ArrayList<>();
        assertThrows(ManifestException.class, () -> codec.read(f, seen::add));
        assertEquals(List.of(), seen);
        // readAll, like read(Path, sink, problems), reports the broken document and loads the other
        ReadResult all = codec.readAll(f);
        assertEquals(1, all.manifests().size());
        assertEquals(1, all.errors().size());
    }

    @Test
    void aFileThatCannotBeReadFurtherEndsWithOneUnreadableProblem() throws IOException {
        byte[] head = (doc("a") + "data: [\n---\n" + doc("b") + "---\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        Outcome o = read(bytes, "latin.yaml");
        assertEquals(List.of("b"), o.names());
        assertEquals(2, o.problems.size());
        assertInstanceOf(UnreadableInputException.class, o.problems.get(1));
        assertTrue(o.problems.get(1).getMessage().contains("invalid UTF-8"), o.problems.get(1).getMessage());
    }
}
