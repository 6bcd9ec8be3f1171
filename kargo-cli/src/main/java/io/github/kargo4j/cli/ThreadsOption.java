package io.github.kargo4j.cli;

import io.github.kargo4j.validation.PipelineValidator;
import picocli.CommandLine.Option;

/** {@code --threads N}: how many threads read files (and run checks), for the commands that read many. */
final class ThreadsOption {

    /** The option's name. */
    static final String NAME = "--threads";

    @Option(names = NAME, paramLabel = "N",
            description = "Read files and run checks on N threads (default: the processors available). The output "
                    + "is the same whatever N.")
    private int threads = PipelineValidator.Builder.defaultThreads();

    /**
     * Sets the option as the parser would, for a command line read without it: a plain decimal number only (the
     * parser reads other forms, and refuses what is not a number).
     *
     * @param name  an option
     * @param value its value
     * @return false if it is not this option or not a plain decimal number
     */
    boolean setWithoutParser(String name, String value) {
        if (!NAME.equals(name) || value == null || value.isEmpty() || value.length() > 9
                || value.charAt(0) == '0' && value.length() > 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        threads = Integer.parseInt(value);
        return true;
    }

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
