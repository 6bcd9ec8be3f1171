package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file whose second of four documents is malformed YAML: the other three are validated and printed. */
class BrokenDocumentCliTest {

    @TempDir
    Path dir;

    private Path mixed() throws IOException {
        Path f = dir.resolve("mixed.yaml");
        Files.writeString(f, """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata:
                  name: app
                  namespace: demo
                spec:
                  subscriptions:
                    - image:
                        repoURL: ghcr.io/example/app
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: broken
                  namespace: demo
                spec:
                  requestedFreight: [
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: Dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin:
                        kind: Warehouse
                        name: app
                      sources:
                        direct: true
                ---
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Project
                metadata:
                  name: demo
                """);
        return f;
    }

    @Test
    void validateReportsTheBrokenDocumentAndTheFindingsOfTheOthers() throws IOException {
        Path f = mixed();
        CliRun r = CliRun.run("validate", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(f + ":18:1: error[KR001]"), r.out());
        // the Stage after the broken document is read and checked: its name is not a Kubernetes name
        assertTrue(r.out().contains(f + ":22:3: error[KA036]"), r.out());
        assertFalse(r.out().contains("broken"), "the broken document is not loaded: " + r.out());
        assertFalse((r.out() + r.err()).contains("\tat "), r.out() + r.err());
    }

    @Test
    void validateAsJsonCountsTheThreeResourcesRead() throws IOException {
        Path f = mixed();
        CliRun r = CliRun.run("validate", "--format", "json", f.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("\"code\": \"KR001\""), r.out());
        assertTrue(r.out().contains("\"resources\": 3"), r.out());
    }

    @Test
    void printWritesTheReadableDocumentsAndNamesTheBrokenOneWithExitTwo() throws IOException {
        Path f = mixed();
        CliRun r = CliRun.run("print", f.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(3, r.out().split("(?m)^kind: ").length - 1, r.out());
        assertTrue(r.out().contains("name: app"), r.out());
        assertTrue(r.out().contains("name: Dev"), r.out());
        assertTrue(r.out().contains("name: demo"), r.out());
        assertFalse(r.out().contains("broken"), r.out());
        assertEquals("kargo4j: " + f + ":18:1: spec.requestedFreight[0]: malformed YAML: expected a value, found a"
                + " document start (---) (while parsing a flow node)\n"
                + "kargo4j: the input above was left out; fix it ('kargo4j validate PATH' gives a hint for each) or"
                + " leave its file out with --exclude\n", r.err());
    }
}
