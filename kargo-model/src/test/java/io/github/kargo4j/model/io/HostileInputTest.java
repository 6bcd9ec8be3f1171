package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile input, built by each test: every input is read once as a stream, a limit stops it while it streams in,
 * and the error names file:line:column and the path in plain words. The timeouts guard against hangs; they are not
 * performance claims.
 */
class HostileInputTest {

    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final String HEAD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";

    private final KargoCodec codec = KargoCodec.create();

    @TempDir
    Path dir;

    private static java.util.Optional<JsonValue> at(Manifest m, String path) {
        return JsonPath.parse(path).resolve(m.tree());
    }

    private static <T extends ManifestException> T fails(Class<T> type, org.junit.jupiter.api.function.Executable e) {
        return assertTimeoutPreemptively(GUARD, () -> assertThrows(type, e));
    }

    /** No Java class name, no stack trace, no cause that could quote the input. */
    private static void plain(ManifestException e) {
        assertFalse(e.getMessage().matches("(?s).*\\b(java|org|tools)\\.[a-z]+\\..*"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------ 1: read once, bounded

    @Test
    void aSparseThreeGigabyteFileStopsAtItsFirstByte() throws IOException {
        Path f = dir.resolve("sparse.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        UnreadableInputException e = fails(UnreadableInputException.class, () -> codec.read(f));
        assertEquals(f + ":1:1: NUL character (byte 0x00): YAML and JSON do not allow it; is this a binary file, or"
                + " UTF-16 without a byte order mark?", e.getMessage());
        assertNull(e.getCause());
        plain(e);
    }

    @Test
    void devZeroStopsAtItsFirstByte() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        UnreadableInputException e = fails(UnreadableInputException.class, () -> codec.read(zero));
        assertTrue(e.getMessage().startsWith("/dev/zero:1:1: NUL character"), e.getMessage());
        ReadResult r = assertTimeoutPreemptively(GUARD, () -> codec.readAll(zero));
        assertEquals(1, r.errors().size());
    }

    @Test
    void anEndlessStreamOfValidYamlStopsAtTheFileLimit() {
        byte[] doc = ("---\n" + HEAD).getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long n;

            @Override
            public int read() {
                return doc[(int) (n++ % doc.length)];
            }
        };
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxFileChars(1 << 20)).build();
        UnreadableInputException e = fails(UnreadableInputException.class, () -> small.read(endless, "pipe"));
        assertTrue(e.getMessage().matches("pipe:\\d+:\\d+: file longer than the limit of 1048576 characters;"
                + " raise ReadLimits.maxFileChars if this is intended"), e.getMessage());
    }

    @Test
    void theHelmHintComesFromWhatWasReadOnce() {
        String template = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n";
        InputStream once = new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8));
        ManifestException e = fails(ManifestException.class, () -> codec.read(once, "chart.yaml"));
        assertTrue(e.getMessage().startsWith("chart.yaml:4:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("this looks like a Helm or Go template, not YAML: render it first (for"
                + " example with `helm template`)"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------ 2: a FIFO, read once

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Thread writeOnce(Path fifo, String text) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the reader's assertions report what went wrong
            }
        });
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    @Test
    void aFifoWithMalformedYamlIsReadOnceAndFails() {
        Path fifo = dir.resolve("pipe.yaml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        writeOnce(fifo, "{{- if .Values.on }}\n" + HEAD + "data: [unclosed\n");
        ManifestException e = fails(ManifestException.class, () -> codec.read(fifo));
        assertTrue(e.getMessage().startsWith(fifo + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("looks like a Helm or Go template"), e.getMessage());
        plain(e);
    }

    @Test
    void aFifoGivenOnItsOwnIsReadAndOneFoundInADirectoryIsNotOpened() throws IOException {
        Path fifo = dir.resolve("in.yaml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        writeOnce(fifo, HEAD);
        assertEquals(1, assertTimeoutPreemptively(GUARD, () -> codec.read(fifo)).size());

        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("a.yaml"), HEAD);
        assumeTrue(mkfifo(d.resolve("b.yaml")), "mkfifo is not available here");
        ReadResult r = assertTimeoutPreemptively(GUARD, () -> codec.readAll(d));
        assertEquals(1, r.manifests().size());
        assertEquals(1, r.errors().size());
        assertInstanceOf(UnreadableInputException.class, r.errors().get(0));
        assertEquals(d.resolve("b.yaml") + ": not read: not a regular file (a pipe, socket or device); name it on"
                + " its own to read it", r.errors().get(0).getMessage());
    }

    // ------------------------------------------------------------------------------------ 3: numbers

    @Test
    void aNumberOfAMillionDigitsIsRefusedBeforeItIsConverted() {
        String digits = "7".repeat(1_000_000);
        ManifestException yaml = fails(ManifestException.class,
                () -> codec.parse(HEAD + "data:\n  v: " + digits + "\n", "big.yaml"));
        assertEquals("big.yaml:5:6: data.v: a number of 1000000 characters is longer than the limit of 1000 digits;"
                + " quote it if it is meant as a string, or raise ReadLimits.maxNumberDigits if this is intended",
                yaml.getMessage());
        // seven of them, each just under the scalar limit, quoted: strings, read and written in bounded time
        StringBuilder quoted = new StringBuilder(HEAD + "data:\n");
        for (int i = 0; i < 7; i++) {
            quoted.append("  v").append(i).append(": \"").append("9".repeat(400_000)).append("\"\n");
        }
        List<Manifest> m = assertTimeoutPreemptively(GUARD, () -> codec.parse(quoted.toString()));
        String out = assertTimeoutPreemptively(GUARD, () -> codec.toYaml(m.get(0).resource()));
        assertTrue(out.contains("v6: \"999"), out.substring(0, 200));
    }

    @Test
    void aJsonNumberOfAMillionDigitsIsRefused() throws IOException {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},\n\"data\":{\"v\":"
                + "7".repeat(1_000_000) + "}}");
        ManifestException e = fails(ManifestException.class, () -> codec.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("data.v: a number longer than the limit of 1000 digits"), e.getMessage());
    }

    @Test
    void numbersOutOfFloatRangeMeanWhatTheyMeanToKubectl() throws IOException {
        // YAML: go-yaml cannot parse 1e999 as a float and keeps it as the string "1e999"
        JsonValue v = at(codec.parse(HEAD + "data:\n  v: 1e999\n  w: -.5e999\n").get(0), "data.v").orElseThrow();
        assertEquals(JsonString.of("1e999"), v);
        assertTrue(codec.toYaml(codec.parse(HEAD + "data:\n  v: 1e999\n").get(0).resource()).contains("v: \"1e999\""));
        // JSON: Go's encoding/json refuses a number that overflows a float64, so the API server refuses it
        Path f = dir.resolve("n.json");
        Files.writeString(f, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},\"data\":{\"v\":1e999}}");
        ManifestException e = assertThrows(ManifestException.class, () -> codec.read(f));
        assertTrue(e.getMessage().contains("data.v: a number outside the range of a 64-bit float: the Kubernetes API"
                + " server refuses it"), e.getMessage());
        // a number too small for a float64 is its float value, as Go reads it
        Files.writeString(f, "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},"
                + "\"data\":{\"v\":1e-999999999,\"w\":1.25e-3}}");
        JsonValue tiny = at(codec.read(f).get(0), "data.v").orElseThrow();
        assertEquals(0.0, ((JsonNumber) tiny).value().doubleValue());
        assertEquals("0.00125", ((JsonNumber) at(codec.read(f).get(0), "data.w").orElseThrow()).toBigDecimal()
                .toPlainString());
    }

