package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.io.SkippedInput;
import io.github.kargo4j.model.io.UnreadableInputException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the files and directories named on the command line, with a progress line for large inputs. */
final class Inputs {

    /** Show progress above this many files read, when stderr is a terminal. */
    static final int PROGRESS_THRESHOLD = 2_000;

    private Inputs() {
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
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p);
            }
            if (!Files.isReadable(p)) {
                throw new UserError("cannot read: " + p);
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
     * @param read what was read
     * @return whether some input could not be read at all (a directory that cannot be listed, a file that cannot be
     *     opened or is not text, a file over the size limit): exit status 2, not 1
     */
    static boolean anyUnreadable(ReadResult read) {
        return read.errors().stream().anyMatch(UnreadableInputException.class::isInstance);
    }
}
