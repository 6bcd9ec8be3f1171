package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hint of a KR001 finding, for each kind of read problem: what the user sees next to the message. */
class ReadHintTest {

    private static final String SYNTAX = "fix the syntax at this line: indentation (spaces, not tabs), an unclosed"
            + " quote or bracket, a missing space after a colon";
    private static final String NOT_AN_OBJECT = "give the document apiVersion, kind and metadata, or leave files"
            + " that are not Kubernetes manifests (values files, Chart.yaml) out of the paths";
    private static final String DUPLICATE = "remove one of the two keys: YAML readers keep only one of them";
    private static final String TEMPLATE = "render the template first (for example with `helm template`) and"
            + " validate the output, or leave the template out of the paths";
    private static final String LIMIT = "the input is larger than kargo4j reads (ReadLimits); split the file, or"
            + " raise the limits if it is legitimate";
    private static final String IO = "check that the path exists and that it can be read";
    private static final String ENCODING = "save the file as UTF-8 text (or UTF-16 with a byte order mark), or leave"
            + " files that are not text out of the paths";

    @TempDir
    Path dir;

    private Finding only(Path... paths) {
        Report r = PipelineValidator.builder()
                .codec(KargoCodec.builder().limits(ReadLimits.defaults().withMaxDepth(8)).build())
                .build().validate(paths);
        List<Finding> kr001 = r.withCodes("KR001").findings();
        assertEquals(1, kr001.size(), r.toString());
        return kr001.get(0);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void malformedYamlAndJsonGetTheSyntaxHint() throws IOException {
        assertEquals(SYNTAX, only(file("a.yaml", "kind: [\n")).hint());
        assertEquals(SYNTAX, only(file("a.json", "{\"kind\": }")).hint());
        assertEquals(SYNTAX, only(file("b.yaml", "a: \"\\q\"\n")).hint());
        assertEquals(SYNTAX, only(file("c.yaml", "a: b\u0001\n")).hint(), "a control character");
    }

    @Test
    void documentsThatAreNotKubernetesObjectsGetTheObjectHint() throws IOException {
        assertEquals(NOT_AN_OBJECT, only(file("a.yaml", "- a\n- b\n")).hint());
        assertEquals(NOT_AN_OBJECT, only(file("b.yaml", "kind: Stage\nmetadata: {name: a}\n")).hint());
        assertEquals(NOT_AN_OBJECT, only(file("c.yaml", "apiVersion: v1\nmetadata: {name: a}\n")).hint());
    }

    @Test
    void aDuplicateKeyGetsItsHint() throws IOException {
        assertEquals(DUPLICATE, only(file("a.yaml", "apiVersion: v1\nkind: A\nkind: B\n")).hint());
        assertEquals(DUPLICATE, only(file("a.json", "{\"kind\": \"A\", \"kind\": \"B\"}")).hint());
    }

    @Test
    void aTemplateGetsTheRenderHint() throws IOException {
        assertEquals(TEMPLATE, only(file("a.yaml", "apiVersion: v1\nkind: {{ .Values.kind }}\n  x: y\n")).hint());
    }

    @Test
    void inputOverALimitGetsTheLimitHint() throws IOException {
        assertEquals(LIMIT, only(file("a.yaml", "a: " + "[".repeat(20) + "]".repeat(20) + "\n")).hint());
        assertEquals(LIMIT, only(file("a.json", "{\"a\": " + "[".repeat(20) + "]".repeat(20) + "}")).hint());
    }

    @Test
    void aMissingFileGetsThePathHint() {
        assertEquals(IO, only(dir.resolve("missing.yaml")).hint());
    }

    @Test
    void bytesThatAreNotTextGetTheEncodingHint() throws IOException {
        assertEquals(ENCODING, only(file("a.yaml", "a: b\u0000\n")).hint());
        Path latin1 = Files.write(dir.resolve("b.yaml"), "a: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ENCODING, only(latin1).hint());
    }
}
