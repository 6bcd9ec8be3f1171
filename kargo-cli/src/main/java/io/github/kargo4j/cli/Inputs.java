package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.io.UnreadableInputException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the files and directories named on the command line, with a progress line for large inputs. */
final class Inputs {

    /** Show progress above this many files read, when stderr is a terminal. */
    static final int PROGRESS_THRESHOLD = 2_000;

    /** The path that names standard input, as in most command-line tools ({@code ./-} names a file called -). */
    static final Path STDIN = Path.of("-");

    /** The name findings give as the file of what standard input held. */
    static final String STDIN_NAME = "<stdin>";

    private Inputs() {
    }

    /**
     * @param paths the paths named on the command line
     * @return whether they name standard input ({@code -}), which is then the only path
     * @throws UserError if {@code -} is given beside other paths, or twice
     */
    static boolean isStdin(List<Path> paths) {
        if (!paths.contains(STDIN)) {
            return false;
        }
        if (paths.size() > 1) {
            throw new UserError("'-' (standard input) must be the only path; to read a file named -, write ./-");
        }
        return true;
    }

    /**
     * Reads all of standard input as UTF-8 text (a byte order mark is dropped), up to the size limit of one file.
     *
     * @param terminal where standard input comes from; when interactive, a line on {@code err} says how to end it
     * @param err      the error stream
     * @return the text
     * @throws UserError if it is not UTF-8 text, is larger than a file may be, or cannot be read
     */
    static String readStdin(Terminal terminal, PrintWriter err) {
        long max = KargoCodec.create().limits().maxFileChars();
        if (terminal.interactive()) {
            err.println("kargo4j: reading manifests from standard input (end with Ctrl-D)");
            err.flush();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        try {
            Reader r = new InputStreamReader(terminal.in(), utf8);
            char[] buffer = new char[8192];
            int n;
            while ((n = r.read(buffer)) >= 0) {
                if (text.length() + n > max) {
                    throw new UserError("standard input holds more than " + max + " characters, the size limit of"
                            + " one file; write it to files and give their paths");
                }
                text.append(buffer, 0, n);
            }
        } catch (CharacterCodingException e) {
            throw new UserError("standard input is not UTF-8 text; give manifests in UTF-8");
        } catch (IOException e) {
            throw new UserError("cannot read standard input: " + e.getMessage());
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    /**
     * @param paths    files and directories (the current directory when empty)
     * @param terminal where output goes
     * @param err      the error stream, for the progress line
     * @return what was read
     * @throws UserError if a path does not exist or cannot be read
     */
    static ReadResult read(List<Path> paths, Terminal terminal, PrintWriter err) {
        return read(paths, ManifestScope.defaults(), terminal, err);
    }

    /**
     * Reads the paths within a scope; each input skipped as not a Kubernetes manifest is named on {@code err}, one
     * info line each.
     *
     * @param paths    files and directories (the current directory when empty)
     * @param scope    which files below the directories to read
     * @param terminal where output goes
     * @param err      the error stream, for the progress line and the skipped inputs
     * @return what was read
     * @throws UserError if a path does not exist or cannot be read
     */
    static ReadResult read(List<Path> paths, ManifestScope scope, Terminal terminal, PrintWriter err) {
        return read(paths, scope, 1, terminal, err);
    }

    /**
     * Reads the paths within a scope on {@code threads} threads, as {@link #read(List, ManifestScope, Terminal,
     * PrintWriter)} does; what is read is the same whatever the number.
     *
     * @param paths    files and directories (the current directory when empty)
     * @param scope    which files below the directories to read
     * @param threads  how many threads read files, at least 1
     * @param terminal where output goes
     * @param err      the error stream, for the progress line and the skipped inputs
     * @return what was read
     * @throws UserError if a path does not exist or cannot be read
     */
    static ReadResult read(List<Path> paths, ManifestScope scope, int threads, Terminal terminal, PrintWriter err) {
        if (isStdin(paths)) {
            return readText(readStdin(terminal, err));
        }
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p + "; check the path"
                        + (p.isAbsolute() ? "" : " (relative to " + Path.of("").toAbsolutePath() + ")"));
            }
            if (!Files.isReadable(p)) {
                throw new UserError("cannot read: " + p + "; check its permissions, or leave it out of the paths");
            }
        }
        ReadProgress progress = ReadProgress.NONE;
        if (terminal.interactive()) {
            progress = (done, total, documents) -> {
                if (documents > PROGRESS_THRESHOLD && ((done - 1) % 100 == 0 || done == total)) {
                    err.print("\rread " + documents + " documents from " + done + " of " + total + " files");
                    err.flush();
                }
            };
        }
        ReadResult read = KargoCodec.create().readAll(roots, scope, progress, threads);
        if (terminal.interactive() && read.manifests().size() > PROGRESS_THRESHOLD) {
            err.println();
        }
        for (SkippedInput s : read.skipped()) {
            err.println("kargo4j: info: " + s);
        }
        err.flush();
        return read;
    }

