package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ManifestFiles;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.io.UnreadableInputException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p);
            }
            if (!Files.isReadable(p)) {
                throw new UserError("cannot read: " + p);
            }
        }
        ManifestFiles listing = ManifestFiles.list(roots);
        List<Path> files = listing.files();
        KargoCodec codec = KargoCodec.create();
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>(listing.errors());
        boolean progress = terminal.interactive();
        for (int i = 0; i < files.size(); i++) {
            codec.read(files.get(i), manifests::add, errors::add);
            if (progress && manifests.size() > PROGRESS_THRESHOLD && (i % 100 == 0 || i == files.size() - 1)) {
                err.print("\rread " + manifests.size() + " documents from " + (i + 1) + " of " + files.size()
                        + " files");
                err.flush();
            }
        }
        if (progress && manifests.size() > PROGRESS_THRESHOLD) {
            err.println();
        }
        return new ReadResult(manifests, errors);
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
