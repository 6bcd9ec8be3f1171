package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Writes of {@code validate --output} and {@code migrate} respect the file system: links are written through, devices
 * and {@code /dev/stdout} streamed, inputs never overwritten, hard links kept, owner, group and mode kept, and what an
 * interrupted run left is cleaned up.
 */
class FileSystemWritesTest {

    private static final Path SEED_000 = PrintAndGraphTest.SEED_000;
    private static final Path SEED_003 = Path.of("src/test/resources/migrate/seed-003/projects/nginx");
    private static final Path GOLDEN = Path.of("src/test/resources/migrate/seed-003-migrated/projects/nginx");
    /** Larger than any PID Linux or macOS hands out: a process that is not running. */
    private static final String DEAD = "2147483647";

    @TempDir
    Path dir;

    private Path seed003(Path nginx) throws IOException {
        Files.createDirectories(nginx);
        try (Stream<Path> files = Files.list(SEED_003)) {
            for (Path f : files.toList()) {
                Files.copy(f, nginx.resolve(f.getFileName()));
            }
        }
        return nginx;
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int attr(Path p, String name) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:" + name);
    }

    private static boolean unix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("unix");
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

    // ------------------------------------------------------------------------------------------- validate --output

    @Test
    void validateWritesThroughAnOutputLinkAndTheLinkStays() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path real = Files.writeString(reports.resolve("kargo4j.txt"), "last week's report\n");
        Path output = link(dir.resolve("report.txt"), Path.of("reports/kargo4j.txt"));
        CliRun r = CliRun.run("validate", "--output", output.toString(), SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(output));
        assertEquals(Path.of("reports/kargo4j.txt"), Files.readSymbolicLink(output));
        assertEquals(CliRun.run("validate", SEED_000.toString()).out(), Files.readString(real));
        assertEquals(List.of("kargo4j.txt"), names(reports));

        Path dangling = link(dir.resolve("dangling.txt"), Path.of("reports/missing/kargo4j.txt"));
        CliRun refused = CliRun.run("validate", "--output", dangling.toString(), SEED_000.toString());
        assertEquals(2, refused.status(), refused.err());
        assertTrue(refused.err().startsWith("kargo4j: cannot write " + dangling + ": it is a symbolic link to "),
                refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        assertFalse(Files.exists(reports.resolve("missing")));
    }

    @Test
    void validateRefusesAnOutputThatIsOneOfTheInputsBeforeReadingAnything() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path stages = Files.writeString(project.resolve("stages.yaml"), "apiVersion: kargo.akuity.io/v1alpha1\n"
                + "kind: Stage\nmetadata:\n  name: Dev\n  namespace: demo\n");
        String before = Files.readString(stages);

        CliRun same = CliRun.run("validate", "--output", stages.toString(), stages.toString());
        assertEquals(2, same.status(), same.err());
        assertEquals("kargo4j: --output " + stages + " is one of the inputs; writing the report would overwrite it: "
                + "choose a file outside the inputs\n", same.err());
        assertEquals("", same.out(), "nothing was validated");

        Path viaLink = link(dir.resolve("report.yaml"), stages);
        Path hard = hardLink(dir.resolve("hard.yaml"), stages);
        for (Path output : List.of(viaLink, hard)) {
            CliRun inDir = CliRun.run("validate", "--output", output.toString(), project.toString());
            assertEquals(2, inDir.status(), inDir.err());
            assertTrue(inDir.err().contains("--output " + output + " is one of the inputs (a manifest file in "
                    + project + ")"), inDir.err());
        }
        assertEquals(before, Files.readString(stages));
        assertTrue(Files.isSymbolicLink(viaLink));
        assertEquals(List.of("stages.yaml"), names(project));

