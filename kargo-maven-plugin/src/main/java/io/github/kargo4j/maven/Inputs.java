package io.github.kargo4j.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resolves the directories a goal reads. */
final class Inputs {

    private Inputs() {
    }

    /**
     * @param configured the configured directories, or null for the default
     * @param basedir    the project directory
     * @param log        the build log
     * @return the existing directories to read; empty when there is nothing to do
     * @throws MojoFailureException if a directory the user configured does not exist
     */
    static List<Path> directories(File[] configured, File basedir, Log log) throws MojoFailureException {
        List<Path> out = new ArrayList<>();
        if (configured == null || configured.length == 0) {
            Path def = basedir.toPath().resolve("src/main/kargo");
            if (Files.isDirectory(def)) {
                out.add(def);
            } else {
                log.info("kargo4j: no Kargo manifests: " + def + " does not exist");
            }
            return out;
        }
        for (File f : configured) {
            Path p = f.toPath();
            if (!Files.exists(p)) {
                throw new MojoFailureException("kargo4j: " + p + " does not exist");
            }
            out.add(p);
        }
        return out;
    }
}
