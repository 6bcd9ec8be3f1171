package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code kargo4j validate} on hostile input: every input is read once, nothing hangs or runs out of memory, the
 * message names the place in plain words, and the exit status tells unreadable input (2) from findings (1). The
 * timeouts guard against hangs; they are not performance claims.
 */
class HostileInputCliTest {

    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: Dev
              namespace: demo
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: {direct: true}
            """;

    @TempDir
    Path dir;

    private static CliRun validate(String... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "validate";
        System.arraycopy(paths, 0, args, 1, paths.length);
        return assertTimeoutPreemptively(GUARD, () -> CliRun.run(args));
    }

    /** Plain words for the user: no stack trace, no Java class name. */
    private static void plain(CliRun r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("\tat "), all);
        assertFalse(all.contains("Exception"), all);
        assertFalse(all.matches("(?s).*\\b(java|org|tools)\\.[a-z]+\\..*"), all);
    }

    /**
     * More documents than the heap holds: a clear message and exit 2, not an OutOfMemoryError with a stack trace.
     * Runs the command in a JVM of its own with a 48 MB heap.
     */
    @Test
    void moreDocumentsThanTheHeapHoldsIsAClearErrorNotAStackTrace() throws IOException, InterruptedException {
        Path many = dir.resolve("many.yaml");
        try (OutputStream o = Files.newOutputStream(many)) {
            byte[] doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: demo\n---\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 500_000; i++) {
                o.write(doc);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", many.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        String err = Files.readString(dir.resolve("err.txt"));
        CliRun r = new CliRun(p.exitValue(), Files.readString(dir.resolve("out.txt")), err);
        assertEquals(2, r.status(), err);
        assertTrue(err.startsWith("kargo4j: out of memory:"), err);
        plain(r);
    }

    @Test
    void devZeroAndASparseFileAreUnreadableNotAnOutOfMemoryError() throws IOException {
        Path sparse = dir.resolve("sparse.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        CliRun r = validate(sparse.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(sparse + ":1:1: error[KR001] NUL character (byte 0x00)"), r.out());
        plain(r);

        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        CliRun z = validate(zero.toString());
        assertEquals(2, z.status(), z.out() + z.err());
        assertTrue(z.out().contains("/dev/zero:1:1: error[KR001] NUL character (byte 0x00)"), z.out());
        plain(z);
    }

    @Test
    void aFifoWithMalformedYamlIsReadOnceAndReported() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.yaml");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            mk = null;
        }
        assumeTrue(mk != null && mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0,
                "mkfifo is not available here");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write((STAGE + "  promotionTemplate: [unclosed\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the assertions on the run report it
            }
        });
        writer.setDaemon(true);
        writer.start();
        CliRun r = validate(fifo.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(fifo + ":"), r.out());
        assertTrue(r.out().contains("error[KR001] spec.promotionTemplate[1]: malformed YAML"), r.out());
        plain(r);
    }

    @Test
    void aSymlinkedDirectoryIsValidated() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("stage.yaml"), STAGE);
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, real);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        CliRun r = validate(link.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(link.resolve("stage.yaml") + ":4:3: error[KA036]"), r.out());
        assertFalse(r.out().contains("0 resources"), r.out());
        plain(r);
    }

    @Test
    void anUnreadableSubdirectoryExitsTwoAndTheRestIsStillValidated() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("other.yaml"), STAGE);
        Files.writeString(dir.resolve("stage.yaml"), STAGE);
        try {
            Files.setPosixFilePermissions(locked, Set.of());
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        try {
            assumeTrue(!Files.isReadable(locked), "permissions do not apply to this user (root)");
            CliRun r = validate(dir.toString());
            assertEquals(2, r.status(), r.out() + r.err());
            assertTrue(r.out().contains(locked + ": error[KR001] cannot list directory: permission denied"), r.out());
            assertTrue(r.out().contains(dir.resolve("stage.yaml") + ":4:3: error[KA036]"), r.out());
            plain(r);
        } finally {
            Files.setPosixFilePermissions(locked, EnumSet.allOf(PosixFilePermission.class));
        }
    }
}
