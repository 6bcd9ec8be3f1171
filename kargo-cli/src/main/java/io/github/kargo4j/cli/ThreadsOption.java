package io.github.kargo4j.cli;

import io.github.kargo4j.validation.PipelineValidator;
import picocli.CommandLine.Option;

/** {@code --threads N}: how many threads read files (and run checks), for the commands that read many. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Read files and run checks on N threads (default: the processors available). The output "
                    + "is the same whatever N.")
    private int threads = PipelineValidator.Builder.defaultThreads();

    /**
     * @return the number of threads
     * @throws UserError if it is less than 1
     */
    int threads() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads);
        }
        return threads;
    }
}
