package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The directory walk of {@link ManifestFiles#list(java.util.Collection, ManifestScope)} against a plain reference on
 * seeded random trees: every regular manifest file below the root, kept when no directory on its way is excluded
 * ({@link ManifestScope#excludesDirectory}) and the scope includes it ({@link ManifestScope#includesFile} of the path
 * made with {@code relativize}), Kustomize files and Helm charts left out, sorted by path. The walk itself derives
 * each relative path as it goes down and matches a walked file against fewer globs: this holds it to the public
 * meaning, for the default scope and for includes and excludes of both kinds of glob.
 */
class ManifestWalkOracleTest {

    private static final String[] NAMES = {"a", "a-b", "a.b", "b", "node_modules", ".hidden", "prod", "tmp1", "x_y",
        "Z", "kustomization.yaml", "p.yaml", "q.YML", "r.json", "s.txt", "t-u.yaml", "prod.yaml", "Chart.yaml"};

    private static final List<ManifestScope> SCOPES = List.of(
            ManifestScope.defaults(),
            ManifestScope.builder().defaultExcludes(false).build(),
            ManifestScope.builder().exclude("**/tmp*/**", "**/*.json").build(),
            ManifestScope.builder().include("**/prod/**", "*.yaml").build(),
            ManifestScope.builder().include("a/**").exclude("a/b", "**/prod.yaml").defaultExcludes(false).build());

    @TempDir
    Path dir;

    @Test
    void theWalkListsWhatThePlainReferenceListsOnRandomTrees() throws IOException {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Path root = dir.resolve("tree" + seed);
            grow(root, new Random(seed), 0);
            for (ManifestScope scope : SCOPES) {
                for (Path named : List.of(root, dir.resolve("./tree" + seed), dir.resolve("tree" + seed + "/../tree"
                        + seed))) {
                    ManifestFiles listing = ManifestFiles.list(List.of(named), scope);
                    assertEquals(reference(named, scope), listing.files().stream().map(Path::toString).toList(),
                            "seed " + seed + ", " + scope + ", named " + named);
                    assertEquals(List.of(), listing.errors());
                    compared++;
                }
            }
        }
        assertEquals(12 * SCOPES.size() * 3, compared);
    }

    @Test
    void theRandomTreesHoldWhatTheScopesDecideOn() throws IOException {
        grow(dir, new Random(3), 0);
        try (Stream<Path> all = Files.walk(dir)) {
            List<String> names = all.map(p -> p.getFileName().toString()).toList();
            for (String n : List.of("node_modules", ".hidden", "prod", "tmp1", "kustomization.yaml", "r.json")) {
                assertFalse(names.stream().noneMatch(n::equals), n);
            }
        }
    }

    /** A random tree: directories four deep at most, each with a few of {@link #NAMES} as files or directories. */
    private static void grow(Path at, Random random, int depth) throws IOException {
        Files.createDirectories(at);
        int n = 2 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            Path p = at.resolve(name);
            if (Files.exists(p) || name.equals("Chart.yaml") && depth == 0) {
                continue;
            }
            boolean file = name.contains(".") && !name.startsWith(".") || depth >= 4;
            if (file) {
                Files.writeString(p, "kind: Project\n");
            } else {
                grow(p, random, depth + 1);
            }
        }
    }

    private static List<String> reference(Path root, ManifestScope scope) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(p) || !(lower.endsWith(".yaml") || lower.endsWith(".yml")
                        || lower.endsWith(".json")) || name.startsWith("kustomization.")) {
                    continue;
                }
                Path relative = root.relativize(p);
                if (keptDirectories(root, relative, scope) && scope.includesFile(relative)) {
                    out.add(p.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** Whether every directory from the root down to the file is walked: not excluded, not a Helm chart. */
    private static boolean keptDirectories(Path root, Path relative, ManifestScope scope) {
        for (int i = 1; i < relative.getNameCount(); i++) {
            Path d = relative.subpath(0, i);
            if (scope.excludesDirectory(d) || Files.isRegularFile(root.resolve(d).resolve("Chart.yaml"))) {
                return false;
            }
        }
        return true;
    }
}
