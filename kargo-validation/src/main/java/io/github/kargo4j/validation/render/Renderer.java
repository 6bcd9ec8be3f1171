package io.github.kargo4j.validation.render;

import io.github.kargo4j.validation.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Turns a {@link Report} into text for people or tools: {@link TextRenderer}, {@link JsonRenderer}, {@link SarifRenderer}. */
public interface Renderer {

    /**
     * @param report a report
     * @return the rendered report, ending with a newline
     */
    String render(Report report);

    /**
     * @param report a report
     * @param out    where to write it; not closed
     * @throws UncheckedIOException if writing fails
     */
    default void render(Report report, Writer out) {
        try {
            out.write(render(report));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