    // ------------------------------------------------------------------------------------ 4: aliases

    @Test
    void aliasesOfALargeStringAreBoundedInCharactersNotOnlyNodes() {
        String doc = HEAD + "big: &a \"" + "x".repeat(1 << 20) + "\"\nrefs: [" + "*a, ".repeat(998) + "*a]\n";
        ManifestException e = fails(ManifestException.class, () -> codec.parse(doc, "bomb.yaml"));
        assertEquals("bomb.yaml:5:12: refs[1]: document holds more than 3145728 characters once YAML aliases are"
                + " expanded (an alias bomb?); raise ReadLimits.maxDocumentChars if this is intended", e.getMessage());
        // anchored collections count too
        String list = HEAD + "big: &a [\"" + "y".repeat(1 << 19) + "\", \"" + "z".repeat(1 << 19) + "\"]\nrefs: [*a, *a]\n";
        assertTrue(fails(ManifestException.class, () -> codec.parse(list)).getMessage()
                .contains("refs[1]: document holds more than 3145728 characters once YAML aliases are expanded"));
    }

    @Test
    void aliasExpansionIsBoundedPerFileToo() {
        String doc = "---\n" + HEAD + "big: &a \"" + "x".repeat(1 << 19) + "\"\nrefs: [*a, *a, *a]\n";
        KargoCodec small = KargoCodec.builder().limits(ReadLimits.defaults().withMaxFileChars(8L << 20)).build();
        assertEquals(3, small.parse(doc.repeat(3)).size());
        ManifestException e = fails(ManifestException.class, () -> small.parse(doc.repeat(4), "four.yaml"));
        assertTrue(e.getMessage().matches("four\\.yaml:\\d+:\\d+: refs\\[\\d\\]: file holds more than 8388608"
                + " characters once YAML aliases are expanded \\(an alias bomb\\?\\); raise ReadLimits.maxFileChars"
                + " if this is intended"), e.getMessage());
        assertEquals(3, e.documentIndex().orElseThrow());
    }

