package io.github.kargo4j.model.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (Kargo's CRDs and step schemas), which CI places beside the clone. */
public final class SharedData {

    private SharedData() {
    }

    /**
     * @return the shared directory; the calling test is skipped, saying why, when it is absent
     */
    public static Path sharedDir() {
        String prop = System.getProperty("kargo4j.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(p)) {
            p = Path.of("..", "shared");
        }
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("kargo-crds")),
                "../shared (Kargo CRDs and schemas) is not beside this clone; CI provides it");
        return p.normalize();
    }
}
