package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret in what {@code kargo4j validate} (text, JSON and SARIF reports) and {@code kargo4j print} (YAML and JSON)
 * show, for malformed, wrong-typed and valid Secrets holding a marker token in every position: not in a finding, an
 * error line, a path or a hint. {@code print} reproduces what it could read, so only its errors are checked for a
 * document that loads. The reader's own exhaustive corpus is {@code SecretLeakTest} of kargo-model.
 */
class SecretLeakCliTest {

    private static final String M = "ghp_SECRETSECRETq7Zx9Wv3";
    private static final List<String> PIECES = List.of("ghp_", "SECRET", "q7Zx9Wv3");

    private static final String SECRET = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: demo\n"
            + "stringData:\n";
    private static final String STAGE = "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: dev\n"
            + "  namespace: demo\nspec:\n";
    private static final String JSON_SECRET = "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\":"
            + " \"x\", \"namespace\": \"demo\"},\n \"stringData\": {";

    /**
     * @param name  what it tries
     * @param file  the file name ({@code .yaml} or {@code .json})
     * @param text  the content
     * @param loads whether the document loads (then {@code print} shows it, secret and all)
     */
    record Case(String name, String file, String text, boolean loads) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case yaml(String name, String text) {
        return new Case(name, "in.yaml", text, false);
    }

