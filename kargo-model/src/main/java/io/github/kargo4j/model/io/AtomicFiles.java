package io.github.kargo4j.model.io;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that nobody (a reader, or the next run after a kill) ever sees one half-written, and so that what
 * a path names stays what it was. The one home of file writes in kargo4j: {@link ManifestFiles#write}, the CLI's
 * {@code --output}, {@code kargo4j migrate}, the Maven plugin's reports and the fleet writer use it.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("report.sarif"), sarifText);
 * AtomicFiles.write(Path.of("big.yaml"), out -> renderer.renderTo(out));   // streamed content
 * }</pre>
 *
 * <p><b>What a path is written as.</b>
 * <ul>
 * <li><b>A regular file, or a new one:</b> the content goes to a hidden temporary file in the same directory, which
 * is then renamed over the target, so the target is always either the complete old file or the complete new one. A
 * replaced file keeps its owner, group and mode (including the set-id and sticky bits) where the file system has
 * POSIX attributes; a new file gets {@code rw-rw-rw-} less the process's umask, as a shell redirection would, or the
 * owner, group and mode of a file you name (see {@link #write(Path, Content, Path)}).</li>
 * <li><b>A regular file with several hard links, or whose owner or group this process cannot give to a new
 * file</b> (another user's group-writable file): a rename would split the links or change the owner, so the file is
 * rewritten in place, every link seeing the change; but only once the complete new content is in a journal file
 * next to it, so that a kill while rewriting is finished by the next run (see below). Growing the file happens
 * first, so a full disk leaves it unchanged.</li>
 * <li><b>A symbolic link:</b> written through. The link is followed (a relative link from its own directory, chains
 * of up to 40 links) and the file it points to is written as above, with its temporary file in that file's
 * directory; the link stays a link. Two kinds of link are refused with a message: a link to nothing (kargo4j does
 * not create files through links, the classic way to make a program write where it did not mean to), and a link in
 * a world-writable sticky directory such as {@code /tmp} that belongs neither to the directory's owner nor to the
 * current user (the links Linux itself refuses to follow with {@code fs.protected_symlinks}).</li>
 * <li><b>A device, FIFO or open descriptor</b> ({@code /dev/null}, a named pipe, {@code /dev/stdout},
 * {@code /dev/fd/1}, {@code /proc/self/fd/1}): written directly as a stream, appending, never replaced. A descriptor
 * is written this way even when it refers to a regular file (standard output redirected with {@code >} or
 * {@code >>}): what is already there stays, as it would for the shell. A stream cannot be atomic: a failure leaves
 * what was written so far, and a FIFO without a reader blocks as it does for any program.</li>
 * <li><b>A directory:</b> refused.</li>
 * </ul>
 * A missing parent directory is created (not through a link).
 *
 * <p><b>Kills and leftovers.</b> Every temporary name is hidden and recognisable:
 * {@code .<name>.kargo4j-<pid>-<16 hex digits>.<kind>}, next to the target, where {@code pid} is the writing
 * process and {@code kind} is {@code tmp} (content still being written, or a fleet staging directory),
 * {@code pending} (the complete new content of a file being rewritten in place) or {@code old} (a directory set aside
 * while the fleet writer replaces it). Hidden names are skipped by {@link ManifestFiles#list}. What a kill
 * leaves, and what {@link #cleanUp(Path)} does about it on the next run:
 * <table>
 * <caption>Leftovers of a killed process</caption>
 * <tr><th>Killed while</th><th>Left behind</th><th>{@code cleanUp}</th></tr>
 * <tr><td>writing the temporary file</td><td>the target unchanged, a {@code .tmp} file</td><td>deletes it</td></tr>
 * <tr><td>renaming</td><td>the old or the new target (a rename is atomic)</td><td>nothing to do</td></tr>
 * <tr><td>rewriting a hard-linked file in place</td><td>the file partly rewritten, a complete {@code .pending}
 * file</td><td>finishes the rewrite from it, then deletes it</td></tr>
 * <tr><td>writing a stream</td><td>what was written so far</td><td>nothing it can do</td></tr>
 * <tr><td>filling a fleet staging directory</td><td>the old project directory, a {@code .tmp} directory</td>
 * <td>deletes it</td></tr>
 * <tr><td>between the fleet writer's two renames</td><td>no project directory, an {@code .old} one</td><td>renames
 * it back</td></tr>
 * <tr><td>deleting the replaced project directory</td><td>the new project directory, an {@code .old} one</td>
 * <td>deletes it</td></tr>
 * </table>
 * A leftover whose process is still running is left alone, so two runs never clean up each other's work (a process
 * on another machine sharing the directory, or in another PID namespace, cannot be seen: do not let two hosts write
 * one directory at once). Nothing calls {@code fsync}: a kill of the process at any moment is covered, a power cut
 * or kernel crash is left to the file system.
 *
 * <p>Not kept: access control lists, extended attributes and SELinux labels of a replaced file (a file rewritten in
 * place keeps them).
 */
public final class AtomicFiles {

    /** How {@link #write} wrote a file. */
    public enum Method {
        /** A new file: a temporary file renamed into place. */
        CREATED,
        /** An existing file: a temporary file with its owner, group and mode renamed over it. */
        REPLACED,
        /** A file with several hard links, or whose owner a new file could not get: rewritten in place. */
        REWRITTEN_IN_PLACE,
        /** A device, FIFO or descriptor: written directly. */
        STREAMED
    }

    /** Writes content to a writer, for content that is produced as it is written. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write the content (UTF-8); closed by the caller
         * @throws IOException to abort the write (the target is then left as it was, except a stream)
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * A leftover of an interrupted write (see the class documentation), and what {@link #cleanUp} does with it.
     *
     * @param path   the hidden temporary file or directory
     * @param target the file or directory it was written for
     * @param pid    the process that wrote it
     * @param action what clean-up does (or did) with it
     */
    public record Leftover(Path path, Path target, long pid, Action action) {

        /** What clean-up does with a leftover. */
        public enum Action {
            /** Its process is still running: left alone. */
            IN_USE,
            /** An unfinished temporary file or staging directory, or a stale set-aside directory: deleted. */
            REMOVE,
            /** The complete new content of a file rewritten in place: copied into the file, then deleted. */
            FINISH,
            /** A directory set aside while it was replaced, with nothing in its place: renamed back. */
            RESTORE,
            /** The new content of a file that no longer exists: kept, for a person to look at. */
            KEEP
        }

        /** Checks that nothing is null. */
        public Leftover {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(action, "action");
        }

        /**
         * @param done whether the action was carried out (past tense) or is planned
         * @return one phrase such as {@code removed /p/.nginx.kargo4j-12-00ff00ff00ff00ff.tmp}
         */
        public String describe(boolean done) {
            return switch (action) {
                case IN_USE -> "left " + path + " (process " + pid + " is still writing)";
                case REMOVE -> (done ? "removed " : "would remove ") + path;
                case FINISH -> (done ? "finished rewriting " : "would finish rewriting ") + target + " from " + path;
                case RESTORE -> (done ? "restored " : "would restore ") + target + " from " + path;
                case KEEP -> "kept " + path + " (the new content of " + target + ", which no longer exists)";
            };
        }
    }

    private static final Pattern LEFTOVER = Pattern.compile(
            "\\.(.+)\\.kargo4j-(\\d{1,18})-([0-9a-f]{16})\\.(tmp|pending|old)");
    private static final String TMP = "tmp";
    private static final String PENDING = "pending";
    private static final String OLD = "old";
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_LINKS = 40;
    private static final int BUFFER = 64 * 1024;
    private static final Pattern DESCRIPTOR = Pattern.compile("/proc/[^/]+(/task/[^/]+)?/fd/[^/]+|/dev/fd/[^/]+");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static volatile Integer umask;

    private AtomicFiles() {
    }

    // --------------------------------------------------------------------------------------------------- writing

    /**
     * Writes text (UTF-8) to a file: see the class documentation for what each kind of path is written as.
     *
     * @param file the target
     * @param text its new content
     * @return how it was written
     * @throws UncheckedIOException if it cannot be written (the message names the file and says why, without a Java
     *                              class name); the target is then as it was, except a stream
     */
    public static Method write(Path file, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw failure(file, e);
        }
        return writeBody(file, out -> out.write(bytes.array(), bytes.arrayOffset() + bytes.position(),
                bytes.remaining()), null);
    }

    /**
     * @param file    the target
     * @param content writes the new content; if it throws, nothing is replaced
     * @return how it was written
     * @throws UncheckedIOException if it cannot be written, or the content throws an {@code IOException}
     * @see #write(Path, String)
     */
    public static Method write(Path file, Content content) {
        return write(file, content, null);
    }

    /**
     * @param file    the target
     * @param content writes the new content
     * @param like    for a file that does not exist yet: an existing file whose owner, group and mode it takes as far
     *                as this process may give them (such as a neighbour, so that a private directory stays private),
     *                or {@code null} for the defaults; an existing target always keeps its own
     * @return how it was written
     * @throws UncheckedIOException if it cannot be written, or the content throws an {@code IOException}
     * @see #write(Path, String)
     */
    public static Method write(Path file, Content content, Path like) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        return writeBody(file, out -> {
            // closed, not only flushed: closing is when a dangling high surrogate at the end is reported
            try (Writer w = new BufferedWriter(new OutputStreamWriter(new KeepOpen(out),
                    StandardCharsets.UTF_8.newEncoder()))) {
                content.writeTo(w);
            }
        }, like);
    }

    /** A stream whose {@code close} only flushes: the caller closes the underlying stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Writes bytes to a stream that the caller closes. */
    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Method writeBody(Path file, Body body, Path like) {
        try {
            return doWrite(file, body, like);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static UncheckedIOException failure(Path file, IOException e) {
        String reason = reason(e);
        return new UncheckedIOException("cannot write " + file + ": " + reason, new IOException(reason, e));
    }

    private static Method doWrite(Path file, Body body, Path like) throws IOException {
        Target t = resolve(file, true);
        if (t.kind == Kind.STREAM) {
            try (OutputStream out = Files.newOutputStream(t.path, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                body.writeTo(out);
            }
            return Method.STREAMED;
        }
        Path tmp = createTemp(t.path);
        boolean consumed = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                body.writeTo(out);
            }
            Method method;
            if (t.kind == Kind.NEW) {
                setMode(tmp, 0666 & ~umask());
                if (like != null) {
                    try {
                        copyAttributes(like, tmp);
                    } catch (IOException unreadable) {
                        // the defaults stay
                    }
                }
                move(tmp, t.path);
                method = Method.CREATED;
            } else if (linkCount(t.path) > 1 || !copyAttributes(t.path, tmp)) {
                consumed = true;
                rewriteInPlace(tmp, t.path);
                method = Method.REWRITTEN_IN_PLACE;
            } else {
                move(tmp, t.path);
                method = Method.REPLACED;
            }
            consumed = true;
            return method;
        } finally {
            if (!consumed) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a hidden, recognisable leftover: cleanUp removes it
                }
            }
        }
    }

    /** Creates an empty, private temporary file next to the target. */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = sibling(target, TMP);
            try {
                if (posix(target)) {
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PRIVATE));
                } else {
                    Files.createFile(tmp);
                }
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Rewrites a file in place from a complete temporary file: the temporary file becomes the journal
     * ({@code .pending}) first, so that a kill while copying is finished by {@link #cleanUp}.
     */
    private static void rewriteInPlace(Path tmp, Path target) throws IOException {
        Path pending = sibling(target, PENDING);
        try {
            move(tmp, pending);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            copyInPlace(pending, target);
        } catch (Untouched e) {
            Files.deleteIfExists(pending);
            throw e.getCause();
        } catch (IOException e) {
            throw new IOException(reason(e) + "; it was rewritten only in part: its complete new content is in "
                    + pending + ", and the next kargo4j run that writes there finishes the rewrite", e);
        }
        Files.delete(pending);
    }

    /** The target was not changed; the cause says why. */
    private static final class Untouched extends IOException {
        private static final long serialVersionUID = 1L;

        Untouched(IOException cause) {
            super(reason(cause), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * Copies a file's content over another in place. The part beyond the old length is written first: if that fails
     * (a full disk), the file is truncated back and is unchanged ({@link Untouched}); overwriting the old length
     * then needs no new space on a file system that overwrites in place.
     */
    private static void copyInPlace(Path source, Path target) throws IOException {
        FileChannel in = null;
        FileChannel out = null;
        long newLength;
        long oldLength;
        try {
            in = FileChannel.open(source, StandardOpenOption.READ);
            out = FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            newLength = in.size();
            oldLength = out.size();
        } catch (IOException e) {
            closeQuietly(in, e);
            closeQuietly(out, e);
            throw new Untouched(e);
        }
        try (FileChannel input = in; FileChannel output = out) {
            copy(input, output, newLength, oldLength);
        }
    }

    private static void closeQuietly(FileChannel c, IOException failure) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void copy(FileChannel in, FileChannel out, long newLength, long oldLength) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        if (newLength > oldLength) {
            try {
                copyRange(in, out, oldLength, newLength, buffer);
            } catch (IOException e) {
                try {
                    out.truncate(oldLength);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                    throw e;
                }
                throw new Untouched(e);
            }
        }
        copyRange(in, out, 0, Math.min(oldLength, newLength), buffer);
        out.truncate(newLength);
    }

    private static void copyRange(FileChannel in, FileChannel out, long from, long to, ByteBuffer buffer)
            throws IOException {
        long pos = from;
        while (pos < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - pos));
            int n = in.read(buffer, pos);
            if (n < 0) {
                throw new IOException("the journal file ended early");
            }
            buffer.flip();
            long at = pos;
            while (buffer.hasRemaining()) {
                at += out.write(buffer, at);
            }
            pos += n;
        }
    }

    // ------------------------------------------------------------------------------------------------ resolving

    private enum Kind { NEW, EXISTING, STREAM }

    private record Target(Kind kind, Path path) {
    }

    /**
     * Follows a path to what a write goes to: links are followed one by one (their directories with
     * {@code toRealPath}), so that each can be checked.
     */
    private static Target resolve(Path file, boolean createParents) throws IOException {
        Path p = file.toAbsolutePath();
        boolean viaLink = false;
        for (int links = 0; ; ) {
            Path parent = p.getParent();
            Path name = p.getFileName();
            if (parent == null || name == null) {
                throw new IOException("it is a directory");
            }
            Path realParent;
            try {
                realParent = parent.toRealPath();
            } catch (NoSuchFileException e) {
                if (viaLink) {
                    throw new IOException("it is a symbolic link to " + p + ", whose directory does not exist");
                }
                if (!createParents) {
                    return new Target(Kind.NEW, p);
                }
                Files.createDirectories(parent);
                realParent = parent.toRealPath();
            }
            p = realParent.resolve(name);
            if (DESCRIPTOR.matcher(p.toString().replace('\\', '/')).matches()) {
                return new Target(Kind.STREAM, viaLink ? file : p);
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                if (viaLink) {
                    throw new IOException("it is a symbolic link to " + p + ", which does not exist; kargo4j does "
                            + "not create files through links: create " + p + " first, or remove the link");
                }
                return new Target(Kind.NEW, p);
            }
            if (a.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    throw new IOException("too many levels of symbolic links");
                }
                checkSafeLink(p, realParent);
                p = realParent.resolve(Files.readSymbolicLink(p));
                viaLink = true;
                continue;
            }
            if (a.isDirectory()) {
                throw new IOException(viaLink ? "it is a symbolic link to the directory " + p : "it is a directory");
            }
            return new Target(a.isRegularFile() ? Kind.EXISTING : Kind.STREAM, p);
        }
    }

    /**
     * Refuses a link Linux itself does not follow with {@code fs.protected_symlinks}: in a world-writable sticky
     * directory, owned neither by the directory's owner nor by the current user.
     */
    private static void checkSafeLink(Path link, Path directory) throws IOException {
        if (!unix(link)) {
            return;
        }
        int mode = (Integer) Files.getAttribute(directory, "unix:mode");
        if ((mode & 01002) != 01002) {
            return;
        }
        UserPrincipal linkOwner = Files.getOwner(link, LinkOption.NOFOLLOW_LINKS);
        if (linkOwner.equals(Files.getOwner(directory)) || linkOwner.equals(currentUser(link))) {
            return;
        }
        throw new IOException("it is a symbolic link in the shared directory " + directory + ", owned by "
                + linkOwner.getName() + ": kargo4j does not follow another user's link there (it could point "
                + "anywhere); remove it or write somewhere else");
    }

    private static UserPrincipal currentUser(Path onFileSystem) {
        try {
            return onFileSystem.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ attributes

    private static boolean unix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static int linkCount(Path p) throws IOException {
        return unix(p) ? (Integer) Files.getAttribute(p, "unix:nlink", LinkOption.NOFOLLOW_LINKS) : 1;
    }

    /**
     * Gives a file (or directory) the owner, group and mode of another, as far as this process may: a process that
     * is not root can give a file only its own user and a group it belongs to.
     *
     * @param from the file whose attributes to copy (links followed)
     * @param to   the file to change (not followed if a link)
     * @return whether {@code to} now has the owner and group of {@code from}; the mode is always copied, and a file
     *     system without POSIX attributes has nothing to copy ({@code true})
     * @throws IOException if the attributes cannot be read or the mode cannot be set
     */
    public static boolean copyAttributes(Path from, Path to) throws IOException {
        if (unix(to)) {
            Map<String, Object> a = Files.readAttributes(from, "unix:uid,gid,mode");
            Map<String, Object> b = Files.readAttributes(to, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
            boolean kept = true;
            for (String id : List.of("uid", "gid")) {
                if (!a.get(id).equals(b.get(id))) {
                    try {
                        Files.setAttribute(to, "unix:" + id, a.get(id), LinkOption.NOFOLLOW_LINKS);
                    } catch (FileSystemException | SecurityException notPermitted) {
                        kept = false;
                    }
                }
            }
            setMode(to, (Integer) a.get("mode") & 07777);
            return kept;
        }
        if (posix(to)) {
            PosixFileAttributes a = Files.readAttributes(from, PosixFileAttributes.class);
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes b = view.readAttributes();
            boolean kept = true;
            try {
                if (!a.group().equals(b.group())) {
                    view.setGroup(a.group());
                }
                if (!a.owner().equals(b.owner())) {
                    view.setOwner(a.owner());
                }
            } catch (FileSystemException | SecurityException notPermitted) {
                kept = false;
            }
            view.setPermissions(a.permissions());
            return kept;
        }
        return true;
    }

    private static void setMode(Path p, int mode) throws IOException {
        if (unix(p)) {
            Files.setAttribute(p, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
        } else if (posix(p)) {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] bits = PosixFilePermission.values();   // OWNER_READ .. OTHERS_EXECUTE
            for (int i = 0; i < bits.length; i++) {
                if ((mode & (0400 >> i)) != 0) {
                    perms.add(bits[i]);
                }
            }
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /** The process's umask (Linux: from /proc/self/status), else 022. */
    private static int umask() {
        Integer u = umask;
        if (u == null) {
            u = 022;
            try (var lines = Files.lines(Path.of("/proc/self/status"))) {
                Optional<String> line = lines.filter(l -> l.startsWith("Umask:")).findFirst();
                if (line.isPresent()) {
                    u = Integer.parseInt(line.get().substring("Umask:".length()).trim(), 8) & 0777;
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: the usual default
            }
            umask = u;
        }
        return u;
    }

    // ---------------------------------------------------------------------------------------------- names, moves

    /**
     * A hidden, recognisable, unused name next to a target, for a temporary file or directory of this process:
     * {@code .<name>.kargo4j-<pid>-<16 hex digits>.<kind>}. Nothing is created.
     *
     * @param target the file or directory being written
     * @param kind   {@code tmp}, {@code pending} or {@code old} (see the class documentation)
     * @return the sibling path
     * @throws IOException if the target's name is too long for a {@code pending} or {@code old} name that clean-up
     *                     could map back to it (a {@code tmp} name is shortened instead)
     */
    public static Path sibling(Path target, String kind) throws IOException {
        if (!kind.equals(TMP) && !kind.equals(PENDING) && !kind.equals(OLD)) {
            throw new IllegalArgumentException("kind must be tmp, pending or old, not " + kind);
        }
        String name = target.getFileName().toString();
        String suffix = String.format(Locale.ROOT, ".kargo4j-%d-%016x.%s", ProcessHandle.current().pid(),
                ThreadLocalRandom.current().nextLong(), kind);
        int room = MAX_NAME_BYTES - 1 - suffix.length();
        if (name.getBytes(StandardCharsets.UTF_8).length > room) {
            if (!kind.equals(TMP)) {
                throw new IOException("its name is too long (more than " + room + " bytes) to be written safely");
            }
            StringBuilder shorter = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + len > room - 1) {
                    break;
                }
                shorter.appendCodePoint(cp);
                bytes += len;
                i += Character.charCount(cp);
            }
            name = shorter + "~";
        }
        return target.resolveSibling("." + name + suffix);
    }

    /**
     * Renames a file or directory, atomically where the file system can (always within one directory).
     *
     * @param from the source
     * @param to   the new name
     * @throws IOException if it cannot be renamed
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a file or a directory tree without following links (a link is deleted, not what it points to).
     *
     * @param root the file or directory
     * @throws IOException if something cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ clean-up

    /**
     * Lists what interrupted writes left in a directory (see the class documentation), with what
     * {@link #cleanUp(Path)} would do with each; nothing else is listed, and nothing is changed.
     *
     * @param directory a directory
     * @return the leftovers, sorted by name; empty if the directory does not exist
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public static List<Leftover> leftovers(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Leftover> out = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                p -> LEFTOVER.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(2));
                Path target = p.resolveSibling(m.group(1));
                boolean running = pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                boolean targetExists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                Leftover.Action action;
                if (running) {
                    action = Leftover.Action.IN_USE;
                } else if (m.group(4).equals(PENDING)) {
                    action = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? Leftover.Action.FINISH
                            : Leftover.Action.KEEP;
                } else if (m.group(4).equals(OLD) && !targetExists) {
                    action = Leftover.Action.RESTORE;
                } else {
                    action = Leftover.Action.REMOVE;
                }
                out.add(new Leftover(p, target, pid, action));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + reason(e), e);
        }
        out.sort(Comparator.comparing(l -> l.path().getFileName().toString()));
        return out;
    }

    /**
     * Cleans up what interrupted writes of processes that are no longer running left in a directory: deletes
     * temporary files and staging directories, finishes rewrites in place from their journal, renames a set-aside
     * directory back when nothing took its place. Only the recognisable names described in the class documentation
     * are touched; nothing else in the directory is.
     *
     * @param directory a directory
     * @return what was done (and the journals kept because their file is gone), sorted by name; leftovers of
     *     running processes are not listed
     * @throws UncheckedIOException if the directory cannot be listed or a leftover cannot be cleaned up
     */
    public static List<Leftover> cleanUp(Path directory) {
        List<Leftover> done = new ArrayList<>();
        for (Leftover l : leftovers(directory)) {
            try {
                switch (l.action()) {
                    case IN_USE -> {
                        continue;
                    }
                    case REMOVE -> deleteTree(l.path());
                    case FINISH -> {
                        copyInPlace(l.path(), l.target());
                        Files.delete(l.path());
                    }
                    case RESTORE -> move(l.path(), l.target());
                    case KEEP -> {
                        // for a person to look at
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean up " + l.path() + ": " + reason(e), e);
            }
            done.add(l);
        }
        return done;
    }

    /**
     * Cleans up the directories that writes to these files would use (the directory of the file a link points to),
     * once each: what a command calls before writing its files.
     *
     * @param files the files about to be written
     * @return what was done, directory by directory
     * @throws UncheckedIOException if a directory cannot be listed or a leftover cannot be cleaned up
     */
    public static List<Leftover> cleanUpFor(Collection<Path> files) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path f : files) {
            try {
                Target t = resolve(f, false);
                if (t.kind != Kind.STREAM && t.path.getParent() != null) {
                    directories.add(t.path.getParent());
                }
            } catch (IOException e) {
                // the write itself reports it
            }
        }
        List<Leftover> done = new ArrayList<>();
        for (Path d : directories) {
            done.addAll(cleanUp(d));
        }
        return done;
    }

    // ------------------------------------------------------------------------------------------------ messages

    /**
     * @param e an I/O failure
     * @return why, in words, with the file it concerns; never a Java class name
     */
    public static String reason(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        if (e instanceof AccessDeniedException) {
            return "permission denied" + (file == null ? "" : " (" + file + ")");
        }
        if (e instanceof NoSuchFileException) {
            return (file == null ? "a file" : file) + " does not exist";
        }
        if (e instanceof FileAlreadyExistsException) {
            return (file == null ? "the file" : file) + " already exists";
        }
        if (e instanceof NotDirectoryException) {
            return (file == null ? "a parent" : file) + " is not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return (file == null ? "the directory" : file) + " is not empty";
        }
        if (e instanceof CharacterCodingException) {
            return "the text is not valid Unicode (an unpaired surrogate)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (file == null ? "" : file + ": ") + f.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "input/output error" : e.getMessage();
    }
}
