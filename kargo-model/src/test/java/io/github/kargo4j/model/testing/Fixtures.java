package io.github.kargo4j.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads the round-trip fixtures under {@code src/test/resources/roundtrip}. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param dir a folder under {@code roundtrip/}, such as {@code stage}
     * @return the YAML files in it, sorted
     */
    public static List<Path> all(String dir) {
        Path p = path("/roundtrip/" + dir);
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a path under {@code roundtrip/}, such as {@code stage/pipeline.yaml}
     * @return its text
     */
    public static String read(String file) {
        return read(path("/roundtrip/" + file));
    }

    /**
     * @param file a file
     * @return its text
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(String resource) {
        URL url = Fixtures.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
