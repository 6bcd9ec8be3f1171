package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --threads}: the same output whatever the number; a number below one is a usage error. */
class ThreadsOptionTest {

    @TempDir
    Path dir;

    private Path pipelines() throws IOException {
        for (int i = 0; i < 40; i++) {
            Path d = Files.createDirectories(dir.resolve("p" + i));
            Files.writeString(d.resolve("stage.yaml"), """
                    apiVersion: kargo.akuity.io/v1alpha1
                    kind: Stage
                    metadata:
                      name: %s
                      namespace: p%d
                    spec:
                      requestedFreight:
                        - origin: {kind: Warehouse, name: missing}
                          sources: {stages: [up%d]}
                      promotionTemplate:
                        spec:
                          steps:
                            - uses: git-clone
                              config: {repoURL: "https://example.com/r.git", unknownKey: %d}
                    """.formatted(i % 3 == 0 ? "Bad_Name" : "s" + i, i, i, i));
            Files.writeString(d.resolve("broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n");
        }
        return dir;
    }

    @Test
    void everyFormatIsTheSameOnOneThreadAndOnFour() throws IOException {
        Path d = pipelines();
        for (String format : new String[] {"text", "json", "sarif"}) {
            CliRun one = CliRun.run("validate", "--complete", "--format", format, "--threads", "1", d.toString());
            CliRun four = CliRun.run("validate", "--complete", "--format", format, "--threads", "4", d.toString());
            assertEquals(one.status(), four.status(), format);
            assertEquals(one.out(), four.out(), format);
            assertEquals(one.err(), four.err(), format);
            assertTrue(one.out().contains("KR001") && one.out().contains("KA036"), one.out());
        }
        CliRun print1 = CliRun.run("print", "--threads", "1", d.toString());
        CliRun print3 = CliRun.run("print", "--threads", "3", d.toString());
        assertEquals(print1.out(), print3.out());
        assertEquals(print1.err(), print3.err());
        assertTrue(print1.out().contains("name: s1\n"), print1.out());
    }

    @Test
    void lessThanOneThreadIsAUsageError() throws IOException {
        CliRun r = CliRun.run("validate", "--threads", "0", pipelines().toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("--threads must be at least 1, not 0"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }
}
