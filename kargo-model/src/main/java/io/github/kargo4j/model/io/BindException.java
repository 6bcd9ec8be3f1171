package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;

/** A value that does not fit the model, raised while binding and turned into a {@link ManifestException}. */
final class BindException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient JsonPath path;
    final transient JsonValue node;

    /** Whether the cause was already reported (a required value that did not fit): the parent only keeps it. */
    final boolean reported;

    BindException(JsonPath path, JsonValue node, String message) {
        this(path, node, message, false);
    }

    BindException(JsonPath path, JsonValue node, String message, boolean reported) {
        super(message, null, false, false);
        this.path = path;
        this.node = node;
        this.reported = reported;
    }
}