    // ------------------------------------------------------------------------------------ 9: tags

    @Test
    void explicitTagsMeanWhatTheyMeanToKubectl() {
        JsonValue data = at(codec.parse(HEAD + "data:\n"
                + "  bin: !!binary aGVsbG8=\n"
                + "  block: !!binary |\n    aGVs\n    bG8=\n"
                + "  str: !!str 123\n"
                + "  int: !!int \"0x1F\"\n"
                + "  float: !!float 1\n"
                + "  bool: !!bool \"yes\"\n"
                + "  nul: !!null ~\n"
                + "  stamp: !!timestamp 2026-01-01\n"
                + "  custom: !vault 123\n"
                + "  bang: ! 12\n").get(0), "data").orElseThrow();
        assertEquals("{\"bin\":\"hello\",\"block\":\"hello\",\"str\":\"123\",\"int\":31,\"float\":1,\"bool\":true,"
                + "\"nul\":null,\"stamp\":\"2026-01-01\",\"custom\":\"123\",\"bang\":\"12\"}", data.toString());
        assertTrue(codec.toYaml(codec.parse(HEAD + "data:\n  bin: !!binary aGVsbG8=\n").get(0).resource())
                .contains("bin: hello\n"));
    }

    @Test
    void aTagThatDoesNotFitItsValueIsAnErrorAtItsPosition() {
        String[][] cases = {
            {"!!binary aGVsbG8", "the !!binary value is not valid base64, and kubectl refuses it"},
            {"!!binary /w==", "the !!binary value decodes to bytes that are not UTF-8 text: JSON cannot hold them and"
                    + " kubectl would replace them with U+FFFD; put base64 text in a plain string instead"},
            {"!!int 1.5", "the value does not match its tag !!int, and kubectl refuses it; remove the tag or write a"
                    + " value of that type"},
            {"!!null nope", "the value does not match its tag !!null"},
            {"!!bool 1", "the value does not match its tag !!bool"},
            {"!!float 1e999", "a number beyond the range of a 64-bit float (about 1.8e308)"},
        };
        for (String[] c : cases) {
            ManifestException e = assertThrows(ManifestException.class,
                    () -> codec.parse(HEAD + "data:\n  v: " + c[0] + "\n", "t.yaml"));
            assertTrue(e.getMessage().startsWith("t.yaml:5:6: data.v: " + c[1]), c[0] + " -> " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------ encodings

    @Test
    void invalidUtf8AndNulAreReportedWhereTheyAre() throws IOException {
        Path latin = dir.resolve("latin.yaml");
        byte[] head = (HEAD + "data:\n  city: caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(latin, bytes);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> codec.read(latin));
        assertEquals(latin + ":5:12: invalid UTF-8 (byte 0xE9); kubectl reads UTF-8, or UTF-16 with a byte order"
                + " mark: save the file as UTF-8", e.getMessage());
        plain(e);

        Path nul = dir.resolve("nul.yaml");
        Files.writeString(nul, HEAD + "data:\n  v: \"a\u0000b\"\n");
        assertTrue(assertThrows(UnreadableInputException.class, () -> codec.read(nul)).getMessage()
                .startsWith(nul + ":5:8: NUL character (byte 0x00)"));

        Path json = dir.resolve("latin.json");
        byte[] jhead = "{\"apiVersion\": \"v1\",\n \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"caf"
                .getBytes(StandardCharsets.UTF_8);
        byte[] jbytes = new byte[jhead.length + 4];
        System.arraycopy(jhead, 0, jbytes, 0, jhead.length);
        jbytes[jhead.length] = (byte) 0xE9;
        jbytes[jhead.length + 1] = '"';
        jbytes[jhead.length + 2] = '}';
        jbytes[jhead.length + 3] = '}';
        Files.write(json, jbytes);
        String jm = assertThrows(UnreadableInputException.class, () -> codec.read(json)).getMessage();
        assertTrue(jm.startsWith(json + ":2:48: invalid UTF-8 (byte 0xE9)"), jm);

        Path ctl = dir.resolve("ctl.yaml");
        Files.writeString(ctl, HEAD + "data:\n  v: a\u0007b\n");
        ManifestException bell = assertThrows(ManifestException.class, () -> codec.read(ctl));
        assertEquals(ctl + ":5:7: control character U+0007: YAML does not allow it unescaped; write it as"
                + " \"\\u0007\" in a double-quoted string", bell.getMessage());
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndUtf32IsRefused() throws IOException {
        String text = HEAD.replace("name: x", "name: café");
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8)) {
            byte[] bom = "\uFEFF".getBytes(cs);
            byte[] body = text.getBytes(cs);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Path f = dir.resolve("bom-" + cs.name() + ".yaml");
            Files.write(f, all);
            Manifest m = codec.read(f).get(0);
            assertEquals("café", m.resource().metadata().name().orElseThrow(), cs.name());
            // the byte order mark takes no column
            assertEquals(codec.parse(text).get(0).positionOf(JsonPath.parse("metadata.name")),
                    m.positionOf(JsonPath.parse("metadata.name")), cs.name());
        }
        Path f = dir.resolve("u32.yaml");
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0});
        assertEquals(f + ":1:1: the file is UTF-32, which kubectl cannot read; save it as UTF-8",
                assertThrows(UnreadableInputException.class, () -> codec.read(f)).getMessage());
    }

    // ------------------------------------------------------------------------------------ long lines, streams

    @Test
    void aMinifiedJsonDocumentOfThreeMegabytesReadsAsYaml() throws IOException {
        StringBuilder sb = new StringBuilder("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"},"
                + "\"data\":{");
        for (int i = 0; sb.length() < 3_000_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"key").append(i).append("\":\"value ").append(i).append('"');
        }
        sb.append("}}");
        Path f = dir.resolve("minified.yaml");
        Files.writeString(f, sb);
        List<Manifest> m = assertTimeoutPreemptively(GUARD, () -> codec.read(f));
        assertTrue(at(m.get(0), "data.key100000").isPresent());
    }

    @Test
    void documentsBeforeAnErrorAreDeliveredAsTheyAreRead() throws IOException {
        Path f = dir.resolve("many.yaml");
        Files.writeString(f, ("---\n" + HEAD).repeat(3) + "---\n" + HEAD + "data: [unclosed\n");
        List<Manifest> seen = new ArrayList<>();
        ManifestException e = assertThrows(ManifestException.class, () -> codec.read(f, seen::add));
        assertEquals(3, seen.size());
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
    }

    @Test
    void aHundredThousandBrokenDocumentsAreReadOnceWithABoundedListOfProblems() throws IOException {
        // every line a broken document, and a good one every 1,000: a FIFO can be read only once
        StringBuilder sb = new StringBuilder();
        int good = 0;
        for (int i = 0; i < 100_000; i++) {
            if (i % 1_000 == 999) {
                sb.append("---\n").append(HEAD);
                good++;
            } else {
                sb.append(i % 3 == 0 ? "--- [\n" : i % 3 == 1 ? "--- {a: 'b\n" : "--- a: b: c\n");
            }
        }
        Path fifo = dir.resolve("broken.yaml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        writeOnce(fifo, sb.toString());
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        // a hang guard with room for a loaded machine: each broken document costs a new parser and a message
        assertTimeoutPreemptively(GUARD.multipliedBy(4), () -> codec.read(fifo, manifests::add, problems::add));
        assertEquals(good, manifests.size());
        assertEquals(100_000 - 1, manifests.get(good - 1).location().documentIndex());
        // the first 1,000 one by one, then one that counts the rest
        assertEquals(KargoCodec.MAX_PROBLEMS_PER_FILE + 1, problems.size());
        assertEquals(fifo + ":2:1: [0]: malformed YAML: expected a value, found a document start (---) (while"
                + " parsing a flow node)", problems.get(0).getMessage());
        String rest = problems.get(problems.size() - 1).getMessage();
        assertTrue(rest.matches(java.util.regex.Pattern.quote(fifo.toString()) + ":\\d+:\\d+: "
                + (100_000 - good - 1_000) + " more documents from here on cannot be read; only the first 1000"
                + " problems of a file are reported one by one"), rest);
        problems.forEach(HostileInputTest::plain);
    }

    @Test
    void aDocumentWithAnErrorOnEveryLineIsOneProblem() throws IOException {
        Path f = dir.resolve("lines.yaml");
        Files.writeString(f, HEAD + "data:\n" + "  k: [\n  : ]\n\t- x\n".repeat(50_000) + "---\n" + HEAD);
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> problems = new ArrayList<>();
        assertTimeoutPreemptively(GUARD, () -> codec.read(f, manifests::add, problems::add));
        assertEquals(1, manifests.size());
        assertEquals(4 + 150_000 + 2, manifests.get(0).location().position().line());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(6, problems.get(0).position().orElseThrow().line());
    }

    // ------------------------------------------------------------------------------------ 5: directories

    @Test
    void aSymlinkedDirectoryGivenAsThePathIsRead() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.yaml"), HEAD);
        Files.writeString(real.resolve("bad.yaml"), HEAD + "data: [unclosed\n");
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        ReadResult r = codec.readAll(link);
        assertEquals(1, r.manifests().size());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).getMessage().startsWith(link.resolve("bad.yaml") + ":"),
                r.errors().get(0).getMessage());
    }

    @Test
    void linksInsideAWalkAreFollowedOnceAndLoopsEnd() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root/sub"));
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(shared.resolve("s.yaml"), HEAD);
        Files.writeString(root.resolve("own.yml"), HEAD);
        try {
            Files.createSymbolicLink(root.resolve("loop"), root.getParent());
            Files.createSymbolicLink(root.resolve("shared-1"), shared);
            Files.createSymbolicLink(root.resolve("shared-2"), shared);
            Files.createSymbolicLink(root.resolve("file-link.yaml"), root.resolve("own.yml"));
            Files.createSymbolicLink(root.resolve("broken.yaml"), dir.resolve("nowhere.yaml"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        ManifestFiles listing = assertTimeoutPreemptively(GUARD, () -> ManifestFiles.list(List.of(root.getParent())));
        assertEquals(List.of(root.resolve("file-link.yaml"), root.resolve("shared-1/s.yaml")), listing.files());
        assertEquals(1, listing.errors().size());
        assertEquals(root.resolve("broken.yaml") + ": cannot read file: a broken symbolic link (its target is"
                + " missing, or a loop of links)", listing.errors().get(0).getMessage());
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestIsRead() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("hidden.yaml"), HEAD);
        Files.writeString(root.resolve("z.yaml"), HEAD);
        try {
            Files.setPosixFilePermissions(locked, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        try {
            assumeTrue(!Files.isReadable(locked), "permissions do not apply to this user (root)");
            ReadResult r = codec.readAll(root);
            assertEquals(1, r.manifests().size());
            assertEquals(1, r.errors().size());
            assertEquals(locked + ": cannot list directory: permission denied", r.errors().get(0).getMessage());
            assertInstanceOf(UnreadableInputException.class, r.errors().get(0));
        } finally {
            Files.setPosixFilePermissions(locked, java.util.EnumSet.allOf(java.nio.file.attribute
                    .PosixFilePermission.class));
        }
    }
}
