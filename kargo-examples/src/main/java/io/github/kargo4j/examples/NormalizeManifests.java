package io.github.kargo4j.examples;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads Kargo manifests from files and directories, prints what it found per kind on standard error and every
 * resource in canonical form (one multi-document YAML stream) on standard output. Unreadable files are reported
 * with {@code file:line:column} and the exit status is 1.
 *
 * <pre>{@code ./mvnw -q -DskipTests package exec:java}                  (the seed 000 example pipeline)
 * {@code ./mvnw -q -DskipTests package exec:java -Dexec.args="path/to/kargo"}</pre>
 */
public final class NormalizeManifests {

    private NormalizeManifests() {
    }

    /**
     * @param args files and directories (default: the current directory)
     */
    public static void main(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            paths.add(Path.of(a));
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        int status = run(paths, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * @param paths files and directories
     * @param out   where the canonical YAML goes
     * @param err   where the summary and errors go
     * @return 0 if everything was read, 1 otherwise
     */
    static int run(List<Path> paths, PrintStream out, PrintStream err) {
        KargoCodec codec = KargoCodec.create();
        ReadResult result = codec.readAll(paths);
        Map<String, Integer> perKind = new TreeMap<>();
        List<KargoResource> resources = new ArrayList<>();
        for (Manifest m : result.manifests()) {
            KargoResource r = m.resource();
            perKind.merge(r.kind() + " (" + r.getClass().getSimpleName() + ")", 1, Integer::sum);
            resources.add(r);
        }
        err.println("read " + resources.size() + " resources from " + paths + ":");
        perKind.forEach((kind, n) -> err.println("  " + n + " x " + kind));
        for (ManifestException e : result.errors()) {
            err.println("error: " + e.getMessage());
        }
        out.print(codec.toYaml(resources));
        return result.isClean() ? 0 : 1;
    }
}
