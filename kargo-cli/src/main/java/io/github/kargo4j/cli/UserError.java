package io.github.kargo4j.cli;

/** A mistake of the user (a missing file, a bad argument): printed as one line, exit status 2, no stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
