package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadResult;

import java.io.IOException;
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
        List<Path> files = new ArrayList<>();
        for (Path p : roots) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or directory: " + p);
            }
            if (!Files.isReadable(p)) {
                throw new UserError("cannot read: " + p);
            }
            try {
                files.addAll(Files.isDirectory(p) ? KargoCodec.manifestFiles(p) : List.of(p));
            } catch (IOException e) {
                throw new UserError("cannot list " + p + ": " + e.getMessage());
            }
        }
        KargoCodec codec = KargoCodec.create();
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>();
        boolean progress = terminal.interactive();
        for (int i = 0; i < files.size(); i++) {
            try {
                manifests.addAll(codec.read(files.get(i)));
            } catch (ManifestException e) {
                errors.add(e);
            }
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
}
