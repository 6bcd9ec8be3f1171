package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    /** Larger than any PID Linux (4,194,304) or macOS (99,999) hands out: a process that is not running. */
    private static final long DEAD = 2_147_483_647L;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------------ helpers

    private static int attr(Path p, String name) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:" + name, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean unix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private boolean root() throws IOException {
        Path probe = Files.createTempFile(dir, "probe", "");
        try {
            return unix(probe) && attr(probe, "uid") == 0;
        } finally {
            Files.delete(probe);
        }
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system refuses symbolic links: " + e.getMessage());
            throw e;
        }
    }

    private static Path hardLink(Path link, Path existing) throws IOException {
        try {
            return Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system refuses hard links: " + e.getMessage());
            throw e;
        }
    }

    private static String leftoverName(String target, long pid, String kind) {
        return "." + target + ".kargo4j-" + pid + "-0123456789abcdef." + kind;
    }

    private static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AtomicFilesChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    // ------------------------------------------------------------------------------------------------ regular files

    @Test
    void aNewFileGetsTheUmaskModeAndNoTemporaryFileIsLeft() throws IOException {
        Path f = dir.resolve("sub/dir/new.yaml");
        assertEquals(AtomicFiles.Method.CREATED, AtomicFiles.write(f, "a: 1\n"));
        assertEquals("a: 1\n", Files.readString(f));
        assertEquals(List.of("new.yaml"), names(f.getParent()));
        if (unix(f)) {
            Path plain = Files.createFile(dir.resolve("plain"));   // what the process's umask gives a new file
            assertEquals(attr(plain, "mode") & 0777, attr(f, "mode") & 0777);
        }
    }

    @Test
    void aReplacedFileKeepsItsOwnerGroupAndMode() throws IOException {
        Path f = Files.writeString(dir.resolve("private.yaml"), "old\n");
        assumeTrue(unix(f), "no POSIX attributes on this file system");
        Files.setAttribute(f, "unix:mode", 02640);
        boolean root = root();
        if (root) {
            Files.setAttribute(f, "unix:uid", 65534);
            Files.setAttribute(f, "unix:gid", 65533);
        }
        int uid = attr(f, "uid");
        int gid = attr(f, "gid");
        Object inode = Files.readAttributes(f, "unix:ino").get("ino");

        assertEquals(AtomicFiles.Method.REPLACED, AtomicFiles.write(f, "new\n"));
        assertEquals("new\n", Files.readString(f));
        assertEquals(02640, attr(f, "mode") & 07777, "mode, with the set-group-id bit");
        assertEquals(gid, attr(f, "gid"));
        assertEquals(uid, attr(f, "uid"), root ? "owner, set by root" : "owner");
        assertNotEquals(inode, Files.readAttributes(f, "unix:ino").get("ino"), "a new file was renamed over it");
        assertEquals(List.of("private.yaml"), names(dir));
    }

    @Test
    void aNewFileCanTakeTheAttributesOfANeighbour() throws IOException {
        Path neighbour = Files.writeString(dir.resolve("stages.yaml"), "x\n");
        assumeTrue(unix(neighbour), "no POSIX attributes on this file system");
        Files.setAttribute(neighbour, "unix:mode", 0600);
        if (root()) {
            Files.setAttribute(neighbour, "unix:uid", 65534);
        }
        Path f = dir.resolve("projectconfig.yaml");
        assertEquals(AtomicFiles.Method.CREATED, AtomicFiles.write(f, out -> out.write("y\n"), neighbour));
        assertEquals(0600, attr(f, "mode") & 07777);
        assertEquals(attr(neighbour, "gid"), attr(f, "gid"));
        assertEquals(attr(neighbour, "uid"), attr(f, "uid"));
    }

    @Test
    void aHardLinkedFileIsRewrittenInPlaceSoEveryLinkSeesTheChange() throws IOException {
        Path f = Files.writeString(dir.resolve("a.yaml"), "a much longer old content than the new one\n");
        Path other = hardLink(Files.createDirectories(dir.resolve("other")).resolve("b.yaml"), f);
        Object key = Files.readAttributes(f, "basic:fileKey").get("fileKey");

        assertEquals(AtomicFiles.Method.REWRITTEN_IN_PLACE, AtomicFiles.write(f, "short\n"));
        assertEquals("short\n", Files.readString(other));
        assertEquals(key, Files.readAttributes(f, "basic:fileKey").get("fileKey"));
        assertEquals(AtomicFiles.Method.REWRITTEN_IN_PLACE, AtomicFiles.write(other, "longer than before: "
                + "x".repeat(200_000) + "\n"));
        assertEquals(Files.readString(other), Files.readString(f));
        if (unix(f)) {
            assertEquals(2, attr(f, "nlink"));
        }
        assertEquals(List.of("a.yaml", "other"), names(dir));
        assertEquals(List.of("b.yaml"), names(dir.resolve("other")));
    }

    @Test
    void aHardLinkedFileThatCannotBeWrittenIsLeftAsItWasWithNoJournal() throws Exception {
        Path f = Files.writeString(dir.resolve("a.yaml"), "old\n");
        hardLink(dir.resolve("b.yaml"), f);
        boolean root = root();
        if (root) {   // root may write any file, except an immutable one
            Process chattr;
            try {
                chattr = new ProcessBuilder("chattr", "+i", f.toString()).start();
            } catch (IOException e) {
                assumeTrue(false, "chattr is not available");
                return;
            }
            assumeTrue(chattr.waitFor() == 0, "this file system has no immutable files");
        } else {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        }
        try {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(f, "new\n"));
            assertTrue(e.getMessage().startsWith("cannot write " + f + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("rewritten only in part"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", f.toString()).start().waitFor();
            }
        }
        assertEquals("old\n", Files.readString(dir.resolve("b.yaml")));
        assertEquals(List.of("a.yaml", "b.yaml"), names(dir), "no journal is left");
    }

    // ------------------------------------------------------------------------------------------------ links

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path realDir = Files.createDirectories(dir.resolve("real"));
        Path target = Files.writeString(realDir.resolve("report.json"), "{}\n");
        Path linkDir = Files.createDirectories(dir.resolve("links"));
        Path first = link(linkDir.resolve("first.json"), Path.of("../real/report.json"));   // relative
        Path second = link(linkDir.resolve("second.json"), first);                            // a chain
        if (unix(target)) {
            Files.setAttribute(target, "unix:mode", 0640);
        }

        assertEquals(AtomicFiles.Method.REPLACED, AtomicFiles.write(second, "{\"new\": true}\n"));
        assertTrue(Files.isSymbolicLink(first));
        assertTrue(Files.isSymbolicLink(second));
        assertEquals(Path.of("../real/report.json"), Files.readSymbolicLink(first));
        assertEquals("{\"new\": true}\n", Files.readString(target));
        if (unix(target)) {
            assertEquals(0640, attr(target, "mode") & 0777);
        }
        assertEquals(List.of("first.json", "second.json"), names(linkDir), "no temporary file next to the link");
        assertEquals(List.of("report.json"), names(realDir));
    }

    @Test
    void aLinkToNothingADirectoryOrALinkToADirectoryIsRefused() throws IOException {
        Path dangling = link(dir.resolve("dangling.yaml"), dir.resolve("elsewhere/nothing.yaml"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(dangling, "x"));
        assertTrue(e.getMessage().startsWith("cannot write " + dangling + ": it is a symbolic link to "),
                e.getMessage());
        assertTrue(Files.isSymbolicLink(dangling));
        assertFalse(Files.exists(dir.resolve("elsewhere")));

        Path danglingHere = link(dir.resolve("here.yaml"), Path.of("nothing.yaml"));
        e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(danglingHere, "x"));
        assertTrue(e.getMessage().contains("which does not exist; kargo4j does not create files through links"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("nothing.yaml"), LinkOption.NOFOLLOW_LINKS));

        Path loopA = link(dir.resolve("loop-a"), Path.of("loop-b"));
        link(dir.resolve("loop-b"), Path.of("loop-a"));
        e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(loopA, "x"));
        assertEquals("cannot write " + loopA + ": too many levels of symbolic links", e.getMessage());

        Path sub = Files.createDirectories(dir.resolve("sub"));
        e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(sub, "x"));
        assertEquals("cannot write " + sub + ": it is a directory", e.getMessage());
        Path toSub = link(dir.resolve("to-sub"), sub);
        e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(toSub, "x"));
        assertTrue(e.getMessage().contains("symbolic link to the directory"), e.getMessage());
        assertEquals(List.of("dangling.yaml", "here.yaml", "loop-a", "loop-b", "sub", "to-sub"), names(dir));
    }

    @Test
    void anotherUsersLinkInAStickyWorldWritableDirectoryIsNotFollowed() throws IOException {
        assumeTrue(unix(dir) && root(), "needs root to make a link owned by another user");
        Path shared = Files.createDirectories(dir.resolve("tmp"));
        Files.setAttribute(shared, "unix:mode", 01777);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Path trap = link(shared.resolve("report.json"), victim);
        Files.setAttribute(trap, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(trap, "x"));
        assertTrue(e.getMessage().contains("symbolic link in the shared directory"), e.getMessage());
        assertEquals("precious\n", Files.readString(victim));

        Files.setAttribute(trap, "unix:uid", 0, LinkOption.NOFOLLOW_LINKS);   // the current user's own link
        assertEquals(AtomicFiles.Method.REPLACED, AtomicFiles.write(trap, "mine\n"));
        assertEquals("mine\n", Files.readString(victim));
    }

    // ------------------------------------------------------------------------------------------------ streams

    @Test
    void aDeviceOrFifoIsWrittenAsAStreamAndNeverReplaced() throws Exception {
        Path device;
        if (root()) {
            device = dir.resolve("null");   // a copy of /dev/null's device node: replacing it harms nobody
            assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                    "mknod is not available");
        } else {
            device = Path.of("/dev/null");
            assumeTrue(Files.exists(device), "no /dev/null");
        }
        assertEquals(AtomicFiles.Method.STREAMED, AtomicFiles.write(device, "discarded\n"));
        assertTrue(Files.readAttributes(device, "basic:isOther").get("isOther").equals(true), "still a device");

        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path viaLink = link(dir.resolve("fifo-link"), fifo);
        assertEquals(AtomicFiles.Method.STREAMED, AtomicFiles.write(viaLink, "through the pipe\n"));
        assertEquals("through the pipe\n", reader.get(30, TimeUnit.SECONDS));
        assertEquals(true, Files.readAttributes(fifo, "basic:isOther").get("isOther"));
        assertTrue(Files.isSymbolicLink(viaLink));
    }

    /**
     * {@code /dev/stdout}, or as root a link in the test's directory that works the same way
     * ({@code /dev/stdout -> /proc/self/fd/1}): were the code to regress, root would replace the machine's own
     * {@code /dev/stdout} with a regular file, while another user only gets an error.
     */
    private Path stdout() throws IOException {
        Path dev = Path.of("/dev/stdout");
        assumeTrue(Files.exists(dev), "no /dev/stdout");
        if (!root()) {
            return dev;
        }
        Path proc = Path.of("/proc/self/fd");
        return link(dir.resolve("stdout"), Files.isDirectory(proc) ? proc.resolve("1") : Path.of("/dev/fd/1"));
    }

    @Test
    void devStdoutIsStreamedEvenWhenStandardOutputIsARegularFile() throws Exception {
        Path stdout = stdout();
        Process piped = child("write", stdout.toString(), "to the pipe\n").start();
        String out = new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(piped.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, piped.exitValue(), "streamed");
        assertEquals("to the pipe\n", out);

        Path log = Files.writeString(dir.resolve("log.txt"), "written before\n");
        Object key = Files.readAttributes(log, "basic:fileKey").get("fileKey");
        Process redirected = child("write", stdout.toString(), "appended\n")
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(redirected.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, redirected.exitValue(), "streamed");
        assertEquals("written before\nappended\n", Files.readString(log));
        assertEquals(key, Files.readAttributes(log, "basic:fileKey").get("fileKey"), "the same file, not replaced");
        assertTrue(Files.isSymbolicLink(stdout) || !Files.isRegularFile(stdout), stdout + " is not replaced");
        assertEquals(stdout.startsWith(dir) ? List.of("log.txt", "stdout") : List.of("log.txt"), names(dir));
    }

    // ------------------------------------------------------------------------------------------------ failures

    @Test
    void aFailureMidWriteLeavesEveryKindOfTargetAsItWas() throws IOException {
        Path regular = Files.writeString(dir.resolve("regular.yaml"), "regular\n");
        Path linked = Files.writeString(dir.resolve("linked.yaml"), "linked\n");
        hardLink(dir.resolve("linked-too.yaml"), linked);
        Path viaLink = link(dir.resolve("via.yaml"), regular);
        Path fresh = dir.resolve("fresh.yaml");
        List<String> before = names(dir);
        for (Path target : List.of(regular, linked, viaLink, fresh)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
                out.write("half of the new content ".repeat(10_000));
                throw new IOException("disk full (simulated)");
            }));
            assertEquals("cannot write " + target + ": disk full (simulated)", e.getMessage());
            assertEquals("disk full (simulated)", e.getCause().getMessage());
            assertEquals(before, names(dir), "no temporary file is left for " + target);
        }
        assertEquals("regular\n", Files.readString(regular));
        assertEquals("linked\n", Files.readString(dir.resolve("linked-too.yaml")));
        assertFalse(Files.exists(fresh));

        for (Path target : List.of(regular, fresh)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> AtomicFiles.write(target, "a lone surrogate \uD800"));
            assertEquals("cannot write " + target + ": the text is not valid Unicode (an unpaired surrogate)",
                    e.getMessage());
            e = assertThrows(UncheckedIOException.class,
                    () -> AtomicFiles.write(target, out -> out.write("a lone surrogate \uD800")));
            assertEquals("cannot write " + target + ": the text is not valid Unicode (an unpaired surrogate)",
                    e.getMessage());
        }
        assertEquals(before, names(dir));

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(regular, out -> {
            out.write("half");
            throw new IllegalStateException("a bug in the renderer");
        }));
        assertEquals("regular\n", Files.readString(regular));
        assertEquals(before, names(dir));
    }

    @Test
    void aKilledWriterLeavesTheTargetAndOneRecognisableTemporaryFileThatTheNextRunRemoves() throws Exception {
        Path f = Files.writeString(dir.resolve("stages.yaml"), "the old content\n");
        Process p = child("hang", f.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            List<AtomicFiles.Leftover> running = AtomicFiles.leftovers(dir);
            assertEquals(1, running.size(), running.toString());
            assertEquals(AtomicFiles.Leftover.Action.IN_USE, running.get(0).action());
            assertEquals(List.of(), AtomicFiles.cleanUp(dir), "a running writer's file is left alone");
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals("the old content\n", Files.readString(f));
        List<String> left = names(dir);
        assertEquals(2, left.size(), left.toString());
        String tmp = left.get(0);
        assertTrue(tmp.matches("\\.stages\\.yaml\\.kargo4j-" + p.pid() + "-[0-9a-f]{16}\\.tmp"), tmp);
        assertEquals("the first half of the new content\n", Files.readString(dir.resolve(tmp)));

        List<AtomicFiles.Leftover> cleaned = AtomicFiles.cleanUp(dir);
        assertEquals(1, cleaned.size());
        assertEquals(AtomicFiles.Leftover.Action.REMOVE, cleaned.get(0).action());
        assertEquals("removed " + dir.resolve(tmp), cleaned.get(0).describe(true));
        assertEquals(List.of("stages.yaml"), names(dir));
    }

    @Test
    void cleanUpFinishesAnInterruptedInPlaceRewriteAndRestoresASetAsideDirectory() throws IOException {
        // killed while rewriting a hard-linked file in place: the file is half old, half new
        Path f = Files.writeString(dir.resolve("a.yaml"), "new conOLD CONTENT, LONGER\n");
        Path other = hardLink(dir.resolve("b.yaml"), f);
        Files.writeString(dir.resolve(leftoverName("a.yaml", DEAD, "pending")), "new content\n");
        // killed between the fleet writer's two renames: no nginx, its old version set aside, a full staging dir
        Path old = Files.createDirectories(dir.resolve(leftoverName("nginx", DEAD, "old")));
        Files.writeString(old.resolve("stages.yaml"), "old stages\n");
        Path staging = Files.createDirectories(dir.resolve(leftoverName("nginx", DEAD, "tmp")));
        Files.writeString(staging.resolve("stages.yaml"), "new stages\n");
        // killed while deleting a replaced directory: api is the new version
        Files.createDirectories(dir.resolve("api"));
        Files.createDirectories(dir.resolve(leftoverName("api", DEAD, "old")).resolve("sub"));

        List<AtomicFiles.Leftover> planned = AtomicFiles.leftovers(dir);
        assertEquals(List.of(AtomicFiles.Leftover.Action.FINISH, AtomicFiles.Leftover.Action.REMOVE,
                AtomicFiles.Leftover.Action.RESTORE, AtomicFiles.Leftover.Action.REMOVE),
                planned.stream().map(AtomicFiles.Leftover::action).toList());
        assertEquals(7, names(dir).size(), "listing changes nothing");

        List<AtomicFiles.Leftover> done = AtomicFiles.cleanUp(dir);
        assertEquals(planned, done);
        assertEquals("new content\n", Files.readString(other));
        assertEquals("old stages\n", Files.readString(dir.resolve("nginx/stages.yaml")));
        assertEquals(List.of("a.yaml", "api", "b.yaml", "nginx"), names(dir));
        assertEquals("restored " + dir.resolve("nginx") + " from " + old, done.get(2).describe(true));
    }

    @Test
    void cleanUpTouchesNothingButRecognisableNamesOfProcessesThatAreGone() throws IOException {
        long self = ProcessHandle.current().pid();
        List<String> others = List.of(".a.yaml.tmp", ".a.yaml.kargo4j-12-0123.tmp", ".a.yaml.kargo4j-x-0123456789abcdef.tmp",
                "a.yaml.kargo4j-12-0123456789abcdef.tmp", ".a.yaml.kargo4j-12-0123456789abcdef.bak",
                leftoverName("a.yaml", self, "tmp"), "notes.txt");
        for (String n : others) {
            Files.writeString(dir.resolve(n), n);
        }
        Files.writeString(dir.resolve(leftoverName("gone.yaml", DEAD, "pending")), "new\n");
        Files.writeString(dir.resolve(leftoverName("a.yaml", DEAD, "tmp")), "half");

        List<AtomicFiles.Leftover> done = AtomicFiles.cleanUp(dir);
        assertEquals(List.of(AtomicFiles.Leftover.Action.REMOVE, AtomicFiles.Leftover.Action.KEEP),
                done.stream().map(AtomicFiles.Leftover::action).toList());
        assertTrue(done.get(1).describe(true).contains("which no longer exists"), done.get(1).describe(true));
        List<String> expected = new ArrayList<>(others);
        expected.add(leftoverName("gone.yaml", DEAD, "pending"));
        assertEquals(expected.stream().sorted().toList(), names(dir));
    }

    @Test
    void cleanUpForFindsTheDirectoryALinkPointsInto() throws IOException {
        Path realDir = Files.createDirectories(dir.resolve("real"));
        Files.writeString(realDir.resolve("report.json"), "{}");
        Files.writeString(realDir.resolve(leftoverName("report.json", DEAD, "tmp")), "{\"half");
        Path l = link(dir.resolve("report.json"), realDir.resolve("report.json"));
        List<AtomicFiles.Leftover> done = AtomicFiles.cleanUpFor(List.of(l, dir.resolve("missing/x.yaml")));
        assertEquals(1, done.size());
        assertEquals(List.of("report.json"), names(realDir));
        assertFalse(Files.exists(dir.resolve("missing")), "cleaning up creates nothing");
    }

    @Test
    void aVeryLongNameGetsAShortenedTemporaryName() throws IOException {
        Path f = dir.resolve("é".repeat(120) + ".yaml");   // 245 bytes
        assertEquals(AtomicFiles.Method.CREATED, AtomicFiles.write(f, "x\n"));
        assertEquals(AtomicFiles.Method.REPLACED, AtomicFiles.write(f, "y\n"));
        assertEquals("y\n", Files.readString(f));
        assertEquals(1, names(dir).size());
    }
}
