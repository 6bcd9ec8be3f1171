package io.github.kargo4j.model.rollouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The round-trip fixtures of this package, from the test class path. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param kindDir the directory under {@code roundtrip/}, such as {@code analysistemplate}
     * @return its YAML files, sorted
     */
    static List<Path> list(String kindDir) {
        URL url = Fixtures.class.getResource("/roundtrip/" + kindDir);
        if (url == null) {
            throw new IllegalStateException("no fixtures for " + kindDir);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param kindDir the directory under {@code roundtrip/}
     * @param name    the file name
     * @return the file's text
     */
    static String text(String kindDir, String name) {
        try (var in = Fixtures.class.getResourceAsStream("/roundtrip/" + kindDir + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + kindDir + "/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
