package io.github.kargo4j.validation.constraints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fleet made of the seed 003 example (one service: a Namespace, a Project, a Warehouse and three Stages), repeated
 * in as many namespaces as services are asked for. Read from the kargo-examples sources, from the repository root or
 * from a module directory.
 */
final class SeedFleet {

    private SeedFleet() {
    }

    /** @return the directory of the seed examples */
    static Path examples() {
        for (String p : List.of("kargo-examples/src/main/resources", "../kargo-examples/src/main/resources")) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new IllegalStateException("kargo-examples/src/main/resources not found from " + Path.of("").toAbsolutePath());
    }

    /**
     * @param services how many copies of the service
     * @return the fleet as one multi-document YAML text
     */
    static String yaml(int services) {
        StringBuilder one = new StringBuilder();
        try (Stream<Path> s = Files.walk(examples().resolve("seed-003"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                one.append("---\n").append(Files.readString(f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String service = one.toString();
        StringBuilder fleet = new StringBuilder(service.length() * services);
        for (int i = 0; i < services; i++) {
            fleet.append(service.replace("namespace: ", "namespace: f" + i + "-")).append('\n');
        }
        return fleet.toString();
    }
}
