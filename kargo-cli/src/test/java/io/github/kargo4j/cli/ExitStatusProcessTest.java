package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command as its own process: a success ends the JVM by returning from main (no System.exit), a failure by the
 * exit status; either way the process ends at once with all its output written.
 */
class ExitStatusProcessTest {

    @TempDir
    Path dir;

    private CliRun runProcess(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new CliRun(p.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void successReturnsFromMainWithEverythingWritten() throws Exception {
        CliRun r = runProcess("validate", "--threads", "2", PrintAndGraphTest.SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().endsWith(" in 12 resources\n"), r.out());
        assertEquals(CliRun.run("validate", PrintAndGraphTest.SEED_000.toString()).out(), r.out());
    }

    @Test
    void failureEndsWithItsStatus() throws Exception {
        CliRun r = runProcess("validate", dir.resolve("missing").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("kargo4j: no such file or directory: "), r.err());
    }
}