    /**
     * @param text what standard input held
     * @return its documents, as a file's are read: a document that cannot be read is an error, the others are kept
     */
    static ReadResult readText(String text) {
        List<io.github.kargo4j.model.io.Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>();
        KargoCodec.create().read(new StringReader(text), STDIN_NAME, manifests::add, errors::add);
        return new ReadResult(manifests, errors);
    }

    /**
     * @param read what was read
     * @return whether it holds no Kubernetes resource at all and no input that failed to read: a wrong working
     *     directory, a mistyped path, an {@code --include} that matches nothing, a directory holding only a Helm chart
     */
    static boolean nothingFound(ReadResult read) {
        return read.manifests().isEmpty() && read.errors().isEmpty();
    }

    /**
     * @param paths the paths named on the command line (the current directory when empty)
     * @param read  what was read
     * @return the one line that says nothing was found and what to do next, without the {@code kargo4j: } prefix
     */
    static String nothingFoundMessage(List<Path> paths, ReadResult read) {
        if (paths.equals(List.of(STDIN))) {
            return "no Kubernetes resources found in standard input; pipe manifests into it, or pass --allow-empty if"
                    + " no manifests is expected";
        }
        int skipped = read.skipped().size();
        return "no Kubernetes resources found in " + (paths.isEmpty() ? "." : String.join(" ",
                paths.stream().map(Path::toString).toList()))
                + (skipped == 0 ? "" : " (" + skipped + (skipped == 1 ? " input" : " inputs")
                + " skipped as not Kubernetes manifests, see above)")
                + "; check the paths and the working directory, and that --include/--exclude keep the manifests,"
                + " or pass --allow-empty if no manifests is expected";
    }

    /**
     * Refuses a read that found nothing, for the commands that print what they read.
     *
     * @param paths      the paths named on the command line
     * @param read       what was read
     * @param allowEmpty whether nothing is fine ({@code --allow-empty})
     * @throws UserError if nothing was found and that is not allowed (exit status 2)
     */
    static void requireSomething(List<Path> paths, ReadResult read, boolean allowEmpty) {
        if (!allowEmpty && nothingFound(read)) {
            throw new UserError(nothingFoundMessage(paths, read));
        }
    }

    /**
     * Names each input that cannot be read, one line each, then one line with the next step; for the commands that
     * print what they read and have no report to put a hint in.
     *
     * @param read what was read
     * @param err  the error stream
     */
    static void reportErrors(ReadResult read, PrintWriter err) {
        for (ManifestException e : read.errors()) {
            err.println("kargo4j: " + e.getMessage());
        }
        int n = read.errors().size();
        if (n > 0) {
            err.println("kargo4j: " + (n == 1 ? "the input above was" : "the " + n + " inputs above were")
                    + " left out; fix " + (n == 1 ? "it" : "them") + " ('kargo4j validate PATH' gives a hint for each)"
                    + " or leave " + (n == 1 ? "its file" : "their files") + " out with --exclude");
        }
        err.flush();
    }

    /**
     * @param read what was read
     * @return whether some input could not be read at all (a directory that cannot be listed, a file that cannot be
     *     opened or is not text, a file over the size limit): exit status 2, not 1
     */
    static boolean anyUnreadable(ReadResult read) {
        for (ManifestException e : read.errors()) {
            if (e instanceof UnreadableInputException) {
                return true;
            }
        }
        return false;
    }
}