    private static Case json(String name, String members) {
        return new Case(name, "in.json", JSON_SECRET + members + "}}\n", false);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(yaml("a colon in a plain value", SECRET + "  password: " + M + ": x\n"));
        c.add(yaml("an unclosed double quote", SECRET + "  password: \"" + M + "\n"));
        c.add(yaml("an unknown escape", SECRET + "  password: \"" + M + "\\q\"\n"));
        c.add(yaml("a short unicode escape", SECRET + "  password: \"\\u" + M + "\"\n"));
        c.add(yaml("a unicode escape cut off by the end", SECRET + "  password: \"" + M + "\\u"));
        c.add(yaml("an undefined alias", SECRET + "  password: *" + M + "\n"));
        c.add(yaml("an undefined tag handle", SECRET + "  password: !" + M + "!x value\n"));
        c.add(yaml("an unclosed verbatim tag", SECRET + "  password: !<" + M + " value\n"));
        c.add(yaml("a bool tag", SECRET + "  password: !!bool " + M + "\n"));
        c.add(yaml("a tab for indentation", SECRET + "\tpassword: " + M + "\n"));
        c.add(yaml("a comment before a broken value", SECRET + "  # " + M + "\n  password: \"x\n"));
        c.add(yaml("a flow entry without colon", SECRET + "  {password " + M + "}\n"));
        c.add(yaml("a block key without value", SECRET + "  password " + M + ":\n"));
        c.add(yaml("a duplicate key", SECRET + "  " + M + ": a\n  " + M + ": b\n"));
        c.add(yaml("a key before a broken value", SECRET + "  " + M + ": [\n"));
        c.add(yaml("a document separator in quotes", SECRET + "  password: \"" + M + "\n---\nx\"\n"));
        c.add(yaml("the end of input in a flow list", SECRET + "  password: [" + M));
        c.add(yaml("a NUL character", SECRET + "  password: " + M + "\u0000\n"));
        c.add(yaml("text after a block indicator", SECRET + "  password: |x" + M + "\n"));
        c.add(yaml("a merge key with a value", SECRET + "  <<: " + M + "\n"));
        c.add(yaml("a %TAG directive twice", "%TAG !a! tag:" + M + ",2000:\n%TAG !a! tag:" + M + ",2000:\n---\n"
                + SECRET));
        c.add(yaml("a List of Secrets with a broken item", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n"
                + "  kind: Secret\n  stringData:\n    " + M + ": [\n"));
        c.add(yaml("kubectl order: data before kind", "apiVersion: v1\ndata:\n  " + M + ": {\nkind: Secret\n"));
        c.add(yaml("a Helm template", SECRET + "  password: {{ .Values." + M + " }}\n"));
        c.add(yaml("a broken Stage value", STAGE + "  shard: \"" + M + "\\q\"\n"));
        c.add(json("an unquoted token", "\"password\": " + M));
        c.add(json("an unterminated string", "\"password\": \"" + M));
        c.add(json("a bad escape", "\"password\": \"" + M + "\\q\""));
        c.add(json("a missing colon", "\"password\" \"" + M + "\""));
        c.add(json("an unquoted key", M + ": \"x\""));
        c.add(json("a duplicate key", "\"" + M + "\": \"a\", \"" + M + "\": \"b\""));
        c.add(json("a comment", "/* " + M + " */ \"password\": \"x\""));
        c.add(json("a raw line break in a string", "\"password\": \"" + M + "\nx\""));
        c.add(yaml("stringData as a string", SECRET.replace("stringData:\n", "stringData: " + M + "\n")));
        c.add(yaml("data as a list", SECRET.replace("stringData:\n", "data: [" + M + "]\n")));
        c.add(yaml("a number in stringData", SECRET + "  password: 1" + "\n  " + M + ": [" + M + "]\n"));
        c.add(yaml("immutable as a string", SECRET.replace("stringData:\n", "immutable: " + M + "\n")));
        c.add(yaml("type as a list", SECRET.replace("stringData:\n", "type: [" + M + "]\n")));
        c.add(yaml("metadata as a string", "apiVersion: v1\nkind: Secret\nmetadata: " + M + "\n"));
        c.add(yaml("a label as a list", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n  labels:\n    " + M
                + ": [" + M + "]\n"));
        c.add(yaml("a Stage field of the wrong type", STAGE + "  requestedFreight:\n    - origin: {kind: Warehouse,"
                + " name: w}\n      sources: {direct: " + M + "}\n"));
        c.add(new Case("a Secret with the marker in every value and unknown key", "in.yaml", "apiVersion: v1\n"
                + "kind: Secret\nmetadata:\n  name: creds\n  namespace: demo\n  labels:\n"
                + "    kargo.akuity.io/cred-type: " + M + "\n    " + M + ": \"x\"\n  annotations:\n"
                + "    kubectl.kubernetes.io/last-applied-configuration: '{\"stringData\":{\"password\":\"" + M
                + "\"}}'\n  " + M + ": 1\n  finalizers: [" + M + "]\ntype: Opaque\nstringData:\n  password: " + M
                + "\n  repoURL: https://user:" + M + "@github.com/x/y.git\n  sshPrivateKey: " + M + "\ndata:\n"
                + "  password: " + M + "\nstrigData:\n  password: " + M + "\n" + M + ": " + M + "\n", true));
        c.add(new Case("a Secret of another apiVersion", "in.yaml", "apiVersion: v2\nkind: Secret\nmetadata:\n"
                + "  name: x\n  labels: {a: " + M + "}\nstringData:\n  password: " + M + "\n", true));
        c.add(new Case("a List of Secrets", "in.yaml", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n"
                + "  kind: Secret\n  metadata: {name: x}\n  stringData:\n    password: " + M + "\n", true));
        c.add(new Case("a Secret in JSON with a misspelled field", "in.json", JSON_SECRET + "\"password\": \"" + M
                + "\"}, \"strigData\": {\"token\": \"" + M + "\"}}", true));
        return c.stream();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateAndPrintShowNoSecret(Case c) throws IOException {
        Path file = dir.resolve(c.file());
        Files.write(file, c.text().getBytes(StandardCharsets.UTF_8));
        for (String format : List.of("text", "json", "sarif")) {
            CliRun r = CliRun.run("validate", "--format", format, file.toString());
            assertClean("validate --format " + format, r.out() + r.err());
            assertNoJava("validate --format " + format, (format.equals("text") ? r.out() : "") + r.err());
            // 2: some input is not text at all (an encoding error), reported like the rest
            assertTrue(r.status() >= 0 && r.status() <= 2, "validate --format " + format + ": " + r.status());
        }
        for (String output : List.of("yaml", "json")) {
            CliRun r = CliRun.run("print", "--output", output, file.toString());
            assertClean("print --output " + output + " (errors)", r.err());
            assertNoJava("print --output " + output + " (errors)", r.err());
            // a document that loads is printed as written, its Secret values included (that is what print is for);
            // a refused one must not leak through what print writes anyway
            if (r.status() != 0) {
                assertClean("print --output " + output, r.out());
            }
        }
    }

    @Test
    void oneRunOverAllTheFiles() throws IOException {
        List<Case> all = cases().toList();
        for (int i = 0; i < all.size(); i++) {
            Case c = all.get(i);
            Files.write(dir.resolve(i + "-" + c.file()), c.text().getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = CliRun.run("validate", "--format", "json", dir.toString());
        assertClean("validate of the directory", r.out() + r.err());
        assertEquals(2, r.status(), "a file that is not text at all is input that cannot be read: " + r.err());
        assertTrue(r.out().contains("\"code\": \"KR001\""), r.out());
        CliRun print = CliRun.run("print", dir.toString());
        assertClean("print of the directory (errors)", print.err());
        assertEquals(2, print.status());
    }

    private static void assertClean(String what, String text) {
        for (String piece : PIECES) {
            assertFalse(text.contains(piece), () -> what + " shows the secret:\n" + text);
        }
    }

    private static void assertNoJava(String what, String text) {
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("java."),
                () -> what + " shows a Java class or a stack trace:\n" + text);
    }
}
