package io.github.kargo4j.validation.preview;

/**
 * Input a preview cannot work with: a Stage that does not exist, an artifact that fits no requested Freight origin, a
 * values file of the wrong shape. The message names where the problem is; it never holds a secret value.
 */
public final class PreviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PreviewException(String message) {
        super(message, null, false, false);
    }
}