        Path report = project.resolve("report.txt");   // not a manifest name: not an input
        CliRun fine = CliRun.run("validate", "--output", report.toString(), project.toString());
        assertEquals(1, fine.status(), fine.err());
        assertTrue(Files.readString(report).contains(stages + ":"), Files.readString(report));
    }

    @Test
    void validateCleansUpWhatAnInterruptedRunLeftNextToTheOutput() throws IOException {
        Path output = dir.resolve("report.txt");
        String tmp = ".report.txt.kargo4j-" + DEAD + "-0123456789abcdef.tmp";
        Files.writeString(dir.resolve(tmp), "half a rep");
        Files.writeString(dir.resolve(".report.txt.tmp"), "not ours");
        CliRun r = CliRun.run("validate", "--output", output.toString(), SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("kargo4j: cleaned up after an interrupted run: removed " + dir.resolve(tmp) + "\n", r.err());
        assertEquals(List.of(".report.txt.tmp", "report.txt"), names(dir));
    }

    /**
     * {@code /dev/stdout}, or as root a link in the test's directory that works the same way
     * ({@code /dev/stdout -> /proc/self/fd/1}): were the code to regress, root would replace the machine's own
     * {@code /dev/stdout} with a regular file, while another user only gets an error.
     */
    private Path stdout() throws IOException {
        Path dev = Path.of("/dev/stdout");
        assumeTrue(Files.exists(dev), "no /dev/stdout");
        Path probe = Files.createFile(dir.resolve("probe"));
        boolean root = unix(probe) && attr(probe, "uid") == 0;
        Files.delete(probe);
        if (!root) {
            return dev;
        }
        Path proc = Path.of("/proc/self/fd");
        return link(dir.resolve("stdout"), Files.isDirectory(proc) ? proc.resolve("1") : Path.of("/dev/fd/1"));
    }

    @Test
    void validateStreamsToDevStdoutWithoutReplacingTheFileBehindIt() throws Exception {
        Path stdout = stdout();
        String expected = CliRun.run("validate", SEED_000.toString()).out();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate",
                "--output", stdout.toString(), SEED_000.toString()));

        Process piped = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(piped.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, piped.exitValue());
        assertEquals(expected, out);

        Path log = Files.writeString(dir.resolve("ci.log"), "$ kargo4j validate\n");
        Object key = Files.readAttributes(log, "basic:fileKey").get("fileKey");
        Process redirected = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(redirected.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, redirected.exitValue());
        assertEquals("$ kargo4j validate\n" + expected, Files.readString(log));
        assertEquals(key, Files.readAttributes(log, "basic:fileKey").get("fileKey"), "the same file, not replaced");
        assertTrue(Files.isSymbolicLink(stdout) || !Files.isRegularFile(stdout), stdout + " is not replaced");
        assertEquals(stdout.startsWith(dir) ? List.of("ci.log", "stdout") : List.of("ci.log"), names(dir));
    }

    // ------------------------------------------------------------------------------------------------- migrate

    @Test
    void migrateWritesThroughASymbolicLinkAndTheLinkStays() throws IOException {
        Path real = seed003(dir.resolve("real"));
        Path project = Files.createDirectories(dir.resolve("project"));
        for (String n : List.of("namespace.yaml", "project.yaml", "warehouse.yaml")) {
            Files.copy(real.resolve(n), project.resolve(n));
        }
        Path stages = link(project.resolve("stages.yaml"), Path.of("../real/stages.yaml"));

        // the same file named twice, through the link and directly: read and written once
        CliRun r = CliRun.run("migrate", stages.toString(), real.resolve("stages.yaml").toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(Files.isSymbolicLink(stages));
        assertEquals(Path.of("../real/stages.yaml"), Files.readSymbolicLink(stages));
        assertEquals(Files.readString(GOLDEN.resolve("stages.yaml")), Files.readString(real.resolve("stages.yaml")));
        assertEquals(List.of("namespace.yaml", "project.yaml", "stages.yaml", "warehouse.yaml"), names(project));
        assertEquals(List.of("namespace.yaml", "project.yaml", "stages.yaml", "warehouse.yaml"), names(real));
    }

    @Test
    void migrateRewritesAHardLinkedFileInPlaceSoEveryLinkSeesTheChange() throws IOException {
        Path nginx = seed003(dir.resolve("projects/nginx"));
        Path backup = Files.createDirectories(dir.resolve("backup"));
        Path other = hardLink(backup.resolve("stages.yaml"), nginx.resolve("stages.yaml"));
        Object key = Files.readAttributes(other, "basic:fileKey").get("fileKey");

        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(Files.readString(GOLDEN.resolve("stages.yaml")), Files.readString(other));
        assertEquals(key, Files.readAttributes(nginx.resolve("stages.yaml"), "basic:fileKey").get("fileKey"));
        if (unix(other)) {
            assertEquals(2, attr(other, "nlink"));
        }
        assertEquals(List.of("namespace.yaml", "project.yaml", "projectconfig.yaml", "stages.yaml",
                "warehouse.yaml"), names(nginx), "no journal or temporary file is left");
    }

    @Test
    void migrateKeepsOwnerGroupAndModeAndANewFileTakesThemFromItsNeighbours() throws IOException {
        Path nginx = seed003(dir.resolve("projects/nginx"));
        assumeTrue(unix(nginx), "no POSIX attributes on this file system");
        boolean root = attr(nginx, "uid") == 0;
        for (String n : names(nginx)) {
            Path f = nginx.resolve(n);
            Files.setAttribute(f, "unix:mode", 0640);
            if (root) {   // as root, a rename would give every file to root: they must stay nobody's
                Files.setAttribute(f, "unix:uid", 65534);
                Files.setAttribute(f, "unix:gid", 65534);
            }
        }
        int uid = attr(nginx.resolve("stages.yaml"), "uid");
        int gid = attr(nginx.resolve("stages.yaml"), "gid");

        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        for (String n : List.of("project.yaml", "projectconfig.yaml", "stages.yaml", "warehouse.yaml")) {
            Path f = nginx.resolve(n);
            assertEquals(Files.readString(GOLDEN.resolve(n)), Files.readString(f), n);
            assertEquals(0640, attr(f, "mode") & 07777, n);
            assertEquals(gid, attr(f, "gid"), n);
            assertEquals(uid, attr(f, "uid"), n);
        }
    }

    @Test
    void migrateFinishesWhatAnInterruptedRunLeftAndSaysSoInOneLine() throws IOException {
        Path nginx = seed003(dir.resolve("projects/nginx"));
        String tmp = ".stages.yaml.kargo4j-" + DEAD + "-0123456789abcdef.tmp";
        Files.writeString(nginx.resolve(tmp), "half");
        CliRun r = CliRun.run("migrate", nginx.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("kargo4j: cleaned up after an interrupted run: removed " + nginx.resolve(tmp) + "\n", r.err());
        assertFalse(Files.exists(nginx.resolve(tmp), LinkOption.NOFOLLOW_LINKS));
        assertEquals(5, names(nginx).size());
    }
}
